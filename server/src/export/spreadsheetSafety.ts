/**
 * Spreadsheet (CSV/formula) injection: a cell that a spreadsheet could read as a formula is
 * neutralised with a leading apostrophe, as OWASP's "CSV Injection" guidance advises.
 */

/** Characters that make Excel, LibreOffice or Google Sheets start a formula or DDE call. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** `value`, or `'value` when it would begin a formula. */
export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
