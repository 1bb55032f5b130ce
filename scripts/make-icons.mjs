#!/usr/bin/env node
// Draws the toolbar icons (public/icons/icon-{16,32,48,128}.png): a lens over a highlighted
// line on the red of official letterheads. Pure Node (zlib for PNG), so no image tool is needed;
// run it again after changing the drawing.
import { deflateSync } from "node:zlib";
import { mkdirSync, writeFileSync } from "node:fs";

const RED = [180, 38, 27];
const WHITE = [255, 255, 255];
const GOLD = [255, 196, 0];

// Shapes in a unit square, as coverage tests; later shapes paint over earlier ones.
const roundedSquare = (x, y) => {
  const r = 0.2;
  const dx = Math.max(Math.abs(x - 0.5) - (0.5 - r), 0);
  const dy = Math.max(Math.abs(y - 0.5) - (0.5 - r), 0);
  return dx * dx + dy * dy <= r * r;
};
const highlightBar = (x, y) => x >= 0.16 && x <= 0.62 && y >= 0.36 && y <= 0.52;
const ring = (x, y) => {
  const d = Math.hypot(x - 0.42, y - 0.44);
  return d >= 0.2 && d <= 0.28;
};
const handle = (x, y) => {
  // A thick segment from the ring towards the lower right corner.
  const [ax, ay, bx, by] = [0.6, 0.62, 0.8, 0.82];
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay))) <= 0.065;
};
const layers = [
  [roundedSquare, RED],
  [highlightBar, GOLD],
  [ring, WHITE],
  [handle, WHITE],
];

function pixel(x, y) {
  for (let i = layers.length - 1; i >= 0; i--) {
    const [inside, color] = layers[i];
    if (inside(x, y) && (i === 0 || roundedSquare(x, y))) return [...color, 255];
  }
  return [0, 0, 0, 0];
}

function draw(size) {
  const SS = 4; // supersampling per axis, for smooth edges
  const rows = [];
  for (let py = 0; py < size; py++) {
    const row = Buffer.alloc(1 + size * 4); // filter byte 0, then RGBA
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++)
        for (let sx = 0; sx < SS; sx++) {
          const p = pixel((px + (sx + 0.5) / SS) / size, (py + (sy + 0.5) / SS) / size);
          for (let c = 0; c < 3; c++) acc[c] += p[c] * p[3];
          acc[3] += p[3];
        }
      const alpha = acc[3] / (SS * SS);
      for (let c = 0; c < 3; c++) row[1 + px * 4 + c] = acc[3] ? Math.round(acc[c] / acc[3]) : 0;
      row[1 + px * 4 + 3] = Math.round(alpha);
    }
    rows.push(row);
  }
  return png(size, size, Buffer.concat(rows));
}

function png(width, height, raw) {
  const chunk = (type, data) => {
    const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function crc32(buf) {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return ~c >>> 0;
}

const out = new URL("../public/icons/", import.meta.url);
mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  writeFileSync(new URL(`icon-${size}.png`, out), draw(size));
}
console.log("icons written to public/icons/");
