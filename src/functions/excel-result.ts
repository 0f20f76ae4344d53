/**
 * Turns engine results and engine errors into what Excel shows. Only #VALUE! and #N/A carry a message to
 * the user, so every failure becomes one of those two, in the display language, never a bare error.
 */
import { isSandanError, type Explained, type Text } from "../engine/explain";
import { cellAddress, parseRangeRef } from "../audit/address";

export type Language = "ko" | "en";

/** Korean when Office displays Korean, English otherwise (and outside Office). */
export function displayLanguage(): Language {
  try {
    const lang = typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
    if (lang) return lang.toLowerCase().startsWith("ko") ? "ko" : "en";
  } catch {
    // Office.context is not ready or not there: fall through to the default.
  }
  return "ko";
}

export function pick(text: Text, lang: Language): string {
  return lang === "ko" ? text.ko : text.en;
}

/** Parameter names in signature order, to find an argument's address in invocation.parameterAddresses. */
export type ParamNames = readonly string[];

/**
 * Runs an engine call and returns its value, or throws the CustomFunctions.Error Excel should show.
 * `names` and `invocation` let an error name the worksheet cell (`'표6'!I7`) instead of a position.
 */
export function excelResult<T>(
  compute: () => Explained<T>,
  names: ParamNames,
  invocation?: CustomFunctions.Invocation,
): T {
  try {
    return compute().value;
  } catch (e) {
    throw toExcelError(e, names, invocation);
  }
}

export function toExcelError(e: unknown, names: ParamNames, invocation?: CustomFunctions.Invocation): CustomFunctions.Error {
  const lang = displayLanguage();
  if (isSandanError(e)) {
    let message = pick(e.text, lang);
    const where = e.cell ? locate(e.cell.arg, e.cell.row, e.cell.col, names, invocation) : undefined;
    if (where) message += ` [${where}]`;
    const code = e.kind === "na" ? CustomFunctions.ErrorCode.notAvailable : CustomFunctions.ErrorCode.invalidValue;
    return new CustomFunctions.Error(code, message);
  }
  const detail = e instanceof Error ? e.message : String(e);
  const message = lang === "ko" ? `계산 중 예기치 않은 오류: ${detail}` : `Unexpected error while calculating: ${detail}`;
  return new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
}

function locate(arg: string, row: number, col: number, names: ParamNames, invocation?: CustomFunctions.Invocation): string | undefined {
  const index = names.indexOf(arg);
  const address = index >= 0 ? invocation?.parameterAddresses?.[index] : undefined;
  const ref = address ? parseRangeRef(address) : undefined;
  return ref ? cellAddress(ref, row, col) : undefined;
}
