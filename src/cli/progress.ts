import type { SeedProgress } from '../store/graph-store.js';

/**
 * Progress for long work, on stderr so that stdout stays clean for data. On a terminal one line is
 * redrawn in place; elsewhere (CI logs, pipes) each phase is printed once when it completes.
 */
export function progressReporter(stream: NodeJS.WriteStream = process.stderr) {
  let lastPhase = '';
  let lastDraw = 0;
  const reported = new Set<string>();
  return {
    update(p: SeedProgress) {
      if (stream.isTTY) {
        const now = Date.now();
        if (p.done < p.total && p.phase === lastPhase && now - lastDraw < 80) return;
        lastDraw = now;
        const pct = p.total ? Math.floor((100 * p.done) / p.total) : 100;
        stream.write(`\r\x1b[2K  ${p.phase}: ${p.done}/${p.total} (${pct}%)`);
        if (p.done >= p.total) stream.write('\n');
      } else if (p.done >= p.total && !reported.has(p.phase)) {
        reported.add(p.phase);
        stream.write(`  ${p.phase}: ${p.total}\n`);
      }
      lastPhase = p.phase;
    },
  };
}
