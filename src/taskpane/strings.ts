/** Every text the task pane shows, Korean first with the English fallback. */
export type PaneLanguage = "ko" | "en";

export const STRINGS = {
  title: { ko: "산단 분석", en: "Sandan" },
  tabImport: { ko: "가져오기", en: "Import" },
  tabAudit: { ko: "검증", en: "Audit" },
  tabFunctions: { ko: "함수", en: "Functions" },
  tabReference: { ko: "참고자료", en: "Reference" },
  referenceIntro: { ko: "함수와 분석에 쓰는 기준 자료를 새 시트로 넣습니다.", en: "Insert the reference data the functions and analyses use, each as a new sheet." },
  insertSheet: { ko: "새 시트로 넣기", en: "Insert as a new sheet" },
  inserted: { ko: "넣었습니다", en: "Inserted" },
  insertChart: { ko: "차트 넣기", en: "Insert a chart" },
  noChart: { ko: "이 결과로는 그릴 차트가 없습니다.", en: "There is no chart for this result." },
  importIntro: {
    ko: "KOSIS에서 내려받은 통계표(CSV, XLSX, JSON)를 새 시트로 가져옵니다. 기존 데이터는 덮어쓰지 않습니다.",
    en: "Import a table downloaded from KOSIS (CSV, XLSX, JSON) into a new sheet. Existing data is never overwritten.",
  },
  chooseFile: { ko: "파일 선택", en: "Choose a file" },
  sourceFile: { ko: "파일", en: "File" },
  sourceApi: { ko: "KOSIS Open API", en: "KOSIS Open API" },
  format: { ko: "형식", en: "Format" },
  encoding: { ko: "인코딩", en: "Encoding" },
  auto: { ko: "자동 감지", en: "Detect" },
  layoutLong: { ko: "긴 형식(분석용)", en: "Long (for analysis)" },
  layoutWide: { ko: "원본과 같은 넓은 형식", en: "Wide (as published)" },
  layout: { ko: "시트 구성", en: "Sheet layout" },
  detected: { ko: "감지한 구성", en: "Detected layout" },
  rows: { ko: "행", en: "Rows" },
  symbols: { ko: "통계부호", en: "Symbols" },
  noSymbols: { ko: "없음", en: "none" },
  warnings: { ko: "주의", en: "Warnings" },
  filters: { ko: "가져올 범위", en: "What to import" },
  regions: { ko: "지역", en: "Regions" },
  industries: { ko: "산업", en: "Industries" },
  periods: { ko: "시점", en: "Periods" },
  items: { ko: "항목", en: "Items" },
  all: { ko: "전체", en: "all" },
  selectedOf: { ko: "선택", en: "selected" },
  preview: { ko: "미리 보기", en: "Preview" },
  importButton: { ko: "새 시트로 가져오기", en: "Import into a new sheet" },
  cancel: { ko: "취소", en: "Cancel" },
  writing: { ko: "쓰는 중", en: "Writing" },
  cancelled: { ko: "가져오기를 취소했습니다. 만들던 시트는 지웠습니다.", en: "Import cancelled; the partial sheet was removed." },
  failed: { ko: "가져오지 못했습니다. 만들던 시트는 지웠습니다.", en: "The import failed; the partial sheet was removed." },
  done: { ko: "가져왔습니다", en: "Imported" },
  accounting: { ko: "읽은 값 셀 {read} = 숫자 {numbers} + 부호 {symbols} + 빈칸 {blanks} + 문자 {texts} = 쓴 셀 {written}", en: "Value cells read {read} = numbers {numbers} + symbols {symbols} + blanks {blanks} + text {texts} = cells written {written}" },
  openSheet: { ko: "시트로 이동", en: "Go to the sheet" },
  apiKey: { ko: "인증키(이 컴퓨터의 추가 기능 저장소에만 보관, 통합 문서에는 저장하지 않음)", en: "API key (kept in this computer's add-in storage, never in the workbook)" },
  orgId: { ko: "기관 ID", en: "Organisation ID" },
  tblId: { ko: "통계표 ID", en: "Table ID" },
  itmId: { ko: "항목 ID (공백으로 구분, 전체는 ALL)", en: "Item IDs (space-separated, ALL for every item)" },
  objL: { ko: "분류 {n} 코드 (공백으로 구분, 전체는 ALL)", en: "Classification {n} codes (space-separated, ALL)" },
  prdSe: { ko: "수록주기 (Y 연, Q 분기, M 월)", en: "Period type (Y, Q, M)" },
  startPrd: { ko: "시작 시점", en: "First period" },
  endPrd: { ko: "끝 시점", en: "Last period" },
  fetch: { ko: "KOSIS에서 불러오기", en: "Fetch from KOSIS" },
  fetching: { ko: "KOSIS에 요청하는 중… ({n}건)", en: "Asking KOSIS… ({n} requests)" },
  reading: { ko: "읽는 중…", en: "Reading…" },
  auditIntro: {
    ko: "SANDAN 수식이 있는 셀을 선택하면 계산 과정이 여기에 나타납니다.",
    en: "Select a cell holding a SANDAN formula to see its working here.",
  },
  selected: { ko: "선택한 셀", en: "Selected cell" },
  notSandan: { ko: "이 셀에는 SANDAN 수식이 없습니다.", en: "This cell holds no SANDAN formula." },
  auditFormula: { ko: "수식", en: "Formula" },
  auditResult: { ko: "계산 결과", en: "Result" },
  auditArguments: { ko: "인수", en: "Arguments" },
  auditSources: { ko: "원자료 행", en: "Source rows" },
  auditUsed: { ko: "사용 {used}행 · 제외 {excluded}행", en: "{used} used · {excluded} left out" },
  auditSteps: { ko: "계산 단계", en: "Steps" },
  auditWarnings: { ko: "주의", en: "Warnings" },
  auditProvenance: { ko: "통계표 출처", en: "Table provenance" },
  auditUnresolved: { ko: "인수 {arg}는 식이라 여기서 풀 수 없습니다. 식을 셀에 두고 그 셀을 참조하세요.", en: "Argument {arg} is an expression the audit cannot resolve here; put it in a cell and refer to that cell." },
  auditSheetButton: { ko: "감사 시트 만들기", en: "Write the audit sheet" },
  auditSheetHelp: { ko: "Excel 기본 함수만으로 이 결과를 다시 계산하는 새 시트를 만듭니다. 추가 기능이 없는 감사인도 따라갈 수 있습니다.", en: "Writes a new sheet that recomputes this result with native Excel functions only, for auditors without the add-in." },
  auditSheetDone: { ko: "감사 시트 {sheet}: 검증 셀 {check} = {result}", en: "Audit sheet {sheet}: check cell {check} = {result}" },
  auditSheetNoCheck: { ko: "감사 시트 {sheet}: 이 계산은 기본 함수로 닫힌 식이 없어 설명만 적었습니다.", en: "Audit sheet {sheet}: no closed form in native functions, so it explains without a check." },
  colValue: { ko: "값", en: "Value" },
  colFlag: { ko: "표시", en: "Flag" },
  colWhy: { ko: "제외 이유", en: "Why left out" },
  functionsIntro: { ko: "셀에 =SANDAN. 을 입력하면 함수를 쓸 수 있습니다.", en: "Type =SANDAN. in a cell to use a function." },
  functionsUnavailable: { ko: "함수 목록을 불러오지 못했습니다.", en: "Could not load the function list." },
  runningIn: { ko: "실행 환경", en: "Running in" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: PaneLanguage): string {
  return STRINGS[key][lang];
}

/** A string with {name} placeholders filled in. */
export function tf(key: StringKey, lang: PaneLanguage, params: Record<string, string | number>): string {
  return t(key, lang).replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = params[name];
    return typeof v === "number" ? v.toLocaleString(lang === "ko" ? "ko-KR" : "en-US") : String(v ?? "");
  });
}
