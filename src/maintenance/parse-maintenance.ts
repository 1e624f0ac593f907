import { describeValue } from '../errors/describe-value.js';
import { optionalList, policyError, record, text } from '../policy/shape.js';
import { MS_PER_DAY } from '../time/constants.js';
import { toEpochMs } from '../time/instant.js';
import type { MaintenancePeriod } from './maintenance.js';

/** 第18条2項: works under 第1号 (equipment) are announced 「14日前までに」. */
const EQUIPMENT_NOTICE_MS = 14 * MS_PER_DAY;

function parsePeriod(value: unknown, path: string): MaintenancePeriod {
  const r = record(value, path, ['period', 'title', 'kind', 'cause', 'announcedAt']);
  const period = text(r.period, `${path}.period`);
  const [from, to, extra] = period.split('/');
  if (from === undefined || to === undefined || extra !== undefined) {
    policyError(`${path}.period`, `${describeValue(period)} is not an ISO interval "start/end" of instants with offsets`, period);
  }
  const start = toEpochMs(from, `${path}.period start`);
  const end = toEpochMs(to, `${path}.period end`);
  if (end <= start) policyError(`${path}.period`, `${describeValue(period)} ends before it starts`, period);
  if (r.kind !== undefined && r.kind !== 'planned' && r.kind !== 'emergency')
    policyError(`${path}.kind`, `expected "planned" or "emergency", got ${describeValue(r.kind)}`, r.kind);
  if (r.cause !== undefined && r.cause !== 'equipment' && r.cause !== 'other')
    policyError(`${path}.cause`, `expected "equipment" or "other", got ${describeValue(r.cause)}`, r.cause);
  const kind = (r.kind as MaintenancePeriod['kind'] | undefined) ?? 'planned';
  const cause = (r.cause as MaintenancePeriod['cause'] | undefined) ?? 'other';
  const announced = r.announcedAt === undefined ? null : toEpochMs(r.announcedAt, `${path}.announcedAt`);
  const required = cause === 'equipment' ? EQUIPMENT_NOTICE_MS : 0;
  return Object.freeze({
    kind,
    title: text(r.title, `${path}.title`),
    start: new Date(start),
    end: new Date(end),
    cause,
    announcedAt: announced === null ? null : new Date(announced),
    // 「14日前までに」 is met by an announcement at least 14 days ahead; 「予め」 by any before the start.
    shortNotice: kind === 'emergency' ? false : announced === null ? null : required > 0 ? announced > start - required : announced >= start,
  });
}

/** Checks the `maintenance` option and returns its periods in start order. */
export function parseMaintenance(value: unknown): readonly MaintenancePeriod[] {
  return Object.freeze(
    optionalList(value, 'options.maintenance')
      .map((p, i) => parsePeriod(p, `options.maintenance[${i}]`))
      .sort((a, b) => a.start.getTime() - b.start.getTime()),
  );
}
