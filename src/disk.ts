/**
 * The build's own files on local disk: whole reads at an offset, atomic
 * writes, and the removal of what a killed build left. The emit stage, the
 * item cache and the results store each keep files of this kind; the Worker
 * imports none of this.
 */
import { readdirSync, readSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** `length` bytes of open file `fd` from `position`; a file that ends first is an error naming `file` and where it ended. */
export function readAt(fd: number, position: number, length: number, file: string): Buffer {
  const bytes = Buffer.allocUnsafe(length)
  let done = 0
  while (done < length) {
    const n = readSync(fd, bytes, done, length - done, position + done)
    if (n === 0) throw new Error(`${file}: a stored result ends early (byte ${position + done} of a record of ${length} at ${position})`)
    done += n
  }
  return bytes
}

/** Writes one file so that readers see the old or the new content, never a part; a failed write leaves no temporary file. */
export function writeFileAtomically(path: string, content: string): void {
  const staging = `${path}.tmp-${process.pid}`
  try {
    writeFileSync(staging, content)
    renameSync(staging, path)
  } catch (error) {
    rmSync(staging, { force: true })
    throw error
  }
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
    if (pid === undefined || isRunning(Number(pid))) continue
    try {
      rmSync(join(dir, name), { recursive: true, force: true })
    } catch {
      // Not ours to remove (another user's, in a shared folder): it stays, and this build goes on.
    }
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
