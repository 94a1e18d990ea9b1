/** The public address and sub-folder, read from the same variables as astro.config.mjs. */
export function siteAddress(env: NodeJS.ProcessEnv = process.env): { site: string; base: string } {
  return { site: env.SITE_URL ?? 'https://jdxh.example.cn', base: env.BASE_PATH ?? '/' };
}
