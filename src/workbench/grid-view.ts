/**
 * The workbench's spreadsheet: sheet tabs, a formula bar and a virtualised grid that draws only the rows in
 * view, so 100,000 rows scroll as smoothly as 100.
 */
import { cellAddress, columnLetters } from "../audit/address";
import type { HfWorkbook } from "./hf-workbook";
import type { ChartSpec } from "../taskpane/workbook";

const ROW_HEIGHT = 22;
const COL_WIDTH = 104;
const HEADER_WIDTH = 56;
const OVERSCAN = 8;

export function mountGrid(root: HTMLElement, book: HfWorkbook): { refresh(): void } {
  const tabs = el("div", "wb-tabs");
  const address = el("input", "wb-address") as HTMLInputElement;
  address.readOnly = true;
  address.setAttribute("data-role", "wb-address");
  const formula = el("input", "wb-formula") as HTMLInputElement;
  formula.setAttribute("data-role", "wb-formula");
  formula.setAttribute("aria-label", "수식 / Formula");
  const bar = el("div", "wb-bar", address, el("span", "wb-fx", "fx"), formula);
  const spacer = el("div", "wb-spacer");
  const layer = el("div", "wb-layer");
  const viewport = el("div", "wb-viewport", spacer, layer);
  viewport.tabIndex = 0;
  viewport.setAttribute("data-role", "wb-grid");
  root.replaceChildren(bar, viewport, tabs);

  let sheetName = book.selected.sheet;

  const dims = () => {
    const id = book.hf.getSheetId(sheetName);
    const d = id === undefined ? { width: 0, height: 0 } : book.hf.getSheetDimensions(id);
    return { rows: Math.max(d.height + 20, 60), cols: Math.max(d.width + 3, 12) };
  };

  function drawTabs(): void {
    tabs.replaceChildren(
      ...book.hf.getSheetNames().map((name) => {
        const b = el("button", name === sheetName ? "wb-tab active" : "wb-tab", name);
        b.setAttribute("data-sheet", name);
        b.addEventListener("click", () => book.select(name, 0, 0));
        return b;
      }),
    );
  }

  /** Sizes the scrollable area to the sheet (and past the selection), before any scrolling. */
  function size(): { rows: number; cols: number } {
    const d = dims();
    const sel = book.selected;
    const rows = Math.max(d.rows, sel.row + 20);
    const cols = Math.max(d.cols, sel.col + 3);
    spacer.style.height = `${(rows + 1) * ROW_HEIGHT}px`;
    spacer.style.width = `${HEADER_WIDTH + cols * COL_WIDTH}px`;
    return { rows, cols };
  }

  function draw(): void {
    const id = book.hf.getSheetId(sheetName);
    const { rows, cols } = size();
    const first = Math.max(0, Math.floor(viewport.scrollTop / ROW_HEIGHT) - OVERSCAN);
    const last = Math.min(rows, Math.ceil((viewport.scrollTop + viewport.clientHeight) / ROW_HEIGHT) + OVERSCAN);
    const firstCol = Math.max(0, Math.floor((viewport.scrollLeft - HEADER_WIDTH) / COL_WIDTH) - 2);
    const lastCol = Math.min(cols, Math.ceil((viewport.scrollLeft + viewport.clientWidth) / COL_WIDTH) + 2);
    const sel = book.selected;
    const table = book.tables.filter((t) => t.sheet === sheetName);
    const html: string[] = [];
    // Column header row, pinned to the top of the view.
    const top = viewport.scrollTop;
    html.push(`<div class="wb-row wb-colhead" style="top:${top}px">`);
    html.push(`<div class="wb-cell wb-corner" style="left:${viewport.scrollLeft}px;width:${HEADER_WIDTH}px"></div>`);
    for (let c = firstCol; c < lastCol; c++) html.push(`<div class="wb-cell wb-head" style="left:${HEADER_WIDTH + c * COL_WIDTH}px;width:${COL_WIDTH}px">${columnLetters(c)}</div>`);
    html.push("</div>");
    for (let r = first; r < last; r++) {
      const y = (r + 1) * ROW_HEIGHT;
      html.push(`<div class="wb-row" style="top:${y}px">`);
      html.push(`<div class="wb-cell wb-rowhead" style="left:${viewport.scrollLeft}px;width:${HEADER_WIDTH}px">${r + 1}</div>`);
      for (let c = firstCol; c < lastCol; c++) {
        const value = id === undefined ? null : book.value(id, r, c);
        const isHeader = table.some((t) => t.row === r && c >= t.col && c < t.col + t.cols);
        const classes = ["wb-cell"];
        if (typeof value === "number") classes.push("num");
        if (isHeader) classes.push("wb-tablehead");
        if (id !== undefined && book.errorAt(id, r, c)) classes.push("wb-error");
        if (sel.sheet === sheetName && sel.row === r && sel.col === c) classes.push("selected");
        const text = display(value, book.formatAt(sheetName, r, c));
        html.push(
          `<div class="${classes.join(" ")}" data-cell="${columnLetters(c)}${r + 1}" data-row="${r}" data-col="${c}" style="left:${HEADER_WIDTH + c * COL_WIDTH}px;width:${COL_WIDTH}px" title="${escapeHtml(text)}">${escapeHtml(text)}</div>`,
        );
      }
      html.push("</div>");
    }
    for (const chart of book.charts.filter((c) => c.sheet === sheetName)) html.push(chartSvg(book, chart));
    layer.innerHTML = html.join("");
  }

  function drawBar(): void {
    const sel = book.selected;
    const id = book.hf.getSheetId(sel.sheet);
    address.value = cellAddress(sel);
    if (document.activeElement !== formula) {
      const f = id === undefined ? undefined : book.hf.getCellFormula({ sheet: id, row: sel.row, col: sel.col });
      const serialized = id === undefined ? null : book.hf.getCellSerialized({ sheet: id, row: sel.row, col: sel.col });
      formula.value = f ?? (serialized === null || serialized === undefined ? "" : String(serialized).replace(/^'/, ""));
    }
  }

  let frame = 0;
  const schedule = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      draw();
    });
  };
  viewport.addEventListener("scroll", schedule);
  window.addEventListener("resize", schedule);

  layer.addEventListener("mousedown", (ev) => {
    const cell = (ev.target as HTMLElement).closest("[data-row]") as HTMLElement | null;
    if (!cell) return;
    book.select(sheetName, Number(cell.dataset.row), Number(cell.dataset.col));
    viewport.focus();
  });
  viewport.addEventListener("keydown", (ev) => {
    const sel = book.selected;
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Enter: [1, 0], Tab: [0, 1] };
    const m = moves[ev.key];
    if (m) {
      ev.preventDefault();
      book.select(sheetName, Math.max(0, sel.row + m[0]), Math.max(0, sel.col + m[1]));
      scrollIntoView();
    } else if (ev.key === "F2" || (ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey)) {
      formula.focus();
      if (ev.key !== "F2") {
        formula.value = "";
      }
    } else if (ev.key === "Delete" || ev.key === "Backspace") {
      book.enter(sheetName, sel.row, sel.col, "");
    }
  });
  formula.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter") {
      const sel = book.selected;
      book.enter(sheetName, sel.row, sel.col, formula.value);
      formula.blur();
      book.select(sheetName, sel.row + 1, sel.col);
      viewport.focus();
    } else if (ev.key === "Escape") {
      formula.blur();
      drawBar();
      viewport.focus();
    }
  });

  function scrollIntoView(): void {
    const sel = book.selected;
    const y = (sel.row + 1) * ROW_HEIGHT;
    if (y < viewport.scrollTop + ROW_HEIGHT) viewport.scrollTop = y - ROW_HEIGHT;
    else if (y + ROW_HEIGHT > viewport.scrollTop + viewport.clientHeight) viewport.scrollTop = y + 2 * ROW_HEIGHT - viewport.clientHeight;
    const x = HEADER_WIDTH + sel.col * COL_WIDTH;
    if (x < viewport.scrollLeft + HEADER_WIDTH) viewport.scrollLeft = x - HEADER_WIDTH;
    else if (x + COL_WIDTH > viewport.scrollLeft + viewport.clientWidth) viewport.scrollLeft = x + COL_WIDTH - viewport.clientWidth;
  }

  book.onSelectionChanged(() => {
    const sel = book.selected;
    if (sel.sheet !== sheetName) {
      sheetName = sel.sheet;
      viewport.scrollTop = 0;
      viewport.scrollLeft = 0;
      drawTabs();
    }
    size();
    scrollIntoView();
    drawBar();
    draw();
  });
  book.onChange(() => {
    if (!book.hf.doesSheetExist(sheetName)) sheetName = book.hf.getSheetNames()[0] ?? "";
    drawTabs();
    drawBar();
    schedule();
  });

  const refresh = () => {
    drawTabs();
    drawBar();
    draw();
  };
  refresh();
  return { refresh };
}

