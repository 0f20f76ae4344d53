import { flagMeaning, isSuppressedFlag, parseCell } from "../../src/census/symbols";

test.each([
  ["X", { kind: "symbol", value: null, flag: "X" }],
  ["x", { kind: "symbol", value: null, flag: "x" }],
  ["-", { kind: "symbol", value: null, flag: "-" }],
  ["…", { kind: "symbol", value: null, flag: "…" }],
  ["...", { kind: "symbol", value: null, flag: "..." }],
  ["37*", { kind: "number", value: 37, flag: "*" }],
  ["1,234 p", { kind: "number", value: 1234, flag: "p" }],
  ["12.5e)", { kind: "number", value: 12.5, flag: "e)" }],
  ["9,726,787", { kind: "number", value: 9726787, flag: "" }],
  ["\u3000\u30001404", { kind: "number", value: 1404, flag: "" }],
  ["-5", { kind: "number", value: -5, flag: "" }],
  ["", { kind: "blank", value: null, flag: "" }],
  ["서산시", { kind: "text", value: null, flag: "", text: "서산시" }],
])("parseCell(%j)", (raw, expected) => {
  expect(parseCell(raw)).toEqual(expected);
});

test("numbers and empties from Excel ranges", () => {
  expect(parseCell(5990)).toEqual({ kind: "number", value: 5990, flag: "" });
  expect(parseCell(null).kind).toBe("blank");
  expect(parseCell(true).kind).toBe("text");
});

test("flag meanings, with the period marker's parenthesis", () => {
  expect(flagMeaning("p)")).toBe("preliminary");
  expect(flagMeaning("**")).toBe("note");
  expect(flagMeaning("▽")).toBe("break");
  expect(isSuppressedFlag("x")).toBe(true);
  expect(isSuppressedFlag("-")).toBe(false);
  expect(flagMeaning("")).toBeUndefined();
});

test("a compound flag means what the cell's own symbol means; every part is kept", () => {
  expect(flagMeaning("X p)")).toBe("suppressed");
  expect(flagMeaning("* p)")).toBe("note");
  expect(isSuppressedFlag("x p)")).toBe(true);
  expect(flagMeaning("p)")).toBe("preliminary");
});
