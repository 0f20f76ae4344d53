/** The audit view model, rendered from the engine's explained results for each function. */
import { parseArgument } from "../../src/audit/arguments";
import { sandanFunction } from "../../src/audit/catalog";
import { buildAuditView } from "../../src/audit/explain-view";
import { findSandanCalls } from "../../src/audit/formula";

const T6 = [
  ["지역", "상위지역", "산업", "종사자수 (명)"],
  ["서산시", "충청남도", "제조업(10~34)", 23979],
  ["서산시", "충청남도", "섬유제품 제조업; 의복제외", "X"],
  ["서산시", "충청남도", "자동차 및 트레일러 제조업", 9793],
  ["충청남도", "", "자동차 및 트레일러 제조업", 41000],
];

function view(formula: string, sheet: string, values: Record<string, unknown>, lang: "ko" | "en" = "ko") {
  const call = findSandanCalls(formula)[0];
  const fn = sandanFunction(call.id)!;
  const args = fn.params.map((_, i) => parseArgument(call.args[i] ?? "", sheet));
  const argValues = args.map((a) => (a.kind === "range" ? values[a.text] : a.kind === "literal" ? a.value : null));
  return buildAuditView({ fn, cell: { sheet, row: 2, col: 3 }, formula, args, values: argValues }, lang);
}

test("REGIONAL_SHARE: arguments, rows used and left out with their cells, steps with the cell's numbers", () => {
  const v = view('=SANDAN.REGIONAL_SHARE(표6!A1:D5,"서산시","충청남도","C30","종사자수")', "표7", { "표6!A1:D5": T6 });
  expect(v.title).toBe("SANDAN.REGIONAL_SHARE");
  expect(v.cell).toBe("표7!D3");
  expect(Number(v.result.text)).toBeCloseTo(9793 / 41000, 9);
  expect(v.arguments[0]).toMatchObject({ name: "table", resolved: "표6!A1:D5 = 5×4", link: { sheet: "표6", row: 0, col: 0 } });
  expect(v.arguments[5]).toMatchObject({ name: "period", resolved: "생략 (기본값)" });
  const used = v.sources.filter((s) => s.used);
  expect(used.map((s) => [s.link?.address, s.value])).toEqual([
    ["표6!A4", "9,793"],
    ["표6!A5", "41,000"],
  ]);
  const excluded = v.sources.filter((s) => !s.used);
  expect(excluded.length).toBeGreaterThan(0);
  expect(excluded.every((s) => s.reason.length > 0)).toBe(true);
  const result = v.steps.find((s) => s.id === "result");
  expect(result?.formula).toMatch(/9793/);
  expect(v.steps.find((s) => s.id === "sum.region")?.links.map((l) => l.address)).toEqual(["표6!D4"]);
});

test("an error is shown as Excel shows it, with the cell named", () => {
  const v = view('=SANDAN.REGIONAL_SHARE(표6!A1:D5,"서산시","충청남도","C13","종사자수")', "표7", { "표6!A1:D5": T6 });
  expect(v.result.text).toBe("#N/A");
  expect(v.result.error?.message).toMatch(/X|비밀/);
  const en = view('=SANDAN.BUDGET_SPLIT(10,A1:B1)', "S", { "A1:B1": [[1, -1]] }, "en");
  expect(en.result).toMatchObject({ text: "#VALUE!", error: { kind: "value" } });
  expect(en.result.error?.message).toMatch(/\[S!B1\]$/);
});

test("BUDGET_SPLIT and HUB_SCORE show their quotas, remainders and normalised values", () => {
  const b = view("=SANDAN.BUDGET_SPLIT(25,A1:B1)", "예산", { "A1:B1": [[50, 50]] });
  expect(b.result.text).toBe("13, 12");
  expect(b.steps.map((s) => s.id)).toEqual(expect.arrayContaining(["quota", "remainder"]));
  const h = view("=SANDAN.HUB_SCORE(A1:C3)", "표14", { "A1:C3": [["후보", "기업 수", "종업원 수"], ["서산", 46, 5990], ["아산", 133, 4745]] }, "en");
  expect(h.result.text.split(" | ").map((x) => Number(Number(x).toFixed(4)))).toEqual([0.4075, 0.5925]);
  expect(h.steps.length).toBeGreaterThan(2);
});

test("provenance of an imported table is listed", () => {
  const call = findSandanCalls('=SANDAN.CENSUS_VALUE(표6!A1:D5,"서산시","C30","종사자수")')[0];
  const fn = sandanFunction(call.id)!;
  const args = fn.params.map((_, i) => parseArgument(call.args[i] ?? "", "표7"));
  const v = buildAuditView(
    { fn, cell: { sheet: "표7", row: 0, col: 0 }, formula: "…", args, values: [T6, "서산시", "C30", "종사자수", null, null], provenance: { header: ["시트", "파일 또는 요청", "SHA-256"], row: ["표6", "표6.csv", "ab"] } },
    "ko",
  );
  expect(v.result.text).toBe("9,793");
  expect(v.provenance).toEqual([
    { label: "시트", value: "표6" },
    { label: "파일 또는 요청", value: "표6.csv" },
    { label: "SHA-256", value: "ab" },
  ]);
});
