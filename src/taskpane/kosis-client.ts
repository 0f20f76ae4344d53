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
