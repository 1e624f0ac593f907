import { describe, expect, it } from 'vitest';
import { createDesk, day, MadoguchiError, maintenanceOf, type PolicyInput, route } from '../../src/index.js';

// A custom policy says everything the terms say for desknet's, as data: which closures close each
// line, the recording notice and the maintenance window of each edition, the last day answered.
const hotline: PolicyInput = {
  id: 'hotline',
  name: { ja: '保守窓口', en: 'Maintenance desk' },
  until: '2030-12-31',
  editions: [
    {
      edition: 1,
      effective: '2026-01-01',
      recordingNotice: { ja: '録音いたします。', en: 'This call is recorded.' },
      lines: [
        { id: 'office', name: { ja: '受付', en: 'Office' }, tel: '03-1234-5678', languages: ['ja'], weekdays: [1, 2, 3, 4, 5], windows: [['9:00', '17:00']] },
        {
          // Answers every day, national holidays included; only company holidays close it.
          id: 'emergency',
          name: { ja: '緊急窓口', en: 'Emergency line' },
          tel: '0120-999-999',
          languages: ['ja', 'en'],
          weekdays: [1, 2, 3, 4, 5, 6, 7],
          windows: [['8:00', '22:00']],
          closedOn: ['company-holiday'],
        },
      ],
    },
    {
      edition: 2,
      effective: '2028-04-01',
      maintenance: { daily: [['2:00', '4:00']] },
      lines: [
        { id: 'office', name: { ja: '受付', en: 'Office' }, tel: '03-1234-5678', languages: ['ja'], weekdays: [1, 2, 3, 4, 5], windows: [['10:00', '16:00']] },
      ],
    },
  ],
};
// Compiled inside each test: Stryker counts a test as covering only the code it runs itself.
const desk = () => createDesk(hotline, { companyHolidays: ['2026-12-31'] });
const jst = (wall: string): string => `${wall}+09:00`;

describe('a custom policy is data only', () => {
  it('keeps a line that national holidays do not close open on 2026-11-23 (勤労感謝の日), and closes the other', () => {
    expect(desk().isOpen(jst('2026-11-23T10:00'), 'emergency')).toBe(true);
    expect(desk().isOpen(jst('2026-11-23T10:00'), 'office')).toBe(false);
    expect(day(desk(), '2026-11-23').windows.map((w) => w.line.id)).toEqual(['emergency']);
  });

  it('closes every line on a company holiday, the emergency line included, as its closedOn says', () => {
    expect(day(desk(), '2026-12-31').closed?.reason).toBe('company-holiday');
  });

  it('plays its own recording notice on a transfer, and none in an edition that gives none', () => {
    const connect = route(desk(), { at: jst('2026-11-25T10:00') });
    expect(connect.kind === 'connect' && connect.recordingNotice?.ja).toBe('録音いたします。');
    const later = route(desk(), { at: jst('2028-04-03T10:00') });
    expect(later.kind === 'connect' && later.recordingNotice).toBeNull();
  });

  it('has no regular maintenance before an edition that promises one, and its own window after', () => {
    const before = maintenanceOf(desk()).status(jst('2026-11-25T03:00'));
    expect(before.inRegularWindow).toBe(false);
    expect(before.regularWindow?.start.toISOString()).toBe(new Date(jst('2028-04-01T02:00')).toISOString());
    expect(maintenanceOf(desk()).status(jst('2028-04-02T03:00')).inRegularWindow).toBe(true);
    expect(
      maintenanceOf(createDesk({ ...hotline, editions: [hotline.editions[0] as PolicyInput['editions'][number]] })).status(jst('2026-11-25T03:00'))
        .regularWindow,
    ).toBeNull();
  });

  it('answers up to its last day and no further', () => {
    expect(desk().isOpen(jst('2030-12-31T10:00'), 'office')).toBe(true); // a Tuesday under edition 2
    expect(() => desk().status(jst('2031-01-01T00:00'))).toThrow(MadoguchiError);
    try {
      desk().status(jst('2031-01-01T00:00'));
    } catch (error) {
      expect((error as MadoguchiError).code).toBe('OUT_OF_RANGE');
      expect((error as MadoguchiError).message).toContain('2030-12-31');
    }
  });

  it.each([
    ['a last day after 2099', { ...hotline, until: '2100-01-01' }, 'policy.until'],
    ['a last day before the first edition', { ...hotline, until: '2025-12-31' }, 'policy.until'],
    ['an inverted maintenance window', { ...hotline, editions: [{ ...hotline.editions[1], maintenance: { daily: [['4:00', '2:00']] } }] }, 'maintenance.daily'],
  ])('rejects %s, naming the field', (_, policy, where) => {
    expect(() => createDesk(policy as PolicyInput)).toThrow(where);
  });
});
