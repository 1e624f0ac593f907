// The package ships no types; only the one function madoguchi uses is declared. It is CommonJS
// assigning its functions at run time, so Node's ESM loader sees no named exports: import the default.
declare module 'japanese-holidays' {
  const JapaneseHolidays: {
    /** The holidays of a year (JST), 振替休日 and 国民の休日 included. */
    getHolidaysOf(year: number): { month: number; date: number; name: string }[];
  };
  export default JapaneseHolidays;
}
