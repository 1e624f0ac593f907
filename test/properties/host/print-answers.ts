// Run by host-timezone.test.ts in a child process under a given TZ: a worker thread cannot change
// its own zone. Reads epoch ms as a JSON array from argv and prints the host's zone and answers.
import { allAnswers } from './all-answers.js';

const instants = JSON.parse(process.argv[2] ?? '[]') as number[];
const winter = Date.UTC(2026, 0, 15);
process.stdout.write(
  JSON.stringify({
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    winterOffset: new Date(winter).getTimezoneOffset(),
    answers: allAnswers(instants),
  }),
);
