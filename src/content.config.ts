import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { failOnRenderErrors } from './lib/strict-loader.ts';
import { branchSchema, editionSchema, newsSchema, pageSchema, storySchema } from './schemas/index.ts';

// Content lives in the top-level content/ folder, outside src/, so editors never touch code.
const news = defineCollection({
  loader: failOnRenderErrors(glob({ pattern: '**/*.{md,mdx}', base: './content/news' })),
  schema: ({ image }) => newsSchema(image()),
});

const pages = defineCollection({
  loader: failOnRenderErrors(glob({ pattern: '**/*.{md,mdx}', base: './content/pages' })),
  schema: pageSchema,
});

const stories = defineCollection({
  loader: failOnRenderErrors(glob({ pattern: '**/*.{md,mdx}', base: './content/stories' })),
  schema: ({ image }) => storySchema(image()),
});

const editions = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/editions' }),
  schema: editionSchema,
});

const branches = defineCollection({
  loader: file('./content/branches.yaml'),
  schema: branchSchema,
});

export const collections = { news, pages, stories, editions, branches };
