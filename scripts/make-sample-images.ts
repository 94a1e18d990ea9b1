// Draws the sample stories' illustrations (line art, no people) from SVG with sharp.
// Run once: node scripts/make-sample-images.ts — the PNGs are committed in content/stories/images/.
import path from 'node:path';
import { mkdir } from 'node:fs/promises';
import sharp from 'sharp';

const out = path.resolve(import.meta.dirname, '../content/stories/images');

const boards = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="700" viewBox="0 0 1200 700">
  <rect width="1200" height="700" fill="#f4f1e8"/>
  <rect x="0" y="560" width="1200" height="140" fill="#c9d8b6"/>
  ${[0, 1, 2]
    .map((i) => {
      const x = 90 + i * 370;
      return `<g>
      <rect x="${x}" y="130" width="300" height="380" rx="8" fill="#ffffff" stroke="#1f4e79" stroke-width="10"/>
      <rect x="${x}" y="130" width="300" height="70" fill="#1f4e79"/>
      <rect x="${x + 30}" y="230" width="240" height="120" fill="#e8eef5"/>
      <circle cx="${x + 150}" cy="290" r="40" fill="none" stroke="#c0392b" stroke-width="10"/>
      <line x1="${x + 122}" y1="262" x2="${x + 178}" y2="318" stroke="#c0392b" stroke-width="10"/>
      <rect x="${x + 30}" y="375" width="240" height="14" fill="#9aa8b8"/>
      <rect x="${x + 30}" y="405" width="200" height="14" fill="#9aa8b8"/>
      <rect x="${x + 30}" y="435" width="220" height="14" fill="#9aa8b8"/>
      <rect x="${x + 40}" y="510" width="14" height="80" fill="#555"/>
      <rect x="${x + 246}" y="510" width="14" height="80" fill="#555"/>
    </g>`;
    })
    .join('')}
  <rect x="0" y="0" width="1200" height="60" fill="#e5ded0"/>
</svg>`;

const hillside = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="700" viewBox="0 0 1200 700">
  <rect width="1200" height="700" fill="#e6f0f7"/>
  <circle cx="1020" cy="120" r="60" fill="#f5d76e"/>
  <path d="M0 380 Q 250 200 520 330 T 1200 300 L1200 700 L0 700 Z" fill="#9cbf7a"/>
  <path d="M0 500 Q 300 400 650 480 T 1200 450 L1200 700 L0 700 Z" fill="#7ea65d"/>
  <rect x="140" y="300" width="150" height="110" fill="#f2efe6" stroke="#6b5b45" stroke-width="6"/>
  <path d="M120 305 L215 230 L310 305 Z" fill="#8a5a44"/>
  <rect x="195" y="345" width="40" height="65" fill="#6b5b45"/>
  ${Array.from({ length: 14 }, (_, i) => {
    const x = 560 + (i % 7) * 80 + (i > 6 ? 40 : 0);
    const y = 520 + (i > 6 ? 70 : 0);
    return `<line x1="${x}" y1="${y}" x2="${x}" y2="${y - 70}" stroke="#3f6b2a" stroke-width="6"/>
      <circle cx="${x}" cy="${y - 80}" r="18" fill="#d9534f"/><circle cx="${x}" cy="${y - 80}" r="6" fill="#4a2c2a"/>`;
  }).join('')}
  <rect x="420" y="420" width="10" height="150" fill="#6b5b45"/>
  <rect x="330" y="400" width="190" height="70" fill="#ffffff" stroke="#c0392b" stroke-width="8"/>
  <line x1="350" y1="425" x2="500" y2="425" stroke="#c0392b" stroke-width="8"/>
  <line x1="350" y1="447" x2="470" y2="447" stroke="#c0392b" stroke-width="8"/>
</svg>`;

const poster = `<svg xmlns="http://www.w3.org/2000/svg" width="900" height="1200" viewBox="0 0 900 1200">
  <rect width="900" height="1200" fill="#fffdf6"/>
  <rect x="40" y="40" width="820" height="1120" fill="none" stroke="#2e7d32" stroke-width="14" stroke-dasharray="40 16"/>
  <rect x="100" y="110" width="700" height="170" rx="20" fill="#2e7d32"/>
  <circle cx="250" cy="480" r="120" fill="none" stroke="#c0392b" stroke-width="22"/>
  <line x1="165" y1="395" x2="335" y2="565" stroke="#c0392b" stroke-width="22"/>
  <rect x="200" y="455" width="100" height="50" rx="25" fill="#8e8e8e"/>
  ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="430" y="${380 + i * 44}" width="${330 - (i % 3) * 40}" height="18" fill="#7a8b99"/>`).join('')}
  ${[0, 1, 2, 3, 4, 5, 6].map((i) => `<rect x="120" y="${680 + i * 48}" width="${660 - (i % 2) * 80}" height="18" fill="#7a8b99"/>`).join('')}
  <path d="M450 1100 l25 -60 l25 60 l-65 -38 h80 z" fill="#f5b041"/>
  <path d="M200 1100 l20 -48 l20 48 l-52 -30 h64 z" fill="#f5b041"/>
  <path d="M700 1100 l20 -48 l20 48 l-52 -30 h64 z" fill="#f5b041"/>
</svg>`;

// Cover picture of the 小学版: a school by green hills under the sun, with a shield mark.
const school = `<svg xmlns="http://www.w3.org/2000/svg" width="1000" height="700" viewBox="0 0 1000 700">
  <rect width="1000" height="700" rx="40" fill="#f3f8ec"/>
  <circle cx="820" cy="140" r="70" fill="#f5c542"/>
  <path d="M0 470 Q 220 330 470 430 T 1000 400 L1000 660 Q1000 700 960 700 L40 700 Q0 700 0 660 Z" fill="#9ccc65"/>
  <rect x="300" y="300" width="400" height="230" fill="#ffffff" stroke="#2e7d32" stroke-width="10"/>
  <path d="M270 310 L500 190 L730 310 Z" fill="#c62828"/>
  <rect x="460" y="420" width="80" height="110" fill="#2e7d32"/>
  ${[340, 420, 580, 640].map((x) => `<rect x="${x}" y="340" width="45" height="45" fill="#bbdefb" stroke="#2e7d32" stroke-width="6"/>`).join('')}
  <line x1="500" y1="190" x2="500" y2="110" stroke="#555" stroke-width="8"/>
  <path d="M500 110 L570 130 L500 150 Z" fill="#c62828"/>
  <path d="M150 560 l60 -25 l60 25 v50 q0 45 -60 70 q-60 -25 -60 -70 z" fill="#ffffff" stroke="#2e7d32" stroke-width="8"/>
  <path d="M180 600 l22 22 l42 -48" fill="none" stroke="#2e7d32" stroke-width="12"/>
</svg>`;

const files: Array<[string, string, string]> = [
  [out, 'zhanban.png', boards],
  [out, 'shanpo.png', hillside],
  [out, 'shouchaobao.png', poster],
  [path.resolve(import.meta.dirname, '../content/editions/images'), 'xiaoxue-cover.png', school],
];
for (const [dir, name, svg] of files) {
  await mkdir(dir, { recursive: true });
  await sharp(Buffer.from(svg)).png({ compressionLevel: 9, palette: true }).toFile(path.join(dir, name));
  console.log(name);
}
