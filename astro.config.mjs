// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentSafetyMdast, externalLinksHast } from './src/markdown/content-safety.ts';

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
  // No inline <style> or <script>: the Content-Security-Policy (deploy/nginx.conf, SecurityMeta.astro)
  // allows only files from the site itself.
  build: { format: 'directory', inlineStylesheets: 'never' },
  vite: { build: { assetsInlineLimit: 0 } },
  // Applies to .md and (through @astrojs/mdx) .mdx: raw HTML shown as text, no script from content,
  // rel="noopener noreferrer" on links to other sites.
  markdown: {
    processor: satteri({ mdastPlugins: [contentSafetyMdast], hastPlugins: [externalLinksHast] }),
  },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
});
