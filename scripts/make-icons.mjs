// Draws the add-in icons (assets/icon-{16,32,64,80}.png): a rounded tile with three rising bars and a
// factory roof line. Run `node scripts/make-icons.mjs` after changing the design; the PNGs are committed.
import { deflateSync } from "node:zlib";
import { writeFileSync, mkdirSync } from "node:fs";

const TILE = [0x0b, 0x5c, 0x8a]; // deep blue
const BAR = [0xff, 0xff, 0xff];
const ACCENT = [0xff, 0xb3, 0x28]; // amber

// Shapes in a 0..1 coordinate space; the first that contains a point gives its colour.
function colourAt(x, y) {
  const r = 0.18;
  const inTile = (() => {
    const cx = Math.min(Math.max(x, r), 1 - r);
    const cy = Math.min(Math.max(y, r), 1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  })();
  if (!inTile) return null;
  const bars = [
    [0.2, 0.56, 0.34],
    [0.42, 0.42, 0.56],
    [0.64, 0.26, 0.78],
  ];
  for (const [x0, top, x1] of bars) if (x >= x0 && x <= x1 - 0.04 && y >= top && y <= 0.8) return BAR;
  if (y >= 0.83 && y <= 0.88 && x >= 0.16 && x <= 0.84) return ACCENT;
  return TILE;
}

function png(size) {
  const ss = 4; // supersampling for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0; // filter: none
    for (let px = 0; px < size; px++) {
      let rr = 0, gg = 0, bb = 0, aa = 0;
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size);
          if (c) { rr += c[0]; gg += c[1]; bb += c[2]; aa += 1; }
        }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      if (aa > 0) { raw[o] = rr / aa; raw[o + 1] = gg / aa; raw[o + 2] = bb / aa; }
      raw[o + 3] = Math.round((255 * aa) / (ss * ss));
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

mkdirSync("assets", { recursive: true });
for (const size of [16, 32, 64, 80]) writeFileSync(`assets/icon-${size}.png`, png(size));
console.log("assets/icon-{16,32,64,80}.png written");
