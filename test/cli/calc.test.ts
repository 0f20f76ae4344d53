/** `sandan calc`: recalculates with HyperFormula and stores the results as cached values. */
import { readFileSync, statSync } from "fs";
import { EXPECTED, readBook, sandan, seedBook, tempDir, writeBook } from "./helpers";

const dir = tempDir();
afterAll(() => dir.remove());

const valueOf = (v: unknown) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v);

test("writes correct cached values, keeps formulas in the stored _xldudf_ form, fills spills", async () => {
  const input = await writeBook(seedBook({ noResults: true }), dir.path("fresh.xlsx"));
  const before = readFileSync(input);
  const output = dir.path("calculated.xlsx");
  const r = await sandan("calc", input, "-o", output);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  expect(r.out).toMatch(/재계산/);
  expect(readFileSync(input).equals(before)).toBe(true);

  const wb = await readBook(output);
  const cell = (sheet: string, a1: string) => wb.getWorksheet(sheet)!.getCell(a1);
  expect(cell("예산", "A3").formula).toBe("_xldudf_SANDAN_BUDGET_SPLIT(A1,A2:B2)");
  expect([valueOf(cell("예산", "A3").value), cell("예산", "B3").value]).toEqual(EXPECTED.budget);
  expect((cell("예산", "A3").value as { shareType?: string; ref?: string }).ref).toBe("A3:B3");
  expect(valueOf(cell("예산", "C1").value)).toBe(50);
  expect(valueOf(cell("예산", "C2").value)).toBe(100);
  // [1]!_xldudf_… (an external-link prefix) is written back as Excel writes its own add-in's functions.
  expect(cell("표14", "D2").formula).toBe("_xldudf_SANDAN_HUB_SCORE(A1:C3)");
  expect(valueOf(cell("표14", "D2").value)).toBeCloseTo(EXPECTED.hub[0], 12);
  expect(cell("표14", "D3").value).toBeCloseTo(EXPECTED.hub[1], 12);
  // No padding below the answer: the spill is two rows, as Excel's would be.
  expect(cell("표14", "D4").value).toBeNull();
  expect(valueOf(cell("표14", "E2").value)).toBe(179);
  expect(cell("표7", "B1").formula).toBe('_xldudf_SANDAN_REGIONAL_SHARE(표6!$A$1:$K$7,"서산시","충청남도",A1,"부가가치")');
  expect(valueOf(cell("표7", "B1").value)).toBeCloseTo(EXPECTED.share, 12);
  expect(valueOf(cell("표7", "B2").value)).toBeCloseTo(EXPECTED.shareBoth, 12);
  expect(valueOf(cell("표7", "B3").value)).toBe(18.93);
  // Constants untouched, including the suppressed cell (empty value, flag X).
  expect(cell("표6", "I7").value).toBeNull();
  expect(cell("표6", "J7").value).toBe("X");

  // The result passes its own audit.
  expect((await sandan("audit", output)).code).toBe(0);
});

test("a stale workbook is corrected: calc then audit agrees", async () => {
  const input = await writeBook(seedBook({ tamper: { "표7!B1": 0.2, "예산!B3": 99 } }), dir.path("stale.xlsx"));
  expect((await sandan("audit", input)).code).toBe(1);
  const output = dir.path("stale-fixed.xlsx");
  const r = await sandan("calc", input, "-o", output, "--json");
  expect(r.code).toBe(0);
  const summary = JSON.parse(r.out);
  expect(summary.changed).toEqual(expect.arrayContaining(["표7!B1", "예산!B3"]));
  expect(summary.changed).not.toContain("표7!B2");
  expect((await sandan("audit", output)).code).toBe(0);
});

test("formulas in the form Excel shows (SANDAN.X) are stored in the form Excel saves", async () => {
  const wb = seedBook();
  wb.getWorksheet("예산")!.getCell("D1").value = { formula: "SANDAN.BUDGET_SPLIT(100,A2:B2)" } as never;
  const input = await writeBook(wb, dir.path("display-form.xlsx"));
  const output = dir.path("display-form-out.xlsx");
  expect((await sandan("calc", input, "-o", output)).code).toBe(0);
  const out = await readBook(output);
  const d1 = out.getWorksheet("예산")!.getCell("D1");
  expect(d1.formula).toBe("_xldudf_SANDAN_BUDGET_SPLIT(100,A2:B2)");
  expect([valueOf(d1.value), out.getWorksheet("예산")!.getCell("E1").value]).toEqual([50, 50]);
});

