import { readSync } from 'node:fs';

/** Reads `length` bytes of the open font file `fd` at `position` into `into` at `at`; a short file is an error. */
export function readExactly(fd: number, file: string, into: Uint8Array, at: number, length: number, position: number): void {
  for (let done = 0; done < length; ) {
    const n = readSync(fd, into, at + done, length - done, position + done);
    if (n === 0) throw new Error(`字体文件 ${file} 读到一半就结束了`);
    done += n;
  }
}
