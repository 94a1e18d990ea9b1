import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { ContentEntry, Corpus } from './corpus.ts';
import { didYouMean } from './edit-distance.ts';
import type { Problem } from './problem.ts';

/** The MDX components editors may use and their props (the contract with the site and the PDF engine). */
export const COMPONENTS: Record<string, { required: string[]; optional: string[]; example: string }> = {
  Figure: { required: ['src', 'alt', 'caption'], optional: [], example: '<Figure src="./images/x.jpg" alt="图片内容" caption="图为……" />' },
  Callout: { required: [], optional: ['title'], example: '<Callout title="知识卡片">内容</Callout>' },
};
const NAMES = Object.keys(COMPONENTS);

/** MDX uses only our components, with valid props; Markdown has no raw HTML. */
export function checkMarkup(corpus: Corpus): Problem[] {
  return corpus.entries.flatMap((entry) => (entry.isMdx ? checkMdx(entry) : checkMarkdownHtml(entry)));
}

function checkMarkdownHtml(entry: ContentEntry): Problem[] {
  const problems: Problem[] = [];
  if (!entry.tree) return problems;
  visit(entry.tree, 'html', (node) => {
    const value = node.value.trim();
    if (/^<!--[\s\S]*-->$/.test(value)) return;
    if (value.startsWith('<!--') && !value.includes('-->')) {
      const hidden = value.split('\n').length - 1;
      problems.push({
        file: entry.file,
        ...entry.lines.locate(node.position?.start.offset ?? 0),
        level: 'error',
        rule: 'html',
        message: `注释没有结束：“<!--”后面找不到“-->”，${hidden ? `它下面到文件末尾的 ${hidden} 行` : '这一行后面的文字'}都会被当作注释，网站上不显示`,
        fix: '在注释文字的末尾写上“-->”（英文减号、减号、大于号），例如 <!-- 这里以后再改 -->；不需要注释就删掉“<!--”',
      });
      return;
    }
    const tag = /^<\/?([a-zA-Z][\w-]*)/.exec(value)?.[1];
    problems.push({
      file: entry.file,
      ...entry.lines.locate(node.position?.start.offset ?? 0),
      level: 'error',
      rule: 'html',
      message: `Markdown 文件里不能直接写 HTML${tag ? `（<${tag}>）` : ''}：网站和印刷版都无法可靠地显示它`,
      fix: '请改用 Markdown 写法；需要带图注的图片或知识卡片时，把文件改为 .mdx 并使用 <Figure> 或 <Callout>',
    });
  });
  return problems;
}

function checkMdx(entry: ContentEntry): Problem[] {
  const problems: Problem[] = [];
  if (!entry.tree) return problems;
  const at = (offset: number | undefined) => ({ file: entry.file, ...entry.lines.locate(offset ?? 0), level: 'error' as const, rule: 'mdx' });
  visit(entry.tree, (node) => {
    if (node.type === 'mdxjsEsm') {
      if (/^import\s+(?:\{\s*(?:Figure|Callout)(?:\s*,\s*(?:Figure|Callout))?\s*\}|Figure|Callout)\s+from\s+['"][^'"]+['"];?\s*$/.test(node.value.trim())) return;
      problems.push({ ...at(node.position?.start.offset), message: '正文里不能写 import / export 语句', fix: 'Figure 和 Callout 可以直接使用，无需 import；请删除这一行' });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      if (/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) return;
      problems.push({
        ...at(node.position?.start.offset),
        message: `正文里的花括号 {${node.value.slice(0, 20)}} 会被当作代码执行`,
        fix: '如果要显示花括号，请写成 \\{ 和 \\}；如果是注释，请写成 {/* 注释 */}',
      });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      problems.push(...checkElement(node, at));
    }
  });
  return problems;
}

function checkElement(
  node: MdxJsxFlowElement | MdxJsxTextElement,
  at: (offset: number | undefined) => Omit<Problem, 'message'>,
): Problem[] {
  const here = at(node.position?.start.offset);
  const name = node.name;
  if (!name || !COMPONENTS[name]) {
    const isHtml = name !== null && /^[a-z]/.test(name);
    const guess = name ? didYouMean(name, NAMES) : undefined;
    return [{
      ...here,
      message: isHtml ? `MDX 文件里不能直接写 HTML 标签 <${name}>` : `不支持的组件 <${name ?? ''}>：只能使用 ${NAMES.join('、')}`,
      fix: guess ? `是不是想写 <${guess}>？例如 ${COMPONENTS[guess].example}` : `可用组件：${NAMES.map((n) => COMPONENTS[n].example).join('  ')}`,
    }];
  }
  const spec = COMPONENTS[name];
  const allowed = [...spec.required, ...spec.optional];
  const problems: Problem[] = [];
  const given = new Set<string>();
  // A misspelt prop ("captoin") is one mistake: report the spelling, not also the missing "caption".
  const guessed = new Set<string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') {
      problems.push({ ...here, message: `<${name}> 的属性不能用 {...} 展开`, fix: `请逐个写出属性，例如 ${spec.example}` });
      continue;
    }
    const where = attribute.position ? at(attribute.position.start.offset) : here;
    given.add(attribute.name);
    if (!allowed.includes(attribute.name)) {
      const guess = didYouMean(attribute.name, allowed);
      if (guess) guessed.add(guess);
      problems.push({
        ...where,
        message: `<${name}> 没有属性“${attribute.name}”`,
        fix: guess ? `是不是想写 ${guess}="…"？` : `<${name}> 可用的属性：${allowed.join('、')}`,
      });
    } else if (typeof attribute.value !== 'string') {
      problems.push({ ...where, message: `<${name}> 的属性 ${attribute.name} 应直接写文字`, fix: `写成 ${attribute.name}="……"（用英文双引号）` });
    } else if (!attribute.value.trim()) {
      problems.push({ ...where, message: `<${name}> 的属性 ${attribute.name} 是空的`, fix: `请填写 ${attribute.name}="……"` });
    }
  }
  for (const required of spec.required) {
    if (!given.has(required) && !guessed.has(required)) {
      problems.push({ ...here, message: `<${name}> 缺少必填属性 ${required}`, fix: `例如 ${spec.example}` });
    }
  }
  return problems;
}
