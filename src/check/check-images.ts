import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp, { type Metadata } from 'sharp';
import type { Corpus } from './corpus.ts';
import { isIncompleteImage } from './image-complete.ts';
import { isComputerPath, listContentImages, suggestImagePath } from './image-path-hints.ts';
import type { Problem } from './problem.ts';
import { referencesOf, type Reference } from './references.ts';

/** The formats the site's image pipeline and the PDF engine both take. */
const FORMATS = new Set(['jpeg', 'png', 'webp']);
const EXTENSIONS = /\.(jpe?g|png|webp)$/i;
const MAX_BYTES = 10 * 1024 * 1024;
const MAX_PIXELS_PER_SIDE = 8000;

type Finding = { level: 'error' | 'warning'; message: string; fix?: string };

/** Every image: exists, is a format we process, is not absurdly large, and has alt text or a caption. */
export async function checkImages(corpus: Corpus): Promise<Problem[]> {
  const inspected = new Map<string, Promise<Finding[]>>();
  const inspect = (file: string) => {
    if (!inspected.has(file)) inspected.set(file, inspectImageFile(file));
    return inspected.get(file)!;
  };
  let images: string[] | undefined;
  const contentImages = () => (images ??= listContentImages(corpus.contentDir));
  const jobs: Promise<Problem[]>[] = [];
  for (const entry of corpus.entries) {
    for (const ref of referencesOf(entry)) {
      if (ref.kind !== 'image') continue;
      const at = { file: entry.file, ...entry.lines.locate(ref.offset), rule: 'image' };
      jobs.push(
        checkOneImage(ref, entry.absolutePath, corpus.contentDir, inspect, contentImages).then((findings) => findings.map((f) => ({ ...at, ...f }))),
      );
    }
  }
  for (const edition of corpus.data.filter((d) => d.collection === 'editions')) {
    const image = (edition.yaml.data as { cover?: { image?: unknown } } | undefined)?.cover?.image;
    if (typeof image !== 'string') continue;
    const at = { file: edition.file, ...edition.where.value(['cover', 'image']), rule: 'image' };
    const ref: Reference = { kind: 'image', url: image, offset: 0, alt: '封面', via: 'frontmatter' };
    jobs.push(checkOneImage(ref, edition.absolutePath, corpus.contentDir, inspect, contentImages).then((fs) => fs.map((f) => ({ ...at, ...f }))));
  }
  return (await Promise.all(jobs)).flat();
}

async function checkOneImage(
  ref: Reference,
  fromFile: string,
  contentDir: string,
  inspect: (file: string) => Promise<Finding[]>,
  contentImages: () => string[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const meant = () => {
    const hint = suggestImagePath(ref.url, fromFile, contentImages());
    return hint && `是不是想写“${hint.path}”？${hint.why}。`;
  };
  if (isComputerPath(ref.url)) {
    const hint = suggestImagePath(ref.url, fromFile, contentImages());
    return [{
      level: 'error',
      message: `图片“${ref.url}”是您电脑上的文件位置：网站和印刷版都读不到它`,
      fix: hint ? `content/ 里有同名的图片，请改为“${hint.path}”` : '请把图片复制到文章旁边的 images 文件夹，再写 ./images/文件名',
    }];
  }
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(ref.url)) {
    return [{ level: 'error', message: `图片“${ref.url}”来自外部网站：网站不能引用其他网站的图片`, fix: '请把图片下载下来，放到文章旁边的 images 文件夹，再写 ./images/文件名' }];
  }
  if (ref.via === 'markdown') {
    const missing = [
      ...(ref.alt?.trim() ? [] : ['说明文字（alt）']),
      ...(ref.standalone && !ref.caption?.trim() ? ['图注（caption）'] : []),
    ];
    if (missing.length) {
      findings.push({
        level: 'error',
        message: `图片“${ref.url}”缺少${missing.join('和')}`,
        fix: `请写成 ![${ref.alt?.trim() || '图片内容'}](${ref.url} "图为……")：方括号里写图上有什么，引号里写图注`,
      });
    }
  }
  const target = decodeURI(ref.url.split('?')[0]);
  const file = path.resolve(path.dirname(fromFile), target);
  // The site's image pipeline and the PDF engine only take images from content/, by relative path.
  if (target.startsWith('/') || path.relative(contentDir, file).startsWith('..')) {
    findings.push({ level: 'error', message: `图片“${ref.url}”不在 content/ 文件夹里`, fix: meant() ?? '请把图片放进文章旁边的 images 文件夹，再写相对路径，例如 ./images/照片.jpg' });
    return findings;
  }
  if (!existsSync(file) || !statSync(file).isFile()) {
    findings.push({ level: 'error', message: `图片文件“${ref.url}”不存在`, fix: meant() ?? '请检查文件名（区分大小写）和路径；路径相对于本文件所在的文件夹，例如 ./images/照片.jpg' });
    return findings;
  }
  if (!EXTENSIONS.test(file)) {
    findings.push({ level: 'error', message: `图片“${ref.url}”的格式不支持`, fix: '请另存为 JPG、PNG 或 WebP 格式' });
    return findings;
  }
  return [...findings, ...(await inspect(file)).map((f) => ({ ...f, message: f.message.replace('{url}', ref.url) }))];
}

async function inspectImageFile(file: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  let metadata: Metadata;
  try {
    metadata = await sharp(file).metadata();
  } catch {
    return [{ level: 'error', message: '图片“{url}”无法读取：文件可能已损坏，或者不是真正的图片', fix: '请用看图软件打开确认，再另存为 JPG 或 PNG' }];
  }
  if (!metadata.format || !FORMATS.has(metadata.format)) {
    findings.push({ level: 'error', message: `图片“{url}”实际是 ${metadata.format ?? '未知'} 格式，与扩展名不符或不受支持`, fix: '请另存为 JPG、PNG 或 WebP 格式' });
  } else {
    if (await isIncompleteImage(file, metadata.format)) {
      findings.push({
        level: 'error',
        message: `图片“{url}”不完整：文件只复制或上传了一部分（或已损坏），网站和印刷版都无法显示它，构建会失败`,
        fix: '请从相机、手机或原来的文件夹重新复制这张图片，用看图软件打开确认整张都能显示，再放进 images 文件夹',
      });
    }
  }
  const bytes = statSync(file).size;
  if (bytes > MAX_BYTES) {
    findings.push({ level: 'warning', message: `图片“{url}”有 ${(bytes / 1024 / 1024).toFixed(1)} MB，超过 10 MB`, fix: '请缩小后再放入（长边 3000 像素、质量 85% 的 JPG 足够印刷和网页使用）' });
  }
  const { width = 0, height = 0 } = metadata;
  if (width > MAX_PIXELS_PER_SIDE || height > MAX_PIXELS_PER_SIDE) {
    findings.push({ level: 'warning', message: `图片“{url}”尺寸为 ${width}×${height} 像素，超过 8000 像素`, fix: '请把长边缩小到 3000 像素左右' });
  }
  return findings;
}
