import type * as Core from '../index.js';
import { type Desk, type DeskOptions, type Locale, MadoguchiError, type Status, desk as termsDesk, watch } from '../index.js';
import { STYLE } from './style.js';
import { type View, viewOf } from './view.js';

/** The element's tag name. */
export const TAG = 'madoguchi-contact';

/**
 * `<madoguchi-contact>` as a type, for `document.querySelector('madoguchi-contact')`.
 *
 * @example
 * ```ts
 * const el = document.querySelector('madoguchi-contact') as MadoguchiContactElement;
 * el.desk = createDesk(desknetsCloud, { companyHolidays: ['--12-29/--01-03'] });
 * el.addEventListener('change', () => console.log(el.status?.open));
 * ```
 */
export interface MadoguchiContactElement extends HTMLElement {
  /** A desk the page built; when set, it is used instead of the `company-holidays` attribute. */
  desk: Desk | null;
  /** The status shown, or null before the first render and on an error. */
  readonly status: Status | null;
}

const PARTS = ['state', 'tel', 'line', 'when', 'provisional', 'languages', 'error'] as const;
type Part = (typeof PARTS)[number];

/**
 * The core's `createDesk`, fetched only by an element given `company-holidays`: a page showing the
 * terms as published does not download the policy checks. Through the package's own name, so a
 * page or bundle that already has 'madoguchi' loads nothing more.
 */
const loadCore = (): Promise<typeof Core> => import('madoguchi' as string) as Promise<typeof Core>;

/** Options from the `company-holidays` attribute: a JSON array of company holidays, or `{ companyHolidays, overrides, … }`. */
function optionsFrom(json: string): DeskOptions {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new MadoguchiError('INVALID_ARGUMENT', `company-holidays is not JSON: ${(error as Error).message}`, json);
  }
  return Array.isArray(data) ? { companyHolidays: data } : (data as DeskOptions);
}

