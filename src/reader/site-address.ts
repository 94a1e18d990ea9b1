/** Where the site is served when SITE_URL is not set: a placeholder, fine for tests and local builds only. */
export const PLACEHOLDER_SITE = 'https://jdxh.example.cn';

/** The public address and sub-folder, read from the same variables as astro.config.mjs. */
export function siteAddress(env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  return { site: env.SITE_URL ?? PLACEHOLDER_SITE, base: env.BASE_PATH ?? '/' };
}

/** The build's warning when the printed QR codes and addresses would point at the placeholder. */
export function placeholderSiteWarning(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.SITE_URL) return undefined;
  return (
    `警告：没有设置 SITE_URL，读本 PDF 里每个故事的二维码和网址都指向示例地址 ${PLACEHOLDER_SITE}，扫码打不开真正的网站。` +
    '\n改法：正式印刷前，把 SITE_URL 设为网站的正式地址再构建，例如 SITE_URL=https://www.example.gov.cn npm run build' +
    '（网站放在子目录时，再设 BASE_PATH，例如 BASE_PATH=/jdxh/）。本地预览和测试可以不设。'
  );
}
