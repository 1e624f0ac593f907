/**
 * A self-hosted Twilio voice webhook (Node's http, no framework) that checks X-Twilio-Signature
 * with the twilio package before answering, so a forged or tampered request gets 403, not TwiML.
 *
 *   npm install madoguchi twilio
 *   TWILIO_AUTH_TOKEN=… PUBLIC_URL=https://ivr.example.jp/voice npx tsx examples/twilio/webhook.ts
 *
 * PUBLIC_URL must be the URL exactly as configured in the Twilio console: Twilio signs it, and
 * behind a proxy the server cannot know it from the request.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import twilio from 'twilio';
import { type Desk, desk as defaultDesk } from '../../src/index.js'; // in your project: from 'madoguchi'
import { twilioVoiceResponse } from '../../src/twilio/index.js'; // in your project: from 'madoguchi/twilio'

export interface WebhookOptions {
  readonly authToken: string;
  /** The webhook URL as configured in Twilio (it is part of what Twilio signs). */
  readonly publicUrl: string;
  readonly desk?: Desk;
}

const MAX_BODY = 64 * 1024;

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
      if (body.length > MAX_BODY) request.destroy(new Error('body too large'));
    });
    request.on('end', () => resolve(body));
    request.on('error', reject);
  });
}

export function createWebhookServer(options: WebhookOptions): Server {
  return createServer(async (request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST' }).end();
      return;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(new URLSearchParams(await readBody(request)));
    } catch {
      response.writeHead(413).end();
      return;
    }
    const signature = request.headers['x-twilio-signature'];
    if (typeof signature !== 'string' || !twilio.validateRequest(options.authToken, signature, options.publicUrl, params)) {
      response.writeHead(403, { 'content-type': 'text/plain' }).end('invalid X-Twilio-Signature\n');
      return;
    }
    try {
      const twiml = twilioVoiceResponse(params, { desk: options.desk ?? defaultDesk });
      response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(twiml);
    } catch (error) {
      // A number that is not one of the desk's: a configuration mistake to fix, not a caller's.
      console.error(error);
      response.writeHead(500).end();
    }
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const authToken = process.env.TWILIO_AUTH_TOKEN;
  const publicUrl = process.env.PUBLIC_URL;
  if (authToken === undefined || publicUrl === undefined) throw new Error('Set TWILIO_AUTH_TOKEN and PUBLIC_URL.');
  createWebhookServer({ authToken, publicUrl }).listen(Number(process.env.PORT ?? 3000));
}
