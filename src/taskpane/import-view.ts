/**
 * The import view (가져오기): choose a file or a KOSIS Open API request, look at the preview, pick what to
 * import, then write it to a new sheet with a progress bar and a working cancel button.
 */
import {
  ImportError,
  checkExcelFit,
  checkInputSize,
  filterOptions,
  parseCensus,
  planKosisRequests,
  prepareImport,
  preview,
  rowCount,
  runKosisPlan,
  type CensusFilters,
  type CensusFormat,
  type CensusTable,
  type EncodingOption,
  type ImportLayout,
} from "../census";
import { h } from "./dom";
import { writeImport, ImportRefused } from "./import-writer";
import { expandPeriods, proxyFetch } from "./kosis-client";
import { loadApiKey, saveApiKey, type KeyStore } from "./settings";
import { t, tf, type PaneLanguage, type StringKey } from "./strings";
import { CancelledError, type WorkbookHost } from "./workbook";

export interface ImportViewOptions {
  host: WorkbookHost;
  lang: PaneLanguage;
  /** Where the add-in is served from: the /kosis/ proxy lives there. */
  base: string;
  keyStore: KeyStore;
  fetchFn: typeof fetch;
}

const FORMATS: { value: CensusFormat | "auto"; label: { ko: string; en: string } }[] = [
  { value: "auto", label: { ko: "자동 감지", en: "Detect" } },
  { value: "kosis-standard-csv", label: { ko: "KOSIS 표준 CSV", en: "KOSIS standard CSV" } },
  { value: "kosis-bulk-csv", label: { ko: "KOSIS 대용량 CSV", en: "KOSIS bulk CSV" } },
  { value: "kosis-xlsx", label: { ko: "KOSIS XLSX", en: "KOSIS XLSX" } },
  { value: "kosis-api-json", label: { ko: "KOSIS Open API JSON", en: "KOSIS Open API JSON" } },
  { value: "generic-csv", label: { ko: "일반 CSV/TSV", en: "Other CSV/TSV" } },
];
const ENCODINGS: EncodingOption[] = ["auto", "utf-8", "cp949", "utf-16le", "utf-16be"];

export function importView(options: ImportViewOptions): HTMLElement {
  const { lang } = options;
  const tr = (key: StringKey) => t(key, lang);
  const status = h("div", { class: "status", "data-role": "import-status", role: "status" });
  const previewBox = h("div", { class: "preview", "data-role": "import-preview" });
  let source: { read: () => Promise<Uint8Array>; name: string } | undefined;

  const formatSelect = h(
    "select",
    { "data-role": "import-format", onchange: () => void reparse() },
    ...FORMATS.map((f) => h("option", { value: f.value }, f.label[lang])),
  );
  const encodingSelect = h(
    "select",
    { "data-role": "import-encoding", onchange: () => void reparse() },
    ...ENCODINGS.map((e) => h("option", { value: e }, e === "auto" ? tr("auto") : e.toUpperCase())),
  );
  const fileInput = h("input", { type: "file", accept: ".csv,.tsv,.txt,.xlsx,.json", "data-role": "import-file" });
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    try {
      // Refused before reading: a file this large would exhaust the pane's memory.
      checkInputSize(file.name, file.size);
    } catch (e) {
      source = undefined;
      previewBox.replaceChildren();
      status.replaceChildren(errorBox(e, lang));
      return;
    }
    // The file is read again for each parse (another format or encoding) rather than kept in memory beside the table.
    source = { read: () => readFile(file), name: file.name };
    await reparse();
  });

  async function reparse(): Promise<void> {
    if (!source) return;
    status.replaceChildren(h("p", { class: "muted" }, tr("reading")));
    previewBox.replaceChildren();
    try {
      const table = await parseCensus(await source.read(), source.name, {
        format: formatSelect.value as CensusFormat | "auto",
        encoding: encodingSelect.value as EncodingOption,
      });
      status.replaceChildren();
      previewBox.replaceChildren(previewPanel(table, options));
    } catch (e) {
      status.replaceChildren(errorBox(e, lang));
    }
  }

  return h(
    "section",
    { class: "panel", "data-panel": "import" },
    h("p", {}, tr("importIntro")),
    h(
      "details",
      { open: true, class: "source" },
      h("summary", {}, tr("sourceFile")),
      h("label", { class: "file-button" }, tr("chooseFile"), fileInput),
      h("div", { class: "row" }, h("label", {}, tr("format"), formatSelect), h("label", {}, tr("encoding"), encodingSelect)),
    ),
    apiForm(options, (table) => {
      status.replaceChildren();
      previewBox.replaceChildren(previewPanel(table, options));
    }, status),
    status,
    previewBox,
  );
}

