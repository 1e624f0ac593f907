import { expect, describe as group, it } from 'vitest';
import { connectHandler } from '../../src/connect/index.js';
import { createDesk, desknetsCloud } from '../../src/index.js';
import { twilioVoiceResponse } from '../../src/twilio/index.js';

// The numbers of 第6条1項 (0120-365-800, 0800-777-9984) in every form platforms and people write
// them: E.164 (Connect's SystemEndpoint, Twilio's To), with spaces (ITU-T E.123), RFC 3966 tel: URIs
// with visual separators and parameters, and the national forms the terms print.
const FORMS: readonly (readonly [string, 'regular' | 'night'])[] = [
  ['0120-365-800', 'regular'],
  ['0120365800', 'regular'],
  ['+81120365800', 'regular'],
  ['+81 120 365 800', 'regular'],
  ['+81-120-365-800', 'regular'],
  ['tel:+81-120-365-800', 'regular'],
  ['tel:+81120365800;ext=12', 'regular'],
  ['(0120) 365-800', 'regular'],
  ['0800-777-9984', 'night'],
  ['08007779984', 'night'],
  ['+818007779984', 'night'],
  ['+81 800 777 9984', 'night'],
  ['tel:+81-800-777-9984', 'night'],
  [' +818007779984 ', 'night'],
];
// Wednesday 2026-12-02, 18:30 JST: only the night line is open, so the dialed line shows in the decision.
const desk = createDesk(desknetsCloud, { clock: () => Date.parse('2026-12-02T18:30+09:00') });
const event = (address: string) => ({ Details: { ContactData: { SystemEndpoint: { Address: address, Type: 'TELEPHONE_NUMBER' } }, Parameters: {} } });

group('dialed numbers in every common form', () => {
  it.each(FORMS)('Amazon Connect: %j picks the %s line', async (address, lineId) => {
    const r = await connectHandler({ desk })(event(address));
    expect(r.dialedLineId).toBe(lineId);
    expect(r.decision).toBe(lineId === 'night' ? 'connect' : 'redirect');
  });

  it.each(FORMS)('Twilio: To=%j picks the %s line', (to, lineId) => {
    const twiml = twilioVoiceResponse({ To: to }, { desk });
    // Either way the caller reaches the open night line; only a redirect says the dialed line is closed.
    expect(twiml).toContain('<Dial>+818007779984</Dial>');
    expect(twiml.includes('受付時間外')).toBe(lineId === 'regular');
  });

  it.each([
    ['a number of another desk', '+81312345678'],
    ['the FAX number, which takes no calls', '045-640-5918'],
    ['a number with a digit missing', '+8112036580'],
    ['a foreign number with the same digits', '+1120365800'],
    ['an anonymous caller id', 'anonymous'],
    ['letters', 'tel:+81-NEO-JAPAN'],
  ])('rejects %s (%j) as an unknown line rather than guessing', async (_, address) => {
    await expect(connectHandler({ desk })(event(address))).rejects.toMatchObject({ code: 'UNKNOWN_LINE' });
    expect(() => twilioVoiceResponse({ To: address }, { desk })).toThrow(expect.objectContaining({ code: 'UNKNOWN_LINE' }));
  });
});
