/**
 * Emit stage: writes the laid-out site atomically. Everything goes to a
 * sibling temporary folder first and is swapped in with renames only once it
 * is complete, so a build that fails, or is killed, leaves the previous
 * output untouched. A file whose bytes the previous output already holds is
 * hard-linked from it instead of written again, so a rebuild writes only
 * what changed (the old folder is removed after the swap; the links keep
 * the unchanged files).
 *
 * Each file is written the moment the layout hands it over (`put`), so the
 * build never holds the whole site in memory: at 100,000 articles that is
 * gigabytes. The version digest is made from each file's SHA-256, taken as
 * the file is put (`digest`), so no file is read back for it; the kept
 * answers read back the files they render from (`read`).
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import { removeDeadLeftovers, writeFileAtomically } from '../disk.ts'
import { sha256, type SiteSink } from '../served/sink.ts'

/** How a site was written: files written anew, and files linked from the previous output because it held their bytes. */
export interface EmitCounts {
  written: number
  writtenBytes: number
  linked: number
}

/** A site being written into a staging folder beside `outDir`: `commit` swaps it in, `discard` removes it. */
export interface StagedSite extends SiteSink {
  /** Files put so far. */
  readonly size: number
  /** Replaces `outDir` with exactly the files put. */
  commit(): EmitCounts
  /** Removes the staging folder; `outDir` stays as it was. */
  discard(): void
}

/**
 * What a build wrote, kept for the next (`EmitOptions.record`): per path, the
 * key of what the file was made from, its digest, and its size, inode and
 * modification time, so a later build can tell the file in the output is
 * still the one it describes (a file is never changed in place: a rebuild
 * writes a new one or hard-links this one, which keeps all three).
 */
interface EmitRecord {
  out: string
  files: Record<string, RecordedFile>
  /** What the layout remembered for the next build (SiteSink.remember). */
  remembered: Record<string, unknown>
}

type RecordedFile = [inputKey: string, digest: string, size: number, inode: number, modifiedMs: number]

export interface EmitOptions {
  /**
   * Where the record of this build's files is kept for the next build (in the
   * build cache); without one, nothing is reused without being made, and an
   * unchanged file is found by comparing bytes.
   */
  record?: string
}

export function stageSite(outDir: string, options: EmitOptions = {}): StagedSite {
  const counts: EmitCounts = { written: 0, writtenBytes: 0, linked: 0 }
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const staging = `${outDir}.tmp-${stamp}`
  const retired = `${outDir}.old-${stamp}`
  const folders = new Set<string>()
  const paths: string[] = []
  const previous = options.record === undefined ? null : takeRecord(options.record, outDir)
  const made: EmitRecord = { out: outDir, files: {}, remembered: {} }
  // What killed builds left beside the output (an out-of-memory kill or Ctrl-C during a long emit).
  const prefix = `${basename(outDir)}.`
  removeDeadLeftovers(dirname(outDir), (name) => (name.startsWith(prefix) ? /^(?:tmp|old)-(\d+)-[0-9a-z]+$/.exec(name.slice(prefix.length))?.[1] : undefined))
  mkdirSync(staging, { recursive: true })
  const targetOf = (path: string) => {
    const target = join(staging, path)
    const folder = dirname(target)
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true })
      folders.add(folder)
    }
    return target
  }
  const note = (path: string, target: string, inputKey: string, digest: string) => {
    const stat = statSync(target)
    made.files[path] = [inputKey, digest, stat.size, stat.ino, stat.mtimeMs]
    paths.push(path)
  }
  /** Links the previous output's file at `path` when it is still the one `before` describes. */
  const linkRecorded = (path: string, target: string, before: RecordedFile | undefined): boolean => {
    const source = join(outDir, path)
    if (!before || !isRecordedFile(source, before)) return false
    try {
      linkSync(source, target)
      return true
    } catch {
      return false // a file system without hard links: made and written as new
    }
  }
  return {
    get size() {
      return paths.length
    },
    put(path, content, inputKey = '') {
      if (Object.hasOwn(made.files, path)) throw new Error(`served: ${path} laid out twice`)
      const target = targetOf(path)
      const bytes = typeof content === 'string' ? Buffer.from(content) : content
      const digest = sha256(bytes)
      const before = previous?.files[path]
      const unchanged = previous ? before?.[1] === digest && linkRecorded(path, target, before) : linkUnchanged(join(outDir, path), target, bytes)
      if (unchanged) {
        counts.linked++
      } else {
        writeFileSync(target, bytes, { flag: 'wx' }) // a path put twice is a layout bug, not a file to replace
        counts.written++
        counts.writtenBytes += bytes.length
      }
      note(path, target, inputKey, digest)
    },
    reuse(path, inputKey) {
      const before = previous?.files[path]
      if (!before || before[0] === '' || before[0] !== inputKey || Object.hasOwn(made.files, path)) return false
      const target = targetOf(path)
      if (!linkRecorded(path, target, before)) return false
      counts.linked++
      note(path, target, inputKey, before[1])
      return true
    },
    digest: (path) => made.files[path]![1],
    previous(path) {
      const before = previous?.files[path]
      const source = join(outDir, path)
      if (!before || !isRecordedFile(source, before)) return undefined
      try {
        return readFileSync(source)
      } catch {
        return undefined
      }
    },
    remember(name, value) {
      made.remembered[name] = value
    },
    recall: (name) => previous?.remembered?.[name],
    read(path) {
      try {
        return readFileSync(join(staging, path))
      } catch {
        return undefined
      }
    },
    paths: () => paths,
    commit() {
      const hadPrevious = existsSync(outDir)
      if (hadPrevious) renameSync(outDir, retired)
      try {
        renameSync(staging, outDir)
      } catch (error) {
        if (hadPrevious) renameSync(retired, outDir)
        rmSync(staging, { recursive: true, force: true })
        throw error
      }
      rmSync(retired, { recursive: true, force: true })
      if (options.record !== undefined) writeRecord(options.record, made)
      return counts
    },
    discard() {
      rmSync(staging, { recursive: true, force: true })
    },
  }
}

