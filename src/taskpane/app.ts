/**
 * The task pane: tabs for import (가져오기), audit (검증) and the function reference (함수). It talks only
 * to a WorkbookHost, so the same bundle runs in Excel and in the workbench.
 */
import { h } from "./dom";
import { t, tf, type PaneLanguage, type StringKey } from "./strings";
import type { SelectionInfo, WorkbookHost } from "./workbook";
import { writeAuditSheet } from "./audit-sheet-writer";
import { chartable, insertChart } from "./chart-writer";
import { parseRangeRef } from "../audit/address";
import { loadAuditView, UnresolvedArgument } from "./audit-loader";
import type { AuditView, CellLink } from "../audit/explain-view";
import { importView } from "./import-view";
import { referenceView } from "./reference-view";
import type { KeyStore } from "./settings";

export interface PaneOptions {
  host: WorkbookHost;
  lang: PaneLanguage;
  /** Where the add-in is served from: functions.json, functions.ko.json and the /kosis/ proxy live there. */
  base: string;
  keyStore: KeyStore;
  fetchFn: typeof fetch;
}

type Tab = "import" | "audit" | "functions" | "reference";

export function mountPane(root: HTMLElement, options: PaneOptions): void {
  const { host, lang } = options;
  const tr = (key: StringKey) => t(key, lang);
  const panels: Record<Tab, HTMLElement> = {
    import: importView({ host, lang, base: options.base, keyStore: options.keyStore, fetchFn: options.fetchFn }),
    audit: h("section", { class: "panel", "data-panel": "audit" }),
    functions: h("section", { class: "panel", "data-panel": "functions" }),
    reference: referenceView(host, lang),
  };
  const tabButton = (tab: Tab, key: StringKey) =>
    h("button", { class: "tab", role: "tab", "data-tab": tab, onclick: () => show(tab) }, tr(key));
  const tabs = h("nav", { class: "tabs", role: "tablist" }, tabButton("import", "tabImport"), tabButton("audit", "tabAudit"), tabButton("functions", "tabFunctions"), tabButton("reference", "tabReference"));

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
  const intro = h("p", { class: "muted" }, t("auditIntro", lang));
  const where = h("dl", { class: "facts" }, h("dt", {}, t("selected", lang)), h("dd", { "data-role": "audit-address" }, selection.address));
  let view: AuditView | undefined;
  try {
    view = await loadAuditView(host, selection, lang);
  } catch (e) {
    const arg = e instanceof UnresolvedArgument ? e.argument : String(e);
    panel.replaceChildren(intro, where, h("p", { class: "error" }, tf("auditUnresolved", lang, { arg })));
    return;
  }
  if (!view) {
    panel.replaceChildren(intro, where, h("p", { class: "muted", "data-role": "audit-none" }, t("notSandan", lang)));
    return;
  }
  panel.replaceChildren(
    renderAuditView(view, host, lang),
    auditSheetControls(host, selection, lang),
    host.addChart && chartable(view.title.replace(/^SANDAN\./, "")) ? chartControls(host, selection, lang) : "",
  );
}

function chartControls(host: WorkbookHost, selection: SelectionInfo, lang: PaneLanguage): HTMLElement {
  const status = h("p", { class: "muted", role: "status", "data-role": "chart-status" });
  const button = h("button", { class: "secondary", type: "button", "data-role": "insert-chart" }, t("insertChart", lang));
  button.addEventListener("click", async () => {
    try {
      const sheet = await insertChart(host, selection, lang);
      status.className = "ok";
      status.textContent = sheet ? `${t("inserted", lang)}: ${sheet}` : t("noChart", lang);
    } catch (e) {
      status.className = "error";
      status.textContent = e instanceof Error ? e.message : String(e);
    }
  });
  return h("div", { class: "chart" }, h("h3", {}, t("insertChart", lang)), button, status);
}

