// Draws the sample "photos" (scenes without people) as SVG and renders them to JPEG with sharp.
// Run once when the scenes change: node scripts/make-sample-photos.ts — the JPEGs are committed.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

const root = path.resolve(import.meta.dirname, '..');
const W = 1200;
const H = 800;
const FONT = `font-family="Noto Sans CJK SC, Noto Sans SC, sans-serif"`;

const sky = (top: string, bottom: string) =>
  `<defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${top}"/><stop offset="1" stop-color="${bottom}"/></linearGradient></defs>
   <rect width="${W}" height="${H}" fill="url(#sky)"/>`;
const text = (x: number, y: number, size: number, fill: string, s: string, anchor = 'middle') =>
  `<text x="${x}" y="${y}" ${FONT} font-size="${size}" font-weight="700" fill="${fill}" text-anchor="${anchor}">${s}</text>`;
const stamp = text(W - 24, H - 24, 28, 'rgba(255,255,255,0.85)', '示例图片', 'end');
const tree = (x: number, y: number, r: number) =>
  `<rect x="${x - 6}" y="${y}" width="12" height="${r * 1.2}" fill="#6b4f32"/><circle cx="${x}" cy="${y}" r="${r}" fill="#3f7d3a"/>`;
const house = (x: number, y: number, w: number, h: number, wall: string) =>
  `<rect x="${x}" y="${y}" width="${w}" height="${h}" fill="${wall}"/>
   <polygon points="${x - 15},${y} ${x + w / 2},${y - h * 0.45} ${x + w + 15},${y}" fill="#5b5f66"/>
   <rect x="${x + w * 0.15}" y="${y + h * 0.25}" width="${w * 0.2}" height="${h * 0.25}" fill="#9cc3e0"/>
   <rect x="${x + w * 0.6}" y="${y + h * 0.25}" width="${w * 0.2}" height="${h * 0.25}" fill="#9cc3e0"/>
   <rect x="${x + w * 0.4}" y="${y + h * 0.55}" width="${w * 0.2}" height="${h * 0.45}" fill="#7a5230"/>`;

