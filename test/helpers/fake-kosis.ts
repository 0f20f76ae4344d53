/**
 * A local stand-in for the KOSIS Open API: answers statisticsParameterData.do in the documented JSON shape,
 * and with {"err": …} for the documented error cases. No network: it listens on 127.0.0.1 only.
 */
import * as http from "http";
import type { AddressInfo } from "net";

export interface FakeKosis {
  url: string;
  requests: URL[];
  close(): Promise<void>;
}

export const FAKE_ROWS = [
  { region: ["34", "충청남도"], industry: ["C30", "자동차 및 트레일러 제조업"], dt: "51735" },
  { region: ["34080", "서산시"], industry: ["C30", "자동차 및 트레일러 제조업"], dt: "9793" },
  { region: ["34080", "서산시"], industry: ["C13", "섬유제품 제조업; 의복제외"], dt: "X" },
];

function row(r: (typeof FAKE_ROWS)[number], period: string) {
  return {
    ORG_ID: "101",
    TBL_ID: "DT_1F31001",
    TBL_NM: "시군구별 광업·제조업 현황",
    C1: r.region[0],
    C1_NM: r.region[1],
    C1_OBJ_NM: "행정구역별",
    C2: r.industry[0],
    C2_NM: r.industry[1],
    C2_OBJ_NM: "산업별",
    ITM_ID: "T20",
    ITM_NM: "종사자수",
    UNIT_NM: "명",
    PRD_SE: "Y",
    PRD_DE: period,
    DT: r.dt,
    LST_CHN_DE: "2024-03-29",
  };
}

export async function startFakeKosis(): Promise<FakeKosis> {
  const requests: URL[] = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    requests.push(url);
    const answer = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json;charset=UTF-8" });
      res.end(JSON.stringify(body));
    };
    if (!url.pathname.endsWith("/statisticsParameterData.do")) {
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<html><body>Not Found</body></html>");
      return;
    }
    const key = url.searchParams.get("apiKey");
    if (!key) return answer({ err: "10", errMsg: "인증KEY가 누락되었습니다." });
    if (key === "invalid") return answer({ err: "11", errMsg: "인증KEY가 유효하지 않습니다." });
    if (url.searchParams.get("tblId") === "TOO_BIG") return answer({ err: "31", errMsg: "요청 데이터가 40,000셀을 초과하였습니다." });
    const from = Number(url.searchParams.get("startPrdDe"));
    const to = Number(url.searchParams.get("endPrdDe"));
    if (!from || !to || to < from) return answer({ err: "20", errMsg: "필수요청변수값이 누락되었습니다." });
    const rows = [];
    for (let y = from; y <= to; y++) for (const r of FAKE_ROWS) rows.push(row(r, String(y)));
    answer(rows);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
