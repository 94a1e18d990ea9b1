import sharp from 'sharp';
const [out, ...files] = process.argv.slice(2);
const metas = await Promise.all(files.map((f) => sharp(f).metadata()));
const w = metas[0].width, h = metas[0].height, cols = Math.min(4, files.length), rows = Math.ceil(files.length / cols);
await sharp({ create: { width: cols * (w + 10), height: rows * (h + 10), channels: 3, background: '#888' } })
  .composite(files.map((f, i) => ({ input: f, left: (i % cols) * (w + 10), top: Math.floor(i / cols) * (h + 10) })))
  .png().toFile(out);
