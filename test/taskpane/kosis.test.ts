/** The KOSIS client and the dev server's /kosis/ proxy, against a local fake KOSIS server (no network). */
import * as https from "https";
import { startFakeKosis, type FakeKosis } from "../helpers/fake-kosis";
import { startDevServer, type DevServer } from "../helpers/dev-server";
import { kosisUrl, proxyFetch } from "../../src/taskpane/kosis-client";
import { describeKosisRequest, runKosisPlan, toLongRows, ImportError, type KosisRequest } from "../../src/census";
import { loadApiKey, saveApiKey } from "../../src/taskpane/settings";

const QUERY: KosisRequest = {
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
  expect(url.startsWith("https://localhost:3000/kosis/Param/statisticsParameterData.do?method=getList&apiKey=SECRET-KEY")).toBe(true);
  const described = describeKosisRequest(QUERY);
  expect(described).not.toMatch(/SECRET|apiKey/);
  expect(described).toContain("DT_1F31001");
});

test("a plan fetched through the client becomes a census table with its symbols", async () => {
  const { table } = await runKosisPlan([QUERY], proxyFetch(fetch, kosis.url), "KEY");
  expect(kosis.requests.at(-1)?.searchParams.get("apiKey")).toBe("KEY");
  const long = toLongRows(table);
  const seosan2022 = long.rows.filter((r) => r[1] === "서산시" && r[5] === "2022");
  expect(seosan2022.map((r) => [r[3], r[8], r[9]])).toEqual(
    expect.arrayContaining([
      ["C30", 9793, ""],
      ["C13", null, "X"],
    ]),
  );
  expect(table.request).not.toMatch(/KEY/);
});

test("a KOSIS error answer becomes an ImportError in plain Korean with its code", async () => {
  const error = await runKosisPlan([QUERY], proxyFetch(fetch, kosis.url), "invalid").catch((e) => e);
  expect(error).toBeInstanceOf(ImportError);
  expect(error.apiCode).toBe("11");
  expect(error.describe("ko")).toMatch(/11/);
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
  let server: DevServer;
  beforeAll(async () => {
    server = await startDevServer({ KOSIS_BASE: `${kosis.url}openapi/` });
  }, 70_000);
  afterAll(() => server?.stop());

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
    const answer = await get(kosisUrl(server.base, "KEY", QUERY));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)[0]).toMatchObject({ C1_NM: "충청남도", DT: "51735" });
    expect(kosis.requests.at(-1)?.pathname).toBe("/openapi/Param/statisticsParameterData.do");
  });

  test("refuses paths outside dist/", async () => {
    expect((await get(`${server.base}../package.json`)).status).not.toBe(200);
  });
});

test("periods between two KOSIS period codes", () => {
  const { expandPeriods } = jest.requireActual("../../src/taskpane/kosis-client");
  expect(expandPeriods("Y", "2019", "2022")).toEqual(["2019", "2020", "2021", "2022"]);
  expect(expandPeriods("M", "202311", "202402")).toEqual(["202311", "202312", "202401", "202402"]);
  expect(expandPeriods("Q", "20233", "20242")).toEqual(["20233", "20234", "20241", "20242"]);
  expect(expandPeriods("Y", "2022", "2020")).toEqual([]);
  expect(expandPeriods("M", "2023", "2024")).toEqual([]);
});

describe("the API key reaches KOSIS and nothing else", () => {
  const KEY = "K3Y-THAT-MUST-NOT-LEAK";

  /** Every console call made while `run` runs. */
  async function logged(run: () => Promise<void>): Promise<string> {
    const said: unknown[][] = [];
    const spies = (["log", "info", "warn", "error", "debug"] as const).map((m) => jest.spyOn(console, m).mockImplementation((...a) => void said.push(a)));
    try {
      await run();
    } finally {
      spies.forEach((s) => s.mockRestore());
    }
    return JSON.stringify(said);
  }

  test("an API import writes its table and provenance without the key, and logs nothing with it", async () => {
    const { prepareImport } = jest.requireActual("../../src/census");
    const { writeImport } = jest.requireActual("../../src/taskpane/import-writer");
    const { MemoryWorkbook } = jest.requireActual("../helpers/memory-workbook");
    const book = new MemoryWorkbook();
    const logs = await logged(async () => {
      const { table } = await runKosisPlan([QUERY], proxyFetch(fetch, kosis.url), KEY);
      await writeImport(book, prepareImport(table, "long"));
    });
    expect(kosis.requests.at(-1)?.searchParams.get("apiKey")).toBe(KEY); // it did reach KOSIS
    const cells = JSON.stringify([...book.sheets.entries()]);
    expect(cells).toContain("충청남도");
    expect(cells).toContain("DT_1F31001"); // the request is recorded on 출처 …
    expect(cells).not.toContain(KEY); // … without the key
    expect(logs).not.toContain(KEY);
  });

  test("errors from KOSIS or the network name no key", async () => {
    const messages: string[] = [];
    const logs = await logged(async () => {
      for (const [fetchAnswer, key] of [
        [proxyFetch(fetch, kosis.url), "invalid"],
        [proxyFetch(fetch, "http://127.0.0.1:9/"), KEY],
        [proxyFetch(async () => ({ ok: false, status: 502, arrayBuffer: async () => new ArrayBuffer(0) }), kosis.url), KEY],
      ] as const) {
        try {
          await runKosisPlan([QUERY], fetchAnswer, key);
          messages.push("no error");
        } catch (e) {
          const err = e as ImportError;
          messages.push(JSON.stringify({ message: err.message, text: err.text, advice: err.advice }));
        }
      }
    });
    expect(messages.every((m) => m !== "no error")).toBe(true);
    for (const m of messages) {
      expect(m).not.toContain(KEY);
      expect(m).not.toContain("invalid&");
      expect(m).not.toMatch(/apiKey=/);
    }
    expect(logs).not.toContain(KEY);
  });
});
