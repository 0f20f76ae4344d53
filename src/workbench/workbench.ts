/**
 * The workbench: the whole add-in without Excel. A HyperFormula workbook with the SANDAN functions from the
 * same engine, and the real task pane beside it talking to that workbook through its WorkbookHost.
 */
import { mountPane } from "../taskpane/app";
import paneCss from "../taskpane/styles.css";
import workbenchCss from "./workbench.css";
import { HfWorkbook } from "./hf-workbook";
import { mountGrid } from "./grid-view";
import { loadSample } from "./sample";
import { setMessageLanguage } from "../hyperformula/sandan-plugin";

async function start(): Promise<void> {
  const style = document.createElement("style");
  style.textContent = paneCss + workbenchCss;
  document.head.append(style);

  const params = new URLSearchParams(window.location.search);
  const lang = (params.get("lang") ?? navigator.language ?? "ko").toLowerCase().startsWith("en") ? "en" : "ko";
  document.documentElement.lang = lang;
  setMessageLanguage(lang);

  const book = new HfWorkbook();
  if (params.get("sample") !== "0") {
    await loadSample(book);
    await book.deleteSheet("Sheet1");
  }
  mountGrid(document.getElementById("grid")!, book);
  mountPane(document.getElementById("app")!, {
    host: book,
    lang,
    base: new URL(".", window.location.href).href,
    keyStore: window.localStorage,
    fetchFn: window.fetch.bind(window),
  });
  // For end-to-end tests and the curious: the workbook behind the page.
  (window as unknown as { sandanWorkbook: HfWorkbook }).sandanWorkbook = book;
  document.body.dataset.ready = "true";
}

void start();
