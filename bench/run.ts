/**
 * `npm run bench`: Sandan's speed and memory, each figure a ratio against a peer measured in the same run
 * on the same machine (these machines are noisy; absolute times are context, ratios are the result).
 * Writes docs/BENCHMARKS.md; `-- --json` prints the results as JSON instead. Benchmarks report, they do
 * not fail.
 */
import "./stub-manifest";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import Papa from "papaparse";
import { HyperFormula } from "hyperformula";
import { OfficeMockObject } from "office-addin-mock";
import { parseCensus, parseCensusSync, prepareImport, toLongRows, type CensusTable, type OutCell, type PreparedImport } from "../src/census";
import { regionalShare } from "../src/engine";
import { OfficeWorkbook } from "../src/excel/office-workbook";
import { MAX_SYNC_BYTES } from "../src/taskpane/payload";
import { writeSheetRows } from "../src/taskpane/import-writer";
import { encodeCp949 } from "../test/helpers/cp949";
import { kosisCsv, longTable, LONG_CODES } from "./inputs";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const MB = 1024 * 1024;

interface Result {
  name: string;
  figure: number;
  target: string;
  met: boolean;
  detail: Record<string, number | string>;
}

function best(times: number, f: () => void): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    f();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return min;
}

/** The file's bytes as a view of the buffer read (a copy would count the file twice). */
function readBytes(file: string): Uint8Array {
  const b = fs.readFileSync(file);
  return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

function inputFile(megabytes: number): string {
  const file = path.join(os.tmpdir(), `sandan-bench-${megabytes}mb-cp949-v2.csv`);
  if (!fs.existsSync(file)) {
    // Hangul is two bytes in CP949 but most of this table is digits: about 0.81 characters per byte.
    fs.writeFileSync(file, encodeCp949(kosisCsv(Math.round(megabytes * MB * 0.81))));
  }
  return file;
}

async function bestAsync(times: number, f: () => Promise<void>): Promise<number> {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    const t = process.hrtime.bigint();
    await f();
    min = Math.min(min, Number(process.hrtime.bigint() - t) / 1e6);
  }
  return min;
}

/**
 * Parse + normalise throughput against papaparse on the same bytes: parseCensus (the task pane's and the
 * command line's entry point, SHA-256 by Web Crypto) and every long row, made as the import's writer takes them. The
 * runs alternate with papaparse's so both see the same machine; the best of each counts.
 */
async function importThroughput(megabytes: number): Promise<Result> {
  const file = inputFile(megabytes);
  const bytes = readBytes(file);
  const name = path.basename(file);
  let ours = Infinity;
  let papa = Infinity;
  for (let run = 0; run < 5; run++) {
    ours = Math.min(
      ours,
      await bestAsync(1, async () => {
        const table = await parseCensus(bytes, name);
        for (const chunk of prepareImport(table, "long").rowChunks()) void chunk;
      }),
    );
    papa = Math.min(
      papa,
      best(1, () => {
        const text = new TextDecoder("euc-kr").decode(bytes);
        Papa.parse(text, { skipEmptyLines: true });
      }),
    );
  }
  const sync = best(2, () => void parseCensusSync(bytes, name));
  const whole = best(2, () => void toLongRows(parseCensusSync(bytes, name)));
  const ratio = papa / ours;
  return {
    name: "import throughput (ours ÷ papaparse)",
    figure: ratio,
    target: "≥ 0.5",
    met: ratio >= 0.5,
    detail: {
      "file MB": +(bytes.length / MB).toFixed(1),
      "sandan ms": Math.round(ours),
      "papaparse ms": Math.round(papa),
      "parseCensusSync alone (pure SHA-256) ms": Math.round(sync),
      "parseCensusSync + toLongRows (the whole long table at once) ms": Math.round(whole),
      "ratio for the latter": +(papa / whole).toFixed(2),
    },
  };
}


/**
 * Peak memory of one import in a fresh process, as a multiple of the file size: the file read and parsed (and
 * let go, as the hosts do), then the long sheet made in the writer's pieces (prepareImport + sheetPieces, one
 * ≤ 4 MB Office.js sync each), each dropped before the next as a written piece is. The parse alone and the whole
 * long table built at once (toLongRows) are reported beside it.
 */
