import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { checkContent, type Problem } from '../../src/check/index.ts';

/**
 * tests/check/fixtures/broken/content: one mistake per file (a few files are negative controls: the
 * mistake is switched off, sits in code, or is only a mistake in print and the file is news). Every problem is asserted exactly: file, line, column, level,
 * message; and nothing else may be reported.
 */
const root = path.join(import.meta.dirname, 'fixtures', 'broken');
let problems: Problem[];

beforeAll(async () => {
  problems = await checkContent(root);
});

type Row = [file: string, line: number, column: number, level: '错误' | '警告', message: string];

const EXPECTED: Row[] = [
  // duplicate branch id
  ["branches.yaml", 8, 7, '错误', "第 2 项的“id”（编号）“tangduqiao”与第 1 项重复"],
  // body size below the GB 40070 floor for the audience (schema refinement)
  ["editions/body-too-small.yaml", 11, 11, '错误', "“bodySize”（正文字号）：正文字号 12 pt 小于 GB 40070-2021 对“小学低年级”读者的下限 16 pt，请改为 16 或更大（现在填写的是数字 12）"],
  // a colour written without quotes: YAML reads #1F4E79 as a comment and the field is empty
  ["editions/cover-colour-comment.yaml", 12, 15, '错误', "“cover.background”（底色）是空的：“#1F4E79”以 # 开头，被当成了注释"],
  // gap between lines below the GB 40070 floor for the audience (schema refinement)
  ["editions/line-gap-too-small.yaml", 12, 12, '错误', "“linePitch”（行距）：行距 1.8 倍（linePitch）使 16 pt 正文的行间空白只有 4.5 mm，小于 GB 40070-2021 对“小学低年级”读者的下限 5.0 mm，请把 linePitch 改为 1.89 或更大（现在填写的是数字 1.8）"],
  // no linePitch, and the default leaves too small a gap: the fix is a line under bodySize
  ["editions/line-pitch-missing.yaml", 11, 11, '错误', "“bodySize”（正文字号）：没有填写行距（linePitch），按默认的 1.75 倍，16 pt 正文的行间空白只有 4.2 mm，小于 GB 40070-2021 对“小学低年级”读者的下限 5.0 mm，请在 bodySize 下面加一行 linePitch: 1.89（或更大）（现在填写的是数字 16）"],
  // wrong type (number written in words)
  ["editions/print-run-text.yaml", 17, 13, '错误', "“colophon.printRun”（印数）应为数字，实际填写的是文字“两千”"],
  // an edition saved as .yml: the printed edition would be made, but the site reads only .yaml
  ["editions/saved-as.yml", 1, 1, '错误', "读本版本文件“saved-as.yml”的扩展名是 .yml：网站只读取 .yaml 文件，这个版本不会出现在网站上"],
  // stories written as a list, without ids: (the union of ids / filter): the fix shows the nesting
  ["editions/stories-as-list.yaml", 8, 3, '错误', "“stories”（收录故事）应为一组子字段，实际填写的是列表"],
  // a filter that picks no story (two tags run together with a Chinese comma): the reader refused it at build time
  ["editions/stories-filter-picks-none.yaml", 9, 12, '错误', "“stories.filter.tags”（标签）里的“禁毒，宣传”没有任何故事用过，这个版本一个故事也选不到，构建读本时会失败"],
  // a misspelt field under filter: named, with the right spelling (not “不符合任何一种允许的格式”)
  ["editions/stories-filter-typo.yaml", 9, 5, '错误', "未知字段“audience”"],
  // a number among the story ids
  ["editions/stories-id-number.yaml", 8, 23, '错误', "“stories.ids”（故事编号）第 2 项应为文字，实际填写的是数字 2"],
  // a story listed twice: the reader refused it only at build time
  ["editions/stories-id-twice.yaml", 11, 7, '错误', "“stories.ids”（故事编号）第 3 项“bad-audience”和第 1 项重复：一个故事在一本读本里只能收录一次"],
  // both ways of choosing stories at once: one message naming both fields
  ["editions/stories-ids-and-filter.yaml", 10, 3, '错误', "“stories”（收录故事）里的“ids”和“filter”只能二选一，不能同时写"],
  // order belongs to filter: beside ids it is the two ways mixed, not an unknown field
  ["editions/stories-ids-with-order.yaml", 9, 3, '错误', "“stories.order”（排序）只用于 filter（筛选条件）的写法，不能和“ids”写在一起"],
  // edition lists a story that does not exist
  ["editions/unknown-story.yaml", 9, 7, '错误', "“stories.ids”（故事编号）第 2 项“rare-charactor”找不到对应的故事（content/stories/rare-charactor.mdx）"],
  // a file name with capitals: the site lower-cases the address, links and (for stories) QR codes written as named break
  ["news/Guoji-Jinduri.md", 1, 1, '错误', "文件名“Guoji-Jinduri.md”里有大写字母：文件名就是网址，网站会改掉网址里的这些字符（大写改成小写，空格改成 -，其他符号去掉），网址和文件名对不上，照文件名写的链接会打不开"],
  // **“…”** followed by a Chinese character: CommonMark leaves the stars as text, on the site and in print
  ["news/bold-after-quote.md", 12, 5, '错误', "“**”没有起到加粗作用，网站和印刷版上会原样显示星号：加粗的文字以引号、括号等标点开头或结尾、外面又紧挨着汉字时，星号不起作用"],
  // full-width ＊＊ typed with a Chinese input method: no bold, the stars shown as typed
  ["news/bold-fullwidth-stars.md", 10, 8, '错误', "“＊＊”里有中文输入法打出的全角星号“＊”，不会加粗：网站和印刷版上会原样显示星号"],
  // __加粗__ between Chinese characters: underscores do not make bold there
  ["news/bold-underscores.md", 10, 4, '错误', "“__”没有起到加粗作用，网站和印刷版上会原样显示“__三个到位__”：紧挨着汉字的两条下划线不算加粗"],
  // a required field with a list of values left out: missing, not “the value undefined is not allowed”
  ["news/category-missing.md", 1, 1, '错误', "缺少必填字段“category”（栏目）"],
  // bad enum value, with did-you-mean
  ["news/category-typo.md", 7, 11, '错误', "“category”（栏目）的值“协会动太”不在可选范围内，可选值：协会动态、宣传教育、预防教育、社戒社康、队伍建设"],
  // an HTML comment never closed: everything after it hidden on the website (was “不能直接写 HTML”)
  ["news/comment-unclosed.md", 12, 1, '错误', "注释没有结束：“<!--”后面找不到“-->”，它下面到文件末尾的 4 行都会被当作注释，网站上不显示"],
  // empty list
  ["news/correspondents-empty.md", 5, 17, '错误', "“correspondents”（通讯员）：至少要有 1 项"],
  // cover without coverAlt (schema refinement)
  ["news/cover-without-alt.md", 9, 8, '错误', "“coverAlt”（封面图说明）：有封面图（cover）时必须填写封面说明（coverAlt）"],
  // a date written the Chinese way: the fix gives it in the field's form
  ["news/date-chinese.md", 3, 7, '错误', "“date”（日期）：日期格式应为 YYYY-MM-DD 或 YYYY-MM-DD HH:mm（北京时间），例如 2025-06-26 09:30（现在填写的是文字“2025年6月26日”）"],
  // a news date in the future (a mistyped year): published now, first in every list (warning)
  ["news/date-future.md", 3, 7, '警告', "“date”（发布时间）2099-06-26 是将来的日期（比北京时间的今天晚）：这条新闻会立即发布，并一直排在新闻列表最前面"],
  // impossible date
  ["news/date-impossible.md", 3, 7, '错误', "“date”（日期）：日期格式应为 YYYY-MM-DD 或 YYYY-MM-DD HH:mm（北京时间），例如 2025-06-26 09:30（现在填写的是文字“2025-02-30”）"],
  // date in the wrong format
  ["news/date-slashes.md", 3, 7, '错误', "“date”（日期）：日期格式应为 YYYY-MM-DD 或 YYYY-MM-DD HH:mm（北京时间），例如 2025-06-26 09:30（现在填写的是文字“2025/06/26”）"],
  // wrong type (boolean)
  ["news/draft-not-boolean.md", 9, 8, '错误', "“draft”（草稿）应为是/否（true 或 false），实际填写的是文字“是”"],
  // duplicate slug (dup.md and dup.mdx)
  ["news/dup.mdx", 1, 1, '错误', "网址重复：这个文件和 content/news/dup.md 的网址都是 /news/dup/"],
  // saved in GBK by Notepad/WPS: one error at the first non-UTF-8 byte, not mojibake or a flood of missing glyphs
  ["news/encoding-gbk.md", 2, 8, '错误', "文件不是 UTF-8 编码（多半是记事本、WPS 用 GBK/ANSI 编码保存的），直接发布会变成乱码"],
  // the closing --- of the fields forgotten: said so, not “no fields at all”
  ["news/frontmatter-unclosed.md", 1, 1, '错误', "字段区没有结束：第 1 行的 --- 后面找不到结束字段区的另一行 ---"],
  // “ #” in a field starts a YAML comment: the words after it would vanish from the site
  ["news/hash-in-summary.md", 8, 16, '错误', "“ #”后面的文字“#国际禁毒日# 话题讨论（示例）。”会被当作注释，网站和印刷版上都不显示，只剩下“志愿者参加”"],
  // a heading with nothing under it: the file ends there (warning)
  ["news/heading-at-end.md", 12, 1, '警告', "小标题“活动的收获”下面没有正文，文章到这里就结束了"],
  // a line with only ##: an empty heading on the website and a gap in print
  ["news/heading-empty.md", 12, 1, '错误', "这一行只有“##”，是一个空的小标题：网页上会多出一个看不见的标题（读屏软件会念“标题”），印刷版上空出一块"],
  // ＃＃ typed with a Chinese input method: not a heading
  ["news/heading-fullwidth-hash.md", 12, 1, '错误', "“＃＃”是中文输入法打出的全角井号“＃”，这一行不会成为小标题：网站和印刷版上会原样显示“＃”"],
  // # 小标题 (one #) in a body: a second main heading under the title
  ["news/heading-level-one.md", 12, 1, '错误', "正文里的“活动经过”是一级标题（一个 #）：一级标题只能是文章的标题（title），网页上这里会出现第二个和标题一样大的标题"],
  // #小标题 without a space: a paragraph starting with “#”, not a heading (warning)
  ["news/heading-no-space.md", 12, 1, '警告', "“#”后面缺少空格，这一行不会成为小标题，“#”会原样显示"],
  // the title pasted again as the body's first line, as a # heading
  ["news/heading-repeats-title.md", 10, 1, '错误', "正文第一行“示例新闻标题（heading-repeats-title）”重复了标题：标题（title）会自动显示在正文上面，网页上会出现两个一样的大标题"],
  // a heading followed straight by one of the same level (a comment between does not count); a deeper one is its content
  ["news/heading-then-heading.md", 12, 1, '警告', "小标题“活动经过”下面没有正文，紧接着就是下一个小标题"],
  // “x.md” that is really x.md.txt (Windows hides the extension): nothing would publish it
  ["news/hidden-extension.md.txt", 1, 1, '错误', "文件名实际是“hidden-extension.md.txt”，最后多了 .txt（Windows 默认隐藏扩展名，看上去像“hidden-extension.md”），不会发布"],
  // English quotes inside the caption's English quotes: the caption ends there, the image shows as typed
  ["news/image-caption-quotes.md", 12, 1, '错误', "图片“![禁毒宣传展板](./images/ok.png \"图为\"三个到位\"宣传展板（…”没有起作用：网站和印刷版上会原样显示这串符号，图片不会显示"],
  // ！ typed for ! before an image: a link to the image file (tests/check/markup-left-as-text.test.ts shows it)
  ["news/image-chinese-bang.md", 10, 1, '错误', "图片前面的感叹号是中文“！”：这里成了一个指向图片文件的链接，网站和印刷版上都不会显示图片"],
  // Chinese brackets after the image's square brackets: shown as typed
  ["news/image-chinese-brackets.md", 10, 1, '错误', "图片“![禁毒宣传展板]（./images/ok.png \"图为宣传展板（示例）\"）”没有起作用：网站和印刷版上会原样显示这串符号，图片不会显示"],
  // a photo copied only in part: its header reads, its data ends early (the build would crash decoding it)
  ["news/image-cut-off.md", 10, 1, '错误', "图片“./images/cut-off.jpg”不完整：文件只复制或上传了一部分（或已损坏），网站和印刷版都无法显示它，构建会失败"],
  // image from another site
  ["news/image-external.md", 10, 1, '错误', "图片“https://example.com/a.jpg”来自外部网站：网站不能引用其他网站的图片"],
  // a full-width ．typed with a Chinese input method (the fix names the file meant: see the fixes below)
  ["news/image-fullwidth-dot.md", 10, 1, '错误', "图片文件“./images/ok．png”不存在"],
  // image format we do not process
  ["news/image-gif.md", 10, 1, '错误', "图片“./images/anim.gif”的格式不支持"],
  // image file missing
  ["news/image-missing.md", 10, 1, '错误', "图片文件“./images/missing.jpg”不存在"],
  // image without alt text
  ["news/image-no-alt.md", 10, 1, '错误', "图片“./images/ok.png”缺少说明文字（alt）"],
  // image on its own line without a caption
  ["news/image-no-caption.md", 10, 1, '错误', "图片“./images/ok.png”缺少图注（caption）"],
  // no ./ and the wrong case (found on Windows, not on the server)
  ["news/image-no-dot-slash.md", 10, 1, '错误', "图片文件“images/Ok.png”不存在"],
  // file that is not an image
  ["news/image-not-an-image.md", 10, 1, '错误', "图片“./images/fake.png”无法读取：文件可能已损坏，或者不是真正的图片"],
  // a path on the editor's own computer: not “来自外部网站”
  ["news/image-on-computer.md", 10, 1, '错误', "图片“C:\\Users\\admin\\Desktop\\ok.png”是您电脑上的文件位置：网站和印刷版都读不到它"],
  // image outside content/ (the site and the PDF engine only take content images)
  ["news/image-outside-content.md", 10, 1, '错误', "图片“../../public/logo.png”不在 content/ 文件夹里"],
  // a space in the image's file name: not an image at all
  ["news/image-space-in-name.md", 10, 1, '错误', "图片“![禁毒宣传展板](./images/zhan ban.png \"图为宣传展板（…”没有起作用：网站和印刷版上会原样显示这串符号，图片不会显示"],
  // absurdly large image (warning)
  ["news/image-too-wide.md", 10, 1, '警告', "图片“./images/wide.png”尺寸为 8100×4 像素，超过 8000 像素"],
  // a Windows path with \
  ["news/image-windows-path.md", 10, 1, '错误', "图片文件“.\\images\\ok.png”不存在"],
  // the file name in the wrong case
  ["news/image-wrong-case.md", 10, 1, '错误', "图片文件“./images/OK.PNG”不存在"],
  // paragraphs pasted from Word with full-width spaces in front: one warning for the file
  ["news/indent-fullwidth.md", 10, 1, '警告', "本文件有 2 段的段首有全角空格：网站和印刷版每段都会自动空两格，再加上这些空格，会空出四格或更多"],
  // a paragraph indented by four spaces in a .md file: a code block on the website
  ["news/indent-spaces.md", 12, 1, '错误', "这一段前面有 4 个空格或 Tab，网站上会变成“代码”：用打字机字体显示在不换行的一长行里，手机上看不全"],
  // zero-width spaces pasted from WeChat: a word split by one is not found by the site's search; one error per character and file
  ["news/invisible-zero-width.md", 10, 9, '错误', "“禁”和“毒”之间有一个看不见的字符（U+200B 零宽空格），多半是从微信、网页或 Word 复制来的：网站搜索会找不到被它隔开的词（本文件共 2 处，在第 10、12 行）"],
  // sentences on lines of their own without blank lines: one paragraph (the slogan with a \\ at the line end is not reported)
  ["news/lines-not-paragraphs.md", 10, 1, '警告', "这 3 行之间没有空行，网站和印刷版上会连成一段"],
  // a link closed with a Chinese ）: shown as typed (the unbalanced ） is also a proofreading warning)
  ["news/link-chinese-bracket.md", 10, 3, '错误', "链接“[协会概况](/about/gaikuang/）”没有起作用：网站和印刷版上会原样显示这串符号，不会成为链接"],
  ["news/link-chinese-bracket.md", 10, 26, '警告', "校对（标点不成对）：符号 ） 前面没有对应的 （"],
  // an e-mail address as a link without mailto:
  ["news/link-email-no-mailto.md", 10, 6, '错误', "链接“jdxh@example.com”是电子邮箱地址，但没有写 mailto:，网站会把它当成一个文件"],
  // a link with no words: nothing to see or tap
  ["news/link-empty-text.md", 10, 3, '错误', "链接“[](/news/category-typo/)”的方括号里没有文字：网页上看不见、点不到这个链接，印刷版上也没有"],
  // a link in 【】: shown as typed
  ["news/link-lenticular.md", 10, 3, '错误', "链接“【协会概况】(/about/gaikuang/)”用了中文方括号“【】”，不会成为链接：网站和印刷版上会原样显示这串符号"],
  // relative link to a missing file
  ["news/link-missing-file.md", 10, 3, '错误', "链接指向的文件“../pages/gaikuang.md”不存在"],
  // a web address without https://: the site would take it for a file of its own
  ["news/link-no-https.md", 10, 3, '错误', "链接“www.example.gov.cn”是网址，但没有写 https://，网站会把它当成本站的一个文件，点开是“找不到页面”"],
  // site link to a news article that does not exist
  ["news/link-unknown-news.md", 10, 3, '错误', "站内链接“/news/category-typ/”指向的页面或文件不存在"],
  // a bare address with Chinese text straight after it: the words become part of the link
  ["news/link-url-then-chinese.md", 10, 3, '错误', "网址“https://www.example.gov.cn”后面紧挨着“网站（示例）。”，这些字也被当成了网址的一部分：点开链接会打不开"],
  // a list pasted from Word (• at each line): one paragraph (warning)
  ["news/list-from-word.md", 13, 1, '警告', "这 3 行像列表（以“•”开头，多半是从 Word、WPS 复制来的），但不会成为列表：网站和印刷版上会连成一段"],
  // 1.第一项 without the space: not a list, one paragraph (warning)
  ["news/list-no-space.md", 13, 1, '警告', "这 2 行像列表（以“1.”开头，后面少了空格），但不会成为列表：网站和印刷版上会连成一段"],
  // braces in MDX text
  ["news/mdx-braces.mdx", 10, 6, '错误', "正文里的花括号 {珍爱生命} 会被当作代码执行"],
  // Figure attribute in Chinese quotes (input method on)
  ["news/mdx-curly-quotes.mdx", 12, 35, '错误', "MDX 语法错误，文件无法解析：属性值用了中文引号“”，组件的属性值要用英文双引号括起来，例如 alt=\"图片内容\""],
  // unknown Figure prop
  ["news/mdx-figure-bad-prop.mdx", 12, 42, '错误', "<Figure> 没有属性“captoin”"],
  // Figure without alt
  ["news/mdx-figure-no-alt.mdx", 12, 1, '错误', "<Figure> 缺少必填属性 alt"],
  // <!-- --> in an .mdx file: said to be the .md way of writing a comment
  ["news/mdx-html-comment.mdx", 12, 2, '错误', "MDX 语法错误，文件无法解析：.mdx 文件里的注释要写成 {/* 注释 */}，不能用 <!-- -->（那是 .md 文件的写法）"],
  // HTML tag in MDX
  ["news/mdx-html-tag.mdx", 10, 5, '错误', "MDX 文件里不能直接写 HTML 标签 <span>"],
  // <18 in an .mdx file
  ["news/mdx-less-than.mdx", 10, 11, '错误', "MDX 语法错误，文件无法解析：正文里的小于号“<”后面紧跟着数字，被当成了组件标签的开头：小于号请写成 &lt;（例如 <18 写成 &lt;18），或者写成“小于”"],
  // MDX syntax error (unclosed component)
  ["news/mdx-unclosed.mdx", 12, 1, '错误', "MDX 语法错误，文件无法解析：<Callout> 没有结束标签 </Callout>"],
  // component we do not provide
  ["news/mdx-unknown-component.mdx", 12, 1, '错误', "不支持的组件 <Video>：只能使用 Figure、Callout"],
  // missing required field
  ["news/missing-editor.md", 1, 1, '错误', "缺少必填字段“editor”（责任编辑）"],
  // fields and nothing under them: an empty page
  ["news/no-body.md", 9, 1, '错误', "这条新闻没有正文：字段区结束的 --- 下面什么也没有写，网站上只有一个标题和一页空白"],
  // no frontmatter at all
  ["news/no-frontmatter.md", 1, 1, '错误', "文件开头缺少字段区（frontmatter）"],
  // only a comment under the fields: still an empty page
  ["news/only-comment.md", 9, 1, '错误', "这条新闻没有正文：字段区结束的 --- 下面只有注释，网站上只有一个标题和一页空白"],
  // the title pasted again as the body's first paragraph: shown twice (warning)
  ["news/paragraph-repeats-title.md", 10, 1, '警告', "正文第一段“示例新闻标题（paragraph-repeats-title）”和标题一样：标题（title）会自动显示在正文上面，网页上标题会出现两次"],
  // a table pasted from Excel: Tab-separated cells run together into one paragraph (warning)
  // (one warning per paragraph, at the first Tab, and no 多余空格 besides for a Tab between Chinese characters)
  ["news/pasted-table.md", 14, 3, '警告', "这一段里有用 Tab 隔开的文字，像是从 Excel 或 Word 复制来的表格：网站和印刷版上会挤成一段文字"],
  ["news/pasted-table.md", 18, 4, '警告', "这一段里有用 Tab 隔开的文字，像是从 Excel 或 Word 复制来的表格：网站和印刷版上会挤成一段文字"],
  // proofreading: built-in dictionary
  ["news/proof-dictionary.md", 10, 6, '警告', "校对（错别字）：“政确”应为“正确”"],
  // proofreading: doubled punctuation
  ["news/proof-doubled.md", 10, 8, '警告', "校对（重复标点）：“。。”标点重复"],
  // proofreading: dictionary entry added in proofread.yaml
  ["news/proof-editor-dictionary.md", 10, 2, '警告', "校对（错别字）：“禁毒协汇”应为“禁毒协会”"],
  // proofreading: half-width comma between Chinese characters
  ["news/proof-halfwidth.md", 10, 6, '警告', "校对（半角标点）：中文之间用了半角标点“,”"],
  // proofreading: 半角标点 switched off for one line; the dictionary still applies
  ["news/proof-line-off.md", 13, 6, '警告', "校对（错别字）：“政确”应为“正确”"],
  // proofreading: stray space between Chinese characters
  ["news/proof-space.md", 10, 3, '警告', "校对（多余空格）：中文之间有多余的空格"],
  // proofreading in a frontmatter field (summary)
  ["news/proof-summary.md", 8, 15, '警告', "校对（半角标点）：中文之间用了半角标点“,”"],
  // proofreading: unbalanced 《
  ["news/proof-unbalanced.md", 10, 3, '警告', "校对（标点不成对）：符号 《 没有对应的 》"],
  // a 校对忽略 comment naming a rule that does not exist
  ["news/proof-unknown-rule.md", 10, 6, '警告', "“校对忽略”里的规则名“错字”不存在"],
  // raw HTML in .md
  ["news/raw-html.md", 12, 1, '错误', "Markdown 文件里不能直接写 HTML（<div>）：网站和印刷版都无法可靠地显示它"],
  // a character made with Windows' 造字程序 (private use area): shown on no one else's screen
  ["news/self-made-character.md", 10, 10, '错误', "字符“\ue000”（U+E000）是自造字（私用区字符，多半是用 Windows“造字程序”或 WPS 造的字），只有您自己的电脑能显示，网站上显示不出来"],
  // --- straight under a paragraph, meant as a dividing line: the paragraph becomes a heading
  ["news/setext-divider.md", 10, 1, '错误', "“禁毒宣传进校园（示例）。”下面紧挨着一行“---”：网站和印刷版上这一段会变成小标题，“---”这一行不显示"],
  // a field with nothing after the colon
  ["news/summary-empty.md", 8, 9, '错误', "“summary”（摘要）没有填写内容（冒号后面是空的）"],
  // summary: 0x1F is a number for both YAML readers: the message says what was written, not only “数字 31”
  ["news/summary-hex.md", 8, 10, '错误', "“summary”（摘要）写的是“0x1F”，没有加引号，网站会把它当成数字（31）而不是文字，网站生成时会出错"],
  // a row wider than the header: the website drops the extra cell
  ["news/table-extra-cell.md", 14, 1, '错误', "表格这一行有 3 格，表头只有 2 格：多出来的“3000”网站上不显示"],
  // a table without its | --- | line
  ["news/table-no-rule.md", 12, 1, '错误', "这几行像表格，但缺少第二行的分隔行，不会成为表格：网站和印刷版上会原样显示竖线“|”，挤成一段文字"],
  // tags written as words, not a list
  ["news/tags-as-text.md", 9, 7, '错误', "“tags”（标签）应为列表（每项一行，以“- ”开头），实际填写的是文字“禁毒，宣传”"],
  // tags: [禁毒，宣传] with a Chinese comma: one tag “禁毒，宣传”
  ["news/tags-chinese-comma.md", 9, 8, '错误', "“tags”（标签）里的“禁毒，宣传”用中文“，”隔开，会成为一个标签，而不是 2 个：网页上显示成一个长标签，“相关新闻”也不会按“禁毒”“宣传”找到这篇新闻"],
  // title: 0b101 is text for the check's YAML reader and the number 5 for Astro's: the check said nothing, the website was not made
  ["news/title-binary.md", 2, 8, '错误', "“title”（标题）写的是“0b101”，没有加引号，网站会把它当成数字（5）而不是文字，网站生成时会出错"],
  // a title YAML reads as a date on the website (Astro's js-yaml) though the check's reader took it for text
  ["news/title-date.md", 2, 8, '错误', "“title”（标题）写的是“2025-06-26”，没有加引号，网站会把它当成日期而不是文字，网站生成时会出错"],
  // a title YAML reads as a number: the fix is the line with the quotes
  ["news/title-number.md", 2, 8, '错误', "“title”（标题）写的是“110”，没有加引号，网站会把它当成数字（110）而不是文字，网站生成时会出错"],
  // ** in a field: shown as typed (fields are plain text)
  ["news/title-stars.md", 2, 8, '错误', "“title”（标题）里有加粗的符号“**”：字段里的文字不排版，网页和印刷版上会原样显示这些符号"],
  // title: ~ is YAML's “nothing”: it was “冒号后面是空的”, though something is written there
  ["news/title-tilde.md", 2, 8, '错误', "“title”（标题）写的是“~”，没有加引号，网站会把它当成空值（等于没有填写）而不是文字，网站生成时会出错"],
  // string too long
  ["news/title-too-long.md", 2, 8, '错误', "“title”（标题）：最多 80 个字，现在有 82 个字"],
  // two news items with the same title: both published, two lines alike in every list (a warning on each, naming the other)
  ["news/title-twice-a.md", 2, 8, '警告', "标题“县禁毒协会开展禁毒宣传进村活动（示例）”和 content/news/title-twice-b.md 的标题一样：新闻列表和搜索结果里会出现两条一样的标题，读者分不清是哪一篇"],
  ["news/title-twice-b.md", 2, 8, '警告', "标题“县禁毒协会开展禁毒宣传进村活动（示例）”和 content/news/title-twice-a.md 的标题一样：新闻列表和搜索结果里会出现两条一样的标题，读者分不清是哪一篇"],
  // a second article pasted under the first: its fields and --- make a heading
  ["news/two-articles-in-one.md", 13, 1, '错误', "正文里的“title: 另一条示例新闻”这几行像另一篇文章的字段区：一个文件只能写一篇，这几行会和下面的“---”一起变成一个小标题"],
  // unknown field, with did-you-mean
  ["news/unknown-field.md", 9, 1, '错误', "未知字段“tag”"],
  // a Word document renamed to .md
  ["news/word-renamed.md", 1, 1, '错误', "这个文件不是纯文本，而是 Word 文档（.docx）或压缩包：网站和印刷版都无法读取"],
  // a value starting with & (a YAML anchor): the field came out empty (was “没有填写内容”); plain words and the quoted line
  ["news/yaml-ampersand-in-title.md", 2, 8, '错误', "YAML 格式错误：以“&”开头的内容会被当作 YAML 的特殊写法（给内容起名字），“&”和紧跟着它的字都不会显示，只剩下后面的字或者什么也不剩：请用英文双引号把整段内容括起来，这一行改为：title: \"&禁毒 宣传月活动安排（示例）\""],
  // a value starting with ! (a YAML tag): was “缺少配对的引号或括号”
  ["news/yaml-bang-in-title.md", 2, 8, '错误', "YAML 格式错误：以英文感叹号“!”开头的内容会被当作 YAML 的特殊写法（类型标记），读不出来：请用英文双引号把整段内容括起来，这一行改为：title: \"!紧急通知：禁毒宣传月活动安排（示例）\""],
  // an English “: ” inside a value: the line itself says what is wrong, and the quoted value is the fix
  ["news/yaml-colon-in-value.md", 2, 8, '错误', "YAML 格式错误：“title”的内容里有英文冒号“: ”，会被当成另一个字段。请改用中文冒号“：”，或用英文双引号把整段内容括起来：title: \"通知: 关于召开年度会议（示例）\""],
  // bad YAML (a field written twice)
  ["news/yaml-duplicate-key.md", 9, 1, '错误', "YAML 格式错误：同一个字段写了两次，请删除其中一行"],
  // a full-width colon after the field name (Chinese input method)
  ["news/yaml-fullwidth-colon.md", 2, 1, '错误', "YAML 格式错误：字段名“title”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 title: ……"],
  // every field typed with a full-width colon: the parser read all the fields as one text and said only “文件内容应为一组子字段”; now each line
  ["news/yaml-fullwidth-colons-everywhere.md", 2, 1, '错误', "YAML 格式错误：字段名“title”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 title: ……"],
  ["news/yaml-fullwidth-colons-everywhere.md", 3, 1, '错误', "YAML 格式错误：字段名“date”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 date: ……"],
  ["news/yaml-fullwidth-colons-everywhere.md", 4, 1, '错误', "YAML 格式错误：字段名“source”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 source: ……"],
  ["news/yaml-fullwidth-colons-everywhere.md", 5, 1, '错误', "YAML 格式错误：字段名“correspondents”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 correspondents: ……"],
  ["news/yaml-fullwidth-colons-everywhere.md", 6, 1, '错误', "YAML 格式错误：字段名“editor”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 editor: ……"],
  ["news/yaml-fullwidth-colons-everywhere.md", 7, 1, '错误', "YAML 格式错误：字段名“category”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 category: ……"],
  ["news/yaml-fullwidth-colons-everywhere.md", 8, 1, '错误', "YAML 格式错误：字段名“summary”后面用了中文冒号“：”，请改为英文冒号加一个空格，例如 summary: ……"],
  // list items indented with full-width spaces: each line (the second was not named before)
  ["news/yaml-fullwidth-indent.md", 6, 1, '错误', "YAML 格式错误：这一行开头用了全角空格（中文输入法下打出的空格）：缩进只能用英文半角空格，请删掉这些空格，切换到英文输入法后重新输入"],
  ["news/yaml-fullwidth-indent.md", 7, 1, '错误', "YAML 格式错误：这一行开头用了全角空格（中文输入法下打出的空格）：缩进只能用英文半角空格，请删掉这些空格，切换到英文输入法后重新输入"],
  // one space before the first field name: one message at that line (the parser gave eighteen, none on it)
  ["news/yaml-indented-field.md", 2, 1, '错误', "YAML 格式错误：这一行开头多了空格：字段名要顶格写，和其他字段对齐（只有子项才缩进）"],
  // a non-breaking space (U+00A0, pasted from a web page) after the colon: said so, not “缺少英文冒号”
  ["news/yaml-nbsp-after-colon.md", 2, 1, '错误', "YAML 格式错误：“title:”后面是一个不换行空格（U+00A0，从网页、微信或 Word 复制来的特殊空格，看上去和普通空格一样），不算字段名后面的空格，这一行读不出来：请删掉冒号后面的空格，切换到英文输入法重新打一个空格"],
  // a non-breaking space between the name and the colon: part of the name; said so, and the field not also called missing
  ["news/yaml-nbsp-in-name.md", 8, 1, '错误', "未知字段“summary\u00a0”：字段名“summary”的前后有看上去像空格的特殊空格（U+00A0 不换行空格，多半是从网页、微信或 Word 复制来的），它被当成了字段名的一部分"],
  // one field line without its colon among others: the line named, with the line as it should be (was “字段名后面缺少英文冒号和空格……或者上一行的内容没有写完”)
  ["news/yaml-no-colon-one-line.md", 2, 1, '错误', "YAML 格式错误：这一行“title 禁毒宣传月活动通知（示例）”缺少英文冒号：每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：title: 禁毒宣传月活动通知（示例）"],
  // no field line with its colon (and a field name in Chinese): the parser reads one long text; was only “文件内容应为一组子字段，实际填写的是文字……”
  ["news/yaml-no-colons.md", 2, 1, '错误', "YAML 格式错误：这一行“标题 禁毒宣传月活动通知（示例）”缺少英文冒号：字段名要用英文，“标题”写作 title；每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：title: 禁毒宣传月活动通知（示例）"],
  ["news/yaml-no-colons.md", 3, 1, '错误', "YAML 格式错误：这一行“date 2025-06-26 09:30”缺少英文冒号：每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：date: 2025-06-26 09:30"],
  ["news/yaml-no-colons.md", 4, 1, '错误', "YAML 格式错误：这一行“source 邵阳县禁毒协会”缺少英文冒号：每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：source: 邵阳县禁毒协会"],
  ["news/yaml-no-colons.md", 5, 1, '错误', "YAML 格式错误：这一行“correspondents 县禁毒协会志愿者”缺少英文冒号：每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：correspondents: 县禁毒协会志愿者"],
  ["news/yaml-no-colons.md", 6, 1, '错误', "YAML 格式错误：这一行“editor 协会秘书处”缺少英文冒号：每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：editor: 协会秘书处"],
  ["news/yaml-no-colons.md", 7, 1, '错误', "YAML 格式错误：这一行“category 协会动态”缺少英文冒号：每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：category: 协会动态"],
  ["news/yaml-no-colons.md", 8, 1, '错误', "YAML 格式错误：这一行“summary 这是一条示例新闻的摘要。”缺少英文冒号：每个字段要写成“字段名: 内容”：英文字段名，紧跟英文冒号，再空一格，这一行改为：summary: 这是一条示例新闻的摘要。"],
  // a field name in Chinese quotes: named as such, with the unquoted name (and not also “缺少必填字段”)
  ["news/yaml-quoted-key.md", 2, 1, '错误', "未知字段““title””"],
  // a value starting with * is a YAML alias: the check itself crashed on it (ReferenceError, in English)
  ["news/yaml-stars-in-title.md", 2, 8, '错误', "YAML 格式错误：以“*”开头的内容会被当作 YAML 的特殊写法（引用），读不出来：请用英文双引号把整段内容括起来，这一行改为：title: \"**重要**通知（示例）\""],
  // bad YAML (unclosed quote)
  ["news/yaml-syntax.md", 8, 23, '错误', "YAML 格式错误：缺少配对的引号或括号，请检查这一行的引号是否成对"],
  // a Chinese file name: a %E5%9B%BD… address
  ["news/国际禁毒日.md", 1, 1, '错误', "文件名“国际禁毒日.md”里有汉字：文件名就是网址，汉字和中文符号在网址里会变成一长串 %E5%9B%BD… 这样的编码，无法念给别人听，也容易复制错"],
  // bad enum value (transposed letters), with did-you-mean
  ["pages/bad-section.md", 4, 10, '错误', "“section”（页面分区）的值“abuot”不在可选范围内，可选值：about、work"],
  // an invisible character in a field (a page's title), not only in bodies
  ["pages/invisible-in-title.md", 2, 10, '错误', "“会”和“章”之间有一个看不见的字符（U+2060 词连接符），多半是从微信、网页或 Word 复制来的：网站搜索会找不到被它隔开的词"],
  // a date where a number is wanted: one message, the field's own (not also “会被当成日期而不是文字”)
  ["pages/order-date.md", 5, 8, '错误', "“order”（排序）应为数字，实际填写的是文字“2025-06-26”"],
  // a story in a subfolder: the site would make a page for it, the printed editions never read it
  ["stories/2025/in-folder.mdx", 1, 1, '错误', "故事文件放在了 content/stories/ 的子文件夹里：印刷版读本只读取直接放在 content/stories/ 里的故事"],
  // two audiences run together with a Chinese comma: the fix writes them apart
  ["stories/audiences-chinese-comma.mdx", 6, 13, '错误', "“audiences”（读者对象）第 1 项的值“初中，高中”不在可选范围内，可选值：小学低年级、小学高年级、初中、高中、村民与家长"],
  // unknown audience value
  ["stories/bad-audience.mdx", 7, 5, '错误', "“audiences”（读者对象）第 1 项的值“中学”不在可选范围内，可选值：小学低年级、小学高年级、初中、高中、村民与家长"],
  // a Callout written on one line with its text: part of a paragraph; the print refused it as an “unknown component”
  ["stories/callout-one-line.mdx", 14, 1, '错误', "<Callout> 和文字写在了同一行，会被当作一段文字中间的一部分：印刷版排不出来，网页上也会把这一段拆开"],
  // draft: true in a story: stories have no draft switch; the fix says how to keep a story unpublished
  ["stories/draft-field.mdx", 4, 1, '错误', "未知字段“draft”"],
  // a story's address is its own page under /reader/stories/, as the message must say
  ["stories/dup-story.mdx", 1, 1, '错误', "网址重复：这个文件和 content/stories/dup-story.md 的网址都是 /reader/stories/dup-story/"],
  // # in a story: a second main heading on the page and a large centred heading in print
  ["stories/heading-level-one.mdx", 14, 1, '错误', "正文里的“后来”是一级标题（一个 #）：一级标题只能是文章的标题（title），网页上这里会出现第二个和标题一样大的标题，印刷版上也是一个居中的大标题"],
  // an invisible character pasted from a web page: said so, not “改用同音常用字” (found in every kind of file, not only in print)
  ["stories/invisible-character.mdx", 12, 19, '错误', "“，”和“中”之间有一个看不见的字符（U+2028 行分隔符），多半是从微信、网页或 Word 复制来的：网站搜索会找不到被它隔开的词；印刷字体里也没有它，收录这个故事的读本排不出来，生成时会出错"],
  // a Callout inside a Callout in a story: print cannot draw a box in a box (the PDF engine's parser says so, once)
  ["stories/nested-callout.mdx", 17, 1, '错误', "<Callout> 不能放在另一个 <Callout> 里面：这里的卡片在第 14 行的卡片“禁毒小知识”之内，印刷版排不出框中框。请把里面这个 <Callout>…</Callout> 整段移到外层的 </Callout> 之后，作为并列的另一张卡片；或者去掉它的 <Callout> 标签，把内容直接写进外层卡片（需要小标题时，用 **加粗** 的一行）。"],
  // a story with fields only
  ["stories/no-story-text.mdx", 11, 1, '错误', "这个故事没有正文：字段区结束的 --- 下面什么也没有写，网页和印刷版上只有一个标题和一页空白"],
  // questions numbered by hand: the list numbers them again (1. 1、……)
  ["stories/questions-numbered.mdx", 10, 5, '错误', "“questions”（讨论题）有 2 题前面写了编号“1、”：讨论题会自动编号，网页和印刷版上会变成“1. 1、故事中的老人为什么会种罂粟？”"],
  // character no PDF font can draw
  ["stories/rare-character.mdx", 12, 7, '错误', "字符“𠮷”（U+20BB7）印刷字体里没有，印刷版排不出来，读本生成时会出错（本文件共出现 2 次）"],
  // a self-made character in a story: the edition is not made (was “网站和印刷版上都显示不出来”)
  ["stories/self-made-character.mdx", 12, 7, '错误', "字符“\ue000”（U+E000）是自造字（私用区字符，多半是用 Windows“造字程序”或 WPS 造的字），只有您自己的电脑能显示，网站上显示不出来，印刷版排不出来，读本生成时会出错"],
  // tags: [禁毒、校园] with 、: one tag, so a filter by either tag misses the story
  ["stories/tags-dunhao.mdx", 8, 8, '错误', "“tags”（标签）里的“禁毒、校园”用中文“、”隔开，会成为一个标签，而不是 2 个：按标签“禁毒”“校园”收录故事的读本版本都选不到这个故事"],
  // valid Markdown the PDF engine cannot print (found by running its parser over the story)
  ["stories/task-list.mdx", 14, 1, '错误', "印刷版不支持任务列表（- [ ] …），请改成普通列表。"],
  // two stories with the same title: two lines alike in search results and in the contents of an edition with both
  ["stories/title-twice-a.mdx", 2, 8, '警告', "标题“山坡上的花（示例）”和 content/stories/title-twice-b.mdx 的标题一样：搜索结果里，以及收录了这两个故事的读本的目录（网页版和印刷版）里，会出现两个一样的标题，读者分不清是哪一个故事"],
  ["stories/title-twice-b.mdx", 2, 8, '警告', "标题“山坡上的花（示例）”和 content/stories/title-twice-a.mdx 的标题一样：搜索结果里，以及收录了这两个故事的读本的目录（网页版和印刷版）里，会出现两个一样的标题，读者分不清是哪一个故事"],
];