test("formulas HyperFormula cannot evaluate keep their cached values and are reported", async () => {
  const wb = seedBook();
  wb.getWorksheet("예산")!.getCell("E1").value = { formula: "_xlfn.NOSUCHFUNCTION(A1)", result: 7 } as never;
  wb.getWorksheet("예산")!.getCell("E2").value = { formula: "E1+1", result: 8 } as never;
  const input = await writeBook(wb, dir.path("unsupported.xlsx"));
  const output = dir.path("unsupported-out.xlsx");
  const r = await sandan("calc", input, "-o", output, "--json");
  expect(r.code).toBe(0);
  const summary = JSON.parse(r.out);
  expect(summary.unsupported.map((u: { address: string }) => u.address)).toEqual(["예산!E1", "예산!E2"]);
  const out = await readBook(output);
  expect(valueOf(out.getWorksheet("예산")!.getCell("E1").value)).toBe(7);
  expect(valueOf(out.getWorksheet("예산")!.getCell("E2").value)).toBe(8);
});

test("a spill that shrinks clears the cells it no longer covers", async () => {
  const wb = seedBook();
  const sheet = wb.getWorksheet("예산")!;
  sheet.getCell("A5").value = { formula: "_xldudf_SANDAN_BUDGET_SPLIT(A1,A2:B2)", result: 9, shareType: "array", ref: "A5:C5" } as never;
  sheet.getCell("B5").value = 8;
  sheet.getCell("C5").value = 8;
  const input = await writeBook(wb, dir.path("shrink.xlsx"));
  const output = dir.path("shrink-out.xlsx");
  expect((await sandan("calc", input, "-o", output)).code).toBe(0);
  const out = (await readBook(output)).getWorksheet("예산")!;
  expect([valueOf(out.getCell("A5").value), out.getCell("B5").value, out.getCell("C5").value]).toEqual([13, 12, null]);
  expect((out.getCell("A5").value as { ref?: string }).ref).toBe("A5:B5");
});

describe("never overwrites user data silently", () => {
  test("no -o and no --in-place: refused, nothing written", async () => {
    const input = await writeBook(seedBook({ noResults: true }), dir.path("keep.xlsx"));
    const mtime = statSync(input).mtimeMs;
    const r = await sandan("calc", input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/-o/);
    expect(r.err).toContain(input);
    expect(statSync(input).mtimeMs).toBe(mtime);
  });

  test("-o naming the input is refused; --in-place overwrites it", async () => {
    const input = await writeBook(seedBook({ noResults: true }), dir.path("same.xlsx"));
    const r = await sandan("calc", input, "-o", input);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--in-place/);
    expect((await sandan("audit", input)).code).toBe(1);
    expect((await sandan("calc", input, "--in-place")).code).toBe(0);
    expect((await sandan("audit", input)).code).toBe(0);
  });

  test("an existing -o file is kept unless --force", async () => {
    const input = await writeBook(seedBook({ noResults: true }), dir.path("in.xlsx"));
    const other = await writeBook(seedBook(), dir.path("other.xlsx"));
    const before = readFileSync(other);
    const r = await sandan("calc", input, "-o", other);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--force/);
    expect(readFileSync(other).equals(before)).toBe(true);
    expect((await sandan("calc", input, "-o", other, "--force")).code).toBe(0);
  });

  test("a corrupt input: exit 2, nothing written", async () => {
    const input = dir.path("broken.xlsx");
    require("fs").writeFileSync(input, "PK\u0003\u0004 not really a zip");
    const output = dir.path("broken-out.xlsx");
    const r = await sandan("calc", input, "-o", output);
    expect(r.code).toBe(2);
    expect(r.err).toContain(input);
    expect(() => statSync(output)).toThrow();
  });
});
