/** Every text the task pane shows, Korean first with the English fallback. */
export type PaneLanguage = "ko" | "en";

export const STRINGS = {
  title: { ko: "산단 분석", en: "Sandan" },
  tabImport: { ko: "가져오기", en: "Import" },
  tabAudit: { ko: "검증", en: "Audit" },
  tabFunctions: { ko: "함수", en: "Functions" },
  importIntro: {
    ko: "KOSIS에서 내려받은 통계표(CSV, XLSX, JSON)를 새 시트로 가져옵니다. 기존 데이터는 덮어쓰지 않습니다.",
    en: "Import a table downloaded from KOSIS (CSV, XLSX, JSON) into a new sheet. Existing data is never overwritten.",
  },
  chooseFile: { ko: "파일 선택", en: "Choose a file" },
  auditIntro: {
    ko: "SANDAN 수식이 있는 셀을 선택하면 계산 과정이 여기에 나타납니다.",
    en: "Select a cell holding a SANDAN formula to see its working here.",
  },
  selected: { ko: "선택한 셀", en: "Selected cell" },
  notSandan: { ko: "이 셀에는 SANDAN 수식이 없습니다.", en: "This cell holds no SANDAN formula." },
  functionsIntro: { ko: "셀에 =SANDAN. 을 입력하면 함수를 쓸 수 있습니다.", en: "Type =SANDAN. in a cell to use a function." },
  functionsUnavailable: { ko: "함수 목록을 불러오지 못했습니다.", en: "Could not load the function list." },
  runningIn: { ko: "실행 환경", en: "Running in" },
} as const;

export type StringKey = keyof typeof STRINGS;

export function t(key: StringKey, lang: PaneLanguage): string {
  return STRINGS[key][lang];
}
