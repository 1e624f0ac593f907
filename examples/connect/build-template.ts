/**
 * Writes examples/connect/template.json: the hours of operation of both lines for a year (every
 * national holiday and company holiday as overrides) and the Lambda function wired to the
 * instance. Run once a year, before `regenerateBy` in the template's metadata:
 *
 *   npx tsx examples/connect/build-template.ts 2027 > examples/connect/template.json
 */
import { connectHoursOfOperation } from '../../src/connect/index.js'; // in your project: from 'madoguchi/connect'
import { createDesk, desknetsCloud } from '../../src/index.js';
import { companyHolidays } from './company-holidays.js';

const LOGICAL_IDS: Readonly<Record<string, string>> = { regular: 'RegularHours', night: 'NightHours' };

/** The whole template for one year, as plain JSON data. */
export function buildTemplate(year: number): Record<string, unknown> {
  const desk = createDesk(desknetsCloud, { companyHolidays });
  const hours = ['regular', 'night'].map((lineId) => connectHoursOfOperation(desk, { lineId, from: `${year}-01-01`, to: `${year}-12-31` }));
  const resources: Record<string, unknown> = {};
  for (const h of hours) resources[LOGICAL_IDS[h.lineId] as string] = h.cloudFormation;
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `desknet's cloud customer center on Amazon Connect: hours of operation ${year} with every Japanese holiday, and the routing Lambda (madoguchi)`,
    Metadata: { madoguchi: { covers: hours[0]?.covers, regenerateBy: hours[0]?.regenerateBy, provisional: hours[0]?.provisional } },
    Parameters: {
      ConnectInstanceArn: { Type: 'String', Description: 'ARN of the Amazon Connect instance' },
      CodeS3Bucket: { Type: 'String', Description: 'S3 bucket holding lambda.zip' },
      CodeS3Key: { Type: 'String', Default: 'lambda.zip' },
    },
    Resources: {
      ...resources,
      RoutingFunctionRole: {
        Type: 'AWS::IAM::Role',
        Properties: {
          AssumeRolePolicyDocument: {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
          },
          ManagedPolicyArns: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
        },
      },
      RoutingFunction: {
        Type: 'AWS::Lambda::Function',
        Properties: {
          Runtime: 'nodejs20.x',
          Handler: 'index.handler',
          Code: { S3Bucket: { Ref: 'CodeS3Bucket' }, S3Key: { Ref: 'CodeS3Key' } },
          Role: { 'Fn::GetAtt': ['RoutingFunctionRole', 'Arn'] },
          MemorySize: 256,
          // The flow block waits at most 8 seconds; an answer takes milliseconds.
          Timeout: 3,
        },
      },
      ConnectInvokePermission: {
        Type: 'AWS::Lambda::Permission',
        Properties: {
          Action: 'lambda:InvokeFunction',
          FunctionName: { Ref: 'RoutingFunction' },
          Principal: 'connect.amazonaws.com',
          SourceArn: { Ref: 'ConnectInstanceArn' },
        },
      },
      RoutingFunctionIntegration: {
        Type: 'AWS::Connect::IntegrationAssociation',
        Properties: {
          InstanceId: { Ref: 'ConnectInstanceArn' },
          IntegrationType: 'LAMBDA_FUNCTION',
          IntegrationArn: { 'Fn::GetAtt': ['RoutingFunction', 'Arn'] },
        },
      },
    },
    Outputs: {
      RegularHoursArn: { Value: { 'Fn::GetAtt': ['RegularHours', 'HoursOfOperationArn'] } },
      NightHoursArn: { Value: { 'Fn::GetAtt': ['NightHours', 'HoursOfOperationArn'] } },
      RoutingFunctionArn: { Value: { 'Fn::GetAtt': ['RoutingFunction', 'Arn'] } },
    },
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.stdout.write(`${JSON.stringify(buildTemplate(Number(process.argv[2] ?? new Date(Date.now() + 9 * 3_600_000).getUTCFullYear() + 1)), null, 2)}\n`);
}
