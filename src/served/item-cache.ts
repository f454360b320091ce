/**
 * What the served layout makes of each article and story on its own, cached
 * by a hash of what it is made from, so a rebuild renders only the entries
 * that are new or changed: the kept items (write-item-packs.ts) and an
 * article's search words (write-search.ts). A key covers the entry's own JSON (an
 * article's pack line; a story's with its articles'), the topics, the site
 * tokens and the code that renders (`ITEM_CODE_PATHS`), so a hit is what
 * rendering would give.
 *
 * On disk, under DIR/items/<code version>/, in segments: a header line (JSON:
 * per entry its key, its parts' byte lengths, and per format fills and
 * digest), then the parts back to back (each format's kept bytes, then the
 * words joined by newlines). Opening reads the header lines only; an entry's
 * parts are read from their segment when it is asked for, and what a build
 * renders goes to a temporary file as it is rendered, so the cache holds no
 * entry's bytes in memory. A build appends one segment of what it rendered;
 * when the entries it did not use outnumber those it did, it writes the used
 * ones as one segment and removes the rest. Every file is written to a
 * temporary name and renamed; a segment that cannot be read is ignored, so
 * the worst a damaged cache costs is rendering again.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { readAt, removeDeadLeftovers } from '../disk.ts'
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
  /** An article's distinct search words (write-search.ts searchWords), in order of first use; none for a story. */
  words: string[]
}

type HeaderEntry = [key: string, bytes: number[], fills: KeptAnswer['fills'][], digests: string[]]

export interface ItemCache {
  get(key: string): CachedEntry | undefined
  /** An entry's search words alone (its items stay on disk); undefined when the cache does not hold `key`. */
  words(key: string): string[] | undefined
  /**
   * Keeps the entry for later builds without reading it (a build that reuses
   * the packs holding it); false when the cache does not hold `key`.
   */
  keep(key: string): boolean
  set(key: string, entry: CachedEntry): void
  /** Writes what this build rendered, and compacts when most of what was loaded went unused. */
  save(): void
  /** Lets go of the segments and removes what this build rendered, unsaved (a build that failed). */
  close(): void
}

/**
 * Where the emit stage keeps the record of the files it wrote (pipeline/emit.ts
 * EmitOptions), beside the items of the same code version: a pack's input key
 * names its entries' keys, which mean the same bytes only under that code.
 */
export function emitRecordPath(cacheDir: string, version = codeVersion(ITEM_CODE_PATHS)): string {
  return join(cacheDir, 'items', version, 'emit-record.json')
}

/** No cache (`--no-cache`, tests): every item is rendered, and nothing is held. */
export const NO_ITEM_CACHE: ItemCache = { get: () => undefined, words: () => undefined, keep: () => false, set: () => {}, save: () => {}, close: () => {} }

/** Where an entry's parts are: a file open for reading, the first part's offset, and its header entry. */
interface Location {
  fd: number
  offset: number
  header: HeaderEntry
}

/**
 * Entries are read from their segment when asked for, and what a build
 * renders is appended to a temporary file as it is rendered: only each
 * entry's header (key, lengths, fills, digests) is held, never its bytes, so
 * a catalog of 100,000 entries costs tens of MB here, not gigabytes.
 */
export function openItemCache(cacheDir: string, version = codeVersion(ITEM_CODE_PATHS)): ItemCache {
  const root = join(cacheDir, 'items')
  const dir = join(root, version)
  // A first build's temporary file can hold everything it rendered before it was killed.
  removeDeadLeftovers(dir, (name) => /\.(\d+)(?:\.parts)?\.tmp$/.exec(name)?.[1])
  const segments = listSegments(dir)
  const fds: number[] = []
  const loaded = new Map<string, Location>()
  for (const name of segments) readSegment(join(dir, name), loaded, fds)
  const used = new Map<string, Location>()
  const added = new Map<string, Location>()
  const addedPath = join(dir, `${segmentName(segments)}.${process.pid}.parts.tmp`)
  let addedFd = -1
  let addedBytes = 0
  const sizes = new Map<number, number>()
  const sizeOf = (fd: number): number => {
    let size = sizes.get(fd)
    if (size === undefined) sizes.set(fd, (size = fstatSync(fd).size))
    return size
  }
  const close = () => {
    for (const fd of fds.splice(0)) closeSync(fd)
    rmSync(addedPath, { force: true })
  }
  /** What `read` takes of the entry at `key`; undefined, and the entry forgotten, when it is not held or no longer readable. */
  const readFrom = <T>(key: string, read: (location: Location) => T): T | undefined => {
    const location = used.get(key) ?? loaded.get(key)
    if (!location) return undefined
    try {
      const value = read(location)
      used.set(key, location)
      return value
    } catch {
      // A segment cut short or unreadable since it was opened: the entry is rendered again.
      loaded.delete(key)
      used.delete(key)
      return undefined
    }
  }
  return {
    get: (key) => readFrom(key, readEntry),
    words: (key) => readFrom(key, readWords),
    keep(key) {
      const location = used.get(key) ?? loaded.get(key)
      // Kept without being read, so a segment cut short is found by its size here: otherwise saving would
      // copy the entry, fail on it, and lose what this build rendered (and so would every build after).
      if (!location || location.offset + partsLength(location.header) > sizeOf(location.fd)) return false
      used.set(key, location)
      return true
    },
    set(key, entry) {
      if (addedFd < 0) {
        mkdirSync(dir, { recursive: true })
        addedFd = openSync(addedPath, 'w+')
        fds.push(addedFd)
      }
      const { header, parts } = entryParts(key, entry)
      const location = { fd: addedFd, offset: addedBytes, header }
      addedBytes += writeSync(addedFd, parts, 0, parts.length, addedBytes)
      used.set(key, location)
      added.set(key, location)
    },
    save() {
      try {
        // Other code versions' items can never be read again.
        for (const name of listDir(root)) if (name !== version) rmSync(join(root, name), { recursive: true, force: true })
        const unused = [...loaded.keys()].filter((key) => !used.has(key)).length
        if (unused > used.size) {
          writeSegment(dir, segmentName(segments), used)
          for (const name of segments) rmSync(join(dir, name), { force: true })
        } else if (added.size > 0) {
          writeSegment(dir, segmentName(segments), added)
        }
      } finally {
        close()
      }
    },
    close,
  }
}