function apiForm(options: ImportViewOptions, show: (table: CensusTable) => void, status: HTMLElement): HTMLElement {
  const { lang } = options;
  const tr = (key: StringKey) => t(key, lang);
  const field = (role: string, label: string, value = "", type = "text") => {
    const input = h("input", { type, "data-role": role, value, autocomplete: "off", spellcheck: "false" });
    return { input, label: h("label", { class: "field" }, label, input) };
  };
  const key = field("api-key", tr("apiKey"), loadApiKey(options.keyStore), "password");
  const org = field("api-org", tr("orgId"), "101");
  const tbl = field("api-table", tr("tblId"));
  const itm = field("api-items", tr("itmId"), "ALL");
  const obj = [1, 2, 3].map((n) => field(`api-obj${n}`, tf("objL", lang, { n }), n === 1 ? "ALL" : ""));
  const prdSe = field("api-prdse", tr("prdSe"), "Y");
  const start = field("api-start", tr("startPrd"));
  const end = field("api-end", tr("endPrd"));
  const button = h("button", { class: "primary", "data-role": "api-fetch", type: "button" }, tr("fetch"));
  button.addEventListener("click", async () => {
    saveApiKey(options.keyStore, key.input.value);
    const split = (s: string) => s.trim().split(/[\s,+]+/).filter(Boolean);
    const objL = obj.map((o) => split(o.input.value)).filter((l) => l.length > 0);
    const periods = expandPeriods(prdSe.input.value.trim().toUpperCase(), start.input.value.trim(), end.input.value.trim());
    try {
      const requests = planKosisRequests({
        orgId: org.input.value.trim(),
        tblId: tbl.input.value.trim(),
        itmId: split(itm.input.value),
        objL,
        prdSe: prdSe.input.value.trim().toUpperCase(),
        periods: periods.length ? periods : [start.input.value.trim()],
      });
      status.replaceChildren(h("p", { class: "muted" }, tf("fetching", lang, { n: requests.length })));
      const { table } = await runKosisPlan(requests, proxyFetch(options.fetchFn, options.base), key.input.value.trim());
      show(table);
    } catch (e) {
      status.replaceChildren(errorBox(e, lang));
    }
  });
  return h(
    "details",
    { class: "source" },
    h("summary", {}, tr("sourceApi")),
    key.label,
    h("div", { class: "row" }, org.label, tbl.label),
    itm.label,
    ...obj.map((o) => o.label),
    h("div", { class: "row" }, prdSe.label, start.label, end.label),
    button,
  );
}

