import {
  describeKosisRequest,
  detectFormat,
  kosisQuery,
  mergeKosisAnswers,
  observations,
  parseCensusSync,
  planKosisRequests,
  provenance,
  redactApiKey,
  requestCells,
  runKosisPlan,
  toLongRows,
  KosisRequest,
  ImportError,
} from "../../src/census";
import { assertAccounted, fixture, importErrorOf, utf8 } from "./helpers";

const answer = fixture("census/kosis_api_answer.json");
const records = JSON.parse(new TextDecoder().decode(answer)) as Record<string, string>[];

describe("KOSIS Open API answers", () => {
  const t = parseCensusSync(answer, "kosis_api_answer.json", { request: "statisticsParameterData.do?orgId=101&tblId=DT_1FS1001" });

  test("detected; rows are classification × item, columns periods", () => {
    expect(detectFormat(answer, "a.json").format).toBe("kosis-api-json");
    expect(t.format).toBe("kosis-api-json");
    expect(t.columns.map((c) => c.period)).toEqual(["2021", "2022"]);
    expect(t.rows.length).toBe(12);
    expect(t.meta).toMatchObject({ orgId: "101", tableId: "DT_1FS1001", downloadDate: "2024-04-02" });
    expect(t.meta.tableName).toContain("광업·제조업조사");
  });

  test("region codes, parents from codes, KSIC codes, totals", () => {
    const long = toLongRows(t);
    const row = (code: string, ind: string, item: string, period: string) =>
      long.rows.find((r) => r[0] === code && r[3] === ind && r[6] === item && r[5] === period)!;
    expect(row("34080", "C30", "종사자수", "2022")).toEqual(["34080", "서산시", "충청남도", "C30", "자동차 및 트레일러 제조업", "2022", "종사자수", "명", 9793, "", ""]);
    expect(row("34", "C30", "종사자수", "2022")).toEqual(["34", "충청남도", "", "C30", "자동차 및 트레일러 제조업", "2022", "종사자수", "명", 51733, "", "소계"]);
    expect(row("34080", "C13", "종사자수", "2021").slice(8, 10)).toEqual([null, "X"]);
    expect(row("00", "C", "사업체수", "2021")[10]).toBe("소계");
    expect(row("34080", "C", "사업체수", "2021")[4]).toBe("제조업");
  });

  test("accounting: one long row per record", () => {
    assertAccounted(t);
    expect(t.counts.dataCells).toBe(records.length);
    expect(t.counts.cellsRead).toBe(records.length);
    const keys = new Set([...observations(t)].map((o) => `${o.regionCode}/${o.industryCode}/${o.item}/${o.period}`));
    expect(keys.size).toBe(records.length);
  });

  test("provenance has the request without any key", () => {
    const withKey = parseCensusSync(answer, "a.json", { request: "statisticsParameterData.do?method=getList&apiKey=SECRET123&orgId=101" });
    const p = provenance(withKey, new Date("2024-06-01T00:00:00Z"));
    expect(p.source).not.toContain("SECRET123");
    expect(p.source).toContain("orgId=101");
    expect(p.downloadDate).toBe("2024-04-02");
  });

  test("JSON without quoted keys (jsonVD not set) is still read", () => {
    const bare = '[{ORG_ID:"101",TBL_ID:"T",TBL_NM:"표",C1:"34",C1_NM:"충청남도",C1_OBJ_NM:"행정구역별",ITM_ID:"T1",ITM_NM:"인구",UNIT_NM:"명",PRD_SE:"M",PRD_DE:"202401",DT:"2130119",LST_CHN_DE:"2024-02-01"}]';
    const b = parseCensusSync(utf8(bare), "bare.json");
    expect(toLongRows(b).rows[0]).toEqual(["34", "충청남도", "", "", "", "2024.01", "인구", "명", 2130119, "", ""]);
  });

  test("quarterly and half-year periods", () => {
    const mk = (se: string, de: string) => ({ ...records[0], PRD_SE: se, PRD_DE: de });
    const q = parseCensusSync(utf8(JSON.stringify([mk("Q", "202303"), mk("H", "202302")])), "q.json");
    expect(q.columns.map((c) => c.period).sort()).toEqual(["2023.2/2", "2023.3/4"]);
  });
});

