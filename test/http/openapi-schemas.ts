import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { openApiDocument } from '../../src/http/index.js';

// The document's components, compiled as JSON Schema 2020-12 (OpenAPI 3.1's dialect). The wrapper
// carries `components` so that the document's own `#/components/schemas/…` references resolve.
const ajv = new Ajv2020({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv2020) => void)(ajv);
ajv.addSchema({ $id: 'madoguchi-openapi', components: openApiDocument.components }, 'madoguchi-openapi');

/** The schema of each endpoint's 200 answer, as the OpenAPI document names it. */
export const ANSWER_SCHEMA: Readonly<Record<string, string>> = {
  '/v1/status': 'StatusAnswer',
  '/v1/route': 'RouteAnswer',
  '/v1/days': 'DaysAnswer',
  '/healthz': 'Health',
};

/** The errors of `data` against the schema `name` of the document, or `[]` when it conforms. */
export function schemaErrors(name: string, data: unknown): string[] {
  const validate = ajv.getSchema(`madoguchi-openapi#/components/schemas/${name}`);
  if (validate === undefined) throw new Error(`the OpenAPI document has no schema ${name}`);
  return validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

/** The schema a response's body must follow: the endpoint's answer, or Problem for problem+json. */
export function schemaFor(path: string, response: { status: number; headers: { get(name: string): string | null } }): string | null {
  if ((response.headers.get('content-type') ?? '').startsWith('application/problem+json')) return 'Problem';
  if (response.status !== 200) return null;
  return ANSWER_SCHEMA[path] ?? null;
}
