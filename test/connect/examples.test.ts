import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CfnInclude } from 'aws-cdk-lib/cloudformation-include';
import { build } from 'esbuild';
import { afterAll, expect, describe as group, it } from 'vitest';
import { buildTemplate } from '../../examples/connect/build-template.js';
import { createDesk, day, desknetsCloud } from '../../src/index.js';
import { simulate } from './simulate-connect.js';

// examples/connect: the template must be what the build script makes today (so a stale one
// fails), CloudFormation-shaped as aws-cdk-lib reads templates, and the Lambda entry must work
// once bundled as the README says, on the documented event.
const TEMPLATE = new URL('../../examples/connect/template.json', import.meta.url);
const template = JSON.parse(readFileSync(TEMPLATE, 'utf8')) as ReturnType<typeof buildTemplate> & {
  Resources: Record<string, { Type: string; Properties: Record<string, never> }>;
};
const out = mkdtempSync(join(tmpdir(), 'madoguchi-connect-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

group('examples/connect', () => {
  it('template.json is what build-template.ts writes for 2027', () => {
    expect(template).toEqual(JSON.parse(JSON.stringify(buildTemplate(2027))));
  });

  it("template.json loads through aws-cdk-lib's CfnInclude and synthesizes back unchanged", () => {
    const stack = new Stack(new App(), 'Example');
    new CfnInclude(stack, 'Included', { templateFile: TEMPLATE.pathname });
    const synthesized = Template.fromStack(stack).toJSON() as { Resources: Record<string, unknown> };
    expect(synthesized.Resources).toEqual(template.Resources);
  }, 60_000);

  it("its hours of operation close both lines on 2027-08-13 (夏季休業) and on 2027-05-03..05, as the Lambda's desk does", () => {
    const desk = createDesk(desknetsCloud, { companyHolidays: [{ date: '--08-13/--08-15', name: '夏季休業' }, '--12-29/--01-03'] });
    for (const [id, lineId] of [
      ['RegularHours', 'regular'],
      ['NightHours', 'night'],
    ] as const) {
      const p = template.Resources[id]?.Properties as unknown as {
        Config: never[];
        HoursOfOperationOverrides: { OverrideConfig: never[]; EffectiveFrom: string; EffectiveTill: string; OverrideType: 'CLOSED' }[];
      };
      const overrides = p.HoursOfOperationOverrides.map((o) => ({ ...o, Config: o.OverrideConfig, Name: '', Description: '' }));
      for (const [date, weekday] of [
        ['2027-08-13', 5],
        ['2027-05-04', 2],
        ['2027-08-16', 1],
      ] as const) {
        const expected = day(desk, date).windows.filter((w) => w.line.id === lineId).length;
        expect(simulate(p.Config, overrides, date, weekday).length, `${lineId} ${date}`).toBe(expected);
      }
    }
  });

  it('lambda.ts, bundled with esbuild as the README says, answers the documented event', async () => {
    const file = join(out, 'index.mjs');
    await build({ entryPoints: ['examples/connect/lambda.ts'], bundle: true, platform: 'node', format: 'esm', outfile: file, logLevel: 'silent' });
    const { handler } = (await import(pathToFileURL(file).href)) as { handler: (e: unknown) => Promise<Record<string, unknown>> };
    const event = JSON.parse(readFileSync(new URL('fixtures/lambda-guide-event.json', import.meta.url), 'utf8')) as unknown;
    const r = await handler(event);
    for (const value of Object.values(r)) expect(typeof value).toBe('string');
    expect(r.dialedLineId).toBe('regular');
    expect(['connect', 'redirect', 'closed']).toContain(r.decision);
  });
});
