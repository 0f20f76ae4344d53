/**
 * The task pane: tabs for import (가져오기), audit (검증) and the function reference (함수). It talks only
 * to a WorkbookHost, so the same bundle runs in Excel and in the workbench.
 */
import { h } from "./dom";
import { t, type PaneLanguage, type StringKey } from "./strings";
import type { WorkbookHost } from "./workbook";
import { firstSandanCall } from "../audit/formula";
import { importView } from "./import-view";
import type { KeyStore } from "./settings";

export interface PaneOptions {
  host: WorkbookHost;
  lang: PaneLanguage;
  /** Where the add-in is served from: functions.json, functions.ko.json and the /kosis/ proxy live there. */
  base: string;
  keyStore: KeyStore;
  fetchFn: typeof fetch;
}

type Tab = "import" | "audit" | "functions";

export function mountPane(root: HTMLElement, options: PaneOptions): void {
  const { host, lang } = options;
  const tr = (key: StringKey) => t(key, lang);
  const panels: Record<Tab, HTMLElement> = {
    import: importView({ host, lang, base: options.base, keyStore: options.keyStore, fetchFn: options.fetchFn }),
    audit: h("section", { class: "panel", "data-panel": "audit" }),
    functions: h("section", { class: "panel", "data-panel": "functions" }),
  };
  const tabButton = (tab: Tab, key: StringKey) =>
    h("button", { class: "tab", role: "tab", "data-tab": tab, onclick: () => show(tab) }, tr(key));
  const tabs = h("nav", { class: "tabs", role: "tablist" }, tabButton("import", "tabImport"), tabButton("audit", "tabAudit"), tabButton("functions", "tabFunctions"));

  function show(tab: Tab): void {
    for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== tab;
    for (const b of Array.from(tabs.querySelectorAll("button"))) b.setAttribute("aria-selected", String(b.dataset.tab === tab));
  }

  root.replaceChildren(
    h("header", { class: "pane-header" }, h("h1", {}, tr("title"))),
    tabs,
    ...Object.values(panels),
    h("footer", { class: "pane-footer" }, `${tr("runningIn")}: ${host.kind}`),
  );
  show("import");

  const refreshAudit = () => void renderAudit(panels.audit, host, lang);
  host.onSelectionChanged(refreshAudit);
  refreshAudit();
  void renderFunctions(panels.functions, lang, options.base, options.fetchFn);
}

async function renderAudit(panel: HTMLElement, host: WorkbookHost, lang: PaneLanguage): Promise<void> {
  const selection = await host.getSelection();
  const call = selection.formula ? firstSandanCall(selection.formula) : undefined;
  panel.replaceChildren(
    h(
      "div",
      {},
      h("p", {}, t("auditIntro", lang)),
      h("dl", { class: "facts" }, h("dt", {}, t("selected", lang)), h("dd", { "data-role": "audit-address" }, selection.address)),
      selection.formula ? h("pre", { class: "formula", "data-role": "audit-formula" }, selection.formula) : null,
      call ? h("p", { "data-role": "audit-function" }, `SANDAN.${call.id}`) : h("p", { class: "muted" }, t("notSandan", lang)),
    ),
  );
}

interface FunctionMeta {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; optional?: boolean }[];
}

async function renderFunctions(panel: HTMLElement, lang: PaneLanguage, base: string, fetchFn: typeof fetch): Promise<void> {
  panel.replaceChildren(h("p", {}, t("functionsIntro", lang)));
  try {
    const response = await fetchFn(`${base}${lang === "ko" ? "functions.ko.json" : "functions.json"}`);
    if (!response.ok) throw new Error(String(response.status));
    const metadata = (await response.json()) as { functions: FunctionMeta[] };
    for (const fn of metadata.functions) {
      const signature = `SANDAN.${fn.name}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
      panel.append(
        h(
          "details",
          { class: "function", "data-function": fn.id },
          h("summary", {}, h("code", {}, signature)),
          h("p", {}, fn.description),
          h("dl", {}, ...fn.parameters.flatMap((p) => [h("dt", {}, h("code", {}, p.name)), h("dd", {}, p.description)])),
        ),
      );
    }
  } catch {
    panel.append(h("p", { class: "error" }, t("functionsUnavailable", lang)));
  }
}
