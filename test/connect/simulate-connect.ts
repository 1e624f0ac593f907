import type { DayConfig, OverrideInput } from '../../src/connect/index.js';

/**
 * How Amazon Connect evaluates hours of operation for one date, written from its documentation
 * (not from the exporter): the weekly `Config` entries of that weekday are the day's windows (an
 * end of 0:00 is midnight at the end of the day, "12:00AM"); an override whose EffectiveFrom ≤
 * date ≤ EffectiveTill applies to the weekdays its config lists — `STANDARD` ("temporary hours")
 * replaces the day's windows with its own, `CLOSED` removes its [start, end) from them (0:00 to
 * 0:00 being the whole day).
 */
export type Windows = (readonly [number, number])[];

const WEEKDAYS = ['', 'MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];
const minutes = (t: { Hours: number; Minutes: number }): number => t.Hours * 60 + t.Minutes;

function span(c: DayConfig): readonly [number, number] {
  const start = minutes(c.StartTime);
  const end = minutes(c.EndTime);
  return [start, end === 0 ? 1440 : end];
}

function subtract(windows: Windows, [cs, ce]: readonly [number, number]): Windows {
  return windows.flatMap(([s, e]): Windows => {
    const parts: Windows = [];
    if (s < cs) parts.push([s, Math.min(e, cs)]);
    if (e > ce) parts.push([Math.max(s, ce), e]);
    return parts;
  });
}

export function simulate(config: readonly DayConfig[], overrides: readonly OverrideInput[], date: string, weekday: number): Windows {
  const day = WEEKDAYS[weekday];
  let windows: Windows = config.filter((c) => c.Day === day).map(span);
  const active = overrides.filter((o) => o.EffectiveFrom <= date && date <= o.EffectiveTill);
  for (const o of active.filter((x) => x.OverrideType === 'STANDARD')) {
    const own = o.Config.filter((c) => c.Day === day);
    if (own.length > 0) windows = own.map(span);
  }
  for (const o of active.filter((x) => x.OverrideType === 'CLOSED')) {
    for (const c of o.Config.filter((x) => x.Day === day)) windows = subtract(windows, span(c));
  }
  return windows.sort((a, b) => a[0] - b[0]);
}
