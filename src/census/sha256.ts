/** SHA-256 (FIPS 180-4): a small synchronous pure implementation, and the Web Crypto one when present. */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

function toHex(words: Uint32Array): string {
  let s = "";
  for (let i = 0; i < words.length; i++) s += words[i].toString(16).padStart(8, "0");
  return s;
}

/** SHA-256 of the bytes, as 64 lowercase hex digits. Synchronous and pure. */
export function sha256Hex(data: Uint8Array): string {
  const H = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const W = new Uint32Array(64);
  const n = data.length;
  const fullBlocks = Math.floor(n / 64);
  const tail = new Uint8Array(n % 64 < 56 ? 64 : 128);
  tail.set(data.subarray(fullBlocks * 64));
  tail[n % 64] = 0x80;
  const bits = n * 8;
  const hi = Math.floor(bits / 0x100000000);
  const lo = bits >>> 0;
  const tl = tail.length;
  tail[tl - 8] = hi >>> 24;
  tail[tl - 7] = hi >>> 16;
  tail[tl - 6] = hi >>> 8;
  tail[tl - 5] = hi;
  tail[tl - 4] = lo >>> 24;
  tail[tl - 3] = lo >>> 16;
  tail[tl - 2] = lo >>> 8;
  tail[tl - 1] = lo;
  const block = (b: Uint8Array, off: number) => {
    for (let i = 0; i < 16; i++) {
      const j = off + i * 4;
      W[i] = (b[j] << 24) | (b[j + 1] << 16) | (b[j + 2] << 8) | b[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = W[i - 15];
      const y = W[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
    }
    let a = H[0], b2 = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (h + S1 + ch + K[i] + W[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & b2) ^ (a & c) ^ (b2 & c);
      const t2 = (S0 + maj) | 0;
      h = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b2;
      b2 = a;
      a = (t1 + t2) | 0;
    }
    H[0] += a;
    H[1] += b2;
    H[2] += c;
    H[3] += d;
    H[4] += e;
    H[5] += f;
    H[6] += g;
    H[7] += h;
  };
  for (let i = 0; i < fullBlocks; i++) block(data, i * 64);
  for (let off = 0; off < tail.length; off += 64) block(tail, off);
  return toHex(H);
}

/** SHA-256 with Web Crypto (`globalThis.crypto.subtle`) when present, else the pure implementation. */
export async function sha256HexAsync(data: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle) {
    try {
      // digest() takes a view of an ArrayBuffer as it is; only a view of shared memory must be copied first
      const plain = typeof SharedArrayBuffer !== "undefined" && data.buffer instanceof SharedArrayBuffer ? new Uint8Array(data) : data;
      const d = await subtle.digest("SHA-256", plain as Uint8Array<ArrayBuffer>);
      const v = new Uint8Array(d);
      let s = "";
      for (let i = 0; i < v.length; i++) s += v[i].toString(16).padStart(2, "0");
      return s;
    } catch {
      // fall through to the pure implementation
    }
  }
  return sha256Hex(data);
}
