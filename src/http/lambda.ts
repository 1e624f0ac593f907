/**
 * The HTTP handler as an AWS Lambda function: behind a function URL, an API Gateway HTTP API
 * (payload format 2.0) or REST API (1.0), or an Application Load Balancer.
 *
 * @module madoguchi/http/lambda
 */
// The events are converted by Hono's Lambda adapter (bundled into this entry, so a user installs
// nothing more): it reads all four documented payload shapes, multi-value headers and query
// strings, and base64 bodies, which is where hand-written adapters go wrong.
import { handle } from 'hono/aws-lambda';
import { Hono } from 'hono/tiny';
import { createHandler, type Handler, type HandlerOptions } from './handler.js';

/**
 * What a Lambda function returns to a function URL, API Gateway or a load balancer.
 *
 * @example
 * ```ts
 * const result: LambdaResult = { statusCode: 200, headers: { 'content-type': 'application/json' }, body: '{"open":true}', isBase64Encoded: false };
 * ```
 */
export interface LambdaResult {
  readonly statusCode: number;
  readonly headers?: Record<string, string>;
  readonly multiValueHeaders?: Record<string, string[]>;
  readonly cookies?: string[];
  readonly body: string;
  readonly isBase64Encoded: boolean;
}

/**
 * A Lambda handler: `(event, context) => Promise<result>`. The event is the platform's JSON as documented.
 *
 * @example
 * ```ts
 * export const handler: LambdaHandler = lambdaHandler();
 * ```
 */
export type LambdaHandler = (event: object, context?: object) => Promise<LambdaResult>;

/**
 * Wraps the handler (`createHandler(options)`, or one you made) for AWS Lambda.
 *
 * @param handlerOrOptions - a handler from `createHandler`, or the options to make one
 * @example
 * ```ts
 * // index.mjs of a function with a function URL:
 * import { lambdaHandler } from 'madoguchi/http/lambda';
 * export const handler = lambdaHandler({ cors: true });
 * ```
 */
export function lambdaHandler(handlerOrOptions: Handler | HandlerOptions = {}): LambdaHandler {
  const handler = typeof handlerOrOptions === 'function' ? handlerOrOptions : createHandler(handlerOrOptions);
  const app = new Hono().all('*', (c) => handler(c.req.raw));
  return handle(app) as unknown as LambdaHandler;
}
