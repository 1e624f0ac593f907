/**
 * What `madoguchi serve` is asked to do, checked.
 *
 * @example
 * ```ts
 * serveOptions(['--port', '0', '--refresh', '60']).refreshSeconds; //=> 60
 * ```
 */
export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  readonly companyHolidays: string | undefined;
  readonly refreshSeconds: number;
  readonly maxAgeSeconds: number;
  readonly cors: boolean | readonly string[];
  readonly quiet: boolean;
  readonly help: boolean;
}
