import { cellAddress, columnIndex, columnLetters, parseRangeRef } from "../../src/audit/address";

test("column letters round-trip", () => {
  for (const [i, s] of [[0, "A"], [25, "Z"], [26, "AA"], [701, "ZZ"], [702, "AAA"], [16383, "XFD"]] as const) {
    expect(columnLetters(i)).toBe(s);
    expect(columnIndex(s)).toBe(i);
  }
});

test("parses sheet-qualified ranges, quoted names and absolute references", () => {
  expect(parseRangeRef("Sheet1!B3:K20")).toEqual({ sheet: "Sheet1", row: 2, col: 1 });
  expect(parseRangeRef("'표 6 (2)'!$C$7")).toEqual({ sheet: "표 6 (2)", row: 6, col: 2 });
  expect(parseRangeRef("'it''s'!A1")).toEqual({ sheet: "it's", row: 0, col: 0 });
  expect(parseRangeRef("A1")).toEqual({ sheet: undefined, row: 0, col: 0 });
  expect(parseRangeRef("Sheet1!#REF!")).toBeUndefined();
});

test("offsets a position within a range into the cell the analyst sees", () => {
  const ref = parseRangeRef("'표6'!B3:L40")!;
  expect(cellAddress(ref, 4, 7)).toBe("표6!I7");
  expect(cellAddress({ sheet: "표 6", row: 0, col: 0 })).toBe("'표 6'!A1");
  expect(cellAddress({ sheet: "2022", row: 0, col: 0 })).toBe("'2022'!A1");
  expect(cellAddress({ sheet: "AB12", row: 0, col: 0 })).toBe("'AB12'!A1");
  expect(cellAddress({ sheet: "Data", row: 0, col: 0 })).toBe("Data!A1");
});
