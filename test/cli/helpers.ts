/** Workbooks for the command-line tests, built with exceljs, and ways to run `sandan`. */
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { spawnSync } from "child_process";
import { Workbook, type CellValue } from "exceljs";
import { run } from "../../src/cli/run";

export const ROOT = join(__dirname, "..", "..");
export const FIXTURES = join(ROOT, "test", "fixtures");

export interface Outcome {
  code: number;
  out: string;
  err: string;
}

/** Runs the command line in this process, capturing what it prints. */
export async function sandan(...args: string[]): Promise<Outcome> {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/** Runs the real launcher, `node bin/sandan.js`, as a child process (needs `npm run build`). */
export function sandanBin(...args: string[]): Outcome {
  const r = spawnSync(process.execPath, [join(ROOT, "bin", "sandan.js"), ...args], { encoding: "utf8", timeout: 30_000 });
  return { code: r.status ?? -1, out: r.stdout, err: r.stderr };
}

export function tempDir(): { dir: string; path(name: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), "sandan-cli-"));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** 서산시 and 충청남도 부가가치 (백만원) for C30 and two backward industries, as a long import sheet holds them. */
export const LONG_ROWS: [string, string, string, number | null, string][] = [
  ["충청남도", "", "C30", 8529000, ""],
  ["충청남도", "", "C20", 14200000, ""],
  ["충청남도", "", "C13", 210000, ""],
  ["서산시", "충청남도", "C30", 1614618, ""],
  ["서산시", "충청남도", "C20", 4636006, ""],
  ["서산시", "충청남도", "C13", null, "X"],
];

/** What the functions give, computed here independently of the engine. */
export const EXPECTED = {
  budget: [13, 12],
  hub: [(46 / 179 + 5990 / 10735) / 2, (133 / 179 + 4745 / 10735) / 2],
  share: 1614618 / 8529000,
  shareBoth: (1614618 + 4636006) / (8529000 + 14200000),
};

export interface BookOptions {
  /** Overrides of cached values, by "sheet!A1". */
  tamper?: Record<string, CellValue>;
  /** Leave formula results out, as a file written by a library would. */
  noResults?: boolean;
}

/**
 * The seed's analyses with SANDAN formulas in the `_xldudf_` form Excel saves, and their correct cached
 * values: 50:50 split of 25 (13, 12, a spill), the 표14 hub scores (a vertical spill), 서산시's shares of
 * 충청남도 over a long table on a sheet with a Korean name, plus ordinary formulas (shared, plain).
 */
export function seedBook(options: BookOptions = {}): Workbook {
  const wb = new Workbook();
  const result = (v: CellValue) => (options.noResults ? {} : { result: v });
  const formula = (f: object) => f as unknown as CellValue;

  const budget = wb.addWorksheet("예산");
  budget.getCell("A1").value = 25;
  budget.getCell("A2").value = 50;
  budget.getCell("B2").value = 50;
  budget.getCell("A3").value = formula({ formula: "_xldudf_SANDAN_BUDGET_SPLIT(A1,A2:B2)", shareType: "array", ref: "A3:B3", ...result(13) });
  budget.getCell("B3").value = options.noResults ? null : 12;
  budget.getCell("C1").value = formula({ formula: "A1*2", shareType: "shared", ref: "C1:C2", ...result(50) });
  budget.getCell("C2").value = formula({ sharedFormula: "C1", ...result(100) });

  const hub = wb.addWorksheet("표14");
  hub.addRow(["거점산단 후보", "기업 수", "종업원 수", "점수"]);
  hub.addRow(["서산오토밸리일반산업단지", 46, 5990]);
  hub.addRow(["아산국가산업단지(고대·부곡지구)", 133, 4745]);
  hub.getCell("D2").value = formula({ formula: "[1]!_xldudf_SANDAN_HUB_SCORE(A1:C3)", shareType: "array", ref: "D2:D3", ...result(EXPECTED.hub[0]) });
  hub.getCell("D3").value = options.noResults ? null : EXPECTED.hub[1];
  hub.getCell("E2").value = formula({ formula: "SUM(B2:B3)", ...result(179) });

  const long = wb.addWorksheet("표6");
  long.addRow(["지역코드", "지역", "상위지역", "산업코드", "산업명", "시점", "항목", "단위", "값", "표시", "구분"]);
  for (const [region, parent, code, value, flag] of LONG_ROWS) long.addRow(["", region, parent, code, "", "2022", "부가가치", "백만원", value, flag, ""]);

  const shares = wb.addWorksheet("표7");
  shares.getCell("A1").value = "C30";
  shares.getCell("B1").value = formula({ formula: '_xldudf_SANDAN_REGIONAL_SHARE(표6!$A$1:$K$7,"서산시","충청남도",A1,"부가가치")', ...result(EXPECTED.share) });
  shares.getCell("A2").value = "C30,C20";
  shares.getCell("B2").value = formula({ formula: '_xldudf_SANDAN_REGIONAL_SHARE(표6!$A$1:$K$7,"서산시","충청남도",A2,"부가가치")', ...result(EXPECTED.shareBoth) });
  shares.getCell("B3").value = formula({ formula: "ROUND(B1*100,2)", ...result(18.93) });

  for (const [at, value] of Object.entries(options.tamper ?? {})) {
    const [sheet, a1] = at.split("!");
    const cell = wb.getWorksheet(sheet)!.getCell(a1);
    if (cell.formula) cell.value = { ...(cell.value as object), result: value } as CellValue;
    else cell.value = value;
  }
  return wb;
}

export async function writeBook(wb: Workbook, file: string): Promise<string> {
  await wb.xlsx.writeFile(file);
  return file;
}

export async function readBook(file: string): Promise<Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}