const scenes: Record<string, string> = {
  // 广场上的宣传展板和帐篷
  'guangchang-zhanban': `${sky('#8ec5f0', '#dcefff')}
    <rect y="520" width="${W}" height="280" fill="#c9b89a"/>
    ${tree(90, 360, 70)}${tree(1110, 370, 60)}
    <polygon points="180,300 420,220 660,300" fill="#c0392b"/><rect x="190" y="300" width="460" height="20" fill="#e74c3c"/>
    <rect x="200" y="320" width="8" height="230" fill="#777"/><rect x="632" y="320" width="8" height="230" fill="#777"/>
    <rect x="230" y="430" width="380" height="80" fill="#f5f5f5"/><rect x="230" y="510" width="380" height="40" fill="#2e6da4"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="${690 + i * 120}" y="330" width="100" height="170" fill="#fff" stroke="#1f4e79" stroke-width="6"/>
      <rect x="700" y="345" width="80" height="60" fill="${['#e67e22', '#27ae60', '#8e44ad', '#c0392b'][i]}" transform="translate(${i * 120} 0)"/>
      <rect x="${700 + i * 120}" y="420" width="80" height="8" fill="#999"/><rect x="${700 + i * 120}" y="440" width="60" height="8" fill="#999"/>
      <rect x="${735 + i * 120}" y="500" width="8" height="60" fill="#555"/>`).join('')}
    <rect x="150" y="90" width="900" height="90" fill="#c0392b"/>
    ${text(600, 152, 52, '#ffe066', '6·26 国际禁毒日宣传活动（示例）')}
    ${stamp}`,
  // 教室黑板
  'jiaoshi-heiban': `<rect width="${W}" height="${H}" fill="#efe6d2"/>
    <rect x="150" y="80" width="900" height="360" fill="#2f4f3f" stroke="#8b5a2b" stroke-width="18"/>
    ${text(600, 200, 56, '#ffffff', '青少年毒品预防教育')}
    ${text(600, 290, 40, '#f9e79f', '主题班会 · 认清毒品危害')}
    ${text(600, 380, 32, '#d5f5e3', '（示例）')}
    <rect x="0" y="560" width="${W}" height="240" fill="#b08d5b"/>
    ${[0, 1, 2, 3].map((i) => `<rect x="${80 + i * 280}" y="560" width="220" height="30" fill="#d4a373"/><rect x="${90 + i * 280}" y="590" width="14" height="110" fill="#7f5539"/><rect x="${276 + i * 280}" y="590" width="14" height="110" fill="#7f5539"/>
      <rect x="${130 + i * 280}" y="540" width="90" height="20" fill="#fff"/>`).join('')}
    <rect x="1000" y="460" width="120" height="100" fill="#c0392b"/>${text(1060, 525, 28, '#fff', '禁毒')}
    ${stamp}`,
  // 村道上的横幅
  'cun-hengfu': `${sky('#a9d6f5', '#eef8ff')}
    <polygon points="0,420 250,260 520,400 800,250 1200,420 1200,520 0,520" fill="#6fa36a"/>
    <rect y="500" width="${W}" height="300" fill="#8fbf6f"/>
    <polygon points="520,800 680,800 620,500 580,500" fill="#b9a88a"/>
    ${house(120, 420, 220, 150, '#f3efe6')}${house(860, 410, 240, 160, '#efe7da')}
    ${tree(420, 430, 50)}${tree(760, 440, 45)}
    <rect x="300" y="250" width="10" height="300" fill="#666"/><rect x="890" y="250" width="10" height="300" fill="#666"/>
    <rect x="310" y="270" width="580" height="70" fill="#d62828"/>
    ${text(600, 320, 40, '#fff8dc', '珍爱生命 远离毒品（示例）')}
    ${stamp}`,
  // 会议室讲台
  'huiyishi': `<rect width="${W}" height="${H}" fill="#e8e3da"/>
    <rect x="0" y="0" width="${W}" height="120" fill="#9b2226"/>
    ${text(600, 80, 48, '#ffd166', '全县禁毒工作部署会（示例）')}
    <rect x="300" y="160" width="600" height="280" fill="#1d3557"/>
    ${text(600, 280, 44, '#fff', '部署谋划 · 压实责任')}${text(600, 350, 30, '#a8dadc', '禁毒宣传 · 三衔接 · 戒毒康复')}
    <rect x="500" y="470" width="200" height="130" fill="#7f4f24"/><rect x="560" y="440" width="80" height="30" fill="#9c6644"/>
    <rect x="0" y="640" width="${W}" height="160" fill="#bfb5a6"/>
    ${Array.from({ length: 8 }, (_, i) => `<rect x="${60 + i * 140}" y="650" width="100" height="70" fill="#264653"/><rect x="${60 + i * 140}" y="720" width="100" height="16" fill="#1b333d"/>`).join('')}
    ${stamp}`,
  // 资料桌上的宣传册
  'ziliao-zhuo': `<rect width="${W}" height="${H}" fill="#dfe7ef"/>
    <polygon points="80,420 1120,420 1200,800 0,800" fill="#1f4e79"/>
    <rect x="60" y="400" width="1080" height="30" fill="#163a5a"/>
    ${[['#c0392b', '禁毒知识'], ['#27ae60', '远离毒品'], ['#e67e22', '社区康复'], ['#8e44ad', '识毒防毒']].map(([c, t], i) =>
      `<g transform="translate(${150 + i * 240} ${470 + (i % 2) * 40}) rotate(${i * 4 - 6})"><rect width="170" height="230" fill="#fff"/><rect width="170" height="90" fill="${c}"/>${text(85, 60, 30, '#fff', t)}<rect x="20" y="120" width="130" height="10" fill="#bbb"/><rect x="20" y="145" width="110" height="10" fill="#bbb"/><rect x="20" y="170" width="120" height="10" fill="#bbb"/></g>`).join('')}
    <rect x="420" y="120" width="360" height="180" fill="#fff" stroke="#c0392b" stroke-width="8"/>
    ${text(600, 200, 40, '#c0392b', '禁毒宣传资料')}${text(600, 260, 30, '#333', '免费领取（示例）')}
    ${stamp}`,
  // 社区康复工作站
  'kangfu-gongzuozhan': `${sky('#bde0fe', '#f1f8ff')}
    <rect y="600" width="${W}" height="200" fill="#a3a3a3"/>
    <rect x="200" y="230" width="800" height="370" fill="#f6f1e9"/>
    <rect x="200" y="200" width="800" height="40" fill="#6c757d"/>
    <rect x="300" y="260" width="600" height="80" fill="#1f4e79"/>
    ${text(600, 315, 38, '#fff', '社区戒毒社区康复工作站（示例）')}
    <rect x="520" y="420" width="160" height="180" fill="#8d6e63"/><rect x="600" y="420" width="4" height="180" fill="#5d4037"/>
    <rect x="260" y="400" width="180" height="120" fill="#a2d2ff"/><rect x="760" y="400" width="180" height="120" fill="#a2d2ff"/>
    <rect x="250" y="380" width="200" height="10" fill="#bbb"/><rect x="750" y="380" width="200" height="10" fill="#bbb"/>
    ${tree(110, 470, 60)}${tree(1090, 470, 60)}
    ${stamp}`,
  // 挂着的志愿者马甲
  'zhiyuanzhe-majia': `<rect width="${W}" height="${H}" fill="#f4efe6"/>
    <rect x="80" y="140" width="1040" height="14" fill="#6d6d6d"/>
    ${[0, 1, 2, 3, 4].map((i) => `<g transform="translate(${120 + i * 200} 154)">
      <path d="M80 0 L80 20" stroke="#555" stroke-width="4"/>
      <path d="M20 40 L60 20 L80 40 L100 20 L140 40 L150 330 L10 330 Z" fill="${i % 2 ? '#e63946' : '#f77f00'}"/>
      <rect x="20" y="150" width="120" height="18" fill="#f1faee"/>
      ${text(80, 240, 30, '#fff', '志愿者')}</g>`).join('')}
    ${text(600, 640, 44, '#1f4e79', '县禁毒协会禁毒志愿服务队（示例）')}
    ${stamp}`,
  // 县城山水
  'xiancheng-shanshui': `${sky('#9ecbf0', '#f5fbff')}
    <polygon points="0,470 180,260 360,420 560,220 780,430 980,280 1200,460 1200,800 0,800" fill="#5c8d5a"/>
    <polygon points="0,560 300,470 600,540 900,470 1200,560 1200,800 0,800" fill="#7fb069"/>
    <path d="M0 680 C 300 620, 600 740, 1200 650 L1200 760 C 700 820, 400 700, 0 780 Z" fill="#6fb3d2"/>
    ${[0, 1, 2, 3, 4, 5].map((i) => `<rect x="${420 + i * 60}" y="${540 - (i % 3) * 30}" width="45" height="${80 + (i % 3) * 30}" fill="#e9ecef"/>`).join('')}
    ${stamp}`,
};

const outDir = path.join(root, 'content/news/images');
await mkdir(outDir, { recursive: true });
for (const [name, body] of Object.entries(scenes)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 82, mozjpeg: true }).toBuffer();
  await writeFile(path.join(outDir, `${name}.jpg`), jpeg);
  console.log(`content/news/images/${name}.jpg`);
}

// The default share picture (for pages without a cover) and the logo-like emblem.
const og = await sharp(Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630">
  <rect width="1200" height="630" fill="#1f4e79"/><rect y="540" width="1200" height="90" fill="#a4262c"/>
  <circle cx="220" cy="270" r="130" fill="#fff"/><circle cx="220" cy="270" r="105" fill="#1f4e79"/>
  <path d="M150 200 L290 340" stroke="#fff" stroke-width="24"/>${text(220, 290, 60, '#fff', '禁')}
  ${text(420, 250, 72, '#fff', '邵阳县禁毒协会', 'start')}${text(420, 340, 40, '#d6e4f0', '珍爱生命 远离毒品', 'start')}
  ${text(600, 600, 34, '#fff', '示例站点')}</svg>`)).png({ compressionLevel: 9 }).toBuffer();
await writeFile(path.join(root, 'public/og-default.png'), og);
console.log('public/og-default.png');
