/**
 * Where the layout (write.ts) puts each served file as it is made. The build
 * gives it the emit stage's staging folder (pipeline/emit.ts), so no file is
 * held once put; tests and the bench take the files as a map (`memorySink`).
 */

import { createHash } from 'node:crypto'

/** A served file: text, or bytes (the columns, the topic groups). */
export type ServedFile = string | Uint8Array

export interface SiteSink {
  /**
   * Takes one file; each path is put once. `inputKey`, when given, names
   * everything the file was made from, so a later build whose file at `path`
   * has the same key can `reuse` this one without making it.
   */
  put(path: string, content: ServedFile, inputKey?: string): void
  /**
   * Takes the previous build's file at `path` as it is, when that build put it
   * with the same `inputKey` and it is still the file that build wrote; false
   * when there is none, and the caller makes the file and puts it.
   */
  reuse(path: string, inputKey: string): boolean
  /** The SHA-256 (hex) of a file put or reused earlier. */
  digest(path: string): string
  /** The previous build's file at `path` when it is still the file that build wrote; undefined otherwise. */
  previous(path: string): Uint8Array | undefined
  /** Keeps `value` (JSON) for the next build. */
  remember(name: string, value: unknown): void
  /**
   * What the previous build remembered under `name`, when there is a record. It
   * names files, not bytes: a file it names is reused only when `reuse` or
   * `previous` finds it unchanged in the output in place (size, inode, time).
   */
  recall(name: string): unknown
  /** A file put earlier, as bytes; undefined when none was put at `path`. */
  read(path: string): Uint8Array | undefined
  /** Every path put so far, in the order put. */
  paths(): readonly string[]
}

/** A sink that keeps every file in `files`; it has no previous build, so it reuses nothing. */
export function memorySink(files = new Map<string, ServedFile>()): SiteSink {
  const digests = new Map<string, string>()
  return {
    put(path, content) {
      if (files.has(path)) throw new Error(`served: ${path} laid out twice`)
      files.set(path, content)
      digests.set(path, sha256(content))
    },
    reuse: () => false,
    digest: (path) => digests.get(path)!,
    previous: () => undefined,
    remember: () => {},
    recall: () => undefined,
    read(path) {
      const file = files.get(path)
      return typeof file === 'string' ? Buffer.from(file) : file
    },
    paths: () => [...files.keys()],
  }
}

/** SHA-256 of a served file's bytes, hex. */
export function sha256(content: ServedFile): string {
  return createHash('sha256').update(content).digest('hex')
}

/** A hash of everything named, each part ended by a NUL, which no JSON text holds unescaped. */
export function contentKey(...parts: string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('hex')
}