function auditSheetControls(host: WorkbookHost, selection: SelectionInfo, lang: PaneLanguage): HTMLElement {
  const status = h("div", { "data-role": "audit-sheet-status", role: "status" });
  const button = h("button", { class: "primary", type: "button", "data-role": "audit-sheet" }, t("auditSheetButton", lang));
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const written = await writeAuditSheet(host, selection);
      if (!written) return;
      const ref = written.check ? parseRangeRef(written.check) : undefined;
      const line = written.check
        ? tf("auditSheetDone", lang, { sheet: written.sheet, check: written.check, result: written.agrees ? "TRUE" : "FALSE" })
        : tf("auditSheetNoCheck", lang, { sheet: written.sheet });
      const go = h("button", { class: "secondary", type: "button", "data-role": "audit-sheet-open" }, t("openSheet", lang));
      go.addEventListener("click", () => void host.selectCell(written.sheet, ref?.row ?? 0, ref?.col ?? 0));
      status.replaceChildren(
        h("p", { class: written.check && !written.agrees ? "error" : "ok", "data-role": "audit-sheet-result" }, line),
        ...written.notes.map((n) => h("p", { class: "muted" }, n[lang])),
        go,
      );
    } catch (e) {
      status.replaceChildren(h("p", { class: "error" }, e instanceof Error ? e.message : String(e)));
    } finally {
      button.disabled = false;
    }
  });
  return h("div", { class: "audit-sheet" }, h("h3", {}, t("auditSheetButton", lang)), h("p", { class: "muted" }, t("auditSheetHelp", lang)), button, status);
}

function renderAuditView(view: AuditView, host: WorkbookHost, lang: PaneLanguage): HTMLElement {
  const tr = (key: StringKey) => t(key, lang);
  const go = (l: CellLink | undefined, text: string) =>
    l ? h("a", { href: "#", class: "cell-link", "data-address": l.address, onclick: (ev: Event) => (ev.preventDefault(), void host.selectCell(l.sheet, l.row, l.col)) }, text) : text;
  const used = view.sources.filter((s) => s.used).length;
  return h(
    "div",
    { class: "audit", "data-role": "audit-view" },
    h("h2", { "data-role": "audit-function" }, view.title),
    h("dl", { class: "facts" }, h("dt", {}, tr("selected")), h("dd", { "data-role": "audit-address" }, view.cell), h("dt", {}, tr("auditResult")), h("dd", { "data-role": "audit-result", class: view.result.error ? "error" : "" }, view.result.text)),
    view.result.error ? h("p", { class: "error", "data-role": "audit-error" }, view.result.error.message) : null,
    h("pre", { class: "formula", "data-role": "audit-formula" }, view.formula),
    h("h3", {}, tr("auditArguments")),
    h("dl", { class: "facts args" }, ...view.arguments.flatMap((a) => [h("dt", {}, h("code", {}, a.name)), h("dd", {}, go(a.link, a.resolved))])),
    view.sources.length
      ? h(
          "details",
          { class: "sources", "data-role": "audit-sources" },
          h("summary", {}, `${tr("auditSources")} — ${tf("auditUsed", lang, { used, excluded: view.sources.length - used })}`),
          h(
            "div",
            { class: "scroll" },
            h(
              "table",
              { class: "grid" },
              h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, t("regions", lang)), h("th", {}, t("industries", lang)), h("th", {}, tr("colValue")), h("th", {}, tr("colFlag")), h("th", {}, tr("colWhy")))),
              h(
                "tbody",
                {},
                ...view.sources.map((s) =>
                  h(
                    "tr",
                    { class: s.used ? "used" : "excluded" },
                    h("td", {}, go(s.link, s.link?.address.split("!").pop() ?? "")),
                    h("td", {}, s.region),
                    h("td", {}, s.industry),
                    h("td", { class: "num" }, s.value, s.unit ? ` ${s.unit}` : ""),
                    h("td", {}, s.flag),
                    h("td", {}, s.used ? "" : s.reason),
                  ),
                ),
              ),
            ),
          ),
        )
      : null,
    h("h3", {}, tr("auditSteps")),
    h(
      "ol",
      { class: "steps", "data-role": "audit-steps" },
      ...view.steps.map((s) =>
        h(
          "li",
          { "data-step": s.id },
          h("div", {}, s.label),
          s.formula ? h("code", { class: "step-formula" }, s.formula) : s.value ? h("code", { class: "step-formula" }, s.value) : null,
          s.links.length ? h("div", { class: "links" }, ...s.links.slice(0, 12).map((l) => go(l, l.address.split("!").pop() ?? "")), s.links.length > 12 ? ` … +${s.links.length - 12}` : "") : null,
        ),
      ),
    ),
    view.warnings.length ? h("div", {}, h("h3", {}, tr("auditWarnings")), h("ul", { class: "warning", "data-role": "audit-warnings" }, ...view.warnings.map((w) => h("li", {}, w)))) : null,
    view.provenance.length
      ? h("div", {}, h("h3", {}, tr("auditProvenance")), h("dl", { class: "facts", "data-role": "audit-provenance" }, ...view.provenance.flatMap((p) => [h("dt", {}, p.label), h("dd", {}, p.value)])))
      : null,
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
