// AWS Lambda (Node.js 20 or 22 runtime) behind a function URL, an API Gateway HTTP or REST API
// (proxy integration) or an Application Load Balancer: the same handler as `madoguchi serve`.
//
//   npm install madoguchi ical.js && zip -r function.zip index.mjs node_modules
//   aws lambda create-function --function-name madoguchi --runtime nodejs22.x --handler index.handler \
//     --zip-file fileb://function.zip --role arn:aws:iam::123456789012:role/madoguchi-lambda
//   aws lambda create-function-url-config --function-name madoguchi --auth-type NONE
//
// Put CloudFront in front with a cache policy that keeps the query string in the key and follows the
// origin's Cache-Control: "now" is then answered from the edge until the status can change.
import { lambdaHandler } from 'madoguchi/http/lambda';

// Company holidays: bake them in (createDesk options), or read a calendar URL per execution
// environment with createCalendarSource from 'madoguchi/http' (see examples/http/cloudflare/worker.ts).
export const handler = lambdaHandler({ cors: false });
