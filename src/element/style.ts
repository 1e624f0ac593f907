/**
 * The default look: readable on a phone, the number as large as one line of the box allows, state
 * said in words and marked by a symbol as well as colour. Every colour, the font and the number's
 * size are custom properties; each block is a `::part()`.
 */
// Written compact: it ships in every page that shows the element.
export const STYLE = `:host{display:block;font-family:var(--madoguchi-font,system-ui,sans-serif);color:var(--madoguchi-fg,#1b1f24)}:host([hidden]),:empty{display:none}section{container-type:inline-size;background:var(--madoguchi-bg,#fff);border:1px solid var(--madoguchi-border,#d0d7de);border-left:.5rem solid var(--madoguchi-closed,#9a6700);border-radius:var(--madoguchi-radius,.5rem);padding:var(--madoguchi-padding,.75rem)}[data-state=open]{border-left-color:var(--madoguchi-open,#1a7f37)}p{margin:.25rem 0}[part=state]{font-weight:700}[part=state]:before{content:"○ "}[data-state=open] [part=state]:before{content:"● "}a{display:inline-block;white-space:nowrap;font-size:var(--madoguchi-number-size,clamp(1.25rem,11cqi,2.5rem));font-weight:700;color:var(--madoguchi-link,#0a3069);min-height:44px;line-height:1.4}[part=provisional],[part=languages],[part=error]{color:var(--madoguchi-muted,#57606a)}[part=provisional]:before{content:"※ "}`;
