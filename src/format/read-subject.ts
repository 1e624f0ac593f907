import { describeValue } from '../errors/describe-value.js';
import { MadoguchiError } from '../errors/madoguchi-error.js';
import type { RouteDecision } from '../model/route.js';
import type { Closed, Line, Opening, Status } from '../model/types.js';
import { isDate, toEpochMs } from '../time/instant.js';

type Fields = Readonly<Record<string, unknown>>;
/** Reads one field into the shape describe uses: `undefined` when it is not one. */
type Reader = (value: unknown) => unknown;

const REASON = /^(?:weekend|national-holiday|company-holiday|override|before-hours|between-windows|after-hours)$/;
const isRecord = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isText = (value: unknown): value is string => typeof value === 'string';
function instant(value: unknown): Date | undefined {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? undefined : value;
  try {
    return isText(value) || typeof value === 'number' ? new Date(toEpochMs(value)) : undefined;
  } catch {
    return undefined;
  }
}
const localized = (v: unknown) => (isRecord(v) && isText(v.ja) && isText(v.en) ? v : undefined);
const strings = (v: unknown) => (Array.isArray(v) && v.every(isText) ? v : undefined);
const line = (v: unknown) => (isRecord(v) && isText(v.id) && isText(v.tel) && localized(v.name) && strings(v.languages) ? (v as unknown as Line) : undefined);
const closed = (v: unknown) =>
  isRecord(v) && isText(v.reason) && REASON.test(v.reason) && (v.name === undefined || isText(v.name)) && (v.nameEn === undefined || isText(v.nameEn))
    ? (v as unknown as Closed)
    : undefined;
function opening(v: unknown): Opening | undefined {
  if (!isRecord(v)) return undefined;
  const [l, opensAt, closesAt] = [line(v.line), instant(v.opensAt), instant(v.closesAt)];
  return l && opensAt && closesAt ? { line: l, opensAt, closesAt } : undefined;
}

// Every field a sentence reads, by name, and whether it may be null; `open` is a boolean in a
// Status and a line in a decision. No call at module level, so bundles without describe drop it all.
const READERS: Readonly<Record<string, readonly [Reader, boolean]>> = {
  at: [instant, false],
  open: [(v) => (typeof v === 'boolean' ? v : line(v)), true],
  line: [line, true],
  dialed: [line, true],
  closesAt: [instant, true],
  next: [opening, true],
  closed: [closed, true],
  languages: [strings, false],
  supported: [strings, false],
  recordingNotice: [localized, true],
  language: [(v) => (isText(v) ? v : undefined), false],
};
// The fields each kind of subject must have; a Status has no kind.
const REQUIRED: Readonly<Record<string, string>> = {
  status: 'at open next closed languages',
  connect: 'at line closesAt',
  redirect: 'at line closesAt',
  closed: 'at closed next',
  'unsupported-language': 'at supported next',
};

/**
 * Reads what `describe` was given, as returned by the desk or as its JSON (instants as ISO strings
 * or epoch milliseconds), checking every field a sentence uses: a wrong field is an error naming
 * it, never a sentence with "undefined" in it or a false "no further opening".
 *
 * @throws `MadoguchiError` `INVALID_ARGUMENT` naming the first field that is missing or malformed
 */
export function readSubject(x: unknown): Status | RouteDecision {
  try {
    return read(x);
  } catch (error) {
    // A revoked Proxy or a throwing getter: say it cannot be read rather than pass its TypeError on.
    if (error instanceof MadoguchiError) throw error;
    return reject(x, 'it cannot be read');
  }
}

function read(x: unknown): Status | RouteDecision {
  if (!isRecord(x)) return reject(x, 'it is not an object');
  // A Status keeps its fields behind getters; toJSON lists them all, with their Dates.
  const f: Fields = typeof x.toJSON === 'function' && !isDate(x) ? (x as { toJSON(): Fields }).toJSON() : x;
  const kind = 'kind' in f ? f.kind : 'status';
  const required = isText(kind) && Object.hasOwn(REQUIRED, kind) ? (REQUIRED[kind] as string).split(' ') : undefined;
  if (required === undefined) return reject(x, `its kind ${describeValue(kind)} is none of connect, redirect, closed, unsupported-language`);
  // An open Status names its line and closing time; a closed one, why.
  if (f.open === true) required.push('line', 'closesAt');
  const read: Record<string, unknown> = { ...f };
  for (const [name, [reader, mayBeNull]] of Object.entries(READERS)) {
    if (!(name in f) && !required.includes(name)) continue;
    const value = f[name] === null && mayBeNull ? null : reader(f[name]);
    if (value === undefined || (value === null && required.includes(name) && name !== 'next' && !(name === 'closed' && f.open === true))) {
      reject(x, `its ${name} is missing or malformed`);
    }
    read[name] = value;
  }
  return read as unknown as Status | RouteDecision;
}

function reject(x: unknown, why: string): never {
  throw new MadoguchiError(
    'INVALID_ARGUMENT',
    `Cannot describe ${describeValue(x)}: ${why}; expected a Status from desk.status() or a RouteDecision from route(desk, request), or either as JSON.`,
    x,
  );
}
