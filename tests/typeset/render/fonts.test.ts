import * as fontkit from 'fontkit';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { defaultFontConfig, loadFontSet, MissingCharacterError, resolveOrThrow, type FontSet } from '../../../src/typeset/render/index.ts';

let fonts: FontSet;
beforeAll(async () => {
  fonts = await loadFontSet(defaultFontConfig());
});

describe('default font config', () => {
  test('every face is a TrueType (glyf) Simplified-Chinese Noto face from the npm packages', () => {
    const config = defaultFontConfig();
    for (const face of Object.values(config.faces)) {
      expect(face.file).toMatch(/node_modules\/@expo-google-fonts\/noto-(serif|sans)-sc\//);
      const font = fontkit.create(readFileSync(face.file));
      expect(Object.keys(font.directory.tables)).toContain('glyf');
      expect(font.postscriptName).toMatch(/^Noto(Serif|Sans)SC-/);
    }
    expect(config.faces[config.roles.body]!.family).toBe('Noto Serif SC');
    expect(config.faces[config.roles.heading]!.file).toMatch(/NotoSansSC_700Bold/);
  });
});

describe('measurer', () => {
  test('a Han character and full-width punctuation are 1 em in Noto Serif SC', () => {
    expect(fonts.advance('中', 'serif', 12)).toBe(12);
    expect(fonts.advance('，', 'serif', 10.5)).toBe(10.5);
    expect(fonts.advance('“', 'serif', 10)).toBe(10);
  });

  test('Latin and digits take their hmtx advances, which differ from 1 em', () => {
    const font = fontkit.create(readFileSync(defaultFontConfig().faces.serif!.file));
    const expected = (ch: string) => (font.glyphForCodePoint(ch.codePointAt(0)!).advanceWidth / font.unitsPerEm) * 12;
    for (const ch of ['A', 'i', '2', 'W']) expect(fonts.advance(ch, 'serif', 12)).toBeCloseTo(expected(ch), 10);
    expect(fonts.advance('i', 'serif', 12)).toBeLessThan(fonts.advance('W', 'serif', 12));
  });

  test('a grapheme with a variation selector measures and resolves like its base', () => {
    expect(fonts.advance('中\uFE00', 'serif', 12)).toBe(12);
    expect(fonts.resolve('中\uFE00', 'serif')).toBe('serif');
  });

  test('resolve keeps the preferred face when it has the character', () => {
    expect(fonts.resolve('禁', 'sans-bold')).toBe('sans-bold');
    expect(fonts.resolve('A', 'serif-bold')).toBe('serif-bold');
  });

  test('resolve falls back along the chain by cmap coverage', () => {
    // U+30EDD 𰻝 (biáng, a surrogate pair) is in Noto Sans SC but not in Noto Serif SC;
    // U+4DB6 䶶 is in Noto Serif SC but not in Noto Sans SC.
    expect(fonts.face('serif').covers('𰻝')).toBe(false);
    expect(fonts.resolve('𰻝', 'serif')).toBe('sans');
    expect(fonts.resolve('𰻝', 'serif-bold')).toBe('sans');
    expect(fonts.face('sans-bold').covers('䶶')).toBe(false);
    expect(fonts.resolve('䶶', 'sans-bold')).toBe('serif');
    expect(fonts.searchOrder('sans-bold')).toEqual(['sans-bold', ...defaultFontConfig().fallback]);
  });

  test('resolve returns undefined when no face has every code point', () => {
    expect(fonts.resolve('😀', 'serif')).toBeUndefined();
    expect(fonts.resolve('\uE000', 'serif')).toBeUndefined();
    // one covered and one uncovered code point in one grapheme
    expect(fonts.resolve('中\u{1F3FD}', 'serif')).toBeUndefined();
  });
});

describe('missing character', () => {
  test('the error names the character, its code point, the file and the line', () => {
    const source = { file: 'content/stories/示例-村医.mdx', line: 12 };
    let error: unknown;
    try {
      resolveOrThrow(fonts, '😀', 'serif', source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingCharacterError);
    const message = (error as Error).message;
    expect(message).toContain('content/stories/示例-村医.mdx 第 12 行');
    expect(message).toContain('“😀”');
    expect(message).toContain('U+1F600');
    expect(message).toContain('Noto Serif SC');
    // It says what happened (nothing was made, not a blank in the print) and what to do.
    expect(message).toContain('读本没有生成');
    expect(message).toContain('请删除它');
  });

  test('a character some face has resolves without error', () => {
    expect(resolveOrThrow(fonts, '禁', 'serif', { file: 'a.md', line: 1 })).toBe('serif');
  });

  test('an unknown font id in the config is reported', async () => {
    const config = defaultFontConfig();
    config.roles.quote = 'kai';
    await expect(loadFontSet(config)).rejects.toThrow('“kai”');
  });
});
