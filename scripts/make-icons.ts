/** Draws Sidekick's toolbar icons (a purple badge with a white "S"-shaped bolt) as PNGs. */
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function png(size: number, pixel: (x: number, y: number) => [number, number, number, number]): Buffer {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x, y), y * (size * 4 + 1) + 1 + x * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

// A bolt polygon in a 0..1 square.
const BOLT: [number, number][] = [
  [0.58, 0.12],
  [0.28, 0.55],
  [0.48, 0.55],
  [0.4, 0.88],
  [0.72, 0.42],
  [0.52, 0.42],
  [0.62, 0.12],
];
function inside(px: number, py: number): boolean {
  let hit = false;
  for (let i = 0, j = BOLT.length - 1; i < BOLT.length; j = i++) {
    const [xi, yi] = BOLT[i]!;
    const [xj, yj] = BOLT[j]!;
    if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

mkdirSync('public/icon', { recursive: true });
for (const size of [16, 32, 48, 96, 128]) {
  const r = size * 0.22;
  const image = png(size, (x, y) => {
    // 4x supersampling for smooth edges.
    let badge = 0;
    let bolt = 0;
    for (let sy = 0; sy < 4; sy++)
      for (let sx = 0; sx < 4; sx++) {
        const px = x + (sx + 0.5) / 4;
        const py = y + (sy + 0.5) / 4;
        const dx = Math.max(r - px, px - (size - r), 0);
        const dy = Math.max(r - py, py - (size - r), 0);
        if (dx * dx + dy * dy <= r * r) {
          badge++;
          if (inside(px / size, py / size)) bolt++;
        }
      }
    const a = badge / 16;
    const w = bolt / Math.max(badge, 1);
    return [Math.round(122 + (255 - 122) * w), Math.round(43 + (214 - 43) * w), Math.round(184 + (79 - 184) * w), Math.round(a * 255)];
  });
  writeFileSync(`public/icon/${size}.png`, image);
}
console.log('icons written to public/icon/');
