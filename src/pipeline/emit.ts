/**
 * Emit stage: writes the laid-out site atomically. Everything goes to a
 * sibling temporary folder first and is swapped in with renames only once it
 * is complete, so a build that fails, or is killed, leaves the previous
 * output untouched. A file whose bytes the previous output already holds is
 * hard-linked from it instead of written again, so a rebuild writes only
 * what changed (the old folder is removed after the swap; the links keep
 * the unchanged files).
 */
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** How a site was written: files written anew, and files linked from the previous output because it held their bytes. */
export interface EmitCounts {
  written: number
  writtenBytes: number
  linked: number
}

/** Replaces `outDir` with exactly `files` (paths relative to it). */
export function writeSiteAtomically(outDir: string, files: Map<string, string | Uint8Array>): EmitCounts {
  const counts: EmitCounts = { written: 0, writtenBytes: 0, linked: 0 }
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const staging = `${outDir}.tmp-${stamp}`
  const retired = `${outDir}.old-${stamp}`
  mkdirSync(dirname(outDir), { recursive: true })
  const folders = new Set<string>()
  try {
    for (const [path, content] of files) {
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
        writeFileSync(target, bytes)
        counts.written++
        counts.writtenBytes += bytes.length
      }
    }
    mkdirSync(staging, { recursive: true })
  } catch (error) {
    rmSync(staging, { recursive: true, force: true })
    throw error
  }
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
