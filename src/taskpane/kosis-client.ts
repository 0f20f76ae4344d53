/**
 * Transport for KOSIS Open API calls: through the same-origin /kosis/ proxy of the server hosting the
 * add-in, because KOSIS sends no CORS headers. Building, splitting and reading requests is the census
 * core's (kosisQuery, planKosisRequests, runKosisPlan); this only moves bytes.
 */
import { kosisQuery, type KosisFetch, type KosisRequest } from "../census";

export const KOSIS_PROXY_PATH = "kosis/Param/statisticsParameterData.do";

/** The request URL under `base` (the add-in's own folder), with the key. */
export function kosisUrl(base: string, apiKey: string, request: KosisRequest): string {
  return `${base}${KOSIS_PROXY_PATH}?${kosisQuery(request, apiKey)}`;
}

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** A KosisFetch for runKosisPlan that goes through the proxy at `base`. */
export function proxyFetch(fetchFn: FetchLike, base: string): KosisFetch {
  return async (query) => {
    const response = await fetchFn(`${base}${KOSIS_PROXY_PATH}?${query}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // KOSIS answers its own errors as JSON with HTTP 200; an empty non-200 answer is the proxy's or the network's.
    if (!response.ok && bytes.length === 0) throw new Error(`KOSIS proxy answered HTTP ${response.status}`);
    return bytes;
  };
}

/**
 * Every period between two KOSIS period codes: years ("2020"), months ("202001"), quarters ("20201"),
 * half-years ("20201"). Empty when the codes do not fit the period type or run backwards.
 */
export function expandPeriods(prdSe: string, start: string, end: string): string[] {
  const perYear: Record<string, number> = { Y: 1, H: 2, Q: 4, M: 12 };
  const n = perYear[prdSe];
  if (!n) return start === end ? [start] : [];
  const width = n === 12 ? 2 : n === 1 ? 0 : 1;
  const parse = (s: string) => {
    if (!new RegExp(`^\\d{4}\\d{${width}}$`).test(s)) return NaN;
    const y = Number(s.slice(0, 4));
    const p = width ? Number(s.slice(4)) : 1;
    return p >= 1 && p <= n ? y * n + (p - 1) : NaN;
  };
  const from = parse(start);
  const to = parse(end);
  if (Number.isNaN(from) || Number.isNaN(to) || to < from || to - from > 5000) return [];
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const y = Math.floor(k / n);
    const p = (k % n) + 1;
    out.push(width === 0 ? String(y) : `${y}${String(p).padStart(width, "0")}`);
  }
  return out;
}
