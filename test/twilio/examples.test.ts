import type { AddressInfo } from 'node:net';
import twilio from 'twilio';
import { afterAll, beforeAll, expect, describe as group, it } from 'vitest';
import { handler } from '../../examples/twilio/function.js';
import { createWebhookServer } from '../../examples/twilio/webhook.js';
import { createDesk, desknetsCloud } from '../../src/index.js';
import { tree } from '../connect/xml.js';

// Wednesday 2026-12-02 18:30 JST: the night line (0800-777-9984, 18:00～20:00) is open, so a call
// to the main number is put through to +818007779984.
const desk = createDesk(desknetsCloud, { clock: () => Date.parse('2026-12-02T18:30+09:00') });
const AUTH_TOKEN = '12345678901234567890123456789012';
const PARAMS = {
  AccountSid: 'AC0123456789abcdef0123456789abcdef',
  CallSid: 'CA0123456789abcdef0123456789abcdef',
  From: '+819012345678',
  To: '+81120365800',
  Direction: 'inbound',
};

group('the self-hosted webhook checks X-Twilio-Signature', () => {
  const server = createWebhookServer({ authToken: AUTH_TOKEN, publicUrl: 'https://ivr.example.jp/voice', desk });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/voice`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const post = (params: Record<string, string>, signature: string | undefined) =>
    fetch(base, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature === undefined ? {} : { 'x-twilio-signature': signature }) },
      body: new URLSearchParams(params).toString(),
    });
  // Twilio signs the URL configured in its console, not the loopback address the server listens on.
  const sign = (params: Record<string, string>, token = AUTH_TOKEN) => twilio.getExpectedTwilioSignature(token, 'https://ivr.example.jp/voice', params);

  it('answers a request Twilio signed with TwiML that dials the open line', async () => {
    const response = await post(PARAMS, sign(PARAMS));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/xml/);
    const t = tree(await response.text());
    expect(t.children.at(-1)).toEqual({ name: 'Dial', attributes: {}, children: ['+818007779984'] });
  });

  it.each([
    ['a tampered body (To changed after signing)', () => post({ ...PARAMS, To: '+818007779984' }, sign(PARAMS))],
    ['a field added after signing', () => post({ ...PARAMS, Digits: '1' }, sign(PARAMS))],
    ['a signature with another auth token', () => post(PARAMS, sign(PARAMS, 'ffffffffffffffffffffffffffffffff'))],
    ['no signature', () => post(PARAMS, undefined)],
  ])('rejects %s with 403 and no TwiML', async (_, send) => {
    const response = await send();
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('<Response>');
  });
});

group('the Twilio Functions wrapper', () => {
  // The Functions runtime's global Twilio.Response, with the methods its documentation lists.
  class FunctionsResponse {
    status = 200;
    body = '';
    headers: Record<string, string> = {};
    setStatusCode(code: number) {
      this.status = code;
    }
    setBody(body: string) {
      this.body = body;
    }
    appendHeader(name: string, value: string) {
      this.headers[name] = value;
    }
  }
  beforeAll(() => {
    (globalThis as { Twilio?: unknown }).Twilio = { Response: FunctionsResponse };
  });
  afterAll(() => {
    delete (globalThis as { Twilio?: unknown }).Twilio;
  });
  const run = (event: Record<string, unknown>) =>
    new Promise<{ error: unknown; response?: FunctionsResponse }>((resolve) => {
      handler({}, event, (error, response) => resolve({ error, response: response as FunctionsResponse | undefined }));
    });

  it('calls back with text/xml TwiML for the event Twilio posts', async () => {
    const { error, response } = await run({ ...PARAMS, request: { headers: {}, cookies: {} } });
    expect(error).toBeNull();
    expect(response?.headers['Content-Type']).toMatch(/^text\/xml/);
    const t = tree(response?.body ?? '');
    expect(t.name).toBe('Response');
    expect(t.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(expect.arrayContaining(['Say']));
  });

  it('passes the language parameter on: an English caller hears English', async () => {
    const { response } = await run({ ...PARAMS, language: 'en-US' });
    const [say] = tree(response?.body ?? '').children;
    expect(typeof say === 'object' && say.attributes.language).toBe('en-US');
  });

  it('calls back with the error for an event without To', async () => {
    const { error, response } = await run({ From: '+819012345678' });
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT' });
    expect(response).toBeUndefined();
  });
});
