/** `sandan audit`: stored values of SANDAN cells against their recomputation, with the working. */
import { writeFileSync } from "fs";
import { zipSync, strToU8 } from "fflate";
import { EXPECTED, sandan, seedBook, tempDir, writeBook } from "./helpers";

const dir = tempDir();
afterAll(() => dir.remove());

let good: string;
beforeAll(async () => {
  good = await writeBook(seedBook(), dir.path("seed.xlsx"));
});

test("a workbook whose cached values agree: exit 0, every SANDAN cell listed with its working", async () => {
  const r = await sandan("audit", good);
  expect(r.err).toBe("");
  expect(r.code).toBe(0);
  for (const cell of ["예산!A3", "표14!D2", "표7!B1", "표7!B2"]) expect(r.out).toContain(cell);
  // Korean first, English after; the formula as Excel shows it; the steps of each call.
  expect(r.out).toMatch(/SANDAN 셀 4개 — 일치 4/);
  expect(r.out).toContain("=SANDAN.BUDGET_SPLIT(A1,A2:B2)");
  expect(r.out).toContain("=SANDAN.HUB_SCORE(A1:C3)");
  expect(r.out).toMatch(/단계 \/ steps:/);
  expect(r.out).toContain("1614618 / 8529000");
  expect(r.out).not.toMatch(/_xldudf_/);
});

test("--json: address, formula, stored and recomputed values, match, steps and sources", async () => {
  const r = await sandan("audit", good, "--json");
  expect(r.code).toBe(0);
  const report = JSON.parse(r.out);
  expect(report.counts).toEqual({ cells: 4, match: 4, differs: 0, unverified: 0 });
  const byAddress = Object.fromEntries(report.cells.map((c: { address: string }) => [c.address, c]));
  const budget = byAddress["예산!A3"];
  expect(budget.formula).toBe("=SANDAN.BUDGET_SPLIT(A1,A2:B2)");
  expect(budget.storedFormula).toBe("_xldudf_SANDAN_BUDGET_SPLIT(A1,A2:B2)");
  expect(budget.stored).toEqual([EXPECTED.budget]);
  expect(budget.recomputed).toEqual([EXPECTED.budget]);
  expect(budget.match).toBe(true);
  const call = budget.calls[0];
  expect(call.function).toBe("BUDGET_SPLIT");
  expect(call.arguments.slice(0, 2)).toEqual([
    { name: "total", text: "A1", kind: "reference", address: "예산!A1", value: 25 },
    { name: "ratios", text: "A2:B2", kind: "reference", address: "예산!A2:B2", value: [[50, 50]] },
  ]);
  expect(call.steps.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(["quota", "floor"]));

  const hub = byAddress["표14!D2"];
  expect(hub.formula).toBe("=SANDAN.HUB_SCORE(A1:C3)");
  expect(hub.recomputed.map((r: number[]) => Number(r[0].toFixed(4)))).toEqual([0.4075, 0.5925]);

  const share = byAddress["표7!B1"];
  expect(share.recomputed[0][0]).toBeCloseTo(EXPECTED.share, 12);
  expect(share.calls[0].arguments[0]).toMatchObject({ name: "table", text: "표6!$A$1:$K$7", kind: "reference" });
  expect(share.calls[0].arguments[3]).toMatchObject({ name: "industries", text: "A1", value: "C30" });
  const used = share.calls[0].sources.filter((s: { used: boolean }) => s.used);
  expect(used.map((s: { address: string; value: number }) => [s.address, s.value]).sort()).toEqual([
    ["표6!A2", 8529000],
    ["표6!A5", 1614618],
  ]);
  const suppressed = share.calls[0].sources.find((s: { flag?: string }) => s.flag === "X");
  if (suppressed) expect(suppressed).toMatchObject({ address: "표6!A7", used: false });
  expect(byAddress["표7!B2"].recomputed[0][0]).toBeCloseTo(EXPECTED.shareBoth, 12);
});

test("a tampered cached value: exit 1, the cell named in a one-line reason", async () => {
  const file = await writeBook(seedBook({ tamper: { "표7!B1": 0.2 } }), dir.path("tampered.xlsx"));
  const r = await sandan("audit", file);
  expect(r.code).toBe(1);
  expect(r.err.trim().split("\n")).toHaveLength(1);
  expect(r.err).toContain("표7!B1");
  expect(r.err).not.toMatch(/예산|표14|표7!B2/);
  expect(r.out).toMatch(/불일치 DIFFERS/);
  const json = JSON.parse((await sandan("audit", file, "--json")).out);
  const bad = json.cells.filter((c: { match: boolean }) => !c.match);
  expect(bad.map((c: { address: string }) => c.address)).toEqual(["표7!B1"]);
  expect(bad[0].mismatches).toEqual([{ address: "표7!B1", stored: 0.2, recomputed: EXPECTED.share }]);
});

