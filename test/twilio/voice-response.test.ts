import twilio from 'twilio';
import { expect, describe as group, it } from 'vitest';
import { createDesk, type Desk, describe, desk, desknetsCloud, MadoguchiError, type RouteDecision, route } from '../../src/index.js';
import { twilioVoiceResponse } from '../../src/twilio/index.js';
import { parseXml, textOf, tree } from '../connect/xml.js';

// Hours of 第6条1項 (regular 9:00～17:30, night 18:00～20:00, weekdays but holidays), the notice of
// 第6条2項, numbers in E.164 from the design notes. 2026-12-02 is a Wednesday; 2027-01-08 a Friday
// before 成人の日 (Monday 2027-01-11), so the next opening after its evening is Tuesday 2027-01-12.
const REGULAR = '+81120365800';
const NIGHT = '+818007779984';
const NOTICE = desknetsCloud.editions.find((e) => e.edition === 15)?.recordingNotice?.ja ?? '';
// An empty notice would make every check of it pass: the preset must still carry 第6条2項.
if (!NOTICE.includes('録音')) throw new Error('the preset no longer carries the recording notice of 第6条2項');
const jst = (text: string): string => `${text}+09:00`;

/** What the caller should hear, from describe() (the words are another module's), with the notice before a transfer. */
function expectedSay(d: RouteDecision): string {
  const words = describe(d, { locale: d.kind === 'unsupported-language' ? 'en' : 'ja', style: 'speech' });
  return (d.kind === 'connect' || d.kind === 'redirect') && !words.includes(NOTICE) ? `${words}${NOTICE}` : words;
}

/** The same verbs built with the twilio package's VoiceResponse. */
function twilioBuilt(say: string, language: 'ja-JP' | 'en-US', dial: string | null): string {
  const response = new twilio.twiml.VoiceResponse();
  response.say({ language }, say);
  if (dial === null) response.hangup();
  else response.dial(dial);
  return response.toString();
}

group('golden TwiML around the windows (Wednesday 2026-12-02)', () => {
  it.each([
    ['17:29:59', '2026-12-02T17:29:59', REGULAR, 'connect', REGULAR],
    ['17:29:59 on the night number', '2026-12-02T17:29:59', NIGHT, 'redirect', REGULAR],
    ['17:30:00', '2026-12-02T17:30:00', REGULAR, 'closed', null],
    ['17:30:00 on the night number', '2026-12-02T17:30:00', NIGHT, 'closed', null],
    ['18:00:00', '2026-12-02T18:00:00', NIGHT, 'connect', NIGHT],
    ['18:00:00 on the main number', '2026-12-02T18:00:00', REGULAR, 'redirect', NIGHT],
    ['20:00:00', '2026-12-02T20:00:00', NIGHT, 'closed', null],
    ['20:00:00 on the main number', '2026-12-02T20:00:00', REGULAR, 'closed', null],
    ['the Friday evening before a three-day weekend', '2027-01-08T19:30:00', NIGHT, 'connect', NIGHT],
    ['the Friday evening before a three-day weekend, after hours', '2027-01-08T20:00:00', REGULAR, 'closed', null],
  ] as const)('%s: %s', (_, time, to, kind, dial) => {
    const lineId = to === REGULAR ? 'regular' : 'night';
    const d = route(desk, { at: jst(time), lineId });
    expect(d.kind).toBe(kind);
    const xml = twilioVoiceResponse({ To: to, From: '+819012345678', CallSid: 'CA0123456789abcdef0123456789abcdef' }, { at: jst(time) });
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response>')).toBe(true);
    const expected = {
      name: 'Response',
      attributes: {},
      children: [
        { name: 'Say', attributes: { language: 'ja-JP' }, children: [expectedSay(d)] },
        dial === null ? { name: 'Hangup', attributes: {}, children: [] } : { name: 'Dial', attributes: {}, children: [dial] },
      ],
    };
    expect(tree(xml)).toEqual(expected);
    // Decision by decision, what the twilio package's own builder makes of the same verbs.
    expect(tree(xml)).toEqual(tree(twilioBuilt(expectedSay(d), 'ja-JP', dial)));
  });

  it('after the Friday evening names Tuesday 2027-01-12 09:00, past the weekend and 成人の日', () => {
    const d = route(desk, { at: jst('2027-01-08T20:00:00'), lineId: 'regular' });
    expect(d.kind === 'closed' && d.next?.opensAt.toISOString()).toBe('2027-01-12T00:00:00.000Z');
    const say = textOf(twilioVoiceResponse({ To: REGULAR }, { at: jst('2027-01-08T20:00:00') }));
    expect(say).toBe(expectedSay(d));
  });

  it('plays the recording notice before every <Dial>, and never before a <Hangup/>', () => {
    for (let minute = 8 * 60; minute < 21 * 60; minute += 15) {
      const at = jst(`2026-12-02T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`);
      for (const to of [REGULAR, NIGHT]) {
        const t = tree(twilioVoiceResponse({ To: to }, { at }));
        const [say, then] = t.children as { name: string; children: string[] }[];
        expect(say?.name).toBe('Say');
        expect(say?.children[0]?.includes(NOTICE)).toBe(then?.name === 'Dial');
        // Once, and before 「…におつなぎいたします」 when a transfer follows.
        expect((say?.children[0] ?? '').split(NOTICE).length - 1).toBe(then?.name === 'Dial' ? 1 : 0);
      }
    }
  });
});

