import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NEWS_CATEGORIES } from '../../src/schemas/index.ts';

const PLACES = ['塘渡口镇', '白仓镇', '九公桥镇', '下花桥镇', '河伯乡', '某村', '某社区', '某中学', '某小学'];
const TOPICS = ['禁毒宣传', '青少年毒品预防教育', '社区戒毒社区康复', '三衔接', '戒毒康复', '禁毒志愿者', '6.26国际禁毒日', '新型毒品'];
const SENTENCES = [
  '县禁毒协会志愿者深入{place}，向群众发放禁毒宣传资料，讲解{topic}的有关知识。',
  '活动现场设置了咨询台和展板，吸引了不少群众驻足观看，志愿者耐心解答大家提出的问题。',
  '{place}分会负责人表示，将把{topic}作为今年的重点工作，持续推动各项措施落实落地。',
  '某村村医结合自己的经历，向村民讲述了毒品对身体和家庭的危害，大家听得十分认真。',
  '协会要求各分会建立工作台账，定期报送进展情况，确保{topic}工作见到实效。',
  '某中学教师介绍，学校把禁毒教育融入主题班会和课外活动，学生们的识毒防毒意识明显增强。',
  '据统计，此次活动共发放宣传资料一千余份，接受群众咨询二百余人次。',
  '帮扶工作尊重当事人隐私，志愿者坚持走访不张扬、信息不外传、帮扶讲方法。',
];

/** Deterministic pseudo-random numbers, so every benchmark run builds the same articles. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Writes `count` synthetic news articles (示例, benchmark only) into `newsDir`: all five categories,
 * dates over two years, six paragraphs each; every tenth is MDX with a <Figure> and a <Callout>.
 */
export async function writeSyntheticNews(newsDir: string, count: number): Promise<void> {
  const next = random(20260626);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  for (let i = 0; i < count; i++) {
    const day = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 730) * 86_400_000);
    const date = day.toISOString().slice(0, 10);
    const place = pick(PLACES);
    const topic = pick(TOPICS);
    const fill = (s: string) => s.replaceAll('{place}', place).replaceAll('{topic}', topic);
    const paragraphs = Array.from({ length: 6 }, () => Array.from({ length: 3 }, () => fill(pick(SENTENCES))).join(''));
    const mdx = i % 10 === 0;
    const extras = mdx
      ? [
          '<Figure src="./images/guangchang-zhanban.jpg" alt="广场上的宣传帐篷和展板" caption="图为活动现场（示例图片）" />',
          `<Callout title="知识卡片">${fill('{topic}需要全社会共同参与。')}</Callout>`,
        ]
      : [];
    const body = [...paragraphs.slice(0, 3), ...extras, ...paragraphs.slice(3)].join('\n\n');
    const source = `---
title: ${place}开展${topic}工作（压测示例 ${i + 1}）
date: ${date} 09:00
source: 邵阳县禁毒协会
correspondents: [协会宣传教育部, ${place}分会]
editor: 协会秘书处
category: ${pick(NEWS_CATEGORIES)}
summary: ${place}围绕${topic}开展工作，这是压力测试用的示例新闻第 ${i + 1} 篇。
tags: [${topic}, ${place}]
---
${body}
`;
    await writeFile(path.join(newsDir, `bench-${String(i + 1).padStart(5, '0')}.${mdx ? 'mdx' : 'md'}`), source);
  }
}
