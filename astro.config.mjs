// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// The public address and sub-folder are deployment settings, not content:
// SITE_URL=https://www.example.gov.cn BASE_PATH=/jdxh npm run build
const site = process.env.SITE_URL ?? 'https://jdxh.example.cn';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // scripts/build.ts builds into a temporary folder and swaps it in only when everything succeeded.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  build: { format: 'directory' },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
