/**
 * `npm ci` must install without EBADENGINE on the Node the README promises: every package in the
 * lockfile has to accept the running Node, and every runtime package the oldest Node that
 * package.json's `engines` admits (dev-only tools such as vitest may ask for a later Node 20).
 * It must not warn about unreviewed install scripts either: npm 11.16+ lists every dependency with
 * one that `allowScripts` does not name, and npm 12 skips their scripts.
 */
import { readFile } from 'node:fs/promises';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

interface LockEntry {
  version?: string;
  dev?: boolean;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
}

const lock = JSON.parse(await readFile('package-lock.json', 'utf8')) as {
  packages: Record<string, LockEntry>;
};
const manifest = JSON.parse(await readFile('package.json', 'utf8')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
};
const oldest = semver.minVersion(manifest.engines.node)!.version;

/** Packages whose declared Node range excludes a version, as "path@version needs range". */
function refusing(nodeVersion: string, include: (entry: LockEntry) => boolean): string[] {
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const range = !entry.engines || Array.isArray(entry.engines) ? undefined : entry.engines.node;
    if (!path || !range || !include(entry)) return [];
    return semver.satisfies(nodeVersion, range) ? [] : [`${path}@${entry.version} needs node ${range}`];
  });
}

describe('engines', () => {
  it('reads the lockfile', () => {
    expect(Object.keys(lock.packages).length).toBeGreaterThan(100);
    expect(oldest).toMatch(/^20\./);
  });

  it(`every package accepts the running Node (${process.version})`, () => {
    expect(refusing(process.version, () => true)).toEqual([]);
  });

  it(`every runtime package accepts the oldest Node package.json admits`, () => {
    expect(refusing(oldest, (entry) => !entry.dev)).toEqual([]);
  });

  it('every dependency with an install script is reviewed in allowScripts', () => {
    const reviewed = Object.keys(manifest.allowScripts ?? {}).map((key) => key.replace(/(.)@.*$/, '$1'));
    const unreviewed = Object.entries(lock.packages)
      .filter(([path, entry]) => path && entry.hasInstallScript)
      .map(([path]) => path.replace(/^.*node_modules\//, ''))
      .filter((name) => !reviewed.includes(name));
    expect(unreviewed).toEqual([]);
  });
});
