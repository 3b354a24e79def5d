/**
 * Where the evaluation material outside the repository lives (the scorers, the seed's gold,
 * PolNeAR): KG_SHARED if set, else the nearest `shared/` beside the checkout or one of its
 * parents (a clone anywhere under the workspace finds it). Null where there is none.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export function sharedRoot(from = process.cwd()): string | null {
  if (process.env.KG_SHARED) return existsSync(process.env.KG_SHARED) ? process.env.KG_SHARED : null;
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const candidate = join(dirname(dir), 'shared');
    if (existsSync(join(candidate, 'eval'))) return candidate;
    if (dirname(dir) === dir) return null;
  }
}

/** A path under the shared folder (the path as `../shared/…` would have it, when there is none). */
export const sharedPath = (...parts: string[]) => join(sharedRoot() ?? '../shared', ...parts);
