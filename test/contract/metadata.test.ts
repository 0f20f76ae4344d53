/** Contract (b): functions.json and functions.ko.json describe every function once, in both languages. */
import { metadata, type FunctionMeta } from "../helpers/dist";

const REQUIRED_IDS = ["REGIONAL_SHARE", "CENSUS_VALUE", "HUB_SCORE", "HUB_TIPPING", "HUB_ELIGIBLE", "BUDGET_SPLIT"];
// Parameters that take census or criteria ranges: typed any[][] so that a suppressed "X" (text) reaches the
// function instead of Excel answering #VALUE! before the call.
const RANGE_PARAMS: Record<string, string[]> = {
  REGIONAL_SHARE: ["table", "region", "industries"],
  CENSUS_VALUE: ["table", "region", "industries"],
  HUB_SCORE: ["values", "weights", "directions"],
  HUB_TIPPING: ["values", "weights"],
  BUDGET_SPLIT: ["ratios"],
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
