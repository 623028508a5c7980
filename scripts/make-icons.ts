// Draws the two Teams app icons reproducibly with pngjs: `tsx scripts/make-icons.ts`.
//   appPackage/color.png    192×192, full colour: three rising white bars on the accent colour.
//   appPackage/outline.png   32×32, the same bars in white on a transparent background.
// Teams' rules: the colour icon fills its square (Teams rounds the corners itself) with the
// symbol inside the central 96×96 safe area; the outline icon is white only, background fully
// transparent. Anti-aliasing is done by supersampling, so edges only vary in alpha (outline)
// or blend towards the accent colour (colour icon). Same code, same bytes, every run.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

/** The accent colour of the app (manifest `accentColor`, colour icon background). */
export const ACCENT_COLOR = '#1B5E8C';

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  radius: number;
}

/** Three rising bars in a unit square (0..1, y down), rounded tops and bottoms. */
const BARS: Box[] = [
  { x0: 0.04, x1: 0.28, y0: 0.5, y1: 1, radius: 0.06 },
  { x0: 0.38, x1: 0.62, y0: 0.26, y1: 1, radius: 0.06 },
  { x0: 0.72, x1: 0.96, y0: 0, y1: 1, radius: 0.06 },
];

function insideRoundedBox(px: number, py: number, b: Box): boolean {
  if (px < b.x0 || px > b.x1 || py < b.y0 || py > b.y1) return false;
  const cx = Math.min(Math.max(px, b.x0 + b.radius), b.x1 - b.radius);
  const cy = Math.min(Math.max(py, b.y0 + b.radius), b.y1 - b.radius);
  return (px - cx) ** 2 + (py - cy) ** 2 <= b.radius ** 2;
}

/**
 * Coverage (0..1) of the bar symbol for every pixel of a `size`×`size` image, with the symbol
 * drawn in the square [offset, offset + extent] (pixels), 8×8 samples per pixel.
 */
function symbolCoverage(size: number, offset: number, extent: number): Float64Array {
  const samples = 8;
  const coverage = new Float64Array(size * size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let hits = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const u = (x + (sx + 0.5) / samples - offset) / extent;
          const v = (y + (sy + 0.5) / samples - offset) / extent;
          if (BARS.some((b) => insideRoundedBox(u, v, b))) hits++;
        }
      }
      coverage[y * size + x] = hits / (samples * samples);
    }
  }
  return coverage;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** 192×192: white bars (96×96 safe area) on an opaque accent background. */
export function drawColorIcon(): PNG {
  const size = 192;
  const png = new PNG({ width: size, height: size });
  const [r, g, b] = hexToRgb(ACCENT_COLOR);
  const coverage = symbolCoverage(size, 48, 96);
  for (let i = 0; i < size * size; i++) {
    const c = coverage[i] ?? 0;
    png.data[i * 4] = Math.round(r + (255 - r) * c);
    png.data[i * 4 + 1] = Math.round(g + (255 - g) * c);
    png.data[i * 4 + 2] = Math.round(b + (255 - b) * c);
    png.data[i * 4 + 3] = 255;
  }
  return png;
}

/** 32×32: white bars, everything else fully transparent; edges vary in alpha only. */
export function drawOutlineIcon(): PNG {
  const size = 32;
  const png = new PNG({ width: size, height: size });
  const coverage = symbolCoverage(size, 4, 24);
  for (let i = 0; i < size * size; i++) {
    const alpha = Math.round((coverage[i] ?? 0) * 255);
    png.data[i * 4] = 255;
    png.data[i * 4 + 1] = 255;
    png.data[i * 4 + 2] = 255;
    png.data[i * 4 + 3] = alpha;
  }
  return png;
}

function main(): void {
  const dir = new URL('../appPackage/', import.meta.url);
  const color = PNG.sync.write(drawColorIcon());
  const outline = PNG.sync.write(drawOutlineIcon());
  writeFileSync(new URL('color.png', dir), color);
  writeFileSync(new URL('outline.png', dir), outline);
  process.stdout.write(`Iconen geschreven: appPackage/color.png (192×192), appPackage/outline.png (32×32)\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
