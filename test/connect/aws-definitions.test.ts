import { Readable } from 'node:stream';
import {
  ConnectClient,
  CreateHoursOfOperationCommand,
  CreateHoursOfOperationOverrideCommand,
  type CreateHoursOfOperationOverrideRequest,
  type CreateHoursOfOperationRequest,
} from '@aws-sdk/client-connect';
import { App, Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { CfnHoursOfOperation, type CfnHoursOfOperationProps } from 'aws-cdk-lib/aws-connect';
import { expect, describe as group, it } from 'vitest';
import { connectHoursOfOperation } from '../../src/connect/index.js';
import { createDesk, desknetsCloud } from '../../src/index.js';

// The export is checked against AWS's own definitions: the Connect SDK's request types (at compile
// time, by `npm run typecheck`, and at run time through the SDK's serializer) and CloudFormation's
// resource definition as aws-cdk-lib generates it (CfnHoursOfOperation validates its properties
// when the stack is synthesized and renders them back as the template CloudFormation reads).
const INSTANCE = 'arn:aws:connect:ap-northeast-1:123456789012:instance/9308c2a1-9bc6-4cea-8290-6c0b4a6d38fa';
const desk = createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03', { date: '2027-08-13', name: '夏季休業' }] });
const out = connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31', instanceArn: INSTANCE });

/** CloudFormation's PascalCase properties as the CDK's camelCase props (the CDK turns them back when it synthesizes). */
function camel(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camel);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.charAt(0).toLowerCase() + k.slice(1), camel(v)]));
}

group('the Connect API inputs', () => {
  it('are CreateHoursOfOperation and CreateHoursOfOperationOverride requests as the SDK types them', () => {
    const create: CreateHoursOfOperationRequest = { ...out.api.hoursOfOperation, InstanceId: 'instance-id' };
    const overrides: CreateHoursOfOperationOverrideRequest[] = out.api.overrides.map((o) => ({
      ...o,
      InstanceId: 'instance-id',
      HoursOfOperationId: 'hoo-id',
    }));
    expect(create.TimeZone).toBe('Asia/Tokyo');
    expect(overrides.length).toBe(out.api.overrides.length);
  });

  it('go through the SDK serializer as the documented request bodies', async () => {
    const sent: { path: string; body: unknown }[] = [];
    const client = new ConnectClient({
      region: 'ap-northeast-1',
      credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'example' },
      // Captures the signed HTTP request in place of the network; answers as the API documents.
      requestHandler: {
        handle: async (request: { path: string; body?: string }) => {
          sent.push({ path: request.path, body: JSON.parse(String(request.body ?? '{}')) });
          const body = Readable.from([Buffer.from('{"HoursOfOperationId":"hoo-id","HoursOfOperationOverrideId":"o-id"}')]);
          return { response: { statusCode: 200, headers: { 'content-type': 'application/json' }, body } };
        },
      },
    });
    await client.send(new CreateHoursOfOperationCommand({ ...out.api.hoursOfOperation, InstanceId: 'instance-id' }));
    const [first] = out.api.overrides;
    if (first === undefined) throw new Error('no override');
    await client.send(new CreateHoursOfOperationOverrideCommand({ ...first, InstanceId: 'instance-id', HoursOfOperationId: 'hoo-id' }));
    expect(sent[0]?.path).toBe('/hours-of-operations/instance-id');
    expect(sent[0]?.body).toEqual({
      Name: out.api.hoursOfOperation.Name,
      Description: out.api.hoursOfOperation.Description,
      TimeZone: 'Asia/Tokyo',
      Config: out.api.hoursOfOperation.Config,
    });
    expect(sent[1]?.path).toBe('/hours-of-operations/instance-id/hoo-id/overrides');
    const { Name, Description, Config, EffectiveFrom, EffectiveTill, OverrideType } = first;
    expect(sent[1]?.body).toEqual({ Name, Description, Config, EffectiveFrom, EffectiveTill, OverrideType });
  });
});

group('the CloudFormation resource', () => {
  it("synthesizes through aws-cdk-lib's CfnHoursOfOperation unchanged", () => {
    const stack = new Stack(new App(), 'Madoguchi');
    const props = camel(out.cloudFormation.Properties) as CfnHoursOfOperationProps;
    new CfnHoursOfOperation(stack, 'RegularHours', props);
    const template = Template.fromStack(stack);
    template.resourceCountIs('AWS::Connect::HoursOfOperation', 1);
    const [resource] = Object.values(template.findResources('AWS::Connect::HoursOfOperation')) as { Type: string; Properties: unknown }[];
    // Every property the export writes is one CloudFormation knows: an unknown one would be dropped here.
    expect(resource).toEqual({ Type: out.cloudFormation.Type, Properties: out.cloudFormation.Properties });
  });

  it('is rejected by the CDK when a property is missing or mistyped, so the check above can fail', () => {
    const { TimeZone: _, ...rest } = out.cloudFormation.Properties;
    expect(() => new CfnHoursOfOperation(new Stack(new App(), 'Missing'), 'Hours', camel(rest) as CfnHoursOfOperationProps)).toThrow(/timeZone/);
    const stack = new Stack(new App(), 'Mistyped');
    const props = camel(out.cloudFormation.Properties) as Record<string, unknown> & { hoursOfOperationOverrides: Record<string, unknown>[] };
    const [first, ...others] = props.hoursOfOperationOverrides;
    new CfnHoursOfOperation(stack, 'Hours', {
      ...props,
      hoursOfOperationOverrides: [{ ...first, effectiveFrom: 20270101 }, ...others],
    } as unknown as CfnHoursOfOperationProps);
    expect(() => Template.fromStack(stack)).toThrow(/effectiveFrom/);
  });
});
