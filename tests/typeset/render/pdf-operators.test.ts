import { describe, expect, test } from 'vitest';
import { colorOp } from '../../../src/typeset/render/pdf-operators.ts';

describe('colour operators', () => {
  test('a neutral colour is DeviceGray in a colour book, so black prints on the black plate alone', () => {
    expect(colorOp({ r: 0, g: 0, b: 0 }, false, false)).toBe('0 g');
    expect(colorOp({ r: 0.4, g: 0.4, b: 0.4 }, false, true)).toBe('0.4 G');
    expect(colorOp({ r: 1, g: 1, b: 1 }, false, false)).toBe('1 g');
  });

  test('a colour with any hue stays RGB in a colour book', () => {
    expect(colorOp({ r: 0.12, g: 0.31, b: 0.47 }, false, false)).toBe('0.12 0.31 0.47 rg');
    expect(colorOp({ r: 0, g: 0, b: 0.001 }, false, true)).toBe('0 0 0.001 RG');
  });

  test('a grayscale book prints every colour as its luma', () => {
    expect(colorOp({ r: 1, g: 0, b: 0 }, true, false)).toBe('0.299 g');
    expect(colorOp({ r: 0.2, g: 0.2, b: 0.2 }, true, true)).toBe('0.2 G');
  });
});
