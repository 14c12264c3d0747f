// Renders assets/build/icon.svg into the app icon electron-builder uses: icon.png (256 × 256) and
// icon.ico holding PNG images at the sizes Windows asks for (Explorer, taskbar, desktop, installer).
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const dir = new URL('../assets/build/', import.meta.url);
const svg = readFileSync(new URL('icon.svg', dir), 'utf8');
const SIZES = [16, 24, 32, 48, 64, 128, 256];

const png = (size) => new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
const images = SIZES.map((size) => ({ size, data: png(size) }));

// ICO: a 6-byte header, one 16-byte entry per image, then the images (PNG is allowed since Vista).
const header = Buffer.alloc(6 + 16 * images.length);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(images.length, 4);
let offset = header.length;
images.forEach(({ size, data }, i) => {
  const at = 6 + 16 * i;
  header.writeUInt8(size >= 256 ? 0 : size, at);
  header.writeUInt8(size >= 256 ? 0 : size, at + 1);
  header.writeUInt8(0, at + 2);
  header.writeUInt8(0, at + 3);
  header.writeUInt16LE(1, at + 4);
  header.writeUInt16LE(32, at + 6);
  header.writeUInt32LE(data.length, at + 8);
  header.writeUInt32LE(offset, at + 12);
  offset += data.length;
});
writeFileSync(new URL('icon.ico', dir), Buffer.concat([header, ...images.map((i) => i.data)]));
writeFileSync(new URL('icon.png', dir), png(256));
console.log('已生成 assets/build/icon.ico 与 icon.png');
