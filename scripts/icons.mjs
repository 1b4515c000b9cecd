// `node scripts/icons.mjs`: draws the toolbar icons (public/icon/{16,32,48,128}.png) with plain Node,
// writing the PNGs through zlib. The PNGs are committed; nothing runs at build time.
//
// The icon is a white tile with a green outline and a green SIM card leaving through an arrow. The
// tile is white so that the orange badge (utils/engine/badge.ts) stands out on it, and the tile's
// white is the colour most of its pixels have at every size (tests/unit/badge.test.ts checks both).
import { Buffer } from 'node:buffer';
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const GREEN = [0x0b, 0x7a, 0x5a];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 8; // per pixel and axis: anti-aliasing by supersampling

/** Inside a rounded square that fills [0, size]², with corner radius `r`, shrunk by `inset`. */
function inRoundedSquare(x, y, size, r, inset) {
  const lo = inset + r;
  const hi = size - inset - r;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= r * r;
}

/**
 * The SIM card (its top-right corner cut off, a chip hole inside) and the arrow, in units of the size.
 * Edges sit on sixteenths so that the 16 px icon stays sharp.
 */
function inGlyph(u, v) {
  const card = u >= 3 / 16 && u <= 9 / 16 && v >= 3 / 16 && v <= 13 / 16 && u - 7 / 16 <= v - 3 / 16;
  const chip = u >= 5 / 16 && u <= 7 / 16 && v >= 7 / 16 && v <= 11 / 16;
  const shaft = u >= 9 / 16 && u <= 11 / 16 && Math.abs(v - 0.5) <= 1 / 16;
  const head = u >= 10 / 16 && u <= 14 / 16 && Math.abs(v - 0.5) <= 14 / 16 - u;
  return (card && !chip) || shaft || head;
}

function colourAt(x, y, size) {
  const outline = Math.max(1, size * 0.05);
  const radius = size * 0.2;
  if (!inRoundedSquare(x, y, size, radius, 0)) return null;
  if (!inRoundedSquare(x, y, size, Math.max(radius - outline, 0), outline)) return GREEN;
  return inGlyph(x / size, y / size) ? GREEN : WHITE;
}

function draw(size) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES, size);
          if (!c) continue;
          for (let i = 0; i < 3; i++) sum[i] += c[i];
          sum[3] += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (sum[3] === 0) continue;
      for (let i = 0; i < 3; i++) rgba[o + i] = Math.round(sum[i] / sum[3]);
      rgba[o + 3] = Math.round((255 * sum[3]) / (SAMPLES * SAMPLES));
    }
  }
  return rgba;
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
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** An 8-bit RGBA, non-interlaced PNG; every row uses filter 0. */
export function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = [];
  for (let y = 0; y < size; y++) rows.push(Buffer.from([0]), rgba.subarray(y * size * 4, (y + 1) * size * 4));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

for (const size of [16, 32, 48, 128]) writeFileSync(`public/icon/${size}.png`, encodePng(size, draw(size)));
