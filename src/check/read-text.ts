import { readFile } from 'node:fs/promises';
import { LineIndex } from './source-text.ts';

/** Why a content file cannot be read as text, where (1-based line and column of the first bad byte), and the fix. */
export interface UnreadableText {
  line: number;
  column: number;
  message: string;
  fix: string;
}

export type ContentText = { text: string } | { unreadable: UnreadableText };

const SAVE_AS_UTF8 =
  '请用记事本打开这个文件，点“文件 → 另存为”，在“编码”里选“UTF-8”后保存（WPS、Word 里选“纯文本”并选择 UTF-8 编码）；保存后再运行 npm run check';

const COPY_FROM_OFFICE = '不能直接改扩展名。请在 Word/WPS 里复制正文，粘贴到用 npm run new 新建的文件里，再按编辑指南补上字段';

/** Office and PDF files renamed to .md / .yaml: their first bytes say what they are. */
const SIGNATURES: { bytes: number[]; what: string; fix: string }[] = [
  {
    bytes: [0x50, 0x4b, 0x03, 0x04],
    what: 'Word 文档（.docx）或压缩包',
    fix: COPY_FROM_OFFICE,
  },
  {
    bytes: [0xd0, 0xcf, 0x11, 0xe0],
    what: 'Word 或 WPS 的旧格式文档（.doc / .wps）',
    fix: COPY_FROM_OFFICE,
  },
  {
    bytes: [0x25, 0x50, 0x44, 0x46],
    what: 'PDF 文件',
    fix: '请从 PDF 里复制文字，粘贴到用 npm run new 新建的文件里，再按编辑指南补上字段',
  },
  {
    bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66],
    what: 'RTF 格式的文档（写字板或 Word 另存的“RTF 格式”）',
    fix: '请在写字板或 Word 里复制正文，粘贴到用 npm run new 新建的文件里，再按编辑指南补上字段',
  },
];

const UTF8 = new TextDecoder('utf-8', { fatal: true });
const LENIENT_UTF8 = new TextDecoder('utf-8');

/**
 * A content file as text, or why it is not text we can publish: an Office/PDF file renamed, a file with
 * NUL bytes, or text saved in another encoding (GBK/“ANSI” from Notepad or WPS). Read leniently, such a
 * file would publish as mojibake, or drown the editor in hundreds of “missing character” errors.
 */
export async function readContentText(file: string): Promise<ContentText> {
  return decodeContentText(await readFile(file));
}

export function decodeContentText(bytes: Uint8Array): ContentText {
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature) {
    return { unreadable: { line: 1, column: 1, message: `这个文件不是纯文本，而是 ${signature.what}：网站和印刷版都无法读取`, fix: signature.fix } };
  }
  try {
    const text = UTF8.decode(bytes);
    const nul = text.indexOf('\0');
    if (nul !== -1) {
      return {
        unreadable: {
          ...new LineIndex(text).locate(nul),
          message: '这个文件里有二进制数据（不是纯文本），可能是别的格式的文件改了扩展名',
          fix: '请用记事本打开确认；正文请复制粘贴到用 npm run new 新建的文件里',
        },
      };
    }
    return { text };
  } catch {
    const lenient = LENIENT_UTF8.decode(bytes);
    return {
      unreadable: {
        ...new LineIndex(lenient).locate(lenient.indexOf('\uFFFD')),
        message: '文件不是 UTF-8 编码（多半是记事本、WPS 用 GBK/ANSI 编码保存的），直接发布会变成乱码',
        fix: SAVE_AS_UTF8,
      },
    };
  }
}