function previewPanel(table: CensusTable, options: ImportViewOptions): HTMLElement {
  const { lang, host } = options;
  const tr = (key: StringKey) => t(key, lang);
  const choices = filterOptions(table);
  const picked: Record<keyof CensusFilters, Set<string>> = { regions: new Set(), industries: new Set(), periods: new Set(), items: new Set() };
  let layout: ImportLayout = "long";

  const filters = (): CensusFilters => {
    const f: CensusFilters = {};
    for (const k of Object.keys(picked) as (keyof CensusFilters)[]) if (picked[k].size) f[k] = [...picked[k]];
    return f;
  };

  const sample = h("div", { class: "sample" });
  const fit = h("p", { class: "error", "data-role": "import-fit" });
  const refresh = () => {
    const p = preview(table, 8, filters());
    sample.replaceChildren(gridTable(p.header, p.rows));
    const problem = checkExcelFit(table, layout, filters());
    fit.textContent = problem ? problem.describe(lang) : "";
    importButton.disabled = !!problem;
  };

  const filterGroup = (key: keyof CensusFilters, label: StringKey, values: { value: string; text: string }[]) => {
    if (values.length < 2) return null;
    const count = h("span", { class: "muted" }, ` (${tr("all")} ${values.length})`);
    const boxes = values.map((v) => {
      const box = h("input", { type: "checkbox", value: v.value, "data-filter": key });
      box.addEventListener("change", () => {
        if (box.checked) picked[key].add(v.value);
        else picked[key].delete(v.value);
        count.textContent = picked[key].size ? ` (${picked[key].size}/${values.length} ${tr("selectedOf")})` : ` (${tr("all")} ${values.length})`;
        refresh();
      });
      return h("label", { class: "check" }, box, v.text);
    });
    return h("details", { class: "filter" }, h("summary", {}, tr(label), count), h("div", { class: "checks" }, ...boxes));
  };

  const symbols = Object.entries(table.counts.bySymbol);
  const facts = h(
    "dl",
    { class: "facts", "data-role": "import-facts" },
    h("dt", {}, tr("format")),
    h("dd", {}, FORMATS.find((f) => f.value === table.format)?.label[lang] ?? table.format),
    h("dt", {}, tr("encoding")),
    h("dd", {}, table.encoding),
    h("dt", {}, tr("detected")),
    h("dd", {}, table.layout[lang]),
    h("dt", {}, tr("rows")),
    h("dd", {}, rowCount(table).toLocaleString()),
    h("dt", {}, tr("symbols")),
    h("dd", { "data-role": "import-symbols" }, symbols.length ? symbols.map(([s, n]) => `${s} ${n.toLocaleString()}`).join(" · ") : tr("noSymbols")),
  );
  const warnings = table.warnings.length ? h("ul", { class: "warning" }, ...table.warnings.map((w) => h("li", {}, w[lang]))) : null;

  const layoutChoice = h(
    "div",
    { class: "row", role: "radiogroup" },
    ...(["long", "wide"] as ImportLayout[]).map((value) => {
      const radio = h("input", { type: "radio", name: "import-layout", value, "data-role": `layout-${value}` });
      radio.checked = value === layout;
      radio.addEventListener("change", () => {
        layout = value;
        refresh();
      });
      return h("label", { class: "check" }, radio, tr(value === "long" ? "layoutLong" : "layoutWide"));
    }),
  );

  const progress = h("progress", { max: "1", value: "0", hidden: true, "data-role": "import-progress" });
  const cancelButton = h("button", { class: "secondary", type: "button", hidden: true, "data-role": "import-cancel" }, tr("cancel"));
  const result = h("div", { "data-role": "import-result", role: "status" });
  const importButton = h("button", { class: "primary", type: "button", "data-role": "import-go" }, tr("importButton"));

  importButton.addEventListener("click", async () => {
    const controller = new AbortController();
    const prepared = prepareImport(table, layout, filters());
    importButton.disabled = true;
    progress.hidden = false;
    cancelButton.hidden = false;
    cancelButton.onclick = () => controller.abort();
    result.replaceChildren(h("p", { class: "muted" }, tr("writing")));
    try {
      const outcome = await writeImport(host, prepared, {
        signal: controller.signal,
        onProgress: (done, total) => {
          progress.max = total;
          progress.value = done;
        },
      });
      const s = prepared.summary;
      const go = h("button", { class: "secondary", type: "button", "data-role": "import-open" }, tr("openSheet"));
      go.addEventListener("click", () => void host.selectCell(outcome.sheet, 0, 0));
      result.replaceChildren(
        h("p", { class: "ok" }, `${tr("done")}: ${outcome.sheet} (${outcome.rows.toLocaleString()} ${tr("rows")})`),
        h("p", { "data-role": "import-accounting" }, tf("accounting", lang, { read: s.cellsRead, numbers: s.numbers, symbols: s.symbols, blanks: s.blanks, texts: s.texts, written: s.cellsWritten })),
        go,
      );
    } catch (e) {
      result.replaceChildren(
        e instanceof CancelledError ? h("p", { class: "warning" }, tr("cancelled")) : h("div", {}, h("p", { class: "error" }, tr("failed")), errorBox(e, lang)),
      );
    } finally {
      importButton.disabled = false;
      progress.hidden = true;
      cancelButton.hidden = true;
    }
  });

  const panel = h(
    "div",
    {},
    facts,
    warnings,
    h("h2", {}, tr("filters")),
    filterGroup("regions", "regions", choices.regions.map((r) => ({ value: r.parent ? `${r.parent} ${r.name}` : r.name, text: r.parent ? `${r.parent} ${r.name}` : r.name }))),
    filterGroup("industries", "industries", choices.industries.map((i) => ({ value: i.code || i.name, text: i.code ? `${i.code} ${i.name}` : i.name }))),
    filterGroup("periods", "periods", choices.periods.map((p) => ({ value: p, text: p }))),
    filterGroup("items", "items", choices.items.map((i) => ({ value: i.item, text: i.unit ? `${i.item} (${i.unit})` : i.item }))),
    h("h2", {}, tr("layout")),
    layoutChoice,
    h("h2", {}, tr("preview")),
    sample,
    fit,
    h("div", { class: "row" }, importButton, cancelButton),
    progress,
    result,
  );
  refresh();
  return panel;
}

function gridTable(header: string[], rows: (string | number | null)[][]): HTMLElement {
  return h(
    "div",
    { class: "scroll" },
    h(
      "table",
      { class: "grid" },
      h("thead", {}, h("tr", {}, ...header.map((c) => h("th", {}, c)))),
      h("tbody", {}, ...rows.map((r) => h("tr", {}, ...r.map((v) => h("td", typeof v === "number" ? { class: "num" } : {}, v === null ? "" : typeof v === "number" ? v.toLocaleString() : v))))),
    ),
  );
}

/** The chosen file's bytes; a file moved or changed since it was chosen cannot be read again. */
async function readFile(file: File): Promise<Uint8Array> {
  try {
    return new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new ImportRefused(
      `'${file.name}' 파일을 읽을 수 없습니다. 고른 뒤에 옮겨졌거나 바뀌었을 수 있습니다. 파일을 다시 고르세요.`,
      `'${file.name}' could not be read; it may have been moved or changed since it was chosen. Choose the file again.`,
    );
  }
}

export function errorBox(e: unknown, lang: PaneLanguage): HTMLElement {
  const text =
    e instanceof ImportError ? e.describe(lang) : e instanceof ImportRefused ? (lang === "ko" ? e.ko : e.en) : e instanceof Error ? e.message : String(e);
  return h("p", { class: "error", "data-role": "error", role: "alert" }, text);
}