function importMemory(megabytes: number): Result {
  const file = inputFile(megabytes);
  const child = (mode: string) => {
    const out = execFileSync(process.execPath, ["--expose-gc", __filename, "--memory-child", file, mode], { encoding: "utf8", maxBuffer: 1 << 20 });
    const r = JSON.parse(out) as { peak: number; base: number; size: number; rows: number; pieces: number };
    return { ...r, multiple: (r.peak - r.base) / r.size };
  };
  // Three fresh processes each: the median counts, the spread is reported.
  const runs = (mode: string) => [child(mode), child(mode), child(mode)].sort((a, b) => a.multiple - b.multiple);
  const written = runs("pieces");
  const parsed = runs("parse");
  const whole = child("whole");
  const wide = child("wide");
  const median = written[1];
  const spread = (r: { multiple: number }[]) => `${r[0].multiple.toFixed(2)}–${r[2].multiple.toFixed(2)}`;
  return {
    name: "import peak memory (× file size)",
    figure: median.multiple,
    target: "≤ 3",
    met: median.multiple <= 3,
    detail: {
      "file MB": +(median.size / MB).toFixed(1),
      "long rows": median.rows,
      syncs: median.pieces,
      "peak RSS over baseline MB (median of 3)": Math.round((median.peak - median.base) / MB),
      "3 runs": spread(written),
      "parse alone (no long rows): × file size, median of 3": +parsed[1].multiple.toFixed(2),
      "its 3 runs": spread(parsed),
      "the wide layout through the writer (rows)": wide.rows,
      "its × file size": +wide.multiple.toFixed(2),
      "with the whole long table at once (toLongRows): MB": Math.round((whole.peak - whole.base) / MB),
      "× file size": +whole.multiple.toFixed(1),
    },
  };
}

/** The file read and parsed; its bytes are let go with this call's frame, as the hosts do once parsed. */
function readAndParse(file: string): { table: CensusTable; size: number } {
  const bytes = readBytes(file);
  return { table: parseCensusSync(bytes, path.basename(file)), size: bytes.length };
}

/**
 * This process's peak RSS where the system tells it: Linux's VmHWM belongs to the process image, so it starts
 * afresh at exec. getrusage's maxRSS survives exec, so it reports the parent's size when the parent (this
 * benchmark, after the throughput runs) was larger than the child when it forked.
 */
function highWaterRss(): number {
  try {
    const m = /VmHWM:\s*(\d+) kB/.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]) * 1024;
  } catch {
    // not Linux
  }
  return 0; // the sampled RSS alone (getrusage's figure may be the parent's)
}

async function memoryChild(file: string, mode: string): Promise<void> {
  (global as { gc?: () => void }).gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  const { table, size } = readAndParse(file);
  let rows = 0;
  let pieces = 0;
  if (mode === "whole") rows = toLongRows(table).rows.length;
  else if (mode === "parse") rows = table.counts.dataCells;
  else {
    // The writer's pieces through the Office.js adapter to a stand-in Excel that takes each sync and drops it.
    const context = { workbook: { worksheets: { getItem: () => ({ getRange: () => ({}) }) } }, sync: async () => void pieces++ };
    (global as unknown as { Excel: unknown }).Excel = { run: async (work: (c: unknown) => Promise<unknown>) => work(context) };
    const prepared = prepareImport(table, mode === "wide" ? "wide" : "long");
    await writeSheetRows(new OfficeWorkbook(), "S", prepared);
    rows = prepared.rowCount;
  }
  peak = Math.max(peak, process.memoryUsage().rss, highWaterRss());
  clearInterval(timer);
  process.stdout.write(JSON.stringify({ peak, base, size, rows, pieces }));
}

