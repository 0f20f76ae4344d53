/**
 * The compact (chunked, columnar) path of the census import against the general path: the same tables, long
 * rows, wide rows, previews, filter options, provenance and counts, or the same error, on every fixture and on
 * generated inputs (several encodings, chunk sizes that cut rows, quotes and characters, notes and titles).
 */
import { readdirSync } from "fs";
import { join } from "path";
import {
  CensusTable,
  filterOptions,
  ImportError,
  longRowChunks,
  outputSize,
  parseCensusSync,
  preview,
  provenance,
  rowCount,
  toLongRows,
  toWideRows,
  wideLayout,
} from "../../src/census";
import { compactOf, compactSettings } from "../../src/census/compact";
import { kosisCsv } from "../../bench/inputs";
import { encodeCp949, fixture, FIXTURES, utf8 } from "./helpers";

type Outcome = { error: Record<string, unknown> } | { table: CensusTable; compact: boolean; views: unknown };

function run(bytes: Uint8Array, name: string, compact: boolean, chunk = 1 << 20): Outcome {
  const saved = { ...compactSettings };
  compactSettings.enabled = compact;
  compactSettings.chunk = chunk;
  try {
    let table: CensusTable;
    try {
      table = parseCensusSync(bytes, name);
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      return { error: { code: e.code, text: e.text, advice: e.advice, line: e.line, column: e.column, fileName: e.fileName } };
    }
    const usedCompact = compactOf(table) !== undefined;
    if (table.columns.length > 1000) {
      // bad/many-columns.csv (100,000 columns, the general path): the table and its long rows are enough
      return { table, compact: usedCompact, views: { long: toLongRows(table), json: JSON.parse(JSON.stringify(table)) } };
    }
    // every view reads the store one row at a time: none builds table.rows (the JSON below does, last)
    const long = toLongRows(table);
    const chunks = [...longRowChunks(table, 7)];
    const pv = preview(table, 25);
    const prov = provenance(table, new Date("2026-01-01T00:00:00Z"));
    const counts = JSON.parse(JSON.stringify(table.counts));
    const wide = toWideRows(table);
    const wideChunks = [...wideLayout(table).rowChunks(7)];
    const sizes = [outputSize(table, "long"), outputSize(table, "wide"), outputSize(table, "wide", { periods: ["2021"] }), rowCount(table)];
    const options = filterOptions(table);
    const filtered = toLongRows(table, { periods: ["2021"] });
    const filteredWide = toWideRows(table, { periods: ["2021"] });
    const stillCompact = compactOf(table) !== undefined;
    return {
      table,
      compact: usedCompact && stillCompact,
      views: { long, chunks, pv, prov, counts, wide, wideChunks, sizes, options, filtered, filteredWide, json: JSON.parse(JSON.stringify(table)) },
    };
  } finally {
    Object.assign(compactSettings, saved);
  }
}

function same(bytes: Uint8Array, name: string, chunk?: number): boolean {
  const general = run(bytes, name, false);
  const compact = run(bytes, name, true, chunk);
  if ("error" in general) {
    expect(compact).toEqual(general);
    return false;
  }
  expect("table" in compact).toBe(true);
  if (!("table" in compact)) return false;
  const a = JSON.stringify(compact.views);
  const b = JSON.stringify(general.views);
  if (a !== b) expect(compact.views).toEqual(general.views); // a readable difference
  expect(a).toBe(b);
  return compact.compact;
}

function files(dir: string): string[] {
  return readdirSync(join(FIXTURES, dir))
    .filter((f) => !f.endsWith(".ts") && !f.endsWith(".md"))
    .map((f) => `${dir}/${f}`);
}

describe("compact path = general path on every fixture", () => {
  for (const rel of [...files("kosis"), ...files("census"), ...files("bad")]) {
    test(rel, () => {
      const bytes = fixture(rel);
      same(bytes, rel.split("/").pop() as string);
      same(bytes, rel.split("/").pop() as string, 97); // chunks that cut rows, quotes and characters
    });
  }
});

