// A story's credit agrees with the voice that tells it: a narrator who speaks of 我们班 or the 班级群 as theirs
// is a 班主任 (or a pupil of that class), not a teacher from a school office.
import path from 'node:path';
import { expect, test } from 'vitest';
import { loadStories } from '../../src/reader/load-stories.ts';

const root = path.resolve(import.meta.dirname, '../..');

test('stories told by a class’s own teacher or pupil are credited to a 班主任 or a 学生', async () => {
  const stories = await loadStories(root);
  const ownClass = stories.filter((s) => /我们班|班级群/.test(s.source.replace(/^---[\s\S]*?\n---/, '')));
  expect(ownClass.map((s) => s.id)).toContain('mama-de-jiazhanghui');
  for (const s of ownClass) {
    const credit = s.data.author ?? s.data.narrator ?? '';
    expect(credit, `${s.id}：${credit}`).toMatch(/班主任|学生/);
    expect(credit, s.id).toContain('示例');
  }
});
