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

test("every SANDAN function through calc and audit: tipping weight, eligibility, census value, an engine error", async () => {
  const wb = seedBook();
  const hub = wb.getWorksheet("표14")!;
  hub.getCell("A5").value = "가중치";
  hub.getCell("B5").value = 0.5;
  hub.getCell("C5").value = 0.5;
  hub.getCell("A6").value = { formula: '_xldudf_SANDAN_HUB_TIPPING(A1:C3,B5:C5,"종업원 수")' } as never;
  hub.getCell("A7").value = "일반";
  hub.getCell("B7").value = 1997;
  hub.getCell("C7").value = { formula: "_xldudf_SANDAN_HUB_ELIGIBLE(A7,B7,2024)" } as never;
  hub.getCell("A8").value = { formula: '_xldudf_SANDAN_CENSUS_VALUE(표6!$A$1:$K$7,"서산시","C30,C20","부가가치")' } as never;
  hub.getCell("A9").value = { formula: "_xldudf_SANDAN_BUDGET_SPLIT(25,B10:C10)" } as never;
  hub.getCell("B10").value = 50;
  hub.getCell("C10").value = -1;
  const input = await writeBook(wb, dir.path("all.xlsx"));
  const output = dir.path("all-out.xlsx");
  expect((await sandan("calc", input, "-o", output)).code).toBe(0);
  const out = (await readBook(output)).getWorksheet("표14")!;
  expect(Number((valueOf(out.getCell("A6").value) as number).toFixed(3))).toBe(0.807);
  expect(valueOf(out.getCell("C7").value)).toBe(true);
  expect(valueOf(out.getCell("A8").value)).toBe(1614618 + 4636006);
  expect(valueOf(out.getCell("A9").value)).toEqual({ error: "#VALUE!" });

  const audit = await sandan("audit", output, "--json");
  expect(audit.code).toBe(0);
  const cells = JSON.parse(audit.out).cells as { address: string; calls: { function: string; steps: unknown[]; error?: { text: { ko: string } } }[] }[];
  const at = (a: string) => cells.find((c) => c.address === a)!;
  expect(at("표14!A6").calls[0].steps.length).toBeGreaterThan(0);
  expect(at("표14!C7").calls[0].function).toBe("HUB_ELIGIBLE");
  expect(at("표14!A9").calls[0].error?.text.ko).toMatch(/[가-힣]/);
});

test("a workbook with parts exceljs cannot carry (charts) is not rewritten in place unless --force", async () => {
  const { unzipSync, zipSync, strToU8 } = await import("fflate");
  const plain = await writeBook(seedBook({ noResults: true }), dir.path("plain.xlsx"));
  const parts = unzipSync(new Uint8Array(readFileSync(plain)));
  parts["xl/charts/chart1.xml"] = strToU8('<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>');
  const charted = dir.path("charted.xlsx");
  require("fs").writeFileSync(charted, zipSync(parts));
  const before = readFileSync(charted);
  const r = await sandan("calc", charted, "--in-place");
  expect(r.code).toBe(2);
  expect(r.err).toMatch(/charts/);
  expect(readFileSync(charted).equals(before)).toBe(true);
  // Another file is fine (the input stays as it was), with a warning.
  const other = await sandan("calc", charted, "-o", dir.path("charted-out.xlsx"));
  expect(other.code).toBe(0);
  expect(other.err).toMatch(/warning.*charts/);
  expect((await sandan("calc", charted, "--in-place", "--force")).code).toBe(0);
});
