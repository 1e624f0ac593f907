import { describe, expect, it } from 'vitest';
import { handleCall, type Verb } from '../../examples/ivr-handler.js';
import { createDesk, desknetsCloud } from '../../src/index.js';

// Lines of 第6条1項 (regular 0120-365-800 9:00～17:30, night 0800-777-9984 18:00～20:00), in E.164 as
// platforms send and dial them; the notice of 第6条2項 as the preset words it. 2026-12-02 is a
// Wednesday, 2026-11-23 勤労感謝の日, 2022-11-16 a Wednesday under edition 14 (one line). Sentences
// belong to describe(): the checks here are what the caller must hear and where they are put through.
const at = (text: string): string => `${text}+09:00`;
const REGULAR = '+81120365800';
const NIGHT = '+818007779984';
const NOTICE = desknetsCloud.editions.find((e) => e.edition === 15)?.recordingNotice?.ja ?? '';
// An empty notice would make every check of it pass: the preset must still carry 第6条2項.
if (!NOTICE.includes('録音')) throw new Error('the preset no longer carries the recording notice of 第6条2項');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

const says = (verbs: readonly Verb[]): string[] => verbs.flatMap((v) => ('say' in v ? [v.say] : []));
const dials = (verbs: readonly Verb[]): string[] => verbs.flatMap((v) => ('dial' in v ? [v.dial] : []));
const last = (verbs: readonly Verb[]): Verb | undefined => verbs.at(-1);

describe('the IVR handler', () => {
  it.each([
    ['the main number in E.164 at 10:00', REGULAR, '2026-12-02T10:00', 'connect', REGULAR],
    ['the main number as printed at 10:00', '0120-365-800', '2026-12-02T10:00', 'connect', REGULAR],
    ['the night number in E.164 at 18:30', NIGHT, '2026-12-02T18:30', 'connect', NIGHT],
    ['the night number without hyphens at 18:30', '08007779984', '2026-12-02T18:30', 'connect', NIGHT],
    ['the night number dialed at 10:00, which is closed', NIGHT, '2026-12-02T10:00', 'redirect', REGULAR],
    ['the main number dialed at 18:30, which is closed', REGULAR, '2026-12-02T18:30', 'redirect', NIGHT],
    ['a tel: URI at 18:30', 'tel:+81-120-365-800', '2026-12-02T18:30', 'redirect', NIGHT],
    ['the night number under edition 14, which did not list it', NIGHT, '2022-11-16T10:00', 'connect', REGULAR],
  ] as const)('%s: %s is a %s to %s, after the recording notice', (_, dialed, time, kind, number) => {
    const r = handleCall({ dialed, at: at(time) });
    expect(r.kind).toBe(kind);
    expect(dials(r.verbs)).toEqual([number]);
    expect(last(r.verbs)).toMatchObject({ dial: number });
    const beforeDial = r.verbs.at(-2);
    expect(beforeDial !== undefined && 'say' in beforeDial && beforeDial.say.includes(NOTICE)).toBe(true);
  });

  it('says why the dialed line is closed before the redirect, naming the line that answers', () => {
    const r = handleCall({ dialed: REGULAR, at: at('2026-12-02T18:30') });
    const [why] = says(r.verbs);
    expect(why).toContain('夜間延長窓口');
  });

  it('hangs up on 勤労感謝の日 after saying the holiday and the next opening', () => {
    const r = handleCall({ dialed: REGULAR, at: at('2026-11-23T10:00') });
    expect(r.kind).toBe('closed');
    expect(last(r.verbs)).toEqual({ hangup: true });
    expect(dials(r.verbs)).toEqual([]);
    expect(says(r.verbs)[0]).toContain('勤労感謝の日');
    expect(says(r.verbs)[0]).not.toContain(NOTICE);
  });

  it('tells an English caller, in English, that support is Japanese only, and hangs up', () => {
    const r = handleCall({ dialed: REGULAR, callerLanguage: 'en-US', at: at('2026-12-02T10:00') });
    expect(r.kind).toBe('unsupported-language');
    expect(r.verbs[0]).toMatchObject({ language: 'en-US' });
    expect(says(r.verbs)[0]).not.toMatch(JAPANESE);
    expect(last(r.verbs)).toEqual({ hangup: true });
  });

  it.each(['ja_JP', 'not a tag'])('reads the language %j as Japanese or ignores it, rather than failing the call', (callerLanguage) => {
    expect(handleCall({ dialed: REGULAR, callerLanguage, at: at('2026-12-02T10:00') }).kind).toBe('connect');
  });

  it('plays the recording notice before every transfer', () => {
    for (const time of ['2026-12-02T09:00', '2026-12-02T17:29', '2026-12-02T18:00', '2026-12-02T19:59']) {
      for (const dialed of [REGULAR, NIGHT]) {
        const verbs = handleCall({ dialed, at: at(time) }).verbs;
        const dial = verbs.findIndex((v) => 'dial' in v);
        expect(dial).toBeGreaterThan(0);
        const said = verbs[dial - 1];
        expect(said !== undefined && 'say' in said && said.say.includes(NOTICE)).toBe(true);
        expect(says(verbs).join('').split(NOTICE).length - 1, `${dialed} at ${time}: the notice once`).toBe(1);
      }
    }
  });

  it('uses the desk clock when the request has no instant', () => {
    const fixed = createDesk(desknetsCloud, { clock: () => Date.parse(at('2026-12-02T18:30')) });
    expect(handleCall({ dialed: NIGHT }, fixed).verbs.at(-1)).toEqual({ dial: NIGHT, lineId: 'night' });
  });
});
