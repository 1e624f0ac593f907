import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

const run = promisify(execFile);
const PROBE = fileURLToPath(new URL('tz-probe.ts', import.meta.url));
const ZONES = ['UTC', 'Asia/Tokyo', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'];

it('gives byte-identical Connect, Twilio and hours-of-operation output whatever the host time zone', async () => {
  // One child process per zone, each with TZ set before anything reads the clock.
  const outputs = await Promise.all(
    ZONES.map(async (TZ) => (await run(process.execPath, ['--import', 'tsx', PROBE], { env: { ...process.env, TZ }, maxBuffer: 1 << 24 })).stdout),
  );
  const first = outputs[0] ?? '';
  expect(first.length).toBeGreaterThan(10_000);
  for (const [i, output] of outputs.entries()) expect(output, ZONES[i]).toBe(first);
}, 60_000);
