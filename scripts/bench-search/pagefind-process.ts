/**
 * Peak memory and CPU time of Pagefind's indexing service (a child process of this one), read from /proc
 * just before it is closed. CPU time is the fairer speed figure on a shared, busy machine.
 */
import { readdir, readFile } from 'node:fs/promises';

export interface ProcessStats {
  peakBytes: number;
  cpuSeconds: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

export async function pagefindProcessStats(): Promise<ProcessStats> {
  const stats: ProcessStats = { peakBytes: 0, cpuSeconds: 0 };
  for (const task of await readdir(`/proc/${process.pid}/task`)) {
    const children = (await readFile(`/proc/${process.pid}/task/${task}/children`, 'utf8')).trim().split(/\s+/).filter(Boolean);
    for (const pid of children) {
      try {
        const status = await readFile(`/proc/${pid}/status`, 'utf8');
        if (!/^Name:\s*pagefind/m.test(status)) continue;
        const hwm = /^VmHWM:\s*(\d+) kB/m.exec(status);
        if (hwm) stats.peakBytes = Math.max(stats.peakBytes, Number(hwm[1]) * 1024);
        // Fields after the ") " that ends the command name: utime and stime are the 12th and 13th.
        const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1].split(' ');
        stats.cpuSeconds += (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
      } catch {
        // The child ended between listing and reading.
      }
    }
  }
  return stats;
}