/** An entry's header and its parts back to back: each format's kept bytes, then the words joined by newlines. */
function entryParts(key: string, { items, words }: CachedEntry): { header: HeaderEntry; parts: Buffer } {
  const joined = words.join('\n')
  const header: HeaderEntry = [key, [...items.map((i) => i.bytes), Buffer.byteLength(joined)], items.map((i) => i.fills), items.map((i) => i.digest)]
  return { header, parts: Buffer.from(items.map((i) => i.kept).join('') + joined) }
}

const partsLength = (header: HeaderEntry) => header[1].reduce((sum, n) => sum + n, 0)

function readParts({ fd, offset, header }: Location): Buffer {
  return readAt(fd, offset, partsLength(header), 'item cache segment')
}


/** The words part alone: it follows the items' parts. */
function readWords({ fd, offset, header }: Location): string[] {
  const bytes = header[1]
  const itemsLength = bytes.slice(0, ITEM_FORMATS.length).reduce((sum, n) => sum + n, 0)
  const words = readAt(fd, offset + itemsLength, bytes[ITEM_FORMATS.length]!, 'item cache segment').toString('utf8')
  return words ? words.split('\n') : []
}

function readEntry(location: Location): CachedEntry {
  const parts = readParts(location)
  const [, bytes, fills, digests] = location.header
  let offset = 0
  const items = ITEM_FORMATS.map((_, f) => {
    const kept = parts.toString('utf8', offset, (offset += bytes[f]!))
    return { kept, bytes: bytes[f]!, fills: fills[f]!, digest: digests[f]! }
  })
  const words = parts.toString('utf8', offset, (offset += bytes[ITEM_FORMATS.length]!))
  return { items, words: words ? words.split('\n') : [] }
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

/** Reads a segment's header line only; its entries' parts stay on disk, read when asked for. */
function readSegment(path: string, into: Map<string, Location>, fds: number[]): void {
  let fd = -1
  try {
    fd = openSync(path, 'r')
    const chunks: Buffer[] = []
    let position = 0
    let newline = -1
    while (newline < 0) {
      const chunk = Buffer.allocUnsafe(1 << 20)
      const n = readSync(fd, chunk, 0, chunk.length, position)
      if (n === 0) return // no header line: not a segment
      const at = chunk.subarray(0, n).indexOf(10)
      chunks.push(chunk.subarray(0, at < 0 ? n : at))
      if (at >= 0) newline = position + at
      position += n
    }
    const header = JSON.parse(Buffer.concat(chunks).toString('utf8')) as HeaderEntry[]
    let offset = newline + 1
    const read: [string, Location][] = []
    for (const entry of header) {
      if (entry[1].length !== ITEM_FORMATS.length + 1) return // not this code's segment
      read.push([entry[0], { fd, offset, header: entry }])
      offset += partsLength(entry)
    }
    if (offset !== fstatSync(fd).size) return // cut short or padded: not this code's segment
    for (const [key, location] of read) into.set(key, location)
    fds.push(fd)
    fd = -1
  } catch {
    // absent, unreadable or damaged: its items are rendered again
  } finally {
    if (fd >= 0) closeSync(fd)
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

/** Writes `entries` as one segment: the header line, then each entry's parts copied from where they are. */
function writeSegment(dir: string, name: string, entries: Map<string, Location>): void {
  mkdirSync(dir, { recursive: true })
  const temp = join(dir, `${name}.${process.pid}.tmp`)
  const fd = openSync(temp, 'w')
  try {
    let position = writeSync(fd, JSON.stringify([...entries.values()].map((l) => l.header)) + '\n')
    for (const location of entries.values()) {
      const parts = readParts(location)
      position += writeSync(fd, parts, 0, parts.length, position)
    }
  } catch (error) {
    closeSync(fd)
    rmSync(temp, { force: true })
    throw error
  }
  closeSync(fd)
  renameSync(temp, join(dir, name))
}
