/**
 * Where the layout (write.ts) puts each served file as it is made. The build
 * gives it the emit stage's staging folder (pipeline/emit.ts), so no file is
 * held once put; tests and the bench take the files as a map (`memorySink`).
 */

/** A served file: text, or bytes (the columns, the topic groups). */
export type ServedFile = string | Uint8Array

export interface SiteSink {
  /** Takes one file; each path is put once. */
  put(path: string, content: ServedFile): void
  /** A file put earlier, as bytes; undefined when none was put at `path`. */
  read(path: string): Uint8Array | undefined
  /** Every path put so far, in the order put. */
  paths(): readonly string[]
}

/** A sink that keeps every file in `files`. */
export function memorySink(files = new Map<string, ServedFile>()): SiteSink {
  return {
    put(path, content) {
      if (files.has(path)) throw new Error(`served: ${path} laid out twice`)
      files.set(path, content)
    },
    read(path) {
      const file = files.get(path)
      return typeof file === 'string' ? Buffer.from(file) : file
    },
    paths: () => [...files.keys()],
  }
}
