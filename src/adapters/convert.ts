import { adapterDeskInvalid } from '../errors/messages.js';
import type { Desk } from '../faces/desk-type.js';
import { isDesk } from '../faces/registry.js';
import type { Line } from '../model/types.js';

/**
 * A `Status`, `Opening`, `DayInfo` or `RouteDecision` with every `Date` in it turned into another
 * library's type `D`; everything else (lines, reasons, names) is kept as it is.
 *
 * @example
 * ```ts
 * import type { Status } from 'madoguchi';
 * import type { Converted } from 'madoguchi/luxon';
 * import type { DateTime } from 'luxon';
 * type LuxonStatus = Converted<Status, DateTime>; // at: DateTime, closesAt: DateTime | null, …
 * ```
 */
export type Converted<T, D> = T extends Date
  ? D
  : T extends Line
    ? T
    : T extends readonly (infer U)[]
      ? readonly Converted<U, D>[]
      : T extends object
        ? { readonly [K in keyof T]: Converted<T[K], D> }
        : T;

/**
 * Deep-copies an answer with each `Date` mapped by `toDate`. Generic on purpose: when an answer's
 * shape grows a new `Date`, the adapters convert it without being told. Parts holding no `Date`
 * (the frozen, shared `Line`s) come back as the very same objects.
 */
export function converter<D>(toDate: (ms: number) => D): <T>(value: T) => Converted<T, D> {
  const walk = (value: unknown): unknown => {
    if (value instanceof Date) return toDate(value.getTime());
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      const items = value.map(walk);
      return items.some((item, i) => item !== value[i]) ? items : value;
    }
    // A StatusRecord keeps `jst` behind a getter; its toJSON lists every field.
    const source = typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): object }).toJSON() : value;
    let changed = source !== value;
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(source)) {
      copy[key] = walk(item);
      changed ||= copy[key] !== item;
    }
    return changed ? Object.freeze(copy) : value;
  };
  return walk as <T>(value: T) => Converted<T, D>;
}

/** Checks that an adapter was given a desk, so a mistake shows at the wrap and not as a TypeError later. */
export function checkDesk(desk: unknown, adapter: string): asserts desk is Desk {
  if (!isDesk(desk)) throw adapterDeskInvalid(adapter, desk);
}

export type { Desk };
