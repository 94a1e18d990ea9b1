import { loadSharp } from './images/load-sharp.ts';
import { TypesetError } from './errors.ts';
import type { ImageSize } from './layout/index.ts';
import type { Block, Section, SourceRef } from './model/index.ts';

function blockImages(blocks: Block[], out: Map<string, SourceRef | undefined>): void {
  for (const b of blocks) {
    if (b.kind === 'figure' && !out.has(b.image.path)) out.set(b.image.path, b.source);
    else if (b.kind === 'blockquote' || b.kind === 'callout') blockImages(b.blocks, out);
    else if (b.kind === 'list') b.items.forEach((item) => blockImages(item, out));
    else if (b.kind === 'footnotes') b.notes.forEach((n) => blockImages(n.blocks, out));
  }
}

/** Every image the book places, with where it was first asked for. */
export function imagePaths(sections: Section[]): Map<string, SourceRef | undefined> {
  const out = new Map<string, SourceRef | undefined>();
  for (const s of sections) {
    if (s.kind === 'cover' && s.image && !out.has(s.image)) out.set(s.image, undefined);
    if (s.kind === 'page') blockImages(s.blocks, out);
    if (s.kind === 'story') blockImages(s.story.blocks, out);
  }
  return out;
}

/** Pixel size of every image as it will be printed (EXIF rotation applied); an unreadable image is an error. */
export async function readImageSizes(paths: Map<string, SourceRef | undefined>): Promise<Map<string, ImageSize>> {
  const entries = await Promise.all(
    [...paths].map(async ([path, source]): Promise<[string, ImageSize]> => {
      try {
        const sharp = await loadSharp();
        const meta = await sharp(path).metadata();
        const rotated = (meta.orientation ?? 1) >= 5;
        const width = meta.width ?? 1;
        const height = meta.height ?? 1;
        return [path, rotated ? { width: height, height: width } : { width, height }];
      } catch {
        throw new TypesetError(`图片 ${path} 找不到或无法读取：请检查图片路径（相对于这个文件），并确认它是 JPEG、PNG、WebP、AVIF 或 SVG 图片。`, source);
      }
    }),
  );
  return new Map(entries);
}
