import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the test calendar server does with the next requests. */
export type Mode = { kind: 'ics' | 'json'; text: string; etag?: string } | { kind: 'fail'; status: number } | { kind: 'hang' } | { kind: 'garbage' };

/**
 * A calendar host on loopback whose behaviour a test switches: serve a document (with an ETag,
 * honouring If-None-Match), fail, hang, or serve something that is no calendar.
 */
export interface CalendarServer {
  readonly url: string;
  mode: Mode;
  /** Request headers seen, oldest first. */
  readonly requests: IncomingHttpHeaders[];
  close(): Promise<void>;
}

export async function startCalendarServer(mode: Mode): Promise<CalendarServer> {
  const requests: IncomingHttpHeaders[] = [];
  const state = { mode };
  const server: Server = createServer((req, res) => {
    requests.push(req.headers);
    const m = state.mode;
    if (m.kind === 'hang') return; // never answers
    if (m.kind === 'fail') {
      res.writeHead(m.status).end('upstream trouble');
      return;
    }
    if (m.kind === 'garbage') {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title><p>Please sign in to see this calendar.');
      return;
    }
    if (m.etag !== undefined && req.headers['if-none-match'] === m.etag) {
      res.writeHead(304, { etag: m.etag }).end();
      return;
    }
    const type = m.kind === 'ics' ? 'text/calendar; charset=utf-8' : 'application/json';
    res.writeHead(200, { 'content-type': type, ...(m.etag === undefined ? {} : { etag: m.etag }) }).end(m.text);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/calendar/secret-token-123/basic.ics`,
    get mode() {
      return state.mode;
    },
    set mode(next: Mode) {
      state.mode = next;
    },
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** An iCalendar export with one all-day company holiday per entry. */
export function ics(days: readonly (readonly [date: string, name: string])[]): string {
  const events = days.map(([date, name], i) => {
    const d = date.replaceAll('-', '');
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10).replaceAll('-', '');
    return [
      'BEGIN:VEVENT',
      `UID:test-${i}@example.com`,
      'DTSTAMP:20261101T000000Z',
      `DTSTART;VALUE=DATE:${d}`,
      `DTEND;VALUE=DATE:${next}`,
      `SUMMARY:${name}`,
      'END:VEVENT',
    ];
  });
  return [...['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Example Corp//Shared calendar//EN'], ...events.flat(), 'END:VCALENDAR', ''].join('\r\n');
}