describe('the broken corpus', () => {
  test('reports exactly the expected problems, each at its line and column', () => {
    const actual: Row[] = problems.map((p) => [
      p.file.replace(/^content\//, ''),
      p.line,
      p.column,
      p.level === 'error' ? '错误' : '警告',
      p.message,
    ]);
    expect(actual).toEqual(EXPECTED);
  });

  test('covers at least 25 distinct mistakes', () => {
    expect(new Set(EXPECTED.map((row) => row[0])).size).toBeGreaterThanOrEqual(25);
  });

  test.each([
    ['news/category-typo.md', '是不是想写“协会动态”？'],
    ['news/unknown-field.md', '是不是想写“tags”（标签）？请把字段名改为 tags'],
    ['pages/bad-section.md', '是不是想写“about”？'],
    ['news/link-unknown-news.md', '是不是想链接到“/news/category-typo/”？'],
    ['news/mdx-figure-bad-prop.mdx', '是不是想写 caption="…"？'],
    ['editions/unknown-story.yaml', '是不是想写“rare-character”？'],
    ['news/image-wrong-case.md', '是不是想写“./images/ok.png”？文件名的大小写不一致：Windows 电脑上不区分大小写，网站服务器上区分，会找不到图片。'],
    ['news/image-no-dot-slash.md', '是不是想写“./images/ok.png”？文件名的大小写不一致：Windows 电脑上不区分大小写，网站服务器上区分，会找不到图片。'],
    ['news/image-windows-path.md', '是不是想写“./images/ok.png”？路径要用“/”分隔，不能用 Windows 的“\\”。'],
    ['news/image-fullwidth-dot.md', '是不是想写“./images/ok.png”？路径里有中文输入法打出的全角“．”或“／”。'],
    ['news/image-on-computer.md', 'content/ 里有同名的图片，请改为“./images/ok.png”'],
    ['editions/stories-filter-picks-none.yaml', '这是几个标签写在了一起：请用英文逗号隔开，写成 tags: [禁毒, 宣传]'],
    ['stories/audiences-chinese-comma.mdx', '这是几项写在了一起：各项之间要用英文逗号隔开，写成 [初中, 高中]'],
    ['editions/cover-colour-comment.yaml', '以 # 开头的内容要用英文双引号括起来：background: "#1F4E79"'],
    ['news/link-no-https.md', '请写成完整网址 https://www.example.gov.cn（对方网站只支持 http 时写 http://）'],
    ['news/link-email-no-mailto.md', '请写成 mailto:jdxh@example.com'],
    ['news/image-space-in-name.md', '图片的文件名里有空格：请把图片文件改名（用拼音或英文，空格换成连字符 -，例如 my-photo.jpg），再把这里的路径改成新文件名'],
    ['news/image-chinese-brackets.md', '方括号后面的圆括号要用英文括号“(”“)”，不能用中文括号“（”“）”：请切换到英文输入法重新输入这两个括号'],
    ['news/table-no-rule.md', '在第一行（表头）下面加一行 | --- | --- |'],
    ['editions/stories-ids-and-filter.yaml', '请只保留一种写法：要么写 ids（故事编号），要么写 filter（筛选条件，可加 order），删去另一项和它下面缩进的各行'],
    ['editions/stories-filter-typo.yaml', '是不是想写“audiences”（读者对象）？请把字段名改为 audiences'],
    ['editions/stories-ids-with-order.yaml', '请删除“order”这一行；或者改用 filter 的写法，删去“ids”'],
    ['editions/stories-as-list.yaml', '“stories:”下面缩进两个空格，写 ids（故事编号）或者 filter（筛选条件，可加 order），二者选一。例如：\n    stories:\n      ids: ……'],
    ['news/missing-editor.md', '请添加一行“editor: ……”并填写责任编辑'],
    ['stories/draft-field.mdx', '这类文件没有草稿开关（draft），请删除这一行。还不想发布时，把文件名改为以 _ 开头（例如 _shanpo.mdx），网站和印刷版都不会收录，写好后再改回'],
    ['news/proof-halfwidth.md', '改为全角“，”（确实无误时，可用“校对忽略: 半角标点”注释关闭，见编辑指南）'],
    ['news/Guoji-Jinduri.md', '请把文件改名为“guoji-jinduri.md”（只用小写拼音字母、数字和连字符 -）；改名后，指向它的站内链接也要跟着改，检查会指出'],
    ['news/国际禁毒日.md', '请把文件改名为“guo-ji-jin-du-ri.md”（只用小写拼音字母、数字和连字符 -）；改名后，指向它的站内链接也要跟着改，检查会指出'],
    ['news/tags-chinese-comma.md', '标签之间要用英文逗号加空格隔开（切换到英文输入法输入“,”），这一行改为：tags: [禁毒, 宣传]'],
    ['stories/tags-dunhao.mdx', '标签之间要用英文逗号加空格隔开（切换到英文输入法输入“,”），这一行改为：tags: [禁毒, 校园]'],
    ['news/heading-level-one.md', '正文里的小标题用两个 #，这一行改为：## 活动经过（更小一级用 ###）'],
    ['news/heading-repeats-title.md', '请删除正文里的这一行'],
    ['news/heading-no-space.md', '在“#”后面加一个英文空格，这一行改为：## 会议要求'],
    ['news/bold-fullwidth-stars.md', '加粗用两个英文星号“**”（切换到英文输入法输入），把 ＊＊三个到位＊＊ 改为 **三个到位**'],
    ['news/heading-fullwidth-hash.md', '小标题用英文井号“#”加一个英文空格（切换到英文输入法输入），这一行改为：## 活动经过'],
    ['news/no-body.md', '请在第 9 行的 --- 下面空一行，写上正文；还没写好、暂不发布时，把字段 draft 改为 true'],
    ['news/date-chinese.md', '日期要用英文连字符“-”隔开，月、日不足两位的前面补 0，这一行改为：date: 2025-06-26'],
    ['news/date-slashes.md', '日期要用英文连字符“-”隔开，月、日不足两位的前面补 0，这一行改为：date: 2025-06-26'],
    ['news/date-impossible.md', '2025-02-30 这一天不存在（例如 2 月没有 30 日、4 月没有 31 日），请核对月份和日期'],
    ['news/tags-as-text.md', '请写成列表，用方括号括起来、各项之间用英文逗号隔开，这一行改为：tags: [禁毒, 宣传]（或者每项一行，以“- ”开头）'],
    ['news/bold-underscores.md', '加粗请用两个英文星号：把 __三个到位__ 改为 **三个到位**'],
    ['news/link-lenticular.md', '链接的文字要用英文方括号括起来：改为 [协会概况](/about/gaikuang/)'],
    ['news/setext-divider.md', '想要一条分隔线：在“---”上面空一行（分隔线写 ---）；想要小标题：删掉“---”这一行，把小标题写成 ## 禁毒宣传进校园（示例）。'],
    ['news/list-from-word.md', '列表的每一项单独一行，以英文减号加空格“- ”开头（要编号就写“1. ”“2. ”），列表上面空一行，这几行改为：\n    - 发放宣传资料\n    - 解答群众咨询\n    - 观看禁毒展板'],
    ['news/list-no-space.md', '列表的每一项单独一行，以英文减号加空格“- ”开头（要编号就写“1. ”“2. ”），列表上面空一行，这几行改为：\n    1. 发放宣传资料\n    2. 解答群众咨询'],
    ['news/table-extra-cell.md', '表头和分隔行也要有 3 格：在表头行末加“ 栏目名 |”，分隔行末加“ --- |”；多写的格请删掉'],
    ['stories/questions-numbered.mdx', '请删掉每道题前面的编号，只写题目，例如：- 故事中的老人为什么会种罂粟？'],
    ['news/title-stars.md', '字段里只写文字，请删掉这些符号：title: 县禁毒协会召开年度会议（示例）'],
    ['news/image-caption-quotes.md', '图注在英文双引号 " 里，里面又用了英文双引号，图注在那里就断了：里面的引号请改用中文引号“”'],
    ['news/two-articles-in-one.md', '请把第二篇文章剪切出来，用 npm run new 另建一个文件粘贴进去；这个文件只留第一篇'],
    ['news/link-url-then-chinese.md', '在网址前后各加一个英文空格（https://www.example.gov.cn ），或者写成链接：[网站名称](https://www.example.gov.cn)'],
    ['news/invisible-zero-width.md', '删除这个看不见的字符：把光标放在“禁”和“毒”之间，按删除键（它前后看起来像什么都没有）；一次删掉全部：在 VS Code 里按 Ctrl+H，点选“使用正则表达式”（.* 图标），查找框填 \\u200B，替换框留空，点“全部替换”'],
    ['stories/invisible-character.mdx', '删除这个看不见的字符：把光标放在“，”和“中”之间，按删除键（它前后看起来像什么都没有）；需要换行就空一行，另起一段'],
    ['news/title-date.md', '请用英文双引号把内容括起来，这一行改为：title: "2025-06-26"'],
    ['news/title-number.md', '请用英文双引号把内容括起来，这一行改为：title: "110"'],
    ['news/title-binary.md', '请用英文双引号把内容括起来，这一行改为：title: "0b101"'],
    ['news/title-tilde.md', '请用英文双引号把内容括起来，这一行改为：title: "~"'],
    ['news/summary-hex.md', '请用英文双引号把内容括起来，这一行改为：summary: "0x1F"'],
    ['news/title-twice-a.md', '同一篇写了两次的，请删除其中一个文件；是不同的两篇，请改一个标题以示区别（例如写明地点、对象或日期）'],
    ['news/yaml-nbsp-in-name.md', '请删掉字段名前后的空格，字段名顶格写、紧跟英文冒号和一个英文空格：summary: ……'],
  ])('%s comes with the fix: %s', (file, fix) => {
    expect(problems.find((p) => p.file === `content/${file}`)?.fix).toBe(fix);
  });

  // The guide's table of messages (§8) quotes each message as the editor sees it: the phrase is in both.
  const guide = readFileSync(path.join(import.meta.dirname, '..', '..', 'docs', '编辑指南.md'), 'utf8');
  test.each([
    ['news/invisible-zero-width.md', '有一个看不见的字符（U+200B 零宽空格）'],
    ['news/title-date.md', '没有加引号，网站会把它当成日期'],
    ['news/title-number.md', '没有加引号，网站会把它当成数字'],
    ['news/title-tilde.md', '没有加引号，网站会把它当成空值'],
    ['news/title-twice-a.md', '的标题一样'],
    ['news/yaml-nbsp-after-colon.md', '后面是一个不换行空格（U+00A0'],
    ['news/yaml-nbsp-in-name.md', '的前后有看上去像空格的特殊空格'],
    ['news/yaml-ampersand-in-title.md', '以“&”开头的内容'],
    ['news/yaml-bang-in-title.md', '以英文感叹号“!”开头的内容'],
    ['news/yaml-no-colons.md', '缺少英文冒号：字段名要用英文'],
    ['stories/invisible-character.mdx', '印刷字体里也没有它'],
    ['stories/rare-character.mdx', '印刷字体里没有，印刷版排不出来'],
  ])('编辑指南 explains the message of %s (“%s”)', (file, phrase) => {
    expect(problems.find((p) => p.file === `content/${file}`)?.message).toContain(phrase);
    expect(guide).toContain(phrase);
  });

  test('a Callout inside a Callout in news is not a problem: the website draws a box in a box, and news is never printed', () => {
    expect(problems.filter((p) => p.file === 'content/news/mdx-nested-callout.mdx')).toEqual([]);
  });

  test('emoji joined by U+200D (👨‍👩‍👧) and an emoji with its variation selector (❤️) are not invisible characters pasted by mistake', () => {
    expect(problems.filter((p) => p.file === 'content/news/emoji-joined.md')).toEqual([]);
  });

  test('files with the same address (dup.md, dup.mdx) are one duplicate-address error, not also a duplicate title', () => {
    expect(problems.filter((p) => p.file.startsWith('content/news/dup.') || p.file.startsWith('content/stories/dup-story.')).map((p) => p.rule)).toEqual(['slug', 'slug']);
  });

  test('a field name in Chinese quotes: the fix is the name without them', () => {
    expect(problems.find((p) => p.file === 'content/news/yaml-quoted-key.md' && p.line === 2)?.fix).toBe('字段名不要加引号：把 “title”: 改为 title:（中文输入法会打出中文引号，请切换到英文输入法）');
  });

  test('blanks to fill in (____、____) in a body or a field are not bold gone wrong', () => {
    expect(problems.filter((p) => p.file === 'content/news/blank-underscores.md')).toEqual([]);
  });

  test('code blocks, inline code and switched-off rules are not proofread', () => {
    const files = new Set(problems.map((p) => p.file));
    expect(files).not.toContain('content/news/proof-code-ignored.md');
    expect(files).not.toContain('content/news/proof-file-off.md');
    expect(problems.filter((p) => p.file === 'content/news/proof-line-off.md').map((p) => p.rule)).toEqual(['错别字']);
  });
});
