/**
 * The reference tab (참고자료): inserts the project's reference data as new sheets, each an Excel table the
 * functions can read: KSIC codes and the named industry groups, the regions designated 2019–2023, and the 43
 * 메뉴판 programmes. Never over an existing sheet.
 */
import {
  INDUSTRY_GROUPS,
  KSIC_MANUFACTURING_DIVISIONS,
  KSIC_MINING_DIVISIONS,
  KSIC_SECTIONS,
} from "../engine/reference/ksic";
import { KSIC_REVISION_NOTE } from "../engine/reference/ksic-revisions";
import { designationsSheet } from "../engine/reference/designations";
import { menuSheet } from "../engine/reference/menu";
import { h } from "./dom";
import { t, type PaneLanguage } from "./strings";
import { uniqueSheetName, type CellValue, type WorkbookHost } from "./workbook";
import { tableName } from "./import-writer";

export interface ReferenceSheet {
  id: string;
  title: { ko: string; en: string };
  about: { ko: string; en: string };
  sheetName: string;
  rows(): CellValue[][];
}

export const REFERENCE_SHEETS: ReferenceSheet[] = [
  {
    id: "ksic",
    title: { ko: "한국표준산업분류(10차) 광업·제조업 코드와 산업군", en: "KSIC (10th revision) mining and manufacturing codes and industry groups" },
    about: KSIC_REVISION_NOTE,
    sheetName: "KSIC 코드",
    rows: () => [
      ["코드", "이름", "영문", "구분"],
      ...KSIC_SECTIONS.map((s) => [s.code, s.ko, s.en, "대분류"]),
      ...KSIC_MINING_DIVISIONS.map((d) => [d.code, d.ko, d.en, "중분류"]),
      ...KSIC_MANUFACTURING_DIVISIONS.map((d) => [d.code, d.ko, d.en, "중분류"]),
      ...INDUSTRY_GROUPS.map((g) => [g.codes.join(", "), g.name, g.label.en, `산업군 (${g.source})`]),
    ],
  },
  {
    id: "designations",
    title: { ko: "산업단지 대개조 지정 지역 2019–2023", en: "Regions designated 2019–2023" },
    about: { ko: "정책브리프 표1~표5와 본문에서 옮겼습니다.", en: "From the policy brief's tables 1–5 and text." },
    sheetName: "대개조 지정 지역",
    rows: designationsSheet,
  },
  {
    id: "menu",
    title: { ko: "중앙행정기관 지원 메뉴판사업 43개", en: "The 43 central-government menu programmes" },
    about: { ko: "정책브리프 부록 '메뉴판사업 목록'에서 옮겼습니다.", en: "From the policy brief's appendix of menu programmes." },
    sheetName: "메뉴판사업",
    rows: menuSheet,
  },
];

/** Writes one reference table into a new sheet; returns the sheet's name. */
export async function insertReferenceSheet(host: WorkbookHost, sheet: ReferenceSheet): Promise<string> {
  const rows = sheet.rows();
  const name = uniqueSheetName(sheet.sheetName, await host.sheetNames());
  const cols = rows[0].length;
  await host.addSheet(name);
  try {
    // Codes are text ("C10", "05"), numbers stay numbers.
    const formats = rows[0].map((_, c) => (rows.slice(1).every((r) => typeof r[c] === "number") ? "0" : "@"));
    await host.writeBlock({ sheet: name, row: 0, col: 0, values: rows, columnFormats: formats });
    await host.addTable(name, 0, 0, rows.length, cols, tableName(name));
  } catch (e) {
    await host.deleteSheet(name).catch(() => undefined);
    throw e;
  }
  return name;
}

export function referenceView(host: WorkbookHost, lang: PaneLanguage): HTMLElement {
  return h(
    "section",
    { class: "panel", "data-panel": "reference" },
    h("p", {}, t("referenceIntro", lang)),
    ...REFERENCE_SHEETS.map((ref) => {
      const status = h("p", { class: "muted", role: "status" });
      const button = h("button", { class: "secondary", type: "button", "data-reference": ref.id }, t("insertSheet", lang));
      button.addEventListener("click", async () => {
        try {
          const name = await insertReferenceSheet(host, ref);
          status.textContent = `${t("inserted", lang)}: ${name}`;
          status.className = "ok";
        } catch (e) {
          status.textContent = e instanceof Error ? e.message : String(e);
          status.className = "error";
        }
      });
      return h("div", { class: "reference" }, h("h3", {}, ref.title[lang]), h("p", { class: "muted" }, ref.about[lang]), button, status);
    }),
  );
}
