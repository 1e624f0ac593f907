import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
import { JSONPath } from 'jsonpath-plus';
import Velocity from 'velocityjs';
import { describe, expect, it } from 'vitest';
import { createHandler } from '../../src/http/index.js';

const action = JSON.parse(readFileSync(new URL('../../examples/genesys/madoguchi-route.action.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true, strict: false });
// Genesys declares draft-04; the keywords these contracts use mean the same in ajv's default draft.
const withoutDialect = ({ $schema: _, ...schema }: Record<string, unknown>) => schema;
const validInput = ajv.compile(withoutDialect(action.contract.input.inputSchema));
const validOutput = ajv.compile(withoutDialect(action.contract.output.successSchema));

/** Java's URLEncoder (what Velocity's $esc.url uses): form encoding, a space as '+'. */
const javaUrlEncode = (text: string): string =>
  encodeURIComponent(text)
    .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');

/** One execution of the data action as Genesys runs it, against the handler instead of the network. */
async function execute(input: Record<string, string>, now: string) {
  expect(validInput(input), JSON.stringify(validInput.errors)).toBe(true);
  const { request, response } = action.config;
  const url = Velocity.render(request.requestUrlTemplate, { input, esc: { url: javaUrlEncode } });
  const handler = createHandler({ clock: () => Date.parse(now) });
  const res = await handler(new Request(url, { method: request.requestType, headers: request.headers }));
  if (res.status < 200 || res.status > 299) return { failure: res.status, body: await res.json() };
  const raw = await res.json();
  const values: Record<string, string> = {};
  for (const [name, path] of Object.entries(response.translationMap as Record<string, string>)) {
    const found = JSONPath({ path, json: raw, wrap: false });
    // A path that resolves to nothing takes its default, a JSON literal as written in the file.
    values[name] = found === undefined ? response.translationMapDefaults[name] : JSON.stringify(found);
  }
  const output = JSON.parse(Velocity.render(response.successTemplate, values));
  expect(validOutput(output), JSON.stringify(validOutput.errors)).toBe(true);
  return { output };
}

describe('the Genesys Cloud data action in examples/genesys', () => {
  it('connects a Japanese caller to the regular line at 10:00 on a weekday, with the recording notice', async () => {
    const { output } = await execute({ dialed: 'tel:+81120365800', language: 'ja-jp' }, '2026-11-25T10:00:00+09:00');
    expect(output).toMatchObject({ kind: 'connect', lineId: 'regular', tel: '0120-365-800', closesAt: '2026-11-25T17:30:00.000+09:00', stale: false });
    expect(output.recordingNotice).toMatch(/録音/);
  });

  it('redirects a call to the regular number at 18:30 to the evening line', async () => {
    const { output } = await execute({ dialed: '+81 120 365 800', language: 'ja-JP' }, '2026-11-25T18:30:00+09:00');
    expect(output).toMatchObject({ kind: 'redirect', lineId: 'night', tel: '0800-777-9984' });
  });

  it('says closed on 2026-09-22 (国民の休日) with empty line fields and the next opening', async () => {
    const { output } = await execute({ dialed: 'tel:+818007779984', language: 'ja-jp' }, '2026-09-22T10:00:00+09:00');
    expect(output).toMatchObject({ kind: 'closed', reason: 'national-holiday', lineId: '', tel: '', nextOpensAt: '2026-09-24T09:00:00.000+09:00' });
    expect(output.sentence.length).toBeGreaterThan(10);
  });

  it('says an English-speaking caller is not served', async () => {
    const { output } = await execute({ dialed: 'tel:+81120365800', language: 'en-us' }, '2026-11-25T10:00:00+09:00');
    expect(output).toMatchObject({ kind: 'unsupported-language', lineId: '' });
  });

  it('takes the failure path, with the library code, for a number no line has', async () => {
    const result = await execute({ dialed: 'tel:+81312345678', language: 'ja-jp' }, '2026-11-25T10:00:00+09:00');
    expect(result).toMatchObject({ failure: 400, body: { code: 'UNKNOWN_LINE' } });
  });

  it('refuses an input without the dialed number (the contract can fail)', () => {
    expect(validInput({ language: 'ja-jp' })).toBe(false);
    expect(validOutput({ kind: 'connect' })).toBe(false);
  });
});
