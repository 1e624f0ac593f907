import { describe, expect, it } from 'vitest';
import { lambdaHandler } from '../../src/http/lambda.js';
import { schemaErrors } from './openapi-schemas.js';

// Event shapes as AWS documents them: a function URL (payload format 2.0, routeKey "$default"),
// an API Gateway HTTP API (2.0) and a REST API proxy integration (1.0, with multi-value fields).
function functionUrlEvent(method: string, rawPath: string, rawQueryString: string, headers: Record<string, string> = {}) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString,
    headers: {
      'x-forwarded-proto': 'https',
      host: 'abcdefg.lambda-url.ap-northeast-1.on.aws',
      'x-forwarded-port': '443',
      accept: '*/*',
      'user-agent': 'curl/8.5.0',
      ...headers,
    },
    requestContext: {
      accountId: 'anonymous',
      apiId: 'abcdefg',
      domainName: 'abcdefg.lambda-url.ap-northeast-1.on.aws',
      domainPrefix: 'abcdefg',
      http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.7', userAgent: 'curl/8.5.0' },
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      routeKey: '$default',
      stage: '$default',
      time: '02/Dec/2026:01:00:00 +0000',
      timeEpoch: 1_795_914_000_000,
    },
    isBase64Encoded: false,
  };
}

function httpApiEvent(method: string, rawPath: string, rawQueryString: string) {
  const queryStringParameters = Object.fromEntries(new URLSearchParams(rawQueryString));
  return {
    ...functionUrlEvent(method, rawPath, rawQueryString),
    routeKey: `${method} /{proxy+}`,
    queryStringParameters,
    pathParameters: { proxy: rawPath.slice(1) },
    requestContext: {
      ...functionUrlEvent(method, rawPath, rawQueryString).requestContext,
      apiId: 'r3pmxmplak',
      domainName: 'r3pmxmplak.execute-api.ap-northeast-1.amazonaws.com',
      routeKey: `${method} /{proxy+}`,
    },
  };
}

function restApiEvent(method: string, path: string, query: Record<string, string[]>, headers: Record<string, string> = {}) {
  const allHeaders = { Host: 'r3pmxmplak.execute-api.ap-northeast-1.amazonaws.com', 'X-Forwarded-Proto': 'https', Accept: '*/*', ...headers };
  return {
    resource: '/{proxy+}',
    path,
    httpMethod: method,
    headers: allHeaders,
    multiValueHeaders: Object.fromEntries(Object.entries(allHeaders).map(([k, v]) => [k, [v]])),
    // REST APIs hand over decoded values: the last of a repeated name here, all of them below.
    queryStringParameters: Object.keys(query).length === 0 ? null : Object.fromEntries(Object.entries(query).map(([k, v]) => [k, v.at(-1)])),
    multiValueQueryStringParameters: Object.keys(query).length === 0 ? null : query,
    requestContext: {
      accountId: '123456789012',
      apiId: 'r3pmxmplak',
      domainName: 'r3pmxmplak.execute-api.ap-northeast-1.amazonaws.com',
      httpMethod: method,
      path: `/prod${path}`,
      protocol: 'HTTP/1.1',
      requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
      resourcePath: '/{proxy+}',
      stage: 'prod',
      identity: { sourceIp: '203.0.113.7', userAgent: 'curl/8.5.0' },
    },
    pathParameters: { proxy: path.slice(1) },
    stageVariables: null,
    body: null,
    isBase64Encoded: false,
  };
}

// An Application Load Balancer passes query values as the client encoded them (documented for ALB targets).
function albEvent(method: string, path: string, query: Record<string, string>) {
  return {
    requestContext: { elb: { targetGroupArn: 'arn:aws:elasticloadbalancing:ap-northeast-1:123456789012:targetgroup/madoguchi/6d0ecf831eec9f09' } },
    httpMethod: method,
    path,
    queryStringParameters: query,
    headers: {
      accept: '*/*',
      host: 'madoguchi-123.ap-northeast-1.elb.amazonaws.com',
      'x-forwarded-for': '203.0.113.7',
      'x-forwarded-port': '443',
      'x-forwarded-proto': 'https',
    },
    body: '',
    isBase64Encoded: false,
  };
}

const handler = lambdaHandler();
const headerOf = (result: { headers?: Record<string, string>; multiValueHeaders?: Record<string, string[]> }, name: string): string | undefined =>
  result.headers?.[name] ?? result.multiValueHeaders?.[name]?.join(', ');