function defineClass(): CustomElementConstructor {
  return class MadoguchiContact extends HTMLElement implements MadoguchiContactElement {
    static readonly observedAttributes = ['lang', 'line', 'company-holidays'];
    readonly #box: HTMLElement;
    readonly #p: Record<Part, HTMLElement>;
    #desk: Desk | null = null;
    // The desk of the company-holidays attribute, once built, or why it could not be.
    #built: { json: string; desk?: Desk; error?: unknown } | null = null;
    #stop: (() => void) | null = null;
    #seen = '';
    #s: Status | null = null;

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      const doc = this.ownerDocument;
      const style = doc.createElement('style');
      style.textContent = STYLE;
      this.#box = doc.createElement('section');
      this.#box.setAttribute('part', 'box');
      this.#box.setAttribute('aria-live', 'polite');
      this.#box.setAttribute('aria-atomic', 'true');
      const parts = {} as Record<Part, HTMLElement>;
      for (const name of PARTS) {
        const el = doc.createElement(name === 'tel' ? 'a' : 'p');
        el.setAttribute('part', name);
        parts[name] = el;
      }
      const call = doc.createElement('p');
      call.append(parts.tel);
      // Closed: why, before the number that is for later.
      this.#box.append(parts.state, call, parts.line, parts.when, parts.provisional, parts.languages, parts.error);
      this.#p = parts;
      root.append(style, this.#box);
    }

    get desk(): Desk | null {
      return this.#desk;
    }

    set desk(value: Desk | null) {
      this.#desk = value;
      this.#start();
    }

    get status(): Status | null {
      return this.#s;
    }

    connectedCallback(): void {
      // A desk set on the element before the tag was defined is an own property hiding the setter.
      if (Object.hasOwn(this, 'desk')) {
        const value = (this as { desk: Desk | null }).desk;
        delete (this as { desk?: unknown }).desk;
        this.#desk = value;
      }
      this.#start();
    }

    disconnectedCallback(): void {
      this.#stop?.();
      this.#stop = null;
    }

    attributeChangedCallback(): void {
      this.#start();
    }

    get #lang(): Locale {
      return /^en(?:-|$)/i.test(this.getAttribute('lang') ?? '') ? 'en' : 'ja';
    }

    /** The desk to show; null while the core's createDesk loads for the company-holidays attribute. */
    #use(): Desk | null {
      if (this.#desk !== null) return this.#desk;
      const json = this.getAttribute('company-holidays');
      if (json === null || json.trim() === '') return termsDesk;
      const built = this.#built;
      if (built?.json === json) {
        if (built.error !== undefined) throw built.error;
        return built.desk ?? null;
      }
      const options = optionsFrom(json);
      this.#built = { json };
      loadCore().then(
        (core) => {
          if (this.#built?.json !== json) return;
          try {
            this.#built = { json, desk: core.createDesk(core.desknetsCloud, options) };
          } catch (error) {
            this.#built = { json, error };
          }
          this.#start();
        },
        (error: unknown) => {
          if (this.#built?.json !== json) return;
          this.#built = { json, error };
          this.#start();
        },
      );
      return null;
    }

    #start(): void {
      this.#stop?.();
      this.#stop = null;
      if (!this.isConnected) return;
      try {
        const desk = this.#use();
        if (desk === null) return;
        const lineId = this.getAttribute('line') ?? undefined;
        if (lineId !== undefined) desk.isOpen(undefined, lineId); // UNKNOWN_LINE before anything is shown
        this.#stop = watch(desk, (s) => this.#render(viewOf(desk, s, lineId, this.#lang), s));
      } catch (error) {
        this.#fail(error);
      }
    }

    #render(view: View, s: Status): void {
      const locale = this.#lang;
      const shown = JSON.stringify([locale, view]);
      this.#s = s;
      if (shown === this.#seen) return;
      this.#seen = shown;
      const p = this.#p;
      this.#box.lang = locale;
      this.#box.dataset.state = view.state;
      // Text only, never markup: names come from calendars and options. Each part is in the
      // element's language (src/format keeps Japanese script out of English); the error line says its own.
      p.state.textContent = view.stateText;
      p.tel.textContent = view.tel ?? '';
      if (view.href === null) p.tel.removeAttribute('href');
      else p.tel.setAttribute('href', view.href);
      p.line.textContent = view.lineName;
      p.when.textContent = view.when;
      p.provisional.textContent = view.provisional;
      p.languages.textContent = view.languages;
      p.error.replaceChildren();
      this.dispatchEvent(new CustomEvent('change', { detail: { status: s } }));
    }

    /** A bad attribute or desk is said, with its code, instead of another desk's answer. */
    #fail(error: unknown): void {
      const locale = this.#lang;
      this.#s = null;
      this.#seen = '';
      this.#box.lang = locale;
      this.#box.dataset.state = 'error';
      for (const name of PARTS) this.#p[name].replaceChildren();
      this.#p.tel.removeAttribute('href');
      // The code names the fault in any language; the message below says it in English.
      this.#p.state.textContent = `⚠ ${error instanceof MadoguchiError ? error.code : 'Error'}`;
      // The message is English, whatever the element's language.
      this.#p.error.lang = 'en';
      this.#p.error.textContent = String((error as Error)?.message ?? error);
      this.dispatchEvent(new CustomEvent('change', { detail: { status: null, error } }));
    }
  };
}

/**
 * Defines `<madoguchi-contact>` if it can and has not been: safe to call twice, on a page that
 * defined the tag first, and where there is no DOM (Node, server rendering), where it does nothing.
 * Importing `madoguchi/element` calls it; call it again once a DOM exists if the import ran before.
 *
 * @returns whether the tag is defined now
 * @example
 * ```ts
 * import { defineMadoguchiContact } from 'madoguchi/element';
 * defineMadoguchiContact(); //=> true in a browser, false in Node
 * ```
 */
export function defineMadoguchiContact(): boolean {
  const g = globalThis as { customElements?: CustomElementRegistry; HTMLElement?: unknown };
  if (g.customElements === undefined || g.HTMLElement === undefined) return false;
  if (g.customElements.get(TAG) === undefined) g.customElements.define(TAG, defineClass());
  return true;
}
