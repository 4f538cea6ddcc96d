// Syncs rendered files with the output directory: write what changed, remove what is no longer
// generated, or (for --check) only name them. Only files carrying the ownership mark are ever
// removed, so a user's own file in the directory is safe.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedFile } from './targets/target.ts';

/** Ends every provenance line; marks the files this generator owns. */
export const OWNERSHIP_MARK = 'by keyway generate; do not edit';

export interface StaleFile {
  path: string;
  reason: 'changed' | 'missing' | 'not generated any more';
}

export interface SyncOptions {
  /**
   * Also name (and remove) generated files that no rendered file matches. Off when only some
   * targets were rendered (`--target`): the other targets' files are not stale.
   */
  sweep?: boolean;
}

/** Compares rendered files with the output directory without writing anything. */
export function findStale(
  outDir: string,
  files: GeneratedFile[],
  { sweep = true }: SyncOptions = {},
): StaleFile[] {
  const stale: StaleFile[] = [];
  const expected = new Set(files.map((f) => f.path));
  for (const file of files) {
    const current = readIfExists(join(outDir, file.path));
    if (current === null) stale.push({ path: file.path, reason: 'missing' });
    else if (current !== file.contents) stale.push({ path: file.path, reason: 'changed' });
  }
  for (const path of sweep ? ownedFiles(outDir) : []) {
    if (!expected.has(path)) stale.push({ path, reason: 'not generated any more' });
  }
  return stale.sort((a, b) => (a.path < b.path ? -1 : 1));
}

/** Writes the files and removes generated files that are no longer produced. Returns what changed. */
export function writeGenerated(
  outDir: string,
  files: GeneratedFile[],
  options: SyncOptions = {},
): StaleFile[] {
  const stale = findStale(outDir, files, options);
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const entry of stale) {
    const target = join(outDir, entry.path);
    const file = byPath.get(entry.path);
    if (file === undefined) {
      rmSync(target);
      continue;
    }
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.contents);
  }
  return stale;
}

function ownedFiles(dir: string, prefix = ''): string[] {
  let entries: import('node:fs').Dirent[];
  try {
    entries = readdirSync(join(dir, prefix), { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) return ownedFiles(dir, path);
    const head = readFileSync(join(dir, path), 'utf8').slice(0, 400);
    return head.includes(OWNERSHIP_MARK) ? [path] : [];
  });
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}
