/**
 * Per-article results cached by content hash, so a rebuild redoes only the
 * articles that changed. The key covers everything a result depends on: the
 * seed's text, the curator fields that shape the page (PageEntry), the
 * options, and the code itself (a hash of the pipeline's sources and the
 * lock file), so a code or dependency change starts afresh. The seed's path
 * is not in the key: a renamed seed is the same article.
 *
 * Entries are kept in packs under DIR/<version>/: each thread that writes
 * appends to a pack of its own (`<pid>-<thread>-<random>.pack`), so writers,
 * in this build or a concurrent one, never interleave. An entry's record is
 * the catalog's part of the result as JSON, then the results store's record
 * of the rest (store.ts: signature, topic text, story parts), so a cached
 * result needs no copy: the store reads its parts from the pack. Each pack
 * has an index beside it (`.idx`: per entry its key, offset, four lengths and
 * four CRC-32s, in ENTRY_BYTES), appended after the record, so an entry is
 * indexed only once its record is whole; a build opens the cache by reading
 * the indexes alone. An entry whose record is cut short or whose catalog
 * part fails its check is computed again; a part that fails its check when
 * the store reads it stops the build with a message naming the pack
 * (store.ts), never wrong output.
 */
import { createHash, randomBytes } from 'node:crypto'
import { appendFileSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { threadId } from 'node:worker_threads'
import { crc32 } from 'node:zlib'
import { readAt } from '../../disk.ts'
import type { PageEntry, Prepared, PrepareOptions } from '../prepare.ts'
import { appendParts, type Kept, recordParts, storedRef } from './store.ts'

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../')
/** What the per-article stages read: the pipeline, the shared text helpers, the model and the shared modules at the top of src/. */
const CODE_PATHS = ['pipeline', 'text', 'model.ts', 'dates.ts', 'order.ts']

function filesUnder(path: string): string[] {
  if (!existsSync(path)) return []
  if (!statSync(path).isDirectory()) return [path]
  return readdirSync(path)
    .sort()
    .flatMap((name) => filesUnder(join(path, name)))
}

/**
 * Hash of the code a cached result depends on: its sources (`paths` under
 * src/; by default what the per-article results read) and the installed
 * dependencies' lock file.
 */
export function codeVersion(paths: string[] = CODE_PATHS): string {
  const hash = createHash('sha256')
  const files = [...paths.flatMap((p) => filesUnder(join(SRC, p))), join(SRC, '../package-lock.json')]
  for (const file of files) {
    if (!existsSync(file)) continue
    hash.update(file.slice(SRC.length)).update('\0').update(readFileSync(file)).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

export interface CacheKeyInput {
  text: string
  entry: PageEntry
  options: PrepareOptions
  version: string
}

export function cacheKey({ text, entry, options, version }: CacheKeyInput): string {
  // Fields in a fixed order, so the key never depends on the order a curator wrote them in.
  const fields = [version, options.summaryWords, entry.title ?? null, entry.url ?? null, entry.source ?? null, entry.authors ?? null]
  return createHash('sha256').update(JSON.stringify(fields)).update('\0').update(text).digest('hex')
}

/** An index entry: the key's 32 bytes, the record's offset (a float64), then the catalog part's and the three store parts' lengths and CRC-32s (uint32 each). */
const ENTRY_BYTES = 32 + 8 + 4 * 4 + 4 * 4

interface Entry {
  pack: string
  offset: number
  /** Catalog part, signature, topic text, story parts. */
  lengths: [number, number, number, number]
  checks: [number, number, number, number]
}

/** A build's view of the cache: the entries its packs' indexes list when it opened. */
export interface ArticleCache {
  /** Whether the index lists `key` (its record may still prove unreadable: see get). */
  has(key: string): boolean
  /** The cached result for `key`, its corpus parts left in the pack; undefined when absent or unreadable (computed again). */
  get(key: string): Kept | undefined
  close(): void
}

export function openArticleCache(dir: string, version: string): ArticleCache {
  const folder = join(dir, version)
  const entries = new Map<string, Entry>()
  for (const name of existsSync(folder) ? readdirSync(folder).sort() : []) {
    if (!name.endsWith('.idx')) continue
    const pack = join(folder, `${name.slice(0, -'.idx'.length)}.pack`)
    let index: Buffer
    let size: number
    try {
      index = readFileSync(join(folder, name))
      size = statSync(pack).size
    } catch {
      continue // a pack or index removed since listed: its entries are computed again
    }
    // A last entry cut short (a killed writer) is left out.
    for (let at = 0; at + ENTRY_BYTES <= index.length; at += ENTRY_BYTES) {
      const u32 = (n: number) => index.readUInt32LE(at + 40 + 4 * n)
      const entry: Entry = { pack, offset: index.readDoubleLE(at + 32), lengths: [u32(0), u32(1), u32(2), u32(3)], checks: [u32(4), u32(5), u32(6), u32(7)] }
      if (entry.offset + entry.lengths.reduce((a, b) => a + b, 0) > size) continue // the pack was cut short since
      entries.set(index.toString('hex', at, at + 32), entry)
    }
  }
  const fds = new Map<string, number>()
  return {
    has: (key) => entries.has(key),
    get(key) {
      const entry = entries.get(key)
      if (!entry) return undefined
      const { pack, offset, lengths, checks } = entry
      try {
        let fd = fds.get(pack)
        if (fd === undefined) fds.set(pack, (fd = openSync(pack, 'r')))
        const head = readAt(fd, offset, lengths[0], pack)
        if (crc32(head) !== checks[0]) return undefined
        const catalogPart = JSON.parse(head.toString('utf8')) as Prepared
        if (!catalogPart.ok) return catalogPart
        const at = offset + lengths[0]
        return { ...catalogPart, stored: { path: pack, offset: at, signatureBytes: lengths[1], topicBytes: lengths[2], storyBytes: lengths[3], checks: [checks[1], checks[2], checks[3]] } }
      } catch {
        return undefined // unreadable since the index was read: computed again
      }
    },
    close() {
      for (const fd of fds.values()) closeSync(fd)
      fds.clear()
    },
  }
}

/** This thread's pack in each cache folder it writes to (its path without the extension). */
const packs = new Map<string, string>()

/**
 * Adds `result` to the cache under `key`, in this thread's pack, and returns
 * it as the pipeline keeps it: its corpus parts referred to where they are
 * in the pack.
 */
export function writeCached(dir: string, version: string, key: string, result: Prepared): Kept {
  const folder = join(dir, version)
  mkdirSync(folder, { recursive: true }) // again each time: a test, or a user, may have removed it
  let base = packs.get(folder)
  if (base === undefined) packs.set(folder, (base = join(folder, `${process.pid}-${threadId}-${randomBytes(4).toString('hex')}`)))
  const record = result.ok ? recordParts(result) : null
  const head = Buffer.from(JSON.stringify(record ? record.catalogPart : result))
  const parts = record?.parts ?? [Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(0)]
  const offset = appendParts(`${base}.pack`, [head, ...parts])
  const entry = Buffer.alloc(ENTRY_BYTES)
  entry.write(key, 0, 32, 'hex')
  entry.writeDoubleLE(offset, 32)
  ;[head, ...parts].forEach((part, n) => {
    entry.writeUInt32LE(part.length, 40 + 4 * n)
    entry.writeUInt32LE(crc32(part), 56 + 4 * n)
  })
  appendFileSync(`${base}.idx`, entry)
  return result.ok ? { ...record!.catalogPart, stored: storedRef(`${base}.pack`, offset + head.length, record!.parts) } : result
}
