import { parseArgument } from "../../src/audit/arguments";

test("ranges, with or without a sheet, quoted or not", () => {
  expect(parseArgument("A1:C3", "표14")).toEqual({ kind: "range", sheet: "표14", row: 0, col: 0, rows: 3, cols: 3, text: "A1:C3" });
  expect(parseArgument("'광업 2022'!$A$1:$K$109", "x")).toMatchObject({ sheet: "광업 2022", row: 0, col: 0, rows: 109, cols: 11 });
  expect(parseArgument("표6!B7", "x")).toMatchObject({ kind: "range", sheet: "표6", row: 6, col: 1, rows: 1, cols: 1 });
  expect(parseArgument("'it''s'!C3:A1", "x")).toMatchObject({ sheet: "it's", row: 0, col: 0, rows: 3, cols: 3 });
});

test("literals and omitted arguments", () => {
  expect(parseArgument('"서산시"', "s")).toEqual({ kind: "literal", value: "서산시", text: '"서산시"' });
  expect(parseArgument('"a""b"', "s")).toMatchObject({ value: 'a"b' });
  expect(parseArgument("256200", "s")).toMatchObject({ kind: "literal", value: 256200 });
  expect(parseArgument("-1.5e2", "s")).toMatchObject({ value: -150 });
  expect(parseArgument("50%", "s")).toMatchObject({ value: 0.5 });
  expect(parseArgument("true", "s")).toMatchObject({ value: true });
  expect(parseArgument('{"C30","C29";"C20","C19"}', "s")).toMatchObject({ value: [["C30", "C29"], ["C20", "C19"]] });
  expect(parseArgument("{1,2,3}", "s")).toMatchObject({ value: [[1, 2, 3]] });
  expect(parseArgument("  ", "s")).toEqual({ kind: "omitted", text: "" });
});

test("anything else is an expression", () => {
  expect(parseArgument("B1*2", "s").kind).toBe("expression");
  expect(parseArgument("SUM(A1:A3)", "s").kind).toBe("expression");
  expect(parseArgument("{1,2;3}", "s").kind).toBe("expression");
  expect(parseArgument("Table1[값]", "s").kind).toBe("expression");
});