describe('madoguchi/http/lambda', () => {
  it('answers a function URL event with the status of 10:00 on a weekday', async () => {
    const result = await handler(functionUrlEvent('GET', '/v1/status', 'at=2026-11-25T10:00%2B09:00&lang=en'));
    expect(result.statusCode).toBe(200);
    expect(result.isBase64Encoded).toBe(false);
    expect(headerOf(result, 'content-type')).toBe('application/json');
    const body = JSON.parse(result.body);
    expect(schemaErrors('StatusAnswer', body)).toEqual([]);
    expect(body).toMatchObject({ open: true, line: { id: 'regular' }, lang: 'en' });
  });

  it('answers an HTTP API event with a routing decision', async () => {
    const result = await handler(httpApiEvent('GET', '/v1/route', 'at=2026-11-25T18:30%2B09:00&dialed=0120-365-800'));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ kind: 'redirect', line: { id: 'night' } });
  });

  it('answers a REST API event, its decoded query values encoded again', async () => {
    const result = await handler(restApiEvent('GET', '/v1/status', { at: ['2026-11-25T10:00+09:00'] }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ at: '2026-11-25T10:00:00.000+09:00', open: true });
  });

  it('answers an Application Load Balancer event, its query values still encoded', async () => {
    const result = await handler(albEvent('GET', '/v1/status', { at: '2026-11-25T10%3A00%2B09%3A00' }));
    expect(result.statusCode).toBe(200);
    expect(JSON.parse(result.body)).toMatchObject({ at: '2026-11-25T10:00:00.000+09:00', open: true });
  });

  it('keeps a repeated parameter of a REST API event repeated: a 400, not the last value', async () => {
    const result = await handler(restApiEvent('GET', '/v1/status', { at: ['2026-11-25T10:00Z', '2026-11-25T11:00Z'] }));
    expect(result.statusCode).toBe(400);
    expect(JSON.parse(result.body)).toMatchObject({ code: 'INVALID_ARGUMENT', parameter: 'at' });
  });

  it.each([
    ['an instant without offset', functionUrlEvent('GET', '/v1/status', 'at=2026-11-25T10:00'), 400, 'AMBIGUOUS_INSTANT'],
    ['an unknown path', functionUrlEvent('GET', '/v1/nothing', ''), 404, 'NOT_FOUND'],
    ['a POST', functionUrlEvent('POST', '/v1/status', ''), 405, 'METHOD_NOT_ALLOWED'],
    ['an unknown line through a REST API', restApiEvent('GET', '/v1/route', { line: ['evening'] }), 400, 'UNKNOWN_LINE'],
  ])('answers %s with a problem+json and its code', async (_, event, status, code) => {
    const result = await handler(event);
    expect(result.statusCode).toBe(status);
    expect(headerOf(result, 'content-type')).toBe('application/problem+json');
    const body = JSON.parse(result.body);
    expect(schemaErrors('Problem', body)).toEqual([]);
    expect(body.code).toBe(code);
  });

  it('passes cache headers through and answers 304 to a matching If-None-Match', async () => {
    const first = await handler(functionUrlEvent('GET', '/v1/days', 'from=2026-11-23&to=2026-11-24'));
    const tag = headerOf(first, 'etag');
    expect(headerOf(first, 'cache-control')).toMatch(/^public, max-age=\d+$/);
    expect(tag).toBeDefined();
    const again = await handler(functionUrlEvent('GET', '/v1/days', 'from=2026-11-23&to=2026-11-24', { 'if-none-match': tag ?? '' }));
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('returns the iCalendar export intact (the platform decodes a base64 body before sending it)', async () => {
    const result = await handler(functionUrlEvent('GET', '/v1/calendar.ics', 'from=2026-11-23&to=2026-11-24'));
    expect(result.statusCode).toBe(200);
    const text = result.isBase64Encoded ? Buffer.from(result.body, 'base64').toString('utf8') : result.body;
    expect(text).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(text).toContain('SUMMARY:勤労感謝の日');
  });

  it('takes a handler made with options (CORS on)', async () => {
    const result = await lambdaHandler({ cors: true })(functionUrlEvent('GET', '/healthz', '', { origin: 'https://shop.example' }));
    expect(headerOf(result, 'access-control-allow-origin')).toBe('*');
  });
});
