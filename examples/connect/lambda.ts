/**
 * The Lambda function Amazon Connect invokes from the "Invoke AWS Lambda function" block.
 *
 * Bundle and deploy (Node.js 20 or later):
 *   npx esbuild examples/connect/lambda.ts --bundle --platform=node --format=esm --outfile=build/index.mjs
 *   (cd build && zip ../lambda.zip index.mjs)   # upload, then deploy template.json with its S3 key
 *
 * In the flow: Invoke AWS Lambda function (response validation STRING_MAP) → Check contact
 * attributes on $.External.decision:
 *   connect, redirect → Set voice (Japanese) → Play prompt, SSML, $.External.prompt → Transfer to
 *                       phone number $.External.transferTo
 *   closed, unsupported-language → Play prompt $.External.prompt → Disconnect
 *   Error branch (malformed event, number not one of the desk's) → your fallback queue
 */
import { connectHandler } from '../../src/connect/index.js'; // in your project: from 'madoguchi/connect'
import { createDesk, desknetsCloud } from '../../src/index.js'; // in your project: from 'madoguchi'
import { companyHolidays } from './company-holidays.js';

export const handler = connectHandler({ desk: createDesk(desknetsCloud, { companyHolidays }) });