/** A 1,000,000-cell import through the Office.js writer, counted with office-addin-mock. */
async function excelWrites(): Promise<Result> {
  const payloads: number[] = [];
  let pending = 0;
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          getItem: () => ({
            getRange: () => {
              const r: Record<string, unknown> = {};
              return new Proxy(r, {
                set(target, prop, value) {
                  pending += Buffer.byteLength(JSON.stringify(value));
                  target[prop as string] = value;
                  return true;
                },
              });
            },
          }),
        },
      },
    },
    run: async function (cb: (c: unknown) => Promise<unknown>) {
      return cb((this as unknown as { context: unknown }).context);
    },
  }) as unknown as { context: { sync(): Promise<void> } };
  const sync = mock.context.sync.bind(mock.context);
  mock.context.sync = async () => {
    payloads.push(pending);
    pending = 0;
    await sync();
  };
  (global as unknown as { Excel: unknown }).Excel = mock;
  // 100,000 long rows × 10 columns, as the import writes them.
  const table = parseCensusSync(encodeCp949(kosisCsv(1_100_000)), "bench.csv");
  const prepared = prepareImport(table, "long");
  const rows: OutCell[][] = [];
  const formats: string[] = [];
  for (const chunk of prepared.rowChunks()) {
    if (rows.length === 100_000) break;
    for (let i = 0; i < chunk.rows.length && rows.length < 100_000; i++) {
      rows.push(chunk.rows[i].slice(0, 10));
      formats.push(chunk.formats![i]);
    }
  }
  const cut: PreparedImport = {
    ...prepared,
    header: prepared.header.slice(0, 10),
    columnFormats: prepared.columnFormats.slice(0, 10),
    rowCount: rows.length,
    rowChunks: () => [{ rows, formats }],
  };
  await writeSheetRows(new OfficeWorkbook(), "S", cut);
  const total = payloads.reduce((a, b) => a + b, 0);
  const largest = Math.max(...payloads);
  const allowed = Math.ceil(total / MAX_SYNC_BYTES) + 2;
  return {
    name: "Excel writes: largest sync (MB) for 1,000,000 cells",
    figure: largest / MB,
    target: `≤ 4 MB per sync, syncs ≤ ⌈bytes ÷ 4 MB⌉ + 2 = ${allowed}`,
    met: largest <= MAX_SYNC_BYTES && payloads.length <= allowed,
    detail: { cells: rows.length * 10, syncs: payloads.length, "total MB": +(total / MB).toFixed(1), "largest MB": +(largest / MB).toFixed(2) },
  };
}

/** REGIONAL_SHARE on a 100,000-row long table against HyperFormula evaluating the same SUMPRODUCT. */
function regionalShareSpeed(): Result {
  const rows = 100_000;
  const table = longTable(rows);
  const industries = LONG_CODES.slice(2, 8).join(",");
  const ours = best(5, () => regionalShare(table, "시군구77", "충청남도", industries, "종사자수"));
  const hf = HyperFormula.buildFromArray(table as (string | number | null)[][], { licenseKey: "gpl-v3", maxRows: rows + 10, useArrayArithmetic: true });
  const codes = `{${LONG_CODES.slice(2, 8).map((c) => `"${c}"`).join(",")}}`;
  const r = `2:${rows}`;
  const sum = (region: string) =>
    `SUMPRODUCT((B${r.replace(":", ":B")}="${region}")*ISNUMBER(MATCH(D${r.replace(":", ":D")},${codes},0))*(G${r.replace(":", ":G")}="종사자수")*I${r.replace(":", ":I")})`;
  const formula = `=${sum("시군구77")}/${sum("충청남도")}`;
  const at = { sheet: 0, row: 0, col: 12 };
  let flip = 0;
  const theirs = best(5, () => {
    // Each run enters the formula afresh, so HyperFormula evaluates it again.
    hf.setCellContents(at, [[flip++ % 2 ? formula : `${formula}+0`]]);
    hf.getCellValue(at);
  });
  const check = hf.getCellValue(at) as number;
  const engine = regionalShare(table, "시군구77", "충청남도", industries, "종사자수").value as number;
  hf.destroy();
  const ratio = theirs / ours;
  return {
    name: "REGIONAL_SHARE, 100,000-row table (HyperFormula SUMPRODUCT ÷ ours)",
    figure: ratio,
    target: "≥ 5",
    met: ratio >= 5 && Math.abs(check - engine) < 1e-12,
    detail: { "sandan ms": +ours.toFixed(1), "HyperFormula ms": +theirs.toFixed(1), "same value": Math.abs(check - engine) < 1e-12 ? "yes" : `no (${check} vs ${engine})` },
  };
}

