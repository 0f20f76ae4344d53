/** A CP949 encoder for tests and benchmarks: the reverse of TextDecoder("euc-kr") over every two-byte code. */
let reverse: Map<number, number> | undefined;

export function encodeCp949(s: string): Uint8Array {
  if (!reverse) {
    reverse = new Map();
    const dec = new TextDecoder("euc-kr");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x41; trail <= 0xfe; trail++) {
        const ch = dec.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== "\ufffd" && !reverse.has(ch.charCodeAt(0))) reverse.set(ch.charCodeAt(0), (lead << 8) | trail);
      }
    }
  }
  const out = new Uint8Array(s.length * 2);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) out[n++] = c;
    else {
      const m = reverse.get(c);
      if (m === undefined) throw new Error(`not in CP949: ${s[i]}`);
      out[n++] = m >> 8;
      out[n++] = m & 0xff;
    }
  }
  return out.subarray(0, n);
}
