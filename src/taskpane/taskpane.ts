/** Task pane entry in Excel: waits for Office, then mounts the pane over the Office.js workbook. */
import { mountPane } from "./app";
import { OfficeWorkbook } from "../excel/office-workbook";
import css from "./styles.css";

function installStyles(): void {
  const style = document.createElement("style");
  style.textContent = css;
  document.head.append(style);
}

Office.onReady((info) => {
  installStyles();
  const root = document.getElementById("app");
  if (!root) return;
  const lang = (Office.context?.displayLanguage ?? "ko").toLowerCase().startsWith("ko") ? "ko" : "en";
  if (info.host === Office.HostType.Excel) {
    mountPane(root, {
      host: new OfficeWorkbook(),
      lang,
      base: new URL(".", window.location.href).href,
      keyStore: window.localStorage,
      fetchFn: window.fetch.bind(window),
    });
  } else {
    root.textContent =
      lang === "ko" ? "산단은 Excel에서 실행해야 합니다. 브라우저에서는 workbench.html을 여세요." : "Sandan runs in Excel. In a browser, open workbench.html.";
  }
});
