/// <reference lib="dom" />
/**
 * `<madoguchi-contact>`: the number to call now, or the next opening, live, in Japan time.
 *
 * ```html
 * <script type="module">import 'madoguchi/element';</script>
 * <madoguchi-contact lang="ja" company-holidays='["--12-29/--01-03"]'></madoguchi-contact>
 * ```
 *
 * @module madoguchi/element
 */
import { defineMadoguchiContact } from './define.js';

export { defineMadoguchiContact, type MadoguchiContactElement } from './define.js';

defineMadoguchiContact();

declare global {
  interface HTMLElementTagNameMap {
    'madoguchi-contact': import('./define.js').MadoguchiContactElement;
  }
}
