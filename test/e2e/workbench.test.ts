/**
 * The whole add-in in a real browser: the workbench page (HyperFormula workbook + the real task pane) served
 * by the dev server, driven in headless Chromium. Screenshots of each step go to test-artifacts/e2e/.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { startDevServer, type DevServer } from "../helpers/dev-server";

jest.setTimeout(90_000);

const ARTIFACTS = path.resolve(__dirname, "..", "..", "test-artifacts", "e2e");
const FIXTURE = path.resolve(__dirname, "..", "fixtures", "kosis", "kosis_elderly_standard_cp949.csv");

let server: DevServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  server = await startDevServer();
  browser = await launchChromium();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "ko-KR", viewport: { width: 1280, height: 800 } });
  page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  // The page's Content-Security-Policy must not have to block anything the workbench does.
  page.on("console", (m) => {
    if (m.type() === "error" && /Content Security Policy|Refused to/.test(m.text())) errors.push(m.text());
  });
  await page.goto(`${server.base}workbench.html`);
  await page.waitForSelector("body[data-ready=true]", { timeout: 60_000 });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

const shot = (name: string) => page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });

/** The value the workbook holds at a sheet and A1 address, as the grid's model sees it. */
async function cell(sheet: string, a1: string): Promise<unknown> {
  return page.evaluate(
    ([s, a]) => {
      const book = (window as unknown as { sandanWorkbook: { hf: any; value(id: number, r: number, c: number): unknown } }).sandanWorkbook;
      const id = book.hf.getSheetId(s);
      const addr = book.hf.simpleCellAddressFromString(a, id);
      return book.value(id, addr.row, addr.col);
    },
    [sheet, a1],
  );
}

test("opens on the sample workbook, in Korean, with the seed's shares live", async () => {
  await expect(page.locator(".pane-header h1").textContent()).resolves.toBe("산단 분석");
  await expect(page.locator("[data-cell=D3]").textContent()).resolves.toBe("18.93%");
  await expect(page.locator("[data-cell=D5]").textContent()).resolves.toBe("41.82%");
  await shot("01-sample");
  expect(errors).toEqual([]);
});

test("imports the real KOSIS export through the pane and shows its values in the grid", async () => {
  await page.click("[data-tab=import]");
  await page.setInputFiles("[data-role=import-file]", FIXTURE);
  await page.waitForSelector("[data-role=import-facts]");
  await expect(page.locator("[data-role=import-facts]").textContent()).resolves.toMatch(/cp949/);
  await shot("02-import-preview");
  await page.click("[data-role=import-go]");
  await page.waitForSelector("[data-role=import-accounting]", { timeout: 60_000 });
  const accounting = await page.locator("[data-role=import-accounting]").textContent();
  const [read, , , , , written] = (accounting ?? "").match(/[\d,]+/g)!.map((n) => Number(n.replace(/,/g, "")));
  expect(read).toBeGreaterThan(0);
  expect(written).toBe(read);
  await shot("03-import-done");
  await page.click("[data-role=import-open]");
  const sheet = await page.locator(".wb-tab.active").textContent();
  expect(sheet).toBe("kosis_elderly_standard_cp949");
  const rows = (await page.evaluate((s) => {
    const book = (window as any).sandanWorkbook;
    return book.readRange(s, 0, 0, 300, 11);
  }, sheet!)) as unknown[][];
  const seoul = rows.find((r) => r[1] === "서울특별시" && String(r[6]).startsWith("65세이상인구"));
  expect(seoul?.[8]).toBe(1488747);
  await expect(page.locator("[data-cell=B2]").textContent()).resolves.toBe("전국");
  await shot("04-imported-sheet");
  expect(errors).toEqual([]);
});

test("imports 표6 (CP949) and its suppressed X cells arrive as flags with empty values, never 0", async () => {
  await page.click("[data-tab=import]");
  await page.setInputFiles("[data-role=import-file]", path.resolve(__dirname, "..", "fixtures", "kosis", "kosis_seosan_table6_cp949.csv"));
  await page.waitForSelector("[data-role=import-symbols]");
  await expect(page.locator("[data-role=import-symbols]").textContent()).resolves.toMatch(/X 12/);
  await page.click("[data-role=import-go]");
  await page.waitForSelector("[data-role=import-accounting]", { timeout: 60_000 });
  await page.click("[data-role=import-open]");
  const sheet = (await page.locator(".wb-tab.active").textContent())!;
  const rows = (await page.evaluate((s) => (window as any).sandanWorkbook.readRange(s, 0, 0, 80, 11), sheet)) as unknown[][];
  const suppressed = rows.filter((r) => r[9] === "X");
  expect(suppressed).toHaveLength(12);
  for (const r of suppressed) expect(r[8]).toBeNull();
  const first = rows.findIndex((r) => r[9] === "X");
  await expect(page.locator(`[data-cell=J${first + 1}]`).textContent()).resolves.toBe("X");
  await expect(page.locator(`[data-cell=I${first + 1}]`).textContent()).resolves.toBe("");
  await shot("04b-symbols");
});

test("a file changed on disk after it was chosen is not read again silently: the pane says to choose it again", async () => {
  const copy = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sandan-")), "표6.csv");
  fs.copyFileSync(path.resolve(__dirname, "..", "fixtures", "kosis", "kosis_seosan_table6_cp949.csv"), copy);
  await page.click("[data-tab=import]");
  await page.setInputFiles("[data-role=import-file]", copy);
  await page.waitForSelector("[data-role=import-symbols]");
  // The file is read again for each parse: another encoding chosen after the file changed.
  fs.appendFileSync(copy, "\n추가,1\n");
  fs.utimesSync(copy, new Date(), new Date(Date.now() + 60_000));
  await page.selectOption("[data-role=import-encoding]", "utf-8");
  await page.waitForSelector("[data-role=error]");
  await expect(page.locator("[data-role=error]").first().textContent()).resolves.toMatch(/표6\.csv.*다시 고르세요/);
  await page.selectOption("[data-role=import-encoding]", "auto");
});