/**
 * The record the previous build left for `outDir`, removed as it is read: it
 * describes the output only until this build replaces it, and a build that
 * fails or is killed before writing its own leaves none, so the next one
 * makes every file (and links those whose bytes are unchanged).
 */
function takeRecord(file: string, outDir: string): EmitRecord | null {
  let record: EmitRecord | null = null
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as EmitRecord
    if (read.out === outDir && typeof read.files === 'object') record = read
  } catch {
    // none yet, or unreadable: every file is made
  }
  rmSync(file, { force: true })
  return record
}

/** Writes the record; one that cannot be written only costs the next build its reuse. */
function writeRecord(file: string, record: EmitRecord): void {
  try {
    mkdirSync(dirname(file), { recursive: true })
    writeFileAtomically(file, JSON.stringify(record))
  } catch {
    rmSync(file, { force: true })
  }
}

/** Whether the file at `path` is the one `recorded` describes: same size, inode and modification time. */
function isRecordedFile(path: string, [, , size, inode, modifiedMs]: RecordedFile): boolean {
  try {
    const stat = statSync(path)
    return stat.size === size && stat.ino === inode && stat.mtimeMs === modifiedMs
  } catch {
    return false
  }
}

/** Replaces `outDir` with exactly `files` (paths relative to it). */
export function writeSiteAtomically(outDir: string, files: Map<string, string | Uint8Array>): EmitCounts {
  const site = stageSite(outDir)
  try {
    for (const [path, content] of files) site.put(path, content)
  } catch (error) {
    site.discard()
    throw error
  }
  return site.commit()
}

/** Stages a site, lets `layOut` put its files, and swaps it in; on any error the previous output stays. */
export async function emitSite(outDir: string, layOut: (site: SiteSink) => Promise<void>, options: EmitOptions = {}): Promise<EmitCounts & { files: number }> {
  const site = stageSite(outDir, options)
  try {
    await layOut(site)
  } catch (error) {
    site.discard()
    throw error
  }
  return { ...site.commit(), files: site.size }
}

/** Links `target` to `previous` when that file holds exactly `bytes`; false when it does not or cannot be linked. */
function linkUnchanged(previous: string, target: string, bytes: Uint8Array): boolean {
  try {
    if (statSync(previous).size !== bytes.length || !Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).equals(readFileSync(previous))) return false
    linkSync(previous, target)
    return true
  } catch {
    return false // no previous file, or a file system without hard links: written as new
  }
}

