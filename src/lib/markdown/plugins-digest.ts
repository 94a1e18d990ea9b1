import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of our Markdown plugins' source. Astro keeps rendered .md bodies in its content cache
 * (node_modules/.astro) and re-renders them only when the file or its config changes, and plugin code is
 * not part of the config it compares (functions do not serialise). Putting this digest into the config
 * makes a changed plugin re-render every body instead of serving HTML made by the old one.
 */
export function markdownPluginsDigest(root: string, folders: string[]): string {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const dir = path.join(root, folder);
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
      hash.update(`${folder}/${name}\0`).update(readFileSync(path.join(dir, name))).update('\0');
    }
  }
  return hash.digest('hex').slice(0, 16);
}
