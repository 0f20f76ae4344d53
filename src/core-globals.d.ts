/**
 * The few web-platform globals the pure core may use: present in every browser, in Excel's JavaScript
 * runtime and in Node 20. Declared here so the core type-checks without the DOM or Node typings.
 */
declare global {
  interface TextDecoderOptions { fatal?: boolean; ignoreBOM?: boolean }
  interface TextDecoder { readonly encoding: string; decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string }
  var TextDecoder: { new (label?: string, options?: TextDecoderOptions): TextDecoder };
  interface TextEncoder { encode(input?: string): Uint8Array }
  var TextEncoder: { new (): TextEncoder };
  interface URLSearchParams { toString(): string; get(name: string): string | null }
  var URLSearchParams: { new (init?: string | [string, string][] | Record<string, string>): URLSearchParams };
  interface SubtleCrypto { digest(algorithm: string, data: ArrayBufferView | ArrayBuffer): Promise<ArrayBuffer> }
  var crypto: { subtle: SubtleCrypto; getRandomValues<T extends ArrayBufferView>(array: T): T };
}
export {};
