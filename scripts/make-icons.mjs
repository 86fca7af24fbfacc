// Draws Between's app icons: the brand mark "◐" (a circle with its left half filled) in the
// accent colour on the soft accent background.
//
// Re-run after changing anything below (the outputs are committed, the build only copies them):
//
//     node scripts/make-icons.mjs
//
// Writes, into assets/icons/:
//   icon.svg              the master (rounded tile; follows the reader's dark mode where the
//                         viewer supports it)
//   icon-192.png          the same geometry, light colours, purpose "any"
//   icon-512.png          ditto
//   icon-maskable-512.png full-bleed background, mark scaled into the central 80% safe zone
//
// The PNGs are drawn procedurally from the same numbers as the SVG (anti-aliased by
// supersampling) and encoded by hand (node:zlib + CRC-32), so there are no dependencies.
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');

// Palette, from the custom properties at the top of style/main.css.
const LIGHT = { tile: '#e2eeec' /* --accent-soft */, ink: '#2f6b62' /* --accent */, paper: '#f7f4ee' /* --bg */ };
const DARK = { tile: '#1f3330', ink: '#86c5bc', paper: '#1a1918' };

// Geometry on a 512 × 512 grid.
const SIZE = 512;
const C = SIZE / 2; // centre
const TILE_RADIUS = 112; // corner radius of the "any" tile
const RING_OUTER = 168; // outer radius of the circle
const RING_WIDTH = 28; // its outline
const SAFE_SCALE = 0.8; // maskable: the whole mark sits well inside the 80% safe circle

// ---------------------------------------------------------------------------------------
// SVG master

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SIZE} ${SIZE}">
  <title>Between</title>
  <style>
    .tile { fill: ${LIGHT.tile} } .paper { fill: ${LIGHT.paper}; stroke: ${LIGHT.ink} } .ink { fill: ${LIGHT.ink} }
    @media (prefers-color-scheme: dark) {
      .tile { fill: ${DARK.tile} } .paper { fill: ${DARK.paper}; stroke: ${DARK.ink} } .ink { fill: ${DARK.ink} }
    }
  </style>
  <rect class="tile" width="${SIZE}" height="${SIZE}" rx="${TILE_RADIUS}"/>
  <circle class="paper" cx="${C}" cy="${C}" r="${RING_OUTER - RING_WIDTH / 2}" stroke-width="${RING_WIDTH}"/>
  <path class="ink" d="M${C} ${C - RING_OUTER}a${RING_OUTER} ${RING_OUTER} 0 0 0 0 ${2 * RING_OUTER}z"/>
</svg>
`;

// ---------------------------------------------------------------------------------------
// The same drawing, point by point: which colour ('tile', 'ink' or 'paper') is at (x, y)
// on the 512 grid, or null outside the tile.

function shade(x, y, { tileRadius, scale }) {
  // Rounded square tile (tileRadius 0: full bleed).
  const inset = C - tileRadius;
  const dx = Math.max(Math.abs(x - C) - inset, 0);
  const dy = Math.max(Math.abs(y - C) - inset, 0);
  if (dx * dx + dy * dy > tileRadius * tileRadius) return null;

  const outer = RING_OUTER * scale;
  const inner = (RING_OUTER - RING_WIDTH) * scale;
  const r = Math.hypot(x - C, y - C);
  if (r > outer) return 'tile';
  if (r >= inner || x <= C) return 'ink'; // the outline, and the filled left half
  return 'paper';
}

function render(pixels, options, samples = 8) {
  const rgb = Object.fromEntries(Object.entries(options.colours).map(([k, v]) => [k, hexToRgb(v)]));
  const out = Buffer.alloc(pixels * pixels * 4);
  const unit = SIZE / pixels;
  const n = samples * samples;
  for (let py = 0; py < pixels; py++) {
    for (let px = 0; px < pixels; px++) {
      // Premultiplied sums, so partly covered edge pixels blend like a browser would.
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const key = shade((px + (sx + 0.5) / samples) * unit, (py + (sy + 0.5) / samples) * unit, options);
          if (key === null) continue;
          const [cr, cg, cb] = rgb[key];
          r += cr; g += cg; b += cb; a += 1;
        }
      }
      const i = (py * pixels + px) * 4;
      if (a > 0) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / n);
      }
    }
  }
  return out;
}

function hexToRgb(hex) {
  const v = parseInt(hex.slice(1), 16);
  return [(v >> 16) & 255, (v >> 8) & 255, v & 255];
}

// ---------------------------------------------------------------------------------------
// PNG encoder: 8-bit RGBA, one IDAT, per-row filter chosen by the usual
// minimum-sum-of-absolute-differences heuristic (keeps the files small).

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 255] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

function paeth(a, b, c) {
  const p = a + b - c;
  const pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

function encodePng(width, height, rgba) {
  const stride = width * 4;
  const rows = [];
  const prev = Buffer.alloc(stride); // row above the first one counts as zeros
  for (let y = 0; y < height; y++) {
    const row = rgba.subarray(y * stride, (y + 1) * stride);
    const up = y === 0 ? prev : rgba.subarray((y - 1) * stride, y * stride);
    let best = null, bestScore = Infinity;
    for (let type = 0; type < 5; type++) {
      const line = Buffer.alloc(stride + 1);
      line[0] = type;
      let score = 0;
      for (let i = 0; i < stride; i++) {
        const a = i >= 4 ? row[i - 4] : 0, b = up[i], c = i >= 4 ? up[i - 4] : 0;
        const predictor = [0, a, b, (a + b) >> 1, paeth(a, b, c)][type];
        const v = (row[i] - predictor) & 255;
        line[i + 1] = v;
        score += v < 128 ? v : 256 - v;
      }
      if (score < bestScore) (best = line), (bestScore = score);
    }
    rows.push(best);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---------------------------------------------------------------------------------------

mkdirSync(outDir, { recursive: true });
const write = (name, data) => {
  writeFileSync(path.join(outDir, name), data);
  console.log(`make-icons: wrote assets/icons/${name} (${data.length} bytes)`);
};

write('icon.svg', svg);
const any = { tileRadius: TILE_RADIUS, scale: 1, colours: LIGHT };
const maskable = { tileRadius: 0, scale: SAFE_SCALE, colours: LIGHT };
for (const [name, px, options] of [
  ['icon-192.png', 192, any],
  ['icon-512.png', 512, any],
  ['icon-maskable-512.png', 512, maskable],
]) {
  write(name, encodePng(px, px, render(px, options)));
}