group('the caller and the untrusted', () => {
  it('tells a caller in a language no line serves, in English, and hangs up', () => {
    const xml = twilioVoiceResponse({ To: REGULAR }, { at: jst('2026-12-02T10:00'), language: 'en-US' });
    const t = tree(xml);
    expect(t.children.map((c) => (typeof c === 'string' ? c : [c.name, c.attributes]))).toEqual([
      ['Say', { language: 'en-US' }],
      ['Hangup', {}],
    ]);
    expect(textOf(xml)).not.toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
    const d = route(desk, { at: jst('2026-12-02T10:00'), lineId: 'regular', language: 'en-US' });
    expect(tree(xml)).toEqual(tree(twilioBuilt(expectedSay(d), 'en-US', null)));
  });

  it('says a company holiday named R&D <休業> "x" as text in well-formed TwiML', () => {
    const name = 'R&D <休業> "x"';
    const custom: Desk = createDesk(desknetsCloud, { companyHolidays: [{ date: '2026-12-02', name }] });
    const xml = twilioVoiceResponse({ To: REGULAR }, { desk: custom, at: jst('2026-12-02T10:00') });
    expect(() => parseXml(xml)).not.toThrow();
    expect(xml).not.toContain('<休業>');
    expect(textOf(xml)).toContain(name);
    expect(tree(xml).children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['Say', 'Hangup']);
  });

  it('takes the POSTed body as URLSearchParams or FormData, as fetch-style servers hand it over', () => {
    const body = 'CallSid=CA0123&From=%2B819012345678&To=%2B81120365800';
    const form = new FormData();
    form.set('To', '+81120365800');
    for (const params of [new URLSearchParams(body), form]) {
      expect(twilioVoiceResponse(params, { at: jst('2026-12-02T18:30') })).toContain(`<Dial>${NIGHT}</Dial>`);
    }
    expect(() => twilioVoiceResponse(new URLSearchParams('From=%2B819012345678'))).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });

  it('reads the number from a SIP URI (a call to a Twilio SIP domain)', () => {
    const xml = twilioVoiceResponse({ To: 'sip:+818007779984@madoguchi.sip.twilio.com;transport=tls' }, { at: jst('2026-12-02T18:30') });
    expect(xml).toContain(`<Dial>${NIGHT}</Dial>`);
    expect(xml).not.toContain('受付時間外'); // the night line itself, not a redirect
  });

  it("takes the line from lineId when the Twilio number is not one of the desk's", () => {
    const xml = twilioVoiceResponse({ To: '+815012345678' }, { at: jst('2026-12-02T18:30'), lineId: 'night' });
    expect(xml).toContain(`<Dial>${NIGHT}</Dial>`);
  });

  it.each([
    ['no fields', null, {}, 'INVALID_ARGUMENT'],
    ['no To and no lineId', { From: '+819012345678' }, {}, 'INVALID_ARGUMENT'],
    ['a numeric To', { To: 81120365800 }, {}, 'INVALID_ARGUMENT'],
    ['an unknown option', { To: REGULAR }, { locale: 'ja' }, 'INVALID_ARGUMENT'],
    ['a number of another desk', { To: '+815012345678' }, {}, 'UNKNOWN_LINE'],
  ])('rejects %s', (_, params, options, code) => {
    let thrown: unknown;
    try {
      twilioVoiceResponse(params as never, options as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(MadoguchiError);
    expect((thrown as MadoguchiError).code).toBe(code);
  });
});
