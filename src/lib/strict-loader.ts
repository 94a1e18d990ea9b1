import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Astro's glob loader only logs an entry that fails to render (for example a picture without caption)
 * and builds the page with an empty body. In a build that must be an error: collect what the loader
 * reports as errors and throw them once it is done. The dev server (which has a file watcher) keeps
 * Astro's behaviour, so a typo does not stop it.
 */
export function failOnRenderErrors(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context: LoaderContext) => {
      if (context.watcher) return loader.load(context);
      const errors: string[] = [];
      const logger = new Proxy(context.logger, {
        get(target, property, receiver) {
          if (property === 'error') {
            return (message: string) => {
              errors.push(message);
              target.error(message);
            };
          }
          const value = Reflect.get(target, property, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      await loader.load({ ...context, logger });
      if (errors.length) throw new Error(errors.join('\n'));
    },
  };
}
