// Run by host-independence.test.ts in a child process under a given TZ and LANG: prints, as JSON,
// what describe says for a few fixed instants, so the parent can compare across hosts.
import { describe, desk } from '../../../src/index.js';

const instants = ['2026-11-23T10:00:00+09:00', '2026-11-25T10:00:00+09:00', '2026-11-25T23:30:00+09:00'];
const out = instants.flatMap((at) =>
  (['ja', 'en'] as const).flatMap((locale) => (['text', 'speech'] as const).map((style) => describe(desk.status(at), { locale, style }))),
);
process.stdout.write(JSON.stringify({ zone: Intl.DateTimeFormat().resolvedOptions().timeZone, locale: Intl.DateTimeFormat().resolvedOptions().locale, out }));