describe("KOSIS error answers", () => {
  const cases: [string, RegExp][] = [
    ["10", /인증키가 없습니다/],
    ["11", /만료/],
    ["20", /필수 요청변수/],
    ["21", /요청변수 값이 잘못/],
    ["30", /조회 결과가 없습니다/],
    ["31", /40,000셀/],
    ["40", /하루 호출 한도/],
    ["41", /자료 수/],
    ["42", /제한된 인증키/],
    ["50", /서버 오류/],
  ];
  test.each(cases)("err %s is a plain-Korean ImportError with the code", (code, ko) => {
    const body = utf8(JSON.stringify({ err: code, errMsg: "KOSIS message" }));
    const e = importErrorOf(() => parseCensusSync(body, "answer.json"));
    expect(e.code).toBe("kosis-api");
    expect(e.apiCode).toBe(code);
    expect(e.text.ko).toMatch(ko);
    expect(e.text.ko).toContain(`KOSIS 오류 ${code}`);
    expect(e.text.en).toContain(code);
    expect(e.advice.ko.length).toBeGreaterThan(5);
    expect(e.describe("ko")).toContain("answer.json");
  });

  test("numeric codes, unknown codes, an empty array", () => {
    const e31 = importErrorOf(() => parseCensusSync(utf8('{"err":31,"errMsg":"x"}'), "a.json"));
    expect(e31.apiCode).toBe("31");
    expect(e31.advice.ko).toContain("나누어");
    expect(importErrorOf(() => parseCensusSync(utf8('{"err":"99"}'), "a.json")).text.ko).toContain("KOSIS 오류 99");
    expect(importErrorOf(() => parseCensusSync(utf8("[]"), "a.json")).apiCode).toBe("30");
  });

  test("broken JSON and records of the wrong shape", () => {
    expect(importErrorOf(() => parseCensusSync(utf8('[{"DT":"1",'), "a.json")).code).toBe("json");
    expect(importErrorOf(() => parseCensusSync(utf8('[{"A":1}]'), "a.json")).code).toBe("json");
    expect(importErrorOf(() => parseCensusSync(utf8("[1,2]"), "a.json")).code).toBe("json");
    expect(importErrorOf(() => parseCensusSync(utf8('{"a":1}'), "a.json")).code).toBe("json");
  });

  test("the same cell twice in one answer is a conflict, not a silent overwrite", () => {
    const twice = [records[0], { ...records[0], DT: "1" }];
    expect(importErrorOf(() => mergeKosisAnswers([twice])).code).toBe("conflict");
  });
});

