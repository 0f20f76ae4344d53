import type { OutCell, PreparedImport } from "../../src/census";

/** Every data row of a prepared import, with its row format where the import has them. */
export function preparedRows(prepared: PreparedImport): { rows: OutCell[][]; formats: string[] } {
  const rows: OutCell[][] = [];
  const formats: string[] = [];
  for (const chunk of prepared.rowChunks()) {
    for (const r of chunk.rows) rows.push(r);
    if (chunk.formats) for (const f of chunk.formats) formats.push(f);
  }
  return { rows, formats };
}
