/**
 * The HTTP face: one Web-standard handler (`Request` → `Response`) for Node, edge runtimes and
 * serverless platforms, and a company-holiday source that keeps its last good copy.
 *
 * @module madoguchi/http
 */
// The public API of madoguchi/http, listed by hand. Held back: the endpoint functions and the
// query reader (the OpenAPI document is their contract).
export { deskFromDocument, optionsFromDocument } from './calendar-document.js';
export { createHandler, type Handler, type HandlerOptions } from './handler.js';
export { type OpenApiDocument, openApiDocument } from './openapi.js';
export {
  type CalendarSource,
  type CalendarSourceOptions,
  type Copy,
  createCalendarSource,
  type Reader,
  type ReadResult,
  type SourceDocument,
  type SourceHealth,
  urlReader,
  type Validators,
} from './source.js';
