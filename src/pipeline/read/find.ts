/**
 * Finding the seeds: every `*.txt` under the seeds folder, recursively, and
 * every entry that looks like a seed but cannot be read as one, with the
 * reason, so that nothing in the folder is dropped without a word.
 *
 * A symbolic link is followed when it leads to a regular file (wherever that
 * file is). Links to folders are not followed, so a walk can neither loop nor
 * leave the seeds folder; a link that leads nowhere, to itself, or to a
 * folder is rejected with what it is. Hidden entries (".draft.txt") are
 * skipped on purpose: that is how a curator keeps a draft out of the build.
 */
import { readdirSync, readlinkSync, statSync, type Dirent, type Stats } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type { Rejection } from '../../model.ts'
import { byCodeUnits } from '../../order.ts'

export interface SeedFile {
  /** Path relative to the seeds folder, with `/` separators. */
  seed: string
  /** Path to open: the entry itself (a link is opened through). */
  path: string
}

export interface FoundSeeds {
  files: SeedFile[]
  rejected: Rejection[]
}

const isSeedName = (name: string) => name.toLowerCase().endsWith('.txt')

/** What a file system error means to a curator. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  if (code === 'ENOENT') return 'no longer there'
  return code ?? (error as Error).message
}

/** Why an entry that is not a regular file cannot be a seed. */
function notAFile(stats: Pick<Stats, 'isDirectory' | 'isFIFO' | 'isSocket'>): string {
  if (stats.isDirectory()) return 'a folder, not a file'
  if (stats.isFIFO()) return 'a named pipe, not a file'
  if (stats.isSocket()) return 'a socket, not a file'
  return 'a device, not a file'
}

/** A symbolic link: followed to a regular file, else the reason it cannot be. */
function followLink(path: string): { ok: true } | { ok: false; reason: string } {
  let stats: Stats
  try {
    stats = statSync(path) // follows every link on the way
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ELOOP') return { ok: false, reason: 'link loop (following it comes back to a link already followed, never to a file)' }
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, reason: `dangling link (its target ${readTarget(path)} does not exist)` }
    return { ok: false, reason: `link that cannot be followed (${describeError(error)})` }
  }
  if (stats.isFile()) return { ok: true }
  const what = notAFile(stats)
  return { ok: false, reason: `link to ${what}${stats.isDirectory() ? ' (linked folders are not followed)' : ''}` }
}

function readTarget(path: string): string {
  try {
    return `"${readlinkSync(path)}"`
  } catch {
    return ''
  }
}

/** Every seed under `dir`, and every entry rejected on the way, both in code-unit order of their paths. */
export function findSeeds(dir: string): FoundSeeds {
  const files: SeedFile[] = []
  const rejected: Rejection[] = []
  const seedOf = (path: string) => relative(dir, path).split(sep).join('/')
  const walk = (folder: string): void => {
    let entries: Dirent[]
    try {
      entries = readdirSync(folder, { withFileTypes: true })
    } catch (error) {
      rejected.push({ seed: `${seedOf(folder)}/`, reason: `folder cannot be read (${describeError(error)}); no seed in it was read` })
      return
    }
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue
      const path = join(folder, entry.name)
      const seed = seedOf(path)
      if (entry.isDirectory()) {
        if (isSeedName(entry.name)) rejected.push({ seed, reason: 'a folder, not a file (the seeds inside it are read as usual)' })
        walk(path)
      } else if (entry.isSymbolicLink()) {
        const followed = followLink(path)
        if (!followed.ok) {
          // A link to a folder is reported whatever its name: its seeds would otherwise be lost without a word.
          if (isSeedName(entry.name) || followed.reason.startsWith('link to a folder')) rejected.push({ seed, reason: followed.reason })
        } else if (isSeedName(entry.name)) files.push({ seed, path })
      } else if (isSeedName(entry.name)) {
        if (entry.isFile()) files.push({ seed, path })
        else rejected.push({ seed, reason: notAFile(entry) })
      }
    }
  }
  walk(dir)
  // Code-unit order, not locale order, so every machine lists seeds alike.
  files.sort((a, b) => byCodeUnits(a.seed, b.seed))
  rejected.sort((a, b) => byCodeUnits(a.seed, b.seed))
  return { files, rejected }
}
