import type { ImageMetadata } from 'astro';

/**
 * Every image under content/, keyed by its path from the project root ("/content/news/images/x.jpg").
 * remarkFigures rewrites a Figure's relative src to that key, so the image goes through Astro's pipeline.
 */
const images = import.meta.glob<{ default: ImageMetadata }>('/content/**/*.{jpg,jpeg,png,webp,JPG,JPEG,PNG,WEBP}', {
  eager: true,
});

export function contentImage(key: string): ImageMetadata {
  const found = images[key];
  if (!found) throw new Error(`找不到图片 ${key.replace(/^\//, '')}：请确认文件存在，且扩展名为 jpg、png 或 webp。`);
  return found.default;
}
