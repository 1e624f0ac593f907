import { describe, desk, hoursText, MadoguchiError } from 'madoguchi';
import { clockFrom } from './clock.js';
import { headline, nextChange } from './text.js';

// setTimeout holds at most 2^31 - 1 ms (about 24.8 days); a longer wait re-renders and waits again.
const MAX_DELAY = 2 ** 31 - 1;
const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;
let renders = 0;

function render(/** @type {() => number} */ now) {
  clearTimeout(timer);
  const s = desk.status(now());
  const h = headline(s);
  $('now').dataset.state = h.state;
  $('label-ja').textContent = h.label.ja;
  $('label-en').textContent = h.label.en;
  const tel = /** @type {HTMLAnchorElement} */ ($('tel'));
  tel.textContent = h.tel ?? '―';
  if (h.tel) tel.href = `tel:${h.tel.replaceAll('-', '')}`;
  else tel.removeAttribute('href');
  $('line-ja').textContent = h.line?.ja ?? '';
  $('line-en').textContent = h.line?.en ?? '';
  $('when-ja').textContent = h.when.ja;
  $('when-en').textContent = h.when.en;
  $('summary-ja').textContent = describe(s, { locale: 'ja' });
  $('summary-en').textContent = describe(s, { locale: 'en' });
  $('hours').replaceChildren(
    ...lines(desk, s.at).map((line) => {
      const item = document.createElement('li');
      item.textContent = `${line.name.ja}（TEL ${line.tel}）${hoursText(line, 'ja')} / ${line.name.en}: ${hoursText(line, 'en')}`;
      return item;
    }),
  );
  // Not polling: one timer to the exact millisecond the state changes.
  const change = nextChange(s);
  document.body.dataset.renders = String(++renders);
  document.body.dataset.renderedAt = s.at.toISOString();
  document.body.dataset.nextChange = change === null ? '' : new Date(change).toISOString();
  if (change !== null) timer = setTimeout(() => render(now), Math.min(change - now(), MAX_DELAY));
}

try {
  const now = clockFrom(location.search, (iso) => desk.status(iso).at.getTime());
  render(now);
  // Timers stall while a device sleeps; answer again as soon as the page is seen.
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && render(now));
} catch (error) {
  $('error').textContent = error instanceof MadoguchiError ? `${error.code}: ${error.message}` : String(error);
  $('now').dataset.state = 'error';
}
