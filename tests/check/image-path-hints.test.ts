import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { isComputerPath, suggestImagePath } from '../../src/check/image-path-hints.ts';

const content = path.join(path.sep, 'project', 'content');
const article = path.join(content, 'news', 'a.md');
const images = [
  path.join(content, 'news', 'images', 'photo.jpg'),
  path.join(content, 'news', 'images', 'zhanban.png'),
  path.join(content, 'stories', 'images', 'shanpo.png'),
];

describe('suggestImagePath: the image meant when the path written finds no file', () => {
  test.each([
    ['./images/Photo.JPG', './images/photo.jpg', '文件名的大小写不一致：Windows 电脑上不区分大小写，网站服务器上区分，会找不到图片'],
    ['.\\images\\photo.jpg', './images/photo.jpg', '路径要用“/”分隔，不能用 Windows 的“\\”'],
    ['images\\photo.jpg', './images/photo.jpg', '路径要用“/”分隔，不能用 Windows 的“\\”'],
    ['./images/photo．jpg', './images/photo.jpg', '路径里有中文输入法打出的全角“．”或“／”'],
    ['./images／photo.jpg', './images/photo.jpg', '路径里有中文输入法打出的全角“．”或“／”'],
    ['./images/photo\u3000.jpg', './images/photo.jpg', '路径里有多余的空格'],
    ['images/Photo.jpg', './images/photo.jpg', '文件名的大小写不一致：Windows 电脑上不区分大小写，网站服务器上区分，会找不到图片'],
    ['/images/photo.jpg', './images/photo.jpg', '路径不能以“/”开头'],
    ['./image/photo.jpg', './images/photo.jpg', '路径从本文件所在的文件夹算起'],
    ['./images/photo.png', './images/photo.jpg', '扩展名不对'],
    ['./images/zhanban', './images/zhanban.png', '扩展名不对'],
    ['./images/phtoo.jpg', './images/photo.jpg', '文件名拼错了'],
    ['./images/shanpo.png', '../stories/images/shanpo.png', '路径从本文件所在的文件夹算起'],
  ])('%s → %s', (written, meant, why) => {
    expect(suggestImagePath(written, article, images)).toEqual({ path: meant, why });
  });

  test('nothing close: no guess', () => {
    expect(suggestImagePath('./images/huiyishi.jpg', article, images)).toBeUndefined();
  });

  test('two files of that name elsewhere: no guess', () => {
    const twice = [...images, path.join(content, 'pages', 'images', 'shanpo.png')];
    expect(suggestImagePath('./images/shanpo.png', article, twice)).toBeUndefined();
  });

  test('a path on the editor’s computer is recognised, and its file name found', () => {
    for (const p of ['C:\\Users\\admin\\Desktop\\photo.jpg', 'D:/照片/photo.jpg', 'file:///C:/Users/photo.jpg']) {
      expect(isComputerPath(p)).toBe(true);
      expect(suggestImagePath(p, article, images)?.path).toBe('./images/photo.jpg');
    }
    expect(isComputerPath('./images/photo.jpg')).toBe(false);
    expect(isComputerPath('https://example.com/a.jpg')).toBe(false);
  });
});
