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
 * gigabytes. What the layout needs again (the version digest, the kept
 * answers) it reads back from the staging folder (`read`).
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'
import type { SiteSink } from '../served/sink.ts'

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

export function stageSite(outDir: string): StagedSite {
  const counts: EmitCounts = { written: 0, writtenBytes: 0, linked: 0 }
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const staging = `${outDir}.tmp-${stamp}`
  const retired = `${outDir}.old-${stamp}`
  const folders = new Set<string>()
  const paths: string[] = []
  // What killed builds left beside the output (an out-of-memory kill or Ctrl-C during a long emit).
  const prefix = `${basename(outDir)}.`
  removeDeadLeftovers(dirname(outDir), (name) => (name.startsWith(prefix) ? /^(?:tmp|old)-(\d+)-[0-9a-z]+$/.exec(name.slice(prefix.length))?.[1] : undefined))
  mkdirSync(staging, { recursive: true })
  return {
    get size() {
      return paths.length
    },
    put(path, content) {
      const target = join(staging, path)
      const folder = dirname(target)
      if (!folders.has(folder)) {
        mkdirSync(folder, { recursive: true })
        folders.add(folder)
      }
      const bytes = typeof content === 'string' ? Buffer.from(content) : content
      if (linkUnchanged(join(outDir, path), target, bytes)) {
        counts.linked++
      } else {
        writeFileSync(target, bytes, { flag: 'wx' }) // a path put twice is a layout bug, not a file to replace
        counts.written++
        counts.writtenBytes += bytes.length
      }
      paths.push(path)
    },
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
      return counts
    },
    discard() {
      rmSync(staging, { recursive: true, force: true })
    },
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
export async function emitSite(outDir: string, layOut: (site: SiteSink) => Promise<void>): Promise<EmitCounts & { files: number }> {
  const site = stageSite(outDir)
  try {
    await layOut(site)
  } catch (error) {
    site.discard()
    throw error
  }
  return { ...site.commit(), files: site.size }
}

/**
 * Removes the entries of `dir` that `pidOf` names as a build's (the pid in
 * their name) whose process is no longer running: what a killed build left.
 * A running build's are left alone.
 */
export function removeDeadLeftovers(dir: string, pidOf: (name: string) => string | undefined): void {
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch {
    return // no folder yet: nothing left behind
  }
  for (const name of names) {
    const pid = pidOf(name)
    if (pid !== undefined && !isRunning(Number(pid))) rmSync(join(dir, name), { recursive: true, force: true })
  }
}

/** Whether process `pid` is running (this one always is). */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return true
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // running, as another user
  }
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

/** Writes one file so that readers see the old or the new content, never a part. */
export function writeFileAtomically(path: string, content: string): void {
  const staging = `${path}.tmp-${process.pid}`
  writeFileSync(staging, content)
  renameSync(staging, path)
}