test("a REGIONAL_SHARE typed into the formula bar computes, and the audit view recognises it", async () => {
  await page.click(".wb-tab[data-sheet='표7 비중']");
  await page.click("[data-cell=F3]");
  const formula = `=SANDAN.REGIONAL_SHARE('광업제조업조사_2022_충남'!A1:K109,"서산시","충청남도","C19,C20","종사자수")`;
  await page.fill("[data-role=wb-formula]", formula);
  await page.press("[data-role=wb-formula]", "Enter");
  const share = (await cell("표7 비중", "F3")) as number;
  expect(share).toBeCloseTo((1404 + 6225) / (3100 + 16500), 12);
  await page.click("[data-cell=F3]");
  await page.click("[data-tab=audit]");
  await expect(page.locator("[data-role=audit-function]").textContent()).resolves.toBe("SANDAN.REGIONAL_SHARE");
  await expect(page.locator("[data-role=audit-address]").textContent()).resolves.toBe("'표7 비중'!F3");
  // The steps show the same arithmetic as the cell.
  await expect(page.locator("[data-step='sum.region'] .step-formula").textContent()).resolves.toBe("1404 + 6225 = 7629");
  await expect(page.locator("[data-role=audit-result]").textContent()).resolves.toMatch(/^0\.38/);
  await expect(page.locator("[data-role=audit-provenance]").textContent()).resolves.toMatch(/광업제조업조사_2022_충남\.csv/);
  await shot("05-audit");
  // The audit sheet recomputes the cell with native formulas and its check cell says TRUE.
  await page.click("[data-role=audit-sheet]");
  await page.waitForSelector("[data-role=audit-sheet-result]", { timeout: 30_000 });
  await expect(page.locator("[data-role=audit-sheet-result]").textContent()).resolves.toMatch(/= TRUE$/);
  await shot("05c-audit-sheet-written");
  await page.click("[data-role=audit-sheet-open]");
  await expect(page.locator(".wb-tab.active").textContent()).resolves.toBe("감사_표7 비중_F3");
  await expect(page.locator(".wb-cell.selected").textContent()).resolves.toBe("TRUE");
  await shot("05d-audit-sheet");
  await page.click(".wb-tab[data-sheet='표7 비중']");
  await page.click("[data-cell=F3]");
  await page.click("[data-tab=audit]");
  // A source row's link selects that cell in the workbook.
  await page.locator("[data-role=audit-sources] summary").click();
  const first = page.locator("[data-role=audit-sources] tr.used .cell-link").first();
  const address = await first.getAttribute("data-address");
  await first.click();
  await expect(page.locator("[data-role=wb-address]").inputValue()).resolves.toBe(address);
  await shot("05b-audit-source-selected");
  expect(errors).toEqual([]);
});

test("a 100,000-row sheet scrolls to its last row, drawing only what is in view", async () => {
  await page.evaluate(async () => {
    const book = (window as any).sandanWorkbook;
    await book.addSheet("대용량");
    const rows = Array.from({ length: 100_000 }, (_, i) => [`지역${i + 1}`, i + 1]);
    await book.writeBlock({ sheet: "대용량", row: 0, col: 0, values: rows });
    book.select("대용량", 0, 0);
  });
  await page.click(".wb-tab[data-sheet='대용량']");
  await page.locator("[data-role=wb-grid]").evaluate((el) => (el.scrollTop = el.scrollHeight));
  await page.waitForSelector("[data-cell=A100000]");
  await expect(page.locator("[data-cell=B100000]").textContent()).resolves.toBe("100000");
  const drawn = await page.locator(".wb-layer .wb-cell").count();
  expect(drawn).toBeLessThan(2000);
  await shot("07-hundred-thousand-rows");
});

test("charts and reference sheets go in from the pane", async () => {
  await page.click(".wb-tab[data-sheet='표14 거점']");
  await page.click("[data-cell=D2]");
  await page.click("[data-tab=audit]");
  await page.click("[data-role=insert-chart]");
  await page.waitForSelector("[data-role=chart-status].ok");
  await expect(page.locator("[data-role=chart-status]").textContent()).resolves.toMatch(/차트_거점비교/);
  await page.click(".wb-tab[data-sheet='차트_거점비교']");
  expect(await page.locator("[data-role=wb-chart]").count()).toBe(1);
  await expect(page.locator("[data-cell=B2]").textContent()).resolves.toBe("0.4075");
  await shot("08-hub-chart");
  await page.click("[data-tab=reference]");
  await page.click("[data-reference=menu]");
  await page.waitForSelector(".wb-tab[data-sheet='메뉴판사업']");
  await page.click(".wb-tab[data-sheet='메뉴판사업']");
  await expect(page.locator("[data-cell=A2]").textContent()).resolves.toBe("1");
  const last = (await page.evaluate(() => (window as any).sandanWorkbook.readRange("메뉴판사업", 43, 0, 1, 1))) as unknown[][];
  expect(last[0][0]).toBe(43);
  await shot("09-reference-menu");
  expect(errors).toEqual([]);
});

test("the pane reads well at the task pane's usual width", async () => {
  const width = await page.locator(".wb-pane").evaluate((e) => e.getBoundingClientRect().width);
  expect(width).toBe(350);
  const overflow = await page.locator(".wb-pane").evaluate((e) => e.scrollWidth - e.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.click("[data-tab=functions]");
  await page.waitForSelector("[data-function=REGIONAL_SHARE]");
  await shot("06-functions");
});
