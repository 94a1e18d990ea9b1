import type { PageItem } from '../model/pages.ts';
import { colorOp, num } from './pdf-operators.ts';

type Rule = Extract<PageItem, { kind: 'rule' }>;
type Rect = Extract<PageItem, { kind: 'rect' }>;

// Page items use y from the top edge; boxes are given by their top-left corner.

export function ruleOperators(rule: Rule, pageHeight: number, grayscale: boolean): string {
  return (
    `q\n${colorOp(rule.color, grayscale, true)}\n${num(rule.width)} w\n` +
    `${num(rule.x1)} ${num(pageHeight - rule.y1)} m ${num(rule.x2)} ${num(pageHeight - rule.y2)} l S\nQ\n`
  );
}

export function rectOperators(rect: Rect, pageHeight: number, grayscale: boolean): string {
  if (!rect.fill && !rect.stroke) return '';
  const ops = ['q'];
  if (rect.fill) ops.push(colorOp(rect.fill, grayscale, false));
  if (rect.stroke) ops.push(colorOp(rect.stroke, grayscale, true), `${num(rect.strokeWidth ?? 1)} w`);
  const paint = rect.fill && rect.stroke ? 'B' : rect.fill ? 'f' : 'S';
  ops.push(`${num(rect.x)} ${num(pageHeight - rect.y - rect.height)} ${num(rect.width)} ${num(rect.height)} re ${paint}`, 'Q');
  return ops.join('\n') + '\n';
}

export function imageOperators(
  box: { x: number; y: number; width: number; height: number },
  resourceName: string,
  pageHeight: number,
): string {
  return `q\n${num(box.width)} 0 0 ${num(box.height)} ${num(box.x)} ${num(pageHeight - box.y - box.height)} cm\n/${resourceName} Do\nQ\n`;
}