describe("request planning (≤ 40,000 cells per call) and merging", () => {
  const regions = Array.from({ length: 250 }, (_, i) => String(1000 + i));
  const industries = Array.from({ length: 25 }, (_, i) => `C${10 + i}`);
  const periods = Array.from({ length: 12 }, (_, i) => String(2011 + i));

  test("split by period first", () => {
    const plan = planKosisRequests({ orgId: "101", tblId: "T", itmId: ["T1", "T2"], objL: [regions.slice(0, 100), industries], prdSe: "Y", periods });
    // 2 × 100 × 25 = 5,000 cells per period → 8 periods per call
    expect(plan.map((r) => [r.startPrdDe, r.endPrdDe])).toEqual([
      ["2011", "2018"],
      ["2019", "2022"],
    ]);
    for (const r of plan) expect(requestCells(r.itmId, r.objL, periods.indexOf(r.endPrdDe) - periods.indexOf(r.startPrdDe) + 1)).toBeLessThanOrEqual(40000);
  });

  test("then by region when one period is too large; every cell asked exactly once", () => {
    const items = Array.from({ length: 10 }, (_, i) => `T${i}`);
    const plan = planKosisRequests({ orgId: "101", tblId: "T", itmId: items, objL: [regions, industries], prdSe: "Y", periods, regionLevel: 0 });
    const asked = new Map<string, number>();
    for (const r of plan) {
      const ps = periods.slice(periods.indexOf(r.startPrdDe), periods.indexOf(r.endPrdDe) + 1);
      expect(requestCells(r.itmId, r.objL, ps.length)).toBeLessThanOrEqual(40000);
      expect(r.objL[1]).toEqual(industries);
      for (const reg of r.objL[0]) for (const p of ps) for (const it of r.itmId) {
        const k = `${reg}/${p}/${it}`;
        asked.set(k, (asked.get(k) ?? 0) + 1);
      }
    }
    expect(asked.size).toBe(regions.length * periods.length * items.length);
    expect([...asked.values()].every((n) => n === 1)).toBe(true);
  });

  test("query strings carry the key only when asked; descriptions never", () => {
    const req: KosisRequest = { orgId: "101", tblId: "DT_1", itmId: ["T1"], objL: [["34", "34080"]], prdSe: "Y", startPrdDe: "2021", endPrdDe: "2022" };
    expect(kosisQuery(req, "K3Y")).toContain("apiKey=K3Y");
    expect(kosisQuery(req)).toContain("objL1=34+34080+");
    expect(kosisQuery(req)).toContain("itmId=T1+");
    expect(kosisQuery(req)).not.toContain("apiKey");
    expect(describeKosisRequest(req)).not.toContain("apiKey");
    expect(describeKosisRequest(req)).toContain("jsonVD=Y");
    expect(redactApiKey("https://x/kosis/a.do?method=getList&apiKey=K3Y&orgId=1")).toBe("https://x/kosis/a.do?method=getList&orgId=1");
    expect(redactApiKey("a.do?apiKey=K3Y")).toBe("a.do");
  });

  test("runKosisPlan: injected fetch, answers merged, 'no data' parts skipped, duplicates dropped", async () => {
    const byPeriod = (p: string) => records.filter((r) => r.PRD_DE === p);
    const plan: KosisRequest[] = ["2021", "2022", "2023"].map((p) => ({ orgId: "101", tblId: "DT_1FS1001", itmId: ["ALL"], objL: [["ALL"], ["ALL"]], prdSe: "Y", startPrdDe: p, endPrdDe: p }));
    const queries: string[] = [];
    const fetch = async (q: string, req: KosisRequest) => {
      queries.push(q);
      if (req.startPrdDe === "2023") return JSON.stringify({ err: "30", errMsg: "데이터가 존재하지 않습니다." });
      // the 2022 answer repeats one 2021 record (overlapping ranges)
      const body = req.startPrdDe === "2022" ? [...byPeriod("2022"), byPeriod("2021")[0]] : byPeriod("2021");
      return utf8(JSON.stringify(body));
    };
    const { table, empty } = await runKosisPlan(plan, fetch, "SECRET");
    expect(queries.every((q) => q.includes("apiKey=SECRET"))).toBe(true);
    expect(empty).toHaveLength(1);
    expect(table.counts.dataCells).toBe(records.length);
    expect(table.counts.duplicates).toBe(1);
    expect(table.request).not.toContain("SECRET");
    expect(table.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(table.warnings.map((w) => w.en).join()).toContain("1 of 3");
    assertAccounted(table);
  });

  test("runKosisPlan: an error answer stops with that error; all empty is 'no data'", async () => {
    const plan: KosisRequest[] = [{ orgId: "1", tblId: "T", itmId: ["ALL"], objL: [["ALL"]], prdSe: "Y", startPrdDe: "2020", endPrdDe: "2020" }];
    await expect(runKosisPlan(plan, async () => '{"err":"11","errMsg":"expired"}', "K")).rejects.toMatchObject({ code: "kosis-api", apiCode: "11" });
    await expect(runKosisPlan(plan, async () => '{"err":"30"}', "K")).rejects.toMatchObject({ apiCode: "30" });
    await expect(runKosisPlan(plan, async () => { throw new Error("network down"); }, "K")).rejects.toBeInstanceOf(ImportError);
  });
});
