// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { contentPlugin } from './src/lib/markdown/content-plugin.ts';
import { contentSafetyMdast, externalLinksHast } from './src/markdown/content-safety.ts';
import { markdownPluginsDigest } from './src/lib/markdown/plugins-digest.ts';

// The public address and sub-folder are deployment settings, not content:
// SITE_URL=https://www.example.gov.cn BASE_PATH=/jdxh npm run build
const site = process.env.SITE_URL ?? 'https://jdxh.example.cn';
const base = process.env.BASE_PATH ?? '/';
const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // scripts/build.ts builds into a temporary folder and swaps it in only when everything succeeded.
  outDir: process.env.ASTRO_OUT_DIR ?? './dist',
  // No inline <style> or <script>: the Content-Security-Policy (deploy/nginx.conf, SecurityMeta.astro)
  // allows only files from the site itself.
  // concurrency: a page's folder and file are written while the next pages render (one at a time, the
  // renderer waited for each write: about a second of a thousand-article build). Output is byte-identical.
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Astro's own MDX output carries a "use astro:head-inject" directive that the bundler warns about
        // for every MDX file; it is expected and harmless, and would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // Sätteri for .md and (through @astrojs/mdx) .mdx. contentPlugin: pictures (Figure, captioned Markdown
  // images), allowed components, base path on site links. contentSafety: raw HTML shown as text, no script
  // from content, rel="noopener noreferrer" on links to other sites.
  markdown: { processor: markdownProcessor() },
  // Photos: a few widths for cheap phones up to desktop, WebP with the original format as fallback.
  // WebP effort 2 instead of sharp's 4: half the encoding time for files about 5 % larger.
  image: {
    layout: 'constrained',
    breakpoints: [360, 720, 1080, 1440],
    responsiveStyles: false,
    service: { entrypoint: 'astro/assets/services/sharp', config: { webp: { effort: 2 } } },
  },
  integrations: [mdx(), sitemap({ filter: (page) => !/\/404\/?$/.test(page) })],
  devToolbar: { enabled: false },
});

function markdownProcessor() {
  const processor = satteri({
    mdastPlugins: [contentPlugin({ root, base }), contentSafetyMdast],
    hastPlugins: [externalLinksHast],
  });
  // Part of the config Astro compares before reusing cached .md renders (see plugins-digest.ts).
  Object.assign(processor.options, { pluginsDigest: markdownPluginsDigest(root, ['src/lib/markdown', 'src/markdown']) });
  return processor;
}
