import type { Page } from 'playwright-core';

/**
 * Holds back the response to the first request whose path matches `held` until the page has asked for every
 * path in `wanted` (a string is a whole path), then lets it through. `notAskedWhileHeld` resolves, once it has
 * let it through, to those of `wanted` the page did not ask for meanwhile: what waits for that file. Checks "asked for before
 * that file arrived" by cause, where comparing network timestamps depends on how busy the machine is.
 * `patienceMs` only bounds how long a page that really waits for the held file is given before it is let go.
 */
export async function holdUntilRequested(page: Page, held: RegExp, wanted: Array<string | RegExp>, patienceMs = 30_000): Promise<{ notAskedWhileHeld: Promise<string[]> }> {
  const matches = (pattern: string | RegExp, path: string) => (typeof pattern === 'string' ? pattern === path : pattern.test(path));
  const asked = new Set<string | RegExp>();
  let allAsked!: () => void;
  const everyOneAsked = new Promise<void>((resolve) => (allAsked = resolve));
  const note = (path: string) => {
    for (const pattern of wanted) if (matches(pattern, path)) asked.add(pattern);
    if (asked.size === wanted.length) allAsked();
  };
  page.on('request', (request) => note(new URL(request.url()).pathname));
  let released!: (missing: string[]) => void;
  const outcome = new Promise<string[]>((resolve) => (released = resolve));
  let holding = true;
  await page.route(
    (url) => holding && held.test(url.pathname),
    async (route) => {
      holding = false;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([everyOneAsked, new Promise<void>((resolve) => (timer = setTimeout(resolve, patienceMs)))]);
      clearTimeout(timer);
      const missing = wanted.filter((pattern) => !asked.has(pattern)).map(String);
      await route.continue();
      released(missing);
    },
  );
  return { notAskedWhileHeld: outcome };
}