test("a tampered cell of a spill is caught and named", async () => {
  const file = await writeBook(seedBook({ tamper: { "예산!B3": 11 } }), dir.path("spill.xlsx"));
  const r = await sandan("audit", file);
  expect(r.code).toBe(1);
  expect(r.err).toContain("예산!B3");
  expect(r.err).not.toContain("예산!A3");
});

test("numbers agree within 1e-9 and no further", async () => {
  const close = await writeBook(seedBook({ tamper: { "표14!D2": EXPECTED.hub[0] * (1 + 1e-12) } }), dir.path("close.xlsx"));
  expect((await sandan("audit", close)).code).toBe(0);
  const off = await writeBook(seedBook({ tamper: { "표14!D2": EXPECTED.hub[0] + 1e-6 } }), dir.path("off.xlsx"));
  const r = await sandan("audit", off);
  expect(r.code).toBe(1);
  expect(r.err).toContain("표14!D2");
});

test("formulas saved without cached values cannot pass", async () => {
  const file = await writeBook(seedBook({ noResults: true }), dir.path("no-results.xlsx"));
  const r = await sandan("audit", file, "--json");
  expect(r.code).toBe(1);
  const json = JSON.parse(r.out);
  expect(json.counts.differs).toBe(4);
  expect(json.cells[0].reason.en).toMatch(/no cached value/);
});

test("a SANDAN cell HyperFormula cannot evaluate is unverified (exit 1), other unknown functions do not matter", async () => {
  const wb = seedBook();
  const sheet = wb.getWorksheet("예산")!;
  sheet.getCell("E1").value = { formula: "_xlfn.NOSUCHFUNCTION(A1)", result: 7 } as never;
  let r = await sandan("audit", await writeBook(wb, dir.path("other-unknown.xlsx")));
  expect(r.code).toBe(0);
  sheet.getCell("E2").value = { formula: "_xldudf_SANDAN_BUDGET_SPLIT(E1,A2:B2)", result: 4 } as never;
  r = await sandan("audit", await writeBook(wb, dir.path("sandan-unknown.xlsx")));
  expect(r.code).toBe(1);
  expect(r.err).toContain("예산!E2");
  expect(r.err).toMatch(/cannot be recomputed/);
  expect(r.out).toMatch(/확인 불가 unverified/);
});

describe("bad input: exit 2 with a one-line reason naming the file", () => {
  const expectBad = (r: { code: number; err: string; out: string }, file: string) => {
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err.trim().split("\n")).toHaveLength(1);
    expect(r.err).toContain(file);
    expect(r.err).not.toMatch(/\bat .+:\d+:\d+/);
  };

  test("a corrupt file (a workbook cut short)", async () => {
    const { readFileSync } = await import("fs");
    const bytes = readFileSync(good);
    const file = dir.path("corrupt.xlsx");
    writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const r = await sandan("audit", file);
    expectBad(r, file);
    expect(r.err).toMatch(/damaged|corrupt/i);
  });

  test("a file whose inside is garbled", async () => {
    const { readFileSync } = await import("fs");
    const bytes = Buffer.from(readFileSync(good));
    bytes.fill(0x41, 200, 1200);
    const file = dir.path("garbled.xlsx");
    writeFileSync(file, bytes);
    expectBad(await sandan("audit", file), file);
  });

  test("not an xlsx, a zip that is not a workbook, a missing file", async () => {
    const text = dir.path("notes.xlsx");
    writeFileSync(text, "지역,값\n서산시,1\n");
    expectBad(await sandan("audit", text), text);
    const zip = dir.path("other.xlsx");
    writeFileSync(zip, zipSync({ "hello.txt": strToU8("hi") }));
    expectBad(await sandan("audit", zip), zip);
    const missing = dir.path("missing.xlsx");
    expectBad(await sandan("audit", missing), missing);
  });

  test("unknown commands and flags", async () => {
    let r = await sandan("audti", good);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown command audti/);
    r = await sandan("audit", good, "--jsno");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/unknown option --jsno/);
    r = await sandan("audit");
    expect(r.code).toBe(2);
  });
});