function bundleSizes(): Result[] {
  const size = (f: string) => {
    const p = path.join(ROOT, "dist", f);
    return fs.existsSync(p) ? fs.statSync(p).size / 1024 : NaN;
  };
  const functions = size("functions.js");
  const taskpane = size("taskpane.js");
  return [
    { name: "functions.js (KB, minified)", figure: functions, target: "≤ 150", met: functions <= 150, detail: {} },
    { name: "taskpane.js (KB, minified)", figure: taskpane, target: "report", met: true, detail: {} },
  ];
}

function markdown(results: Result[]): string {
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const lines = [
    "# Benchmarks",
    "",
    "Made by `npm run bench` (`npm run bench -- --json` for machines). Each figure is measured against a peer in the",
    "same run on the same machine, so the ratio is the result; absolute times are context only. Benchmarks report;",
    "they never fail the build.",
    "",
    `Machine: ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB, Node ${process.version}, ${os.platform()} ${os.arch()}.`,
    `Run: ${new Date().toISOString()}.`,
    "",
    "| benchmark | figure | target | met | detail |",
    "|---|---|---|---|---|",
    ...results.map(
      (r) =>
        `| ${r.name} | ${Number.isFinite(r.figure) ? r.figure.toFixed(2) : "n/a"} | ${r.target} | ${r.met ? "yes" : "**no**"} | ${Object.entries(r.detail)
          .map(([k, v]) => `${k}: ${v}`)
          .join("; ")} |`,
    ),
    "",
    "Inputs are generated: a KOSIS standard CSV in CP949 (province × city × industry, three items over three years,",
    "one value in nine suppressed as `X`), and a long table of 100,000 rows as the import writes it.",
    "",
    "How each figure is taken:",
    "- import throughput: parseCensus (what the task pane and `sandan import` call; SHA-256 by Web Crypto) and every",
    "  long row made as the import's writer takes them (prepareImport's row chunks), against TextDecoder(euc-kr) +",
    "  Papa.parse on the same bytes; five runs each, alternating, the best of each. The detail column adds the",
    "  synchronous parse (pure SHA-256) and toLongRows building the whole long table at once.",
    "- import peak memory: peak RSS (Linux's VmHWM) over a fresh process's baseline while reading the file and parsing",
    "  it (its bytes are let go once parsed, as the task pane and `sandan import` do), then writing the long sheet",
    "  through the import's writer and the Office.js adapter to a stand-in Excel that takes each sync and drops it",
    "  (Office.js's own copy of a request is not counted). The median of three processes counts. The generated",
    "  file's long table is larger than one Excel sheet (1,048,576 rows), so the task pane would refuse it before",
    "  writing; the writer is run all the same, to measure it at 50 MB. Beside it: the parse alone (the file, the",
    "  table and the collector's working room); the wide layout written the same way (one process); and toLongRows",
    "  building the whole long table at once, as the writer did before it wrote in pieces.",
    "- REGIONAL_SHARE: best of five calls against HyperFormula evaluating the equivalent SUMPRODUCT afresh, best of five;",
    "  both values are checked equal.",
    "",
  ];
  return lines.join("\n");
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args[0] === "--memory-child") return memoryChild(args[1], args[2] ?? "pieces");
  const json = args.includes("--json");
  const megabytes = Number(process.env.SANDAN_BENCH_MB ?? 50);
  const results: Result[] = [];
  const log = (r: Result) => {
    results.push(r);
    if (!json) process.stderr.write(`${r.name}: ${r.figure.toFixed(2)} (target ${r.target})\n`);
  };
  log(await importThroughput(megabytes));
  log(importMemory(megabytes));
  log(await excelWrites());
  log(regionalShareSpeed());
  for (const r of bundleSizes()) log(r);
  if (json) process.stdout.write(JSON.stringify({ machine: { cpus: os.cpus().length, node: process.version }, results }, null, 2) + "\n");
  else {
    fs.mkdirSync(path.join(ROOT, "docs"), { recursive: true });
    fs.writeFileSync(path.join(ROOT, "docs", "BENCHMARKS.md"), markdown(results));
    process.stderr.write("docs/BENCHMARKS.md written\n");
  }
}

void main();
