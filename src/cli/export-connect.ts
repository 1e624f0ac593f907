import { parseArgs } from 'node:util';
import { type ConnectHoursExport, connectHoursOfOperation } from '../connect/index.js';
import { loadDesk } from './load-options.js';
import { UsageError } from './usage-error.js';

const USAGE = 'madoguchi export connect --line ID (--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD) [--format cfn|api] [--company-holidays FILE]';

/**
 * A CloudFormation template holding one line's hours of operation for a year: the instance ARN is
 * a parameter; the metadata says which dates it covers and when to regenerate.
 *
 * @example
 * ```ts
 * template(connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' })).Resources;
 * //=> { RegularHoursOfOperation: { Type: 'AWS::Connect::HoursOfOperation', Properties: { … } } }
 * ```
 */
export function template(out: ConnectHoursExport): Record<string, unknown> {
  const logicalId = `${out.lineId.replace(/(^|[^A-Za-z0-9]+)([A-Za-z0-9])/g, (_, __, c: string) => c.toUpperCase()).replace(/[^A-Za-z0-9]/g, '')}HoursOfOperation`;
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: out.cloudFormation.Properties.Description,
    Metadata: { madoguchi: { lineId: out.lineId, edition: out.edition, covers: out.covers, regenerateBy: out.regenerateBy, provisional: out.provisional } },
    Parameters: { ConnectInstanceArn: { Type: 'String', Description: 'ARN of the Amazon Connect instance' } },
    Resources: { [logicalId]: out.cloudFormation },
    Outputs: { HoursOfOperationArn: { Value: { 'Fn::GetAtt': [logicalId, 'HoursOfOperationArn'] } } },
  };
}

/**
 * `madoguchi export connect`: one line's Amazon Connect hours of operation for a year (or a range), every
 * national holiday and company holiday as overrides, as a CloudFormation template (`--format cfn`,
 * the default) or as Connect API inputs (`--format api`).
 *
 * @param argv - the arguments after `export`
 * @returns the JSON to print
 * @throws `UsageError` for a wrong invocation; `MadoguchiError` for a year Connect cannot hold (the CLI prints either in one line, exit 2)
 * @example
 * ```ts
 * await exportConnect(['connect', '--line', 'regular', '--year', '2027']); //=> '{\n  "AWSTemplateFormatVersion": "2010-09-09", …'
 * ```
 */
export async function exportConnect(argv: readonly string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: {
      line: { type: 'string' },
      year: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      format: { type: 'string' },
      'company-holidays': { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (positionals.length !== 1 || positionals[0] !== 'connect') throw new UsageError(`export takes one target, connect: ${USAGE}`);
  if (values.line === undefined) throw new UsageError(`export connect needs --line (regular, night, …): ${USAGE}`);
  const range = values.year === undefined ? { from: values.from, to: values.to } : { from: `${values.year}-01-01`, to: `${values.year}-12-31` };
  if (values.year !== undefined && (!/^\d{4}$/.test(values.year) || values.from !== undefined || values.to !== undefined)) {
    throw new UsageError(`export connect takes --year YYYY, or --from and --to instead, not ${JSON.stringify(argv.slice(1).join(' '))}`);
  }
  if (range.from === undefined || range.to === undefined) throw new UsageError(`export connect needs --year, or --from and --to: ${USAGE}`);
  const format = values.format ?? 'cfn';
  if (format !== 'cfn' && format !== 'api') throw new UsageError(`--format takes cfn or api, not "${format}"`);
  const { desk } = loadDesk(values['company-holidays'], false);
  const out = connectHoursOfOperation(desk, { lineId: values.line, from: range.from, to: range.to });
  const body =
    format === 'cfn'
      ? template(out)
      : { lineId: out.lineId, edition: out.edition, covers: out.covers, regenerateBy: out.regenerateBy, provisional: out.provisional, ...out.api };
  return JSON.stringify(body, null, 2);
}
