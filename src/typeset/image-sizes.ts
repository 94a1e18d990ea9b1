import sharp from 'sharp';
import type { Block, Section } from './model/index.ts';
import type { ImageSize } from './layout/index.ts';

function blockImages(blocks: Block[], out: Set<string>): void {
  for (const b of blocks) {
    if (b.kind === 'figure') out.add(b.image.path);
    else if (b.kind === 'blockquote' || b.kind === 'callout') blockImages(b.blocks, out);
    else if (b.kind === 'list') b.items.forEach((item) => blockImages(item, out));
    else if (b.kind === 'footnotes') b.notes.forEach((n) => blockImages(n.blocks, out));
  }
}

export function imagePaths(sections: Section[]): string[] {
  const out = new Set<string>();
  for (const s of sections) {
    if (s.kind === 'cover' && s.image) out.add(s.image);
    if (s.kind === 'page') blockImages(s.blocks, out);
    if (s.kind === 'story') blockImages(s.story.blocks, out);
  }
  return [...out];
}

/** Pixel size of every image as it will be printed (EXIF rotation applied); a missing image is an error. */
export async function readImageSizes(paths: string[]): Promise<Map<string, ImageSize>> {
  const entries = await Promise.all(
    paths.map(async (path): Promise<[string, ImageSize]> => {
      try {
        const meta = await sharp(path).metadata();
        const rotated = (meta.orientation ?? 1) >= 5;
        const width = meta.width ?? 1;
        const height = meta.height ?? 1;
        return [path, rotated ? { width: height, height: width } : { width, height }];
      } catch (error) {
        throw new Error(`图片 ${path} 无法读取（${(error as Error).message}）：请确认文件存在，并且是 JPEG、PNG、WebP、AVIF 或 SVG。`, { cause: error });
      }
    }),
  );
  return new Map(entries);
}
