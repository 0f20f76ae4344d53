import { readFileSync } from "fs";
import { join } from "path";
import { zipSync, strToU8 } from "fflate";
import Papa from "papaparse";
import { CensusTable, ImportError, observations, parseCell, toLongRows } from "../../src/census";

export const FIXTURES = join(__dirname, "..", "fixtures");

export function fixture(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, rel)));
}

export { encodeCp949 } from "../helpers/cp949";

export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** Captures the ImportError of a function; fails if it returns or throws anything else. */
export function importErrorOf(f: () => unknown): ImportError {
  try {
    f();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw new Error(`expected ImportError, got ${String(e)}`);
  }
  throw new Error("expected an ImportError, but nothing was thrown");
}

/** The raw fields of a CSV text by papaparse (an independent reader), empty lines skipped. */
export function papaRows(text: string, delimiter?: string): string[][] {
  const r = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  return r.data.filter((row) => !(row.length === 1 && row[0] === ""));
}

/**
 * Accounting: counts add up, one long row per value cell, and (given the source's rows and the line of its
 * first row) every value cell of the source appears exactly once, its number as 값 and its symbol in 표시.
 */
export function assertAccounted(t: CensusTable, source?: { rows: string[][]; firstLine?: number }): void {
  const c = t.counts;
  expect(c.numbers + c.symbols + c.blanks + c.texts).toBe(c.dataCells);
  expect(c.cellsRead).toBe(c.headerCells + c.labelCells + c.dataCells + c.noteCells + c.phantomCells + c.filteredOut);
  const long = toLongRows(t);
  expect(long.rows.length).toBe(c.dataCells);
  expect(long.counts).toEqual({ rows: c.dataCells, numbers: c.numbers, symbols: c.symbols, blanks: c.blanks, texts: c.texts });
  if (!source) return;
  const total = source.rows.reduce((a, r) => a + r.length, 0);
  expect(c.cellsRead).toBe(total);
  const seen = new Set<string>();
  const first = source.firstLine ?? 1;
  for (const o of observations(t)) {
    const key = `${o.line}:${o.column}`;
    expect(seen.has(key)).toBe(false);
    seen.add(key);
    const raw = source.rows[o.line - first][o.column - 1];
    const p = parseCell(raw);
    if (p.kind === "number") {
      expect(o.value).toBe(p.value);
      if (p.flag) expect(o.flag.split(" ")).toContain(p.flag);
    } else if (p.kind === "symbol") {
      expect(o.value).toBeNull();
      expect(o.flag.split(" ")[0]).toBe(p.flag);
    } else if (p.kind === "text") {
      expect(o.value).toBeNull();
      expect(o.flag.startsWith(p.text!)).toBe(true);
    } else {
      expect(o.value).toBeNull();
    }
  }
  expect(seen.size).toBe(c.dataCells);
}

export interface SheetSpec {
  name: string;
  rows: (string | number | null)[][];
  merges?: string[];
  /** Write strings inline (t="inlineStr") instead of shared. */
  inline?: boolean;
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function colName(i: number): string {
  let s = "";
  i++;
  while (i > 0) {
    const m = (i - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    i = Math.floor((i - 1) / 26);
  }
  return s;
}

/** A minimal but valid XLSX (SpreadsheetML) with the given sheets. */
export function makeXlsx(sheets: SheetSpec[]): Uint8Array {
  const shared: string[] = [];
  const sharedIndex = new Map<string, number>();
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sh, n) => {
    const rowsXml = sh.rows
      .map((row, r) => {
        const cells = row
          .map((v, c) => {
            const ref = `${colName(c)}${r + 1}`;
            if (v === null || v === "") return "";
            if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
            if (sh.inline) return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${esc(v)}</t></is></c>`;
            let k = sharedIndex.get(v);
            if (k === undefined) {
              k = shared.length;
              shared.push(v);
              sharedIndex.set(v, k);
            }
            return `<c r="${ref}" t="s"><v>${k}</v></c>`;
          })
          .join("");
        return `<row r="${r + 1}">${cells}</row>`;
      })
      .join("");
    const merges = sh.merges?.length ? `<mergeCells count="${sh.merges.length}">${sh.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>` : "";
    files[`xl/worksheets/sheet${n + 1}.xml`] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rowsXml}</sheetData>${merges}</worksheet>`,
    );
  });
  files["[Content_Types].xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
      .map((_, n) => `<Override PartName="/xl/worksheets/sheet${n + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`)
      .join("")}<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files["xl/workbook.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${sheets
      .map((s, n) => `<sheet name="${esc(s.name)}" sheetId="${n + 1}" r:id="rId${n + 1}"/>`)
      .join("")}</sheets></workbook>`,
  );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
      .map((_, n) => `<Relationship Id="rId${n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${n + 1}.xml"/>`)
      .join("")}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  );
  files["xl/sharedStrings.xml"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared
      .map((s) => `<si><t xml:space="preserve">${esc(s)}</t></si>`)
      .join("")}</sst>`,
  );
  return zipSync(files, { level: 6, mtime: new Date("2024-01-01T00:00:00Z") });
}