const SERIES_COLOURS = ["#0b5c8a", "#ffb328", "#6a9f3c", "#b3261e"];

/** A column chart drawn over the grid, as Excel floats a chart over its sheet. */
function chartSvg(book: HfWorkbook, chart: ChartSpec): string {
  const id = book.hf.getSheetId(chart.sheet);
  if (id === undefined) return "";
  const cell = (r: number, c: number) => book.value(id, chart.row + r, chart.col + c);
  const labels = Array.from({ length: chart.rows - 1 }, (_, i) => String(cell(i + 1, 0) ?? ""));
  const series = Array.from({ length: chart.series }, (_, s) => ({
    name: String(cell(0, s + 1) ?? ""),
    values: labels.map((_, i) => Number(cell(i + 1, s + 1)) || 0),
  }));
  const W = 440;
  const H = 270;
  const left = 56;
  const top = 34;
  const bottom = 54;
  const max = Math.max(0, ...series.flatMap((s) => s.values)) || 1;
  const plotH = H - top - bottom;
  const group = (W - left - 16) / Math.max(1, labels.length);
  const bar = (group * 0.7) / Math.max(1, series.length);
  const parts: string[] = [];
  parts.push(`<text x="${W / 2}" y="20" text-anchor="middle" font-size="13" font-weight="600">${escapeHtml(chart.title)}</text>`);
  parts.push(`<line x1="${left}" y1="${top + plotH}" x2="${W - 12}" y2="${top + plotH}" stroke="#889"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = (max * k) / 4;
    const y = top + plotH - (plotH * k) / 4;
    parts.push(`<text x="${left - 6}" y="${y + 4}" text-anchor="end" font-size="10" fill="#556">${display(v, max >= 100 ? "#,##0" : "")}</text>`);
    if (k > 0) parts.push(`<line x1="${left}" y1="${y}" x2="${W - 12}" y2="${y}" stroke="#e3e6ea"/>`);
  }
  labels.forEach((label, i) => {
    series.forEach((s, j) => {
      const h = (plotH * s.values[i]) / max;
      const x = left + i * group + group * 0.15 + j * bar;
      parts.push(`<rect x="${x}" y="${top + plotH - h}" width="${bar - 2}" height="${h}" fill="${SERIES_COLOURS[j % SERIES_COLOURS.length]}"><title>${escapeHtml(`${label} · ${s.name}: ${s.values[i]}`)}</title></rect>`);
    });
    const short = label.length > 12 ? `${label.slice(0, 11)}…` : label;
    parts.push(`<text x="${left + i * group + group / 2}" y="${top + plotH + 16}" text-anchor="middle" font-size="10">${escapeHtml(short)}</text>`);
  });
  series.forEach((s, j) => {
    const x = left + j * 150;
    parts.push(`<rect x="${x}" y="${H - 18}" width="10" height="10" fill="${SERIES_COLOURS[j % SERIES_COLOURS.length]}"/><text x="${x + 14}" y="${H - 9}" font-size="11">${escapeHtml(s.name)}</text>`);
  });
  const x = HEADER_WIDTH + chart.anchorCol * COL_WIDTH;
  const y = (chart.anchorRow + 1) * ROW_HEIGHT;
  return `<svg class="wb-chart" data-role="wb-chart" role="img" aria-label="${escapeHtml(chart.title)}" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" style="left:${x}px;top:${y}px">${parts.join("")}</svg>`;
}

/** A value as the grid shows it, following the cell's number format where it has one. */
export function display(value: unknown, format: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  // The formats the add-in writes: 0, 0.00, #,##0, #,##0.0, 0.00% and the like.
  const m = /^(#,##)?0(?:\.(0+))?(%)?$/.exec(format);
  if (m) {
    const digits = m[2]?.length ?? 0;
    const shown = m[3] ? value * 100 : value;
    const text = shown.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: !!m[1] });
    return m[3] ? `${text}%` : text;
  }
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
}

function el(tag: string, className: string, ...children: (Node | string)[]): HTMLElement {
  const e = document.createElement(tag);
  e.className = className;
  e.append(...children);
  return e;
}

function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);
}
