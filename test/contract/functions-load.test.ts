/**
 * Contract (c): the built functions.js, loaded in headless Chromium with a stub CustomFunctions that records
 * associate(), registers every id of functions.json exactly once and nothing else.
 */
import { launchChromium } from "../helpers/chromium";
import { distFile, metadata } from "../helpers/dist";
import type { Browser } from "playwright-core";

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

test("functions.js associates every id of functions.json exactly once", async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setContent("<!doctype html><html><body></body></html>");
  await page.evaluate(() => {
    const w = window as unknown as { associated: string[]; CustomFunctions: unknown };
    w.associated = [];
    w.CustomFunctions = {
      associate: (id: string, fn: unknown) => {
        if (typeof fn !== "function") throw new Error(`associate(${id}) without a function`);
        w.associated.push(id);
      },
      Error: class {},
      ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A" },
    };
  });
  await page.addScriptTag({ content: distFile("functions.js") });
  const associated = await page.evaluate(() => (window as unknown as { associated: string[] }).associated);
  expect(errors).toEqual([]);
  const ids = metadata().functions.map((f) => f.id);
  expect([...associated].sort()).toEqual([...ids].sort());
  expect(new Set(associated).size).toBe(associated.length);
  await page.close();
});
