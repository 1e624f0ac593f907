import { beforeAll, expect, describe as group, it } from 'vitest';
import { connectHoursOfOperation } from '../../src/connect/index.js';
import { createDesk, desknetsCloud } from '../../src/index.js';
import { answered, expectBuiltCli, runCli } from '../cli/run-cli.js';
import { simulate } from './simulate-connect.js';

beforeAll(expectBuiltCli);

// 第6条1項: regular 9:00～17:30 on weekdays. test/fixtures/company-holidays.json closes 2026-12-29
// to 2027-01-03 (年末年始休業) and 08-13/08-14 every year (夏季休業); 2027-08-13 is a Friday.
const slice = (h: number, m: number) => ({ Hours: h, Minutes: m });
const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

interface Template {
  Parameters: Record<string, unknown>;
  Metadata: { madoguchi: { covers: { from: string; to: string }; regenerateBy: string } };
  Resources: Record<
    string,
    { Type: string; Properties: { TimeZone: string; Config: unknown[]; HoursOfOperationOverrides: { EffectiveFrom: string; EffectiveTill: string }[] } }
  >;
}

group('madoguchi export connect', () => {
  it('prints a CloudFormation template of the regular line for 2027, the instance ARN as a parameter', async () => {
    const t = JSON.parse(await answered(['export', 'connect', '--line', 'regular', '--year', '2027'])) as Template;
    const resource = t.Resources.RegularHoursOfOperation;
    expect(resource?.Type).toBe('AWS::Connect::HoursOfOperation');
    expect(resource?.Properties.TimeZone).toBe('Asia/Tokyo');
    expect(resource?.Properties.Config).toEqual(WEEKDAYS.map((Day) => ({ Day, StartTime: slice(9, 0), EndTime: slice(17, 30) })));
    expect(resource?.Properties.HoursOfOperationOverrides).toHaveLength(14); // the weekday holidays of 2027
    expect(t.Parameters).toHaveProperty('ConnectInstanceArn');
    expect(t.Metadata.madoguchi).toMatchObject({ covers: { from: '2027-01-01', to: '2027-12-31' }, regenerateBy: '2028-01-01' });
  });

  it('prints the Connect API inputs with --format api, company holidays from a file included', async () => {
    const out = JSON.parse(
      await answered([
        'export',
        'connect',
        '--line',
        'regular',
        '--year',
        '2027',
        '--format',
        'api',
        '--company-holidays',
        'test/fixtures/company-holidays.json',
      ]),
    ) as { hoursOfOperation: { Config: never[] }; overrides: { EffectiveFrom: string; EffectiveTill: string; OverrideType: string }[] };
    const spans = out.overrides.map((o) => [o.EffectiveFrom, o.EffectiveTill]);
    // The year-end closure within the range: Friday 01-01; the weekend after it the weekly Config closes anyway.
    expect(spans).toContainEqual(['2027-01-01', '2027-01-01']);
    expect(spans).toContainEqual(['2027-08-13', '2027-08-13']); // 夏季休業 on a Friday (08-14 is a Saturday)
    // The file's desk, simulated as Connect would, opens exactly when the library does.
    const desk = createDesk(desknetsCloud, {
      companyHolidays: [
        { date: '2026-12-29/2027-01-03', name: '年末年始休業' },
        { date: '--08-13/--08-14', name: '夏季休業' },
      ],
      nationalHolidays: { add: [{ date: '2026-12-25', name: '臨時の祝日' }] },
    });
    expect(out).toMatchObject(connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' }).api);
    expect(simulate(out.hoursOfOperation.Config, out.overrides as never, '2027-01-04', 1)).toEqual([[540, 1050]]);
  });

  it.each([
    ['no line', ['export', 'connect', '--year', '2027'], '--line'],
    ['no year', ['export', 'connect', '--line', 'regular'], '--year'],
    ['a two-digit year', ['export', 'connect', '--line', 'regular', '--year', '27'], '--year'],
    ['an unknown format', ['export', 'connect', '--line', 'regular', '--year', '2027', '--format', 'yaml'], '"yaml"'],
    ['an unknown target', ['export', 'genesys', '--line', 'regular', '--year', '2027'], 'connect'],
    ['an unknown line', ['export', 'connect', '--line', 'evening', '--year', '2027'], '"evening"'],
    ['the year of the edition change', ['export', 'connect', '--line', 'regular', '--year', '2023'], '2023-02-06'],
    ['the night line before it existed', ['export', 'connect', '--line', 'night', '--year', '2022'], '"night"'],
    ['a missing company holidays file', ['export', 'connect', '--line', 'regular', '--year', '2027', '--company-holidays', 'no-such.json'], 'no-such.json'],
  ])('exits 2 with one line for %s', async (_, args, named) => {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^madoguchi: [^\n]+\n$/);
    expect(r.stderr).toContain(named);
  });
});
