import type { Desk } from '../engine/create-desk.js';
import type { DayInfo, Opening, Status } from '../engine/types.js';

/** A `Status`, `Opening` or `DayInfo` with its `Date`s turned into another library's type. */
export type Converted<T, D> = T extends Date
  ? D
  : T extends readonly (infer U)[]
    ? readonly Converted<U, D>[]
    : T extends object
      ? { readonly [K in keyof T]: Converted<T[K], D> }
      : T;

/** The parts an adapter maps, shared so both adapters convert the same fields. */
export function converters<D>(toDate: (ms: number) => D) {
  const opening = (o: Opening | null): Converted<Opening, D> | null =>
    o && { line: o.line, opensAt: toDate(o.opensAt.getTime()), closesAt: toDate(o.closesAt.getTime()) };
  return {
    opening,
    status: (s: Status): Converted<Status, D> => ({
      at: toDate(s.at.getTime()),
      jst: s.jst,
      edition: s.edition,
      open: s.open,
      line: s.line,
      closesAt: s.closesAt && toDate(s.closesAt.getTime()),
      next: opening(s.next),
      closed: s.closed,
      languages: s.languages,
    }),
    day: (d: DayInfo): Converted<DayInfo, D> => ({ ...d, windows: d.windows.map((w) => opening(w) as Converted<Opening, D>) }),
  };
}

export type { Desk };
