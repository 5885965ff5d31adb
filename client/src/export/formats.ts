/**
 * The export formats offered to the facilitator: the server's data formats (fetched from
 * `GET /api/boards/:id/export.<ext>`) and the images drawn in the browser.
 */

export const SERVER_FORMATS = ['pdf', 'docx', 'xlsx', 'csv', 'md', 'json'] as const;
export type ServerFormat = (typeof SERVER_FORMATS)[number];

export const IMAGE_FORMATS = ['png', 'pngZones'] as const;
export type ImageFormat = (typeof IMAGE_FORMATS)[number];

export type ExportFormat = ServerFormat | ImageFormat;

/** Formats the server takes a while to make: show a spinner with "… wordt gemaakt". */
export const SLOW_FORMATS: ReadonlySet<ExportFormat> = new Set(['pdf', 'docx', 'xlsx', 'png', 'pngZones']);

export const CSV_SEPARATORS = ['semicolon', 'comma'] as const;
export type CsvSeparator = (typeof CSV_SEPARATORS)[number];

export function isServerFormat(format: ExportFormat): format is ServerFormat {
  return (SERVER_FORMATS as readonly string[]).includes(format);
}
