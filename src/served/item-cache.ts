/**
 * What the served layout makes of each article and story on its own, cached
 * by a hash of what it is made from, so a rebuild renders only the entries
 * that are new or changed: the kept items (write-item-packs.ts) and an
 * article's search words (write.ts). A key covers the entry's own JSON (an
 * article's pack line; a story's with its articles'), the topics, the site
 * tokens and the code that renders (`ITEM_CODE_PATHS`), so a hit is what
 * rendering would give.
 *
 * On disk, under DIR/items/<code version>/, in segments: a header line (JSON:
 * per entry its key, its parts' byte lengths, and per format fills and
 * digest), then the parts back to back (each format's kept bytes, then the
 * words joined by newlines), so loading decodes slices of one buffer and
 * parses no JSON string per item. A build appends one segment of what it rendered;
 * when the entries it did not use outnumber those it did, it writes the used
 * ones as one segment and removes the rest. Every file is written to a
 * temporary name and renamed; a segment that cannot be read is ignored, so
 * the worst a damaged cache costs is rendering again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { codeVersion } from '../pipeline/prepare/cache.ts'
import type { KeptAnswer } from './answers.ts'
import { ITEM_FORMATS } from './index.ts'

/** What rendering an item reads: the renderers, the served layout's token cutting, and what they import. */
export const ITEM_CODE_PATHS = ['render', 'served', 'contract', 'text', 'model.ts', 'dates.ts', 'order.ts']

/** An item as kept: its bytes with the site's values cut out, where they go, and a digest of both. */
export interface KeptItem {
  kept: string
  bytes: number
  fills: KeptAnswer['fills']
  digest: string
}

/** What is cached of one entry. */
export interface CachedEntry {
  /** Its kept item in each of ITEM_FORMATS, in that order. */
  items: KeptItem[]
  /** An article's distinct search words (write.ts searchWords), in order of first use; none for a story. */
  words: string[]
}

type HeaderEntry = [key: string, bytes: number[], fills: KeptAnswer['fills'][], digests: string[]]

export interface ItemCache {
  get(key: string): CachedEntry | undefined
  set(key: string, entry: CachedEntry): void
  /** Writes what this build rendered, and compacts when most of what was loaded went unused. */
  save(): void
}

/** No cache (`--no-cache`, tests): every item is rendered, and nothing is held. */
export const NO_ITEM_CACHE: ItemCache = { get: () => undefined, set: () => {}, save: () => {} }

export function openItemCache(cacheDir: string, version = codeVersion(ITEM_CODE_PATHS)): ItemCache {
  const root = join(cacheDir, 'items')
  const dir = join(root, version)
  const segments = listSegments(dir)
  const loaded = new Map<string, CachedEntry>()
  for (const name of segments) readSegment(join(dir, name), loaded)
  const used = new Map<string, CachedEntry>()
  const added = new Map<string, CachedEntry>()
  return {
    get(key) {
      const items = used.get(key) ?? loaded.get(key)
      if (items) used.set(key, items)
      return items
    },
    set(key, items) {
      used.set(key, items)
      added.set(key, items)
    },
    save() {
      // Other code versions' items can never be read again.
      for (const name of listDir(root)) if (name !== version) rmSync(join(root, name), { recursive: true, force: true })
      const unused = [...loaded.keys()].filter((key) => !used.has(key)).length
      if (unused > used.size) {
        writeSegment(dir, segmentName(segments), used)
        for (const name of segments) rmSync(join(dir, name), { force: true })
      } else if (added.size > 0) {
        writeSegment(dir, segmentName(segments), added)
      }
    },
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort()
  } catch {
    return []
  }
}

const SEGMENT = /^(\d+)\.seg$/

function listSegments(dir: string): string[] {
  return listDir(dir).filter((name) => SEGMENT.test(name))
}

/** The next number after the highest segment's, zero-padded so names sort in writing order. */
function segmentName(segments: string[]): string {
  const last = segments.length ? Number(SEGMENT.exec(segments.at(-1)!)![1]) : -1
  return `${String(last + 1).padStart(8, '0')}.seg`
}

function readSegment(path: string, into: Map<string, CachedEntry>): void {
  try {
    const buffer = readFileSync(path)
    const newline = buffer.indexOf(10)
    const header = JSON.parse(buffer.toString('utf8', 0, newline)) as HeaderEntry[]
    let offset = newline + 1
    const read: [string, CachedEntry][] = []
    for (const [key, bytes, fills, digests] of header) {
      const items = ITEM_FORMATS.map((_, f) => {
        const kept = buffer.toString('utf8', offset, (offset += bytes[f]!))
        return { kept, bytes: bytes[f]!, fills: fills[f]!, digest: digests[f]! }
      })
      const words = buffer.toString('utf8', offset, (offset += bytes[ITEM_FORMATS.length]!))
      read.push([key, { items, words: words ? words.split('\n') : [] }])
    }
    if (offset !== buffer.length) return // cut short or padded: not this code's segment
    for (const [key, items] of read) into.set(key, items)
  } catch {
    // absent, unreadable or damaged: its items are rendered again
  }
}

/** The entry from the cache when it holds `key`, else made and put in the cache. */
export function cachedEntry<T>(entry: T, key: string, make: (entry: T) => CachedEntry, cache: ItemCache): CachedEntry {
  const cached = cache.get(key)
  if (cached) return cached
  const made = make(entry)
  cache.set(key, made)
  return made
}

function writeSegment(dir: string, name: string, entries: Map<string, CachedEntry>): void {
  const header: HeaderEntry[] = []
  const body: string[] = []
  for (const [key, { items, words }] of entries) {
    const joined = words.join('\n')
    header.push([key, [...items.map((i) => i.bytes), Buffer.byteLength(joined)], items.map((i) => i.fills), items.map((i) => i.digest)])
    body.push(...items.map((i) => i.kept), joined)
  }
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `${name}.${process.pid}.tmp`)
  writeFileSync(temp, Buffer.concat([Buffer.from(JSON.stringify(header) + '\n'), ...body.map((b) => Buffer.from(b))]))
  renameSync(temp, join(dir, name))
}
