// Progress for long jobs in the terminal: a redrawn bar on a TTY, a line every 10% otherwise
// (so CI logs stay short).
export interface Progress {
  start(total: number): void;
  tick(done: number): void;
  finish(message?: string): void;
}

export function terminalProgress(label: string, stream: NodeJS.WriteStream = process.stdout): Progress {
  let total = 0;
  let lastDecile = -1;
  let startedAt = 0;
  const isTty = stream.isTTY === true;
  return {
    start(n) {
      total = n;
      startedAt = Date.now();
      if (!isTty) stream.write(`${label}: 0 of ${n}\n`);
    },
    tick(done) {
      const fraction = total === 0 ? 1 : done / total;
      if (isTty) {
        const width = 30;
        const filled = Math.round(fraction * width);
        stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} (${Math.floor(fraction * 100)}%)`);
      } else {
        const decile = Math.floor(fraction * 10);
        if (decile > lastDecile) {
          lastDecile = decile;
          stream.write(`${label}: ${done} of ${total} (${decile * 10}%)\n`);
        }
      }
    },
    finish(message) {
      const seconds = ((Date.now() - startedAt) / 1000).toFixed(1);
      stream.write(`${isTty ? '\n' : ''}${label}: done in ${seconds} s${message ? ` — ${message}` : ''}\n`);
    },
  };
}

export const silentProgress: Progress = { start() {}, tick() {}, finish() {} };
