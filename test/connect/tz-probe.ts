// Run as a child process under a given TZ by host-time-zone.test.ts: prints every answer of the
// Connect handler and the Twilio webhook for a table of instants, as one JSON document.
import { connectHandler, connectHoursOfOperation } from '../../src/connect/index.js';
import { createDesk, desknetsCloud } from '../../src/index.js';
import { twilioVoiceResponse } from '../../src/twilio/index.js';

const INSTANTS = [
  '2026-05-06T07:00+09:00', // 振替休日, early morning: the JST date differs from the UTC date before 09:00
  '2026-05-06T23:30+09:00',
  '2026-11-01T01:30-08:00', // a US DST fall-back instant, given with its offset
  '2026-12-02T08:59:59.999+09:00',
  '2026-12-02T17:29:59.999+09:00',
  '2026-12-02T17:30+09:00',
  '2026-12-02T18:30+09:00',
  '2026-12-04T20:00+09:00',
  '2026-12-31T23:59:59.999+09:00',
  '2027-01-01T00:00+09:00',
];
const answers: unknown[] = [];
for (const at of INSTANTS) {
  const desk = createDesk(desknetsCloud, { clock: () => Date.parse(at), companyHolidays: ['--12-29/--01-03'] });
  for (const address of ['+81120365800', '+818007779984']) {
    answers.push(await connectHandler({ desk })({ Details: { ContactData: { SystemEndpoint: { Address: address } }, Parameters: {} } }));
    answers.push(twilioVoiceResponse({ To: address }, { desk, at }));
  }
}
const desk = createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03', { date: '2027-08-13', name: '夏季休業' }] });
answers.push(connectHoursOfOperation(desk, { lineId: 'regular', from: '2027-01-01', to: '2027-12-31' }));
process.stdout.write(JSON.stringify(answers));
