// Draws LiveDeck's app icon — a dark rounded square with an accent 直 built from strokes — and
// writes assets/icons/512x512.png and 256x256.png (electron-builder's icon set). No image
// libraries: shapes are rasterised with 4×4 supersampling and encoded as PNG with zlib.
// Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const outDir = fileURLToPath(new URL('../assets/icons/', import.meta.url));
const BG = [18, 22, 31];
const BG_EDGE = [34, 40, 54];
const ACCENT = [255, 92, 77];

// Strokes of 直 as rectangles [x0, y0, x1, y1] in a unit glyph box.
const W = 0.075;
const EYE = { x0: 0.34, x1: 0.74, y0: 0.28, y1: 0.84 };
const eyeRow = (k) => EYE.y0 + (k * (EYE.y1 - EYE.y0 - W)) / 3;
const GLYPH = [
  [0.16, 0.1, 0.84, 0.1 + W], // 十: horizontal
  [0.5 - W / 2, 0, 0.5 + W / 2, 0.25], // 十: vertical
  [EYE.x0, EYE.y0, EYE.x0 + W, EYE.y1], // 目: left
  [EYE.x1 - W, EYE.y0, EYE.x1, EYE.y1], // 目: right
  ...[0, 1, 2, 3].map((k) => [EYE.x0, eyeRow(k), EYE.x1, eyeRow(k) + W]), // 目: four horizontals
  [0.12, 0.3, 0.12 + W, 1], // 乚: down
  [0.12, 1 - W, 0.92, 1], // 乚: across
];
const GLYPH_BOX = { x: 0.2, y: 0.19, size: 0.6 };

function insideRoundedSquare(x, y, r) {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function insideGlyph(x, y) {
  const u = (x - GLYPH_BOX.x) / GLYPH_BOX.size;
  const v = (y - GLYPH_BOX.y) / GLYPH_BOX.size;
  return GLYPH.some(([x0, y0, x1, y1]) => u >= x0 && u <= x1 && v >= y0 && v <= y1);
}

function render(size) {
  const S = 4;
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let bg = 0;
      let edge = 0;
      let glyph = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const x = (px + (sx + 0.5) / S) / size;
          const y = (py + (sy + 0.5) / S) / size;
          if (!insideRoundedSquare(x, y, 0.2)) continue;
          bg++;
          if (!insideRoundedSquare((x - 0.025) / 0.95, (y - 0.025) / 0.95, 0.18)) edge++;
          else if (insideGlyph(x, y)) glyph++;
        }
      }
      const n = S * S;
      const i = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) {
        const base = bg ? (BG[c] * (bg - edge - glyph) + BG_EDGE[c] * edge + ACCENT[c] * glyph) / bg : 0;
        rgba[i + c] = Math.round(base);
      }
      rgba[i + 3] = Math.round((255 * bg) / n);
    }
  }
  return encodePng(size, size, rgba);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(outDir, { recursive: true });
for (const size of [512, 256]) {
  const file = `${outDir}${size}x${size}.png`;
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
