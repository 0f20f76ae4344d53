/**
 * Inserts a native chart for a SANDAN cell: the hub comparison of a HUB_SCORE, the share breakdown of a
 * REGIONAL_SHARE. The chart's data goes to a new sheet beside it, so the chart never points at analyst cells
 * that may change shape.
 */
import { chartDataFor } from "../audit/chart-data";
import { resolveCall } from "./audit-loader";
import { uniqueSheetName, type SelectionInfo, type WorkbookHost } from "./workbook";

export function chartable(formulaId: string | undefined): boolean {
  return formulaId === "HUB_SCORE" || formulaId === "REGIONAL_SHARE";
}

export async function insertChart(host: WorkbookHost, selection: SelectionInfo, lang: "ko" | "en"): Promise<string | undefined> {
  if (!host.addChart) return undefined;
  const call = await resolveCall(host, selection);
  if (!call) return undefined;
  const data = chartDataFor(call.fn.id, call.values, call.fn.run(call.values));
  if (!data) return undefined;
  const sheet = uniqueSheetName(data.kind === "hub" ? "차트_거점비교" : "차트_비중", await host.sheetNames());
  await host.addSheet(sheet);
  try {
    const formats = data.rows[0].map((_, c) => (c === 0 ? "@" : data.kind === "share" && c === 3 ? "0.00%" : data.kind === "hub" && c === 1 ? "0.0000" : "#,##0"));
    await host.writeBlock({ sheet, row: 0, col: 0, values: data.rows, columnFormats: formats });
    await host.addChart({
      sheet,
      title: data.title[lang],
      row: 0,
      col: 0,
      rows: data.rows.length,
      series: data.series,
      anchorRow: 0,
      anchorCol: data.rows[0].length + 1,
    });
  } catch (e) {
    await host.deleteSheet(sheet).catch(() => undefined);
    throw e;
  }
  return sheet;
}
