// The package ships no types; only the one function madoguchi uses is declared.
declare module 'japanese-holidays' {
  /** The holidays of a year (JST), 振替休日 and 国民の休日 included. */
  export function getHolidaysOf(year: number): { month: number; date: number; name: string }[];
}
