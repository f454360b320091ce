/**
 * Emit stage: writes the laid-out site atomically. Everything goes to a
 * sibling temporary folder first and is swapped in with renames only once it
 * is complete, so a build that fails, or is killed, leaves the previous
 * output untouched.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** Replaces `outDir` with exactly `files` (paths relative to it). */
export function writeSiteAtomically(outDir: string, files: Map<string, string | Uint8Array>): void {
  const stamp = `${process.pid}-${Date.now().toString(36)}`
  const staging = `${outDir}.tmp-${stamp}`
  const retired = `${outDir}.old-${stamp}`
  mkdirSync(dirname(outDir), { recursive: true })
  try {
    for (const [path, content] of files) {
      const target = join(staging, path)
      mkdirSync(dirname(target), { recursive: true })
      writeFileSync(target, content)
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
}

/** Writes one file so that readers see the old or the new content, never a part. */
export function writeFileAtomically(path: string, content: string): void {
  const staging = `${path}.tmp-${process.pid}`
  writeFileSync(staging, content)
  renameSync(staging, path)
}
