/**
 * The measure and period a table-reading function asks for, checked against the table: shared by
 * CENSUS_VALUE / REGIONAL_SHARE and the toolbox's table forms so that all refuse and explain alike.
 */
import { isOmitted, scalar } from "./coerce";
import { Text, notAvailable, valueError } from "./explain";
import { TableIndex, measureKey, periodKey } from "./table";

export interface Selection {
  t: TableIndex;
  mKey: string;
  mLabel: string;
  /** The period asked for, or the table's only period, or null when the table has no period column. */
  period: string | null;
}

/** The measure and period, checked against the table as CENSUS_VALUE checks them. */
export function selectMeasurePeriod(
  t: TableIndex,
  measureArg: unknown,
  periodArg: unknown,
  periodName = "period",
  /** Where a period given to a table without a period column is noted; without it, that is an error. */
  lenient?: Text[],
): Selection {
  if (isOmitted(measureArg)) {
    throw valueError("measure 인수가 필요합니다 (예: '종사자수', '부가가치').", "The measure argument is required (e.g. '종사자수', '부가가치').", {
      arg: "measure",
      row: 0,
      col: 0,
    });
  }
  const mRaw = String(scalar(measureArg, "measure"));
  const mKey = measureKey(mRaw);
  const hit = t.firstMeasure(mKey);
  if (hit === undefined) {
    const measures = t.measures();
    throw notAvailable(
      `표에 항목 '${mRaw}'이(가) 없습니다. 있는 항목: ${measures.join(", ")}`,
      `The table has no measure '${mRaw}'. Measures in the table: ${measures.join(", ")}`,
      { arg: "measure", row: 0, col: 0 },
    );
  }
  const periods = t.periodsOf(mKey);
  let period: string | null = null;
  if (isOmitted(periodArg)) {
    if (periods.length > 1) {
      throw valueError(
        `표에 시점이 여러 개(${periods.join(", ")}) 있으므로 ${periodName} 인수로 하나를 지정하세요.`,
        `The table holds several periods (${periods.join(", ")}); choose one with the ${periodName} argument.`,
        { arg: periodName, row: 0, col: 0 },
      );
    }
    if (periods.length === 1) period = periods[0];
  } else {
    const p = periodKey(scalar(periodArg, periodName));
    if (periods.length === 0) {
      if (lenient) {
        lenient.push({
          ko: `표에 시점 열이 없어 ${periodName} '${p}'은(는) 확인하지 못했습니다.`,
          en: `The table has no period column, so ${periodName} '${p}' could not be checked.`,
        });
        return { t, mKey, mLabel: hit, period: null };
      }
      throw valueError(
        `표에 시점 열이 없어 ${periodName} '${p}'을(를) 찾을 수 없습니다.`,
        `The table has no period column, so ${periodName} '${p}' cannot be found.`,
        { arg: periodName, row: 0, col: 0 },
      );
    }
    if (!periods.includes(p)) {
      throw notAvailable(
        `표에 시점 '${p}'이(가) 없습니다. 있는 시점: ${periods.join(", ")}`,
        `The table has no period '${p}'. Periods in the table: ${periods.join(", ")}`,
        { arg: periodName, row: 0, col: 0 },
      );
    }
    period = p;
  }
  return { t, mKey, mLabel: hit, period };
}

