/**
 * The real launcher, `node bin/sandan.js`, over the built bundle (npm test builds before jest runs): exit
 * codes, one-line errors without stack traces, and a whole import → calc → audit round.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { FIXTURES, ROOT, sandanBin, seedBook, tempDir, writeBook } from "./helpers";

const dir = tempDir();
afterAll(() => dir.remove());

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist", "cli", "sandan.js"))) throw new Error("dist/cli/sandan.js is missing: run `npm run build` first");
});

test("--version and --help", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const v = sandanBin("--version");
  expect(v.code).toBe(0);
  expect(v.out.trim()).toBe(`sandan ${pkg.version}`);
  const h = sandanBin("--help");
  expect(h.code).toBe(0);
  expect(h.out).toMatch(/sandan calc/);
  expect(h.out).toMatch(/sandan audit/);
  expect(h.out).toMatch(/sandan import/);
  for (const cmd of ["calc", "audit", "import"]) {
    const c = sandanBin(cmd, "--help");
    expect(c.code).toBe(0);
    expect(c.out).toContain(`sandan ${cmd}`);
  }
});

test("audit through the bin: 0 when the cached values agree, 1 naming a tampered cell, 2 for a corrupt file", async () => {
  const good = await writeBook(seedBook(), dir.path("good.xlsx"));
  const ok = sandanBin("audit", good);
  expect(ok.err).toBe("");
  expect(ok.code).toBe(0);
  expect(ok.out).toMatch(/일치 4/);

  const tampered = await writeBook(seedBook({ tamper: { "표14!D3": 0.6 } }), dir.path("tampered.xlsx"));
  const bad = sandanBin("audit", tampered, "--json");
  expect(bad.code).toBe(1);
  expect(bad.err.trim().split("\n")).toHaveLength(1);
  expect(bad.err).toContain("표14!D3");
  expect(JSON.parse(bad.out).counts.differs).toBe(1);

  const corrupt = dir.path("corrupt.xlsx");
  writeFileSync(corrupt, readFileSync(good).subarray(0, 300));
  const broken = sandanBin("audit", corrupt);
  expect(broken.code).toBe(2);
  expect(broken.err.trim().split("\n")).toHaveLength(1);
  expect(broken.err).toContain(corrupt);
  expect(broken.err).not.toMatch(/\n\s+at /);
});

test("import → calc → audit round through the bin", async () => {
  const book = dir.path("round.xlsx");
  const imported = sandanBin("import", join(FIXTURES, "kosis", "kosis_seosan_table6_cp949.csv"), "-o", book);
  expect(imported.err).toBe("");
  expect(imported.code).toBe(0);
  // A formula over the imported sheet, saved without cached values, as a script would write it.
  const { Workbook } = await import("exceljs");
  const wb = new Workbook();
  await wb.xlsx.readFile(book);
  const sheet = wb.addWorksheet("분석");
  sheet.getCell("A1").value = { formula: '_xldudf_SANDAN_CENSUS_VALUE(kosis_seosan_table6_cp949!$A$1:$K$200,"서산시","C30","종사자수")' } as never;
  await wb.xlsx.writeFile(book);
  expect(sandanBin("audit", book).code).toBe(1);
  const out = dir.path("round-calc.xlsx");
  const calc = sandanBin("calc", book, "-o", out);
  expect(calc.code).toBe(0);
  const audited = sandanBin("audit", out, "--json");
  expect(audited.code).toBe(0);
  expect(JSON.parse(audited.out).cells[0].recomputed).toEqual([[9793]]);
  expect(sandanBin("frobnicate").code).toBe(2);
});
