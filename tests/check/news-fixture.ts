/**
 * A valid news entry around `body`: tests that write content on the fly change only what they are about.
 * Several items in one folder need titles of their own (two alike are a warning).
 */
export function newsSource(body: string, title = '示例新闻'): string {
  return `---
title: ${title}
date: 2025-06-26 09:30
source: 邵阳县禁毒协会
correspondents: 县禁毒协会志愿者
editor: 协会秘书处
category: 协会动态
summary: 示例摘要。
---
${body}
`;
}
