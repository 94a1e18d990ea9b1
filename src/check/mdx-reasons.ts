/**
 * The MDX parser's complaints, in words an editor can act on. Most come from typing a component with a
 * Chinese input method on (“” quotes, full-width ＝ ／), or from a < in the text that MDX takes for a tag.
 */
const REASONS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^Expected a closing tag for `<([A-Za-z][\w.]*)>`/, (m) => `<${m[1]}> 没有结束标签 </${m[1]}>`],
  [
    /^Expected a closing tag for `<([^>`]+)>`/,
    (m) => `正文里的 <${m[1]}> 被当成了组件标签；要显示尖括号，请写成 &lt;${m[1]}&gt;，或改用中文尖括号〈${m[1]}〉`,
  ],
  [/^Unexpected closing slash `\/` in tag, expected an open tag first/, () => '多了一个结束标签（如 </Callout>），前面没有和它配对的开始标签'],
  [
    /^Unexpected character `[“”‘’]` \(U\+[0-9A-F]+\) before attribute value/,
    () => '属性值用了中文引号“”，组件的属性值要用英文双引号括起来，例如 alt="图片内容"',
  ],
  [
    /^Unexpected character `(.+?)` \(U\+[0-9A-F]+\) before attribute value/,
    (m) => `属性值要用英文双引号括起来（“${m[1]}”前面缺少 "），例如 title="知识卡片"`,
  ],
  [
    /^Unexpected end of file in attribute value, expected a corresponding closing quote/,
    () => '属性值的英文双引号没有成对：结尾少了一个 "',
  ],
  [
    /^Unexpected character `"` \(U\+0022\) in attribute name/,
    () => '属性值里又出现了英文双引号 "，属性值在那里就被截断了；属性值里面的引号请用中文引号“”',
  ],
  [
    /^Unexpected character `([\u3000\uFF01-\uFF5E])` \(U\+[0-9A-F]+\) (?:in|before|after) attribute name/,
    (m) => `组件标签里用了全角字符“${m[1]}”（中文输入法打出的），请切换到英文输入法，重新输入 = / " 等符号和空格`,
  ],
  [
    /^Unexpected character `<` \(U\+003C\) (?:in|before|after) attribute name/,
    () => '组件的开始标签没有结束：属性后面要以 > 结尾（如 <Callout title="知识卡片">），<Figure … /> 要以 /> 结尾',
  ],
  [/^Unexpected end of file in expression/, () => '花括号 { 没有对应的 }'],
  [/^Unexpected end of file/, (m) => `文件在标签或花括号还没结束时就结束了（${m.input}）`],
  [/^Unexpected character `!` \(U\+0021\) before name/, () => '.mdx 文件里的注释要写成 {/* 注释 */}，不能用 <!-- -->（那是 .md 文件的写法）'],
  [
    /^Unexpected character `\d` \(U\+003\d\) before name/,
    () => '正文里的小于号“<”后面紧跟着数字，被当成了组件标签的开头：小于号请写成 &lt;（例如 <18 写成 &lt;18），或者写成“小于”',
  ],
  [/^Unexpected character .* before name/, (m) => `小于号 < 后面跟的不是组件名；正文里的 < 请写成 &lt;（${m.input}）`],
];

export function mdxReasonInChinese(reason: string): string {
  for (const [pattern, say] of REASONS) {
    const m = pattern.exec(reason);
    if (m) return say(m);
  }
  return reason;
}