describe("compact path = general path on generated KOSIS standard CSV", () => {
  const text = kosisCsv(60_000);
  const lines = text.split("\r\n");
  const variants: Record<string, string> = {
    plain: text,
    lf: lines.join("\n"),
    titled: `"표 1. 사업체 현황"\r\n\r\n${text}`,
    notes: `${text}\r\n주: 잠정치\r\n출처: 통계청\r\n`,
    "note then data": `${text}주: 중간\r\n${lines.slice(2, 5).join("\r\n")}\r\n주: 끝\r\n`,
    "blank lines": lines.map((l, i) => (i % 37 === 5 ? `${l}\r\n,,,,,,,,,,,,\r\n` : l)).join("\r\n"),
    "quoted newline": text.replace('"기타 제품 제조업"', '"기타 제품\n제조업"'),
    "quotes and symbols": text.replace(/,X,/g, ',"X",').replace(/,1(\d\d),/g, ",1$1.25,").replace(/,2(\d),/g, ',"2$1*",').replace(/,3(\d\d),/g, ",-,"),
    ragged: text.replace(/\r\n(충청남도[^\r]*)\r\n/, "\r\n$1,9\r\n"),
    short: text.replace(/\r\n(경기도[^\r]*),\d+\r\n/, "\r\n$1\r\n"),
    unterminated: `${text}"경기도,1,2`,
    "no final newline": text.trimEnd(),
    "negative and zero": text.replace(/,4(\d),/g, ",-4$1,").replace(/,5(\d),/g, ",-0,"),
    "CR line ends": lines.join("\r"),
    "a lone CR": text.replace(/\r\n(경기도[^\r]*)\r\n/, "\r\n$1\r"),
    "doubled quotes and text after a quote": text
      .replace('"식료품 제조업"', '"식료품 ""제조""업"')
      .replace('"1차 금속 제조업"', '"1차 금속" 제조업')
      .replace(/"기타 제품 제조업"/g, '"기타, 제품 제조업"'),
    "number forms": text
      .replace(/,6(\d),/g, ",6$1.,")
      .replace(/,7(\d),/g, ",.7$1,")
      .replace(/,8(\d),/g, ",0008$1,")
      .replace(/,9(\d\d),/g, ",-.9$1,")
      .replace(/,11(\d),/g, ",1234567890123456$1,")
      .replace(/,12(\d),/g, ",0.12345678901234$1,")
      .replace(/,13(\d),/g, ",1.2.3,")
      .replace(/,14(\d),/g, ",-,")
      .replace(/,15(\d),/g, ",., ")
      .replace(/,16(\d),/g, ", 16$1 ,")
      .replace(/,17(\d),/g, ',"17$1",'),
    "a number alone in the first column": `${text}12345\r\n${lines.slice(2, 4).join("\r\n")}\r\n`,
    "trailing delimiter": lines.map((l, i) => (i % 11 === 3 ? `${l},` : l)).join("\r\n"),
    "over 255 different flags": (() => {
      let n = 0;
      return text.replace(/,X,/g, () => `,주${n++},`);
    })(),
    tabs: lines.map((l) => l.replace(/"([^"]*)"/g, "$1").replace(/,/g, "\t")).join("\r\n"),
  };
  // the variants the compact path leaves to the general path (titles, notes amid data, ragged rows, errors)
  const FALLS_BACK = new Set(["titled", "note then data", "ragged", "short", "unterminated", "a number alone in the first column"]);
  for (const [name, v] of Object.entries(variants)) {
    test(`${name} (CP949, UTF-8, UTF-8 BOM; chunks of 1 MB and 61 bytes)`, () => {
      const encodings: [string, Uint8Array][] = [
        ["cp949", encodeCp949(v)],
        ["utf8", utf8(v)],
        ["utf8bom", new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(v)])],
      ];
      for (const [enc, bytes] of encodings) {
        const compact = same(bytes, `${name}-${enc}.csv`);
        same(bytes, `${name}-${enc}.csv`, 61);
        if (!FALLS_BACK.has(name)) expect([name, enc, compact]).toEqual([name, enc, true]); // read by the compact path itself
      }
    });
  }

  test("a large file takes the compact path, in chunks", () => {
    const bytes = encodeCp949(kosisCsv(2_500_000));
    expect(bytes.length).toBeGreaterThan(2 << 20);
    expect(same(bytes, "large.csv")).toBe(true);
  });

  test("more than 65,535 different labels in a column (label indexes widen)", () => {
    const [head1, head2] = lines;
    const rows = Array.from({ length: 70_000 }, (_, i) => `경기도,읍면동${i},"식료품 제조업",${i % 500},${i % 7 ? i : "X"},1,2,3,4,5,6,7`);
    expect(same(encodeCp949([head1, head2, ...rows].join("\r\n") + "\r\n"), "many-labels.csv")).toBe(true);
  });

  test("the plain generated table takes the compact path", () => {
    expect(same(encodeCp949(variants.plain), "plain.csv")).toBe(true);
    expect(same(encodeCp949(variants.notes), "notes.csv", 61)).toBe(true);
  });

  test("rows read or replaced: the store is dropped and plain rows are used", () => {
    compactSettings.enabled = true;
    const t = parseCensusSync(encodeCp949(variants.plain), "a.csv");
    expect(compactOf(t)).toBeDefined();
    const first = t.rows[0];
    expect(compactOf(t)).toBeUndefined();
    expect(t.rows[0]).toBe(first);
    const u = parseCensusSync(encodeCp949(variants.plain), "b.csv");
    u.rows = [first];
    expect(compactOf(u)).toBeUndefined();
    expect(toLongRows(u).rows.length).toBe(9);
  });
});
