/**
 * The task pane page's Content-Security-Policy, in headless Chromium: the built taskpane.html with a stand-in for
 * Office.js served at Office's own address (there is no Office here). The stand-in does what Office.js does on
 * its host (loads a further script from Office's script host, styles an element inline) and then tries what
 * the policy must refuse (a script from elsewhere, a connection elsewhere). The pane must come up, Office's
 * loads must pass, and the foreign ones must be blocked.
 */
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "../helpers/chromium";
import { startDevServer, type DevServer } from "../helpers/dev-server";

jest.setTimeout(90_000);

const OFFICE = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const FOREIGN = "https://scripts.example.net/";

const officeStandIn = `
  window.Office = {
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "ko-KR" },
    onReady(cb) {
      const more = document.createElement("script");
      more.src = "${OFFICE}office_strings.js";
      more.onload = () => {
        const probe = document.createElement("div");
        probe.id = "office-probe";
        probe.style.display = "none";
        document.body.append(probe);
        cb({ host: null, platform: null });
        const foreign = document.createElement("script");
        foreign.src = "${FOREIGN}tracker.js";
        foreign.onerror = () => (window.foreignScript = "blocked");
        foreign.onload = () => (window.foreignScript = "loaded");
        document.head.append(foreign);
        fetch("${FOREIGN}beacon").then(() => (window.foreignFetch = "done"), () => (window.foreignFetch = "blocked"));
      };
      document.head.append(more);
    },
  };
`;

let server: DevServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startDevServer();
  browser = await launchChromium();
  const context = await browser.newContext({ ignoreHTTPSErrors: true, locale: "ko-KR" });
  page = await context.newPage();
  await page.route(`${OFFICE}office.js`, (r) => r.fulfill({ contentType: "application/javascript", body: officeStandIn }));
  await page.route(`${OFFICE}office_strings.js`, (r) => r.fulfill({ contentType: "application/javascript", body: "window.officeStrings = true;" }));
  await page.route(`${FOREIGN}**`, (r) => r.fulfill({ contentType: "application/javascript", body: "window.foreignRan = true;" }));
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (e) => seen.push(`${e.effectiveDirective} ${e.blockedURI}`));
  });
  await page.goto(`${server.base}taskpane.html`);
  await page.waitForFunction(() => (window as unknown as { foreignScript?: string; foreignFetch?: string }).foreignScript && (window as unknown as { foreignFetch?: string }).foreignFetch, undefined, {
    timeout: 60_000,
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.stop();
});

test("the page declares the policy", async () => {
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
  expect(policy).toContain("object-src 'none'");
});

test("Office.js and the script it loads from Office's host run; the pane's own scripts and styles apply", async () => {
  expect(await page.evaluate(() => (window as unknown as { officeStrings?: boolean }).officeStrings)).toBe(true);
  expect(await page.locator("#office-probe").count()).toBe(1);
  // outside Excel the pane says where to run it, styled by its own stylesheet
  await expect(page.locator("#app").textContent()).resolves.toContain("Excel에서 실행");
  const styled = await page.evaluate(() => [...document.querySelectorAll("style")].some((s) => (s.textContent ?? "").length > 100));
  expect(styled).toBe(true);
});

test("a script or a connection anywhere else is refused, and nothing of the page's own is", async () => {
  const state = await page.evaluate(() => {
    const w = window as unknown as { foreignScript?: string; foreignFetch?: string; foreignRan?: boolean; violations: string[] };
    return { script: w.foreignScript, fetch: w.foreignFetch, ran: w.foreignRan ?? false, violations: w.violations };
  });
  expect(state.script).toBe("blocked");
  expect(state.fetch).toBe("blocked");
  expect(state.ran).toBe(false);
  expect(state.violations.sort()).toEqual([`connect-src ${FOREIGN}beacon`, `script-src-elem ${FOREIGN}tracker.js`]);
});
