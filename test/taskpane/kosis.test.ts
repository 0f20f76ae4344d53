/** The KOSIS client and the dev server's /kosis/ proxy, against a local fake KOSIS server (no network). */
import { spawn, type ChildProcess } from "child_process";
import * as https from "https";
import * as path from "path";
import { startFakeKosis, type FakeKosis } from "../helpers/fake-kosis";
import { describeKosisRequest, fetchKosis, kosisUrl, type KosisQuery } from "../../src/taskpane/kosis-client";
import { loadApiKey, saveApiKey } from "../../src/taskpane/settings";

const QUERY: KosisQuery = {
  orgId: "101",
  tblId: "DT_1F31001",
  itmId: ["T20"],
  objL: [["34", "34080"], ["ALL"]],
  prdSe: "Y",
  startPrdDe: "2021",
  endPrdDe: "2022",
};

let kosis: FakeKosis;
beforeAll(async () => {
  kosis = await startFakeKosis();
});
afterAll(async () => kosis.close());

test("request URLs carry the key; descriptions never do", () => {
  const url = kosisUrl("https://localhost:3000/", "SECRET-KEY", QUERY);
  expect(url.startsWith("https://localhost:3000/kosis/Param/statisticsParameterData.do?apiKey=SECRET-KEY&method=getList&format=json&jsonVD=Y")).toBe(true);
  expect(url).toContain("objL1=34+34080+");
  const described = describeKosisRequest(QUERY);
  expect(described).not.toMatch(/SECRET|apiKey/);
  expect(described).toContain("tblId=DT_1F31001");
});

test("fetches rows in the documented shape", async () => {
  const bytes = await fetchKosis(fetch, kosis.url, "KEY", QUERY);
  const rows = JSON.parse(new TextDecoder().decode(bytes));
  expect(rows).toHaveLength(6);
  expect(rows[1]).toMatchObject({ TBL_ID: "DT_1F31001", C1_NM: "서산시", ITM_NM: "종사자수", UNIT_NM: "명", PRD_DE: "2021", DT: "9793" });
  expect(kosis.requests.at(-1)?.searchParams.get("apiKey")).toBe("KEY");
});

test("KOSIS errors come back as their JSON for the parser to explain", async () => {
  const bytes = await fetchKosis(fetch, kosis.url, "invalid", QUERY);
  expect(JSON.parse(new TextDecoder().decode(bytes))).toEqual({ err: "11", errMsg: "인증KEY가 유효하지 않습니다." });
});

test("the API key is kept in the add-in's storage and can be cleared", () => {
  const store = new Map<string, string>();
  const s = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v), removeItem: (k: string) => void store.delete(k) };
  expect(loadApiKey(s)).toBe("");
  saveApiKey(s, "  abc  ");
  expect(loadApiKey(s)).toBe("abc");
  saveApiKey(s, "");
  expect(store.size).toBe(0);
});

describe("the dev server proxy", () => {
  let server: ChildProcess;
  const port = 3000 + Math.floor(Math.random() * 2000) + 1000;
  beforeAll(async () => {
    server = spawn(process.execPath, [path.resolve(__dirname, "../../scripts/serve.mjs"), "--port", String(port)], {
      cwd: path.resolve(__dirname, "../.."),
      env: { ...process.env, KOSIS_BASE: `${kosis.url}openapi/` },
      stdio: ["ignore", "pipe", "pipe"],
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error("server did not start")), 60_000);
      server.stdout!.on("data", (d: Buffer) => {
        if (d.toString().includes("Sandan is served at")) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
  }, 70_000);
  afterAll(() => {
    server?.kill();
  });

  function get(url: string): Promise<{ status: number; body: string }> {
    return new Promise((resolve, reject) => {
      https
        .get(url, { rejectUnauthorized: false }, (res) => {
          let body = "";
          res.setEncoding("utf8");
          res.on("data", (c) => (body += c));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        })
        .on("error", reject);
    });
  }

  test("forwards /kosis/… to KOSIS over HTTPS on the add-in's own origin", async () => {
    const answer = await get(kosisUrl(`https://localhost:${port}/`, "KEY", QUERY));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)[0]).toMatchObject({ C1_NM: "충청남도", DT: "51735" });
    expect(kosis.requests.at(-1)?.pathname).toBe("/openapi/Param/statisticsParameterData.do");
  });

  test("refuses paths outside dist/", async () => {
    expect((await get(`https://localhost:${port}/../package.json`)).status).not.toBe(200);
  });
});
