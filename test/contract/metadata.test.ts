/** Contract (b): functions.json and functions.ko.json describe every function once, in both languages. */
import { metadata, type FunctionMeta } from "../helpers/dist";

const REQUIRED_IDS = [
  "REGIONAL_SHARE",
  "CENSUS_VALUE",
  "HUB_SCORE",
  "HUB_TIPPING",
  "HUB_ELIGIBLE",
  "BUDGET_SPLIT",
  "LQ",
  "LQ_VALUES",
  "SHIFT_SHARE",
  "HHI",
  "KRUGMAN",
  "HOOVER",
  "GINI_CONC",
  "GINI_SPEC",
  "LEONTIEF",
  "LINKAGES",
  "INDUCED",
  "AHP_WEIGHTS",
  "SUPPRESSED_BOUNDS",
];
// Parameters that take census or criteria ranges: typed any[][] so that a suppressed "X" (text) reaches the
// function instead of Excel answering #VALUE! before the call.
const RANGE_PARAMS: Record<string, string[]> = {
  REGIONAL_SHARE: ["table", "region", "industries"],
  CENSUS_VALUE: ["table", "region", "industries"],
  HUB_SCORE: ["values", "weights", "directions"],
  HUB_TIPPING: ["values", "weights"],
  BUDGET_SPLIT: ["ratios"],
  LQ: ["table", "industry"],
  SHIFT_SHARE: ["table", "industries"],
  HHI: ["values"],
  KRUGMAN: ["a", "b"],
  LEONTIEF: ["Z", "X"],
  AHP_WEIGHTS: ["pairwise"],
  SUPPRESSED_BOUNDS: ["table"],
};
const HANGUL = /[\uac00-\ud7a3]/;

const en = metadata("functions.json").functions;
const ko = metadata("functions.ko.json").functions;

test.each(REQUIRED_IDS)("%s exists exactly once in each language", (id) => {
  expect(en.filter((f) => f.id === id)).toHaveLength(1);
  expect(ko.filter((f) => f.id === id)).toHaveLength(1);
});

test("ids are unique and the two files describe the same functions and parameters", () => {
  expect(new Set(en.map((f) => f.id)).size).toBe(en.length);
  expect(ko.map((f) => f.id)).toEqual(en.map((f) => f.id));
  for (const [i, f] of en.entries()) {
    expect(ko[i].name).toBe(f.name);
    expect(ko[i].parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional])).toEqual(
      f.parameters.map((p) => [p.name, p.type, p.dimensionality, p.optional]),
    );
  }
});

function describeAll(fns: FunctionMeta[], check: (text: string | undefined, where: string) => void): void {
  for (const f of fns) {
    check(f.description, f.id);
    for (const p of f.parameters) check(p.description, `${f.id}(${p.name})`);
  }
}

test("every function and parameter has an English description", () => {
  describeAll(en, (text, where) => {
    expect({ where, ok: !!text && text.length > 8 && !text.includes("[ko]") && /[A-Za-z]{3}/.test(text) }).toEqual({ where, ok: true });
  });
});

test("every function and parameter has a Korean description", () => {
  describeAll(ko, (text, where) => {
    expect({ where, ok: !!text && HANGUL.test(text) && !text.includes("[ko]") }).toEqual({ where, ok: true });
  });
  for (const [i, f] of ko.entries()) expect(f.description).not.toBe(en[i].description);
});

test.each(Object.entries(RANGE_PARAMS))("%s takes its ranges as any[][]", (id, names) => {
  const fn = en.find((f) => f.id === id)!;
  for (const name of names) {
    const p = fn.parameters.find((q) => q.name === name);
    expect({ name, type: p?.type, dimensionality: p?.dimensionality }).toEqual({ name, type: "any", dimensionality: "matrix" });
  }
});

test("no parameter is typed number[][], which would make Excel reject a suppressed X", () => {
  for (const f of en) for (const p of f.parameters) expect({ f: f.id, p: p.name, t: p.type === "number" && p.dimensionality === "matrix" }).toEqual({ f: f.id, p: p.name, t: false });
});

test("errors can name worksheet cells: functions ask for their parameter addresses", () => {
  for (const f of en) expect({ id: f.id, options: f.options?.requiresParameterAddresses }).toEqual({ id: f.id, options: true });
});

test("the metadata, the catalog and the engine agree on every function and parameter name", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { SANDAN_FUNCTIONS } = require("../../src/audit/catalog") as typeof import("../../src/audit/catalog");
  expect(en.map((f) => f.id).sort()).toEqual(SANDAN_FUNCTIONS.map((f) => f.id).sort());
  for (const fn of SANDAN_FUNCTIONS) {
    const meta = en.find((f) => f.id === fn.id)!;
    expect({ id: fn.id, params: meta.parameters.map((p) => p.name) }).toEqual({ id: fn.id, params: [...fn.params] });
    expect({ id: fn.id, required: meta.parameters.filter((p) => !p.optional).length }).toEqual({ id: fn.id, required: fn.required });
  }
});
