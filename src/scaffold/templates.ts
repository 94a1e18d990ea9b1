import { stringify } from 'yaml';
import { NEWS_CATEGORIES, AUDIENCES } from '../schemas/vocabulary.ts';

/** A YAML scalar for a title: quoted only when YAML needs it (a leading digit, a colon…). */
function scalar(text: string): string {
  return stringify(text).trimEnd();
}

/**
 * The words a new file starts with, for the editor to replace. Left in, they would be published as they are,
 * so the content check looks for them (src/check/check-placeholders.ts).
 */
export const PLACEHOLDERS = {
  newsSummary: '请用一两句话概括这篇新闻。',
  newsBody: '这里写正文。每段之间空一行。',
  storySummary: '请用一两句话概括这个故事。',
  storyBody: '这里写故事正文。每段之间空一行。',
} as const;

/** content/news/<slug>.md with every field and a Chinese comment on each. `date` is Beijing time, "YYYY-MM-DD HH:mm". */
export function newsTemplate(title: string, date: string): string {
  return `---
# 标题（必填，最多 80 字）
title: ${scalar(title)}
# 发布时间（北京时间，必填），格式 YYYY-MM-DD HH:mm
date: ${date}
# 来源（必填），例如 邵阳县禁毒协会
source: 邵阳县禁毒协会
# 通讯员（必填）：一位直接写；几位写成列表，每位一行，以“  - ”开头
correspondents: 县禁毒协会志愿者
# 责任编辑（必填）
editor: 协会秘书处
# 栏目（必填），只能从这几个中选一个：${NEWS_CATEGORIES.join('、')}
category: ${NEWS_CATEGORIES[0]}
# 摘要（必填，最多 200 字）：显示在新闻列表和微信分享卡片上
summary: ${PLACEHOLDERS.newsSummary}
# 封面图（可选）：图片放在本文件旁边的 images 文件夹；写了封面就必须写封面图说明 coverAlt
# cover: ./images/封面.jpg
# coverAlt: 用一句话说明图片内容
# 标签（可选）：写成 [禁毒宣传, 校园] 这样的列表
tags: []
# 草稿：true 表示暂不发布；写好并检查无误后改为 false
draft: true
---
${PLACEHOLDERS.newsBody}

<!-- 插图的写法（图片放在 images 文件夹，引号里是图注），去掉这一行开头和结尾的注释符号即可使用：
![图片内容](./images/照片.jpg "图为……（示例）")
-->
`;
}

/** content/stories/<slug>.mdx with every field and a Chinese comment on each. `date` is "YYYY-MM-DD". */
export function storyTemplate(title: string, date: string): string {
  return `---
# 故事标题（必填，最多 60 字）
title: ${scalar(title)}
# 副标题（可选）
# subtitle: 副标题
# 作者（作者和讲述人至少填一个）：只写身份，不写真实姓名，例如 某中学教师
author: 县禁毒协会志愿者
# 讲述人（可选），例如 某村村医
# narrator: 某村村医
# 故事发生的地点（必填），例如 塘渡口镇某村
place: 邵阳县某镇
# 日期（必填），格式 YYYY-MM-DD
date: ${date}
# 读者对象（必填，至少一项），可选：${AUDIENCES.join('、')}
audiences:
  - ${AUDIENCES[2]}
# 标签（可选）
tags: []
# 摘要（必填，最多 200 字）：显示在目录和网页上
summary: ${PLACEHOLDERS.storySummary}
# 讨论题（必填，至少一题）：印在故事末尾，供课堂或村民会议讨论
questions:
  - 读了这个故事，你想到了什么？
# 封面图（可选）：图片放在 images 文件夹；写了封面就必须写 coverAlt
# cover: ./images/封面.jpg
# coverAlt: 用一句话说明图片内容
---
${PLACEHOLDERS.storyBody}

{/* 插图的写法（去掉这行注释符号即可使用）：
<Figure src="./images/照片.jpg" alt="图片内容" caption="图为……（示例）" />
知识卡片的写法：
<Callout title="知识卡片">这里写要点。</Callout>
*/}
`;
}
