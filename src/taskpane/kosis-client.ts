/**
 * Calls to the KOSIS Open API (statisticsParameterData.do, JSON) through the same-origin /kosis/ proxy of
 * the server hosting the add-in: KOSIS sends no CORS headers. The key travels only in the request URL;
 * descriptions of a request (for provenance and messages) never contain it.
 */

export interface KosisQuery {
  orgId: string;
  tblId: string;
  /** Item ids, or ["ALL"]. */
  itmId: string[];
  /** Classification selections objL1…objL8, each a list of codes or ["ALL"]. */
  objL: string[][];
  /** Period type: Y, H, Q, M, D, IR, F, S. */
  prdSe: string;
  startPrdDe: string;
  endPrdDe: string;
}

export const KOSIS_PROXY_PATH = "kosis/Param/statisticsParameterData.do";

function params(query: KosisQuery): [string, string][] {
  const list: [string, string][] = [
    ["method", "getList"],
    ["format", "json"],
    ["jsonVD", "Y"],
    ["orgId", query.orgId],
    ["tblId", query.tblId],
    ["itmId", query.itmId.join(" ") + " "],
    ["prdSe", query.prdSe],
    ["startPrdDe", query.startPrdDe],
    ["endPrdDe", query.endPrdDe],
  ];
  query.objL.forEach((codes, i) => list.push([`objL${i + 1}`, codes.join(" ") + " "]));
  return list;
}

/** The request URL under `base` (the add-in's own folder), with the key. */
export function kosisUrl(base: string, apiKey: string, query: KosisQuery): string {
  const search = new URLSearchParams([["apiKey", apiKey], ...params(query)]);
  return `${base}${KOSIS_PROXY_PATH}?${search.toString()}`;
}

/** The request as provenance records it: everything but the key. */
export function describeKosisRequest(query: KosisQuery): string {
  return `statisticsParameterData.do?${new URLSearchParams(params(query)).toString()}`;
}

export type FetchLike = (url: string) => Promise<{ ok: boolean; status: number; arrayBuffer(): Promise<ArrayBuffer> }>;

/** Fetches one answer as bytes; the census parser reads both data and KOSIS's {"err": …} answers. */
export async function fetchKosis(fetchFn: FetchLike, base: string, apiKey: string, query: KosisQuery): Promise<Uint8Array> {
  const response = await fetchFn(kosisUrl(base, apiKey, query));
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!response.ok && bytes.length === 0) throw new Error(`KOSIS proxy answered HTTP ${response.status}`);
  return bytes;
}
