import { installCustomFunctionsStub, StubError } from "../helpers/custom-functions-stub";
import { excelResult, toExcelError, displayLanguage } from "../../src/functions/excel-result";
import { notAvailable, valueError } from "../../src/engine/explain";

const names = ["table", "region", "parent"];
const invocation = { parameterAddresses: ["'표6'!B3:L40", "Sheet1!A1", "Sheet1!A2"] } as unknown as CustomFunctions.Invocation;

beforeEach(() => installCustomFunctionsStub("ko-KR"));

test("returns the engine's value", () => {
  expect(excelResult(() => ({ value: 0.1893, steps: [], warnings: [] }), names, invocation)).toBe(0.1893);
});

test("an argument error is #VALUE! with the Korean message and the worksheet cell", () => {
  const e = toExcelError(valueError("값이 숫자가 아닙니다", "Not a number", { arg: "table", row: 4, col: 7 }), names, invocation) as unknown as StubError;
  expect(e).toBeInstanceOf(StubError);
  expect(e.code).toBe("#VALUE!");
  expect(e.message).toBe("값이 숫자가 아닙니다 [표6!I7]");
});

test("a not-knowable result is #N/A, in English when Office displays English", () => {
  installCustomFunctionsStub("en-US");
  expect(displayLanguage()).toBe("en");
  const e = toExcelError(notAvailable("지역 없음", "Region not found"), names, invocation) as unknown as StubError;
  expect([e.code, e.message]).toEqual(["#N/A", "Region not found"]);
});

test("without parameter addresses the message stands alone", () => {
  const e = toExcelError(valueError("가", "a", { arg: "table", row: 1, col: 1 }), names, undefined) as unknown as StubError;
  expect(e.message).toBe("가");
});

test("an unexpected exception still carries a message, never a bare #VALUE!", () => {
  const thrown = (() => {
    try {
      excelResult(() => {
        throw new RangeError("boom");
      }, names);
    } catch (e) {
      return e as StubError;
    }
    return undefined;
  })();
  expect(thrown?.code).toBe("#VALUE!");
  expect(thrown?.message).toBe("계산 중 예기치 않은 오류: boom");
});
