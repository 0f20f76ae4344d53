/**
 * The KOSIS API key lives in the add-in's own storage (per user and origin), never in the workbook, a
 * document setting or a log.
 */
const KEY = "sandan.kosisApiKey";

export interface KeyStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function loadApiKey(store: KeyStore): string {
  return store.getItem(KEY) ?? "";
}

export function saveApiKey(store: KeyStore, apiKey: string): void {
  const trimmed = apiKey.trim();
  if (trimmed) store.setItem(KEY, trimmed);
  else store.removeItem(KEY);
}
