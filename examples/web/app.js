import { describe, desk, hoursText, lines as linesOf, watch } from 'madoguchi';
// Defines <madoguchi-contact>: the two in index.html upgrade and start on their own.
import 'madoguchi/element';

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));
let renders = 0;

/**
 * The same answers without the element: watch calls this now and again whenever what it says
 * changes (a line opens or closes, a closure starts or ends, JST midnight). One timer, no polling;
 * after a sleep or a hidden tab it answers again as soon as the page is seen.
 *
 * @param {import('madoguchi').Status} status
 */
function render(status) {
  $('summary-ja').textContent = describe(status, { locale: 'ja' });
  $('summary-en').textContent = describe(status, { locale: 'en' });
  const lines = linesOf(desk, status.at);
  // One list per language, each marked with its own lang.
  $('hours-ja').replaceChildren(...lines.map((line) => item(`${line.name.ja}（TEL ${line.tel}）${hoursText(line, 'ja')}`)));
  $('hours-en').replaceChildren(...lines.map((line) => item(`${line.name.en} (${line.tel}): ${hoursText(line, 'en')}`)));
  document.body.dataset.renders = String(++renders);
}

/** A list item holding `text` as text (names may come from calendars: never as markup). */
function item(/** @type {string} */ text) {
  const li = document.createElement('li');
  li.textContent = text;
  return li;
}

// Stop with stop(), or pass { signal } and abort it; a page that lives as long as the tab needs neither.
const stop = watch(desk, render);
window.addEventListener('pagehide', (event) => event.persisted || stop());
