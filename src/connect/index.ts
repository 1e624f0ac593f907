/**
 * Amazon Connect: a Lambda handler for the "Invoke AWS Lambda function" block, and hours of
 * operation with every Japanese holiday for CloudFormation or the Connect API.
 *
 * @module madoguchi/connect
 */
export { type ConnectEvent, type ConnectHandlerOptions, type ConnectResponse, connectHandler } from './handler.js';
export {
  type CfnOverride,
  CONNECT_OVERRIDE_QUOTA,
  type ConnectHoursExport,
  type ConnectHoursOptions,
  connectHoursOfOperation,
  type DayConfig,
  type OverrideInput,
  type TimeSlice,
} from './hours-of-operation.js';
