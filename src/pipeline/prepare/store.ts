/**
 * Per-article results kept on disk from the per-article stage to the corpus
 * stages, which read back only the parts they use, one article at a time.
 *
 * What the corpus stages read of an article (its MinHash signature, the
 * stems topics and stories count, its quantities and story sentences) was
 * the build's largest holder: about 14 KiB of heap per article as it came
 * back from a worker, held for every article from the end of the per-article
 * stage to stories (4.1 GiB peak at 100,000 articles). Each thread that
 * prepares an article appends those parts to its own file in the store's
 * folder and hands back only where they are (a StoredRef) beside what the
 * catalog keeps, so they never cross to the main thread at all when a pool
 * thread made them.
 *
 * Layout of one article's record: the signature as 4-byte values (none when
 * the text has no words), then the topic text as JSON, then the quantities
 * and sentences as JSON. With a build cache the record is the cache's own
 * (cache.ts keeps its entries in packs of these records), so a cached
 * article's parts are read where they already are rather than written
 * again; without one, a thread appends records to its own file here. One
 * file per thread, so writers never interleave; each part's CRC-32 rides in
 * its StoredRef and is checked on every read, since a cache's pack outlives
 * the build that wrote it and a changed file must never give wrong output;
 * the folder is the build's own, under the build cache's folder when there
 * is one (`results/`; else under the system's temporary folder, which is
 * often memory: the store holds about 7.7 KiB an article on the bench
 * corpus), removed when the corpus stages are done; a killed build's is
 * removed by the next build that uses the same folder.
 */
import { closeSync, fstatSync, mkdirSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { crc32 } from 'node:zlib'
import { readAt, removeDeadLeftovers } from '../../disk.ts'
import { InputError } from '../json-file.ts'
import type { Prepared, PreparedArticle } from '../prepare.ts'
import type { DocText } from '../topics/corpus.ts'
import type { StoryArticleText } from '../stories.ts'

/** Where one article's parts are: the file, the record's start, and its three parts' lengths in bytes. */
export interface StoredRef {
  path: string
  offset: number
  signatureBytes: number
  topicBytes: number
  storyBytes: number
  /** CRC-32 of the signature's, the topic text's and the story parts' bytes, checked when each is read. */
  checks: [number, number, number]
}

/** The parts of a result the corpus stages read, which the store holds. */
type StoredPart = 'topicText' | 'quantities' | 'signature' | 'sentences'

/** A result as the pipeline keeps it: what goes into the catalog, and where the rest is. */
export type KeptArticle = Omit<PreparedArticle, StoredPart> & { stored: StoredRef }
export type Kept = KeptArticle | { ok: false; reason: string }

/**
 * Appends `result`'s corpus parts to this thread's file in `dir` and returns
 * the rest with where they are. A rejected result has no parts.
 */
export function keepAside(dir: string, result: PreparedArticle): KeptArticle
export function keepAside(dir: string, result: Prepared): Kept
export function keepAside(dir: string, result: Prepared): Kept {
  if (!result.ok) return result
  const { catalogPart, parts } = recordParts(result)
  const path = join(dir, `results-${threadId}.bin`)
  return { ...catalogPart, stored: storedRef(path, appendParts(path, parts), parts) }
}

/** What the catalog keeps of a result, and its record's three parts as the store lays them out. */
export function recordParts(result: PreparedArticle): { catalogPart: Omit<PreparedArticle, StoredPart>; parts: [Buffer, Buffer, Buffer] } {
  const { topicText, quantities, signature, sentences, ...catalogPart } = result
  const signatureBuffer = signature === null ? Buffer.alloc(0) : Buffer.from(Uint32Array.from(signature).buffer)
  return { catalogPart, parts: [signatureBuffer, Buffer.from(JSON.stringify(topicText)), Buffer.from(JSON.stringify({ quantities, sentences }))] }
}

/** Where a record whose parts start at `offset` of `path` is. */
export function storedRef(path: string, offset: number, [signature, topic, story]: [Buffer, Buffer, Buffer]): StoredRef {
  return { path, offset, signatureBytes: signature.length, topicBytes: topic.length, storyBytes: story.length, checks: [crc32(signature), crc32(topic), crc32(story)] }
}

/**
 * Appends `buffers` back to back to `path` (made if absent) and returns the
 * offset the first starts at. Only this thread appends to its files, so the
 * size read before the write is where the bytes land.
 */
export function appendParts(path: string, buffers: Buffer[]): number {
  const fd = openSync(path, 'a')
  try {
    const offset = fstatSync(fd).size
    const bytes = Buffer.concat(buffers)
    for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done)
    return offset
  } finally {
    closeSync(fd)
  }
}

type StoryParts = Pick<StoryArticleText, 'quantities' | 'sentences'>

/**
 * The store's folder, and its records read back. The last topic text and
 * story parts read are remembered, so a stage that reads several fields of
 * one article in a row parses its record once.
 */
export class ResultsStore {
  readonly dir: string
  private readonly files = new Map<string, number>()
  private lastTopic: { ref: StoredRef; value: DocText } | null = null
  private lastStory: { ref: StoredRef; value: StoryParts } | null = null

  /** A new store in a folder of its own under `parent` (the pipeline gives the build cache's; default: the system's temporary folder). */
  constructor(parent: string = tmpdir()) {
    mkdirSync(parent, { recursive: true })
    removeDeadLeftovers(parent, (name) => /^gazette-results-(\d+)-[0-9A-Za-z]+$/.exec(name)?.[1])
    this.dir = mkdtempSync(join(parent, `gazette-results-${process.pid}-`))
  }

  signature(ref: StoredRef): Uint32Array | null {
    if (ref.signatureBytes === 0) return null
    const bytes = this.read(ref.path, ref.offset, ref.signatureBytes, ref.checks[0])
    // A copy of its own, 4-byte aligned: the read buffer's offset may not be.
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
  }

  topicText(ref: StoredRef): DocText {
    if (this.lastTopic?.ref !== ref) {
      const text = this.read(ref.path, ref.offset + ref.signatureBytes, ref.topicBytes, ref.checks[1]).toString('utf8')
      this.lastTopic = { ref, value: JSON.parse(text) as DocText }
    }
    return this.lastTopic.value
  }

  storyParts(ref: StoredRef): StoryParts {
    if (this.lastStory?.ref !== ref) {
      const text = this.read(ref.path, ref.offset + ref.signatureBytes + ref.topicBytes, ref.storyBytes, ref.checks[2]).toString('utf8')
      this.lastStory = { ref, value: JSON.parse(text) as StoryParts }
    }
    return this.lastStory.value
  }

  /** Closes the files and removes the folder. */
  close(): void {
    try {
      for (const fd of this.files.values()) closeSync(fd)
    } finally {
      this.files.clear()
      this.lastTopic = this.lastStory = null
      rmSync(this.dir, { recursive: true, force: true })
    }
  }

  /** `length` bytes of `path` from `position`, which must have CRC-32 `check`. */
  private read(path: string, position: number, length: number, check: number): Buffer {
    let fd = this.files.get(path)
    if (fd === undefined) {
      fd = openSync(path, 'r')
      this.files.set(path, fd)
    }
    // A file changed under the build (the cache's packs outlive it) is the input's fault, not a bug: said so, without a stack.
    const hint = 'if this file is in the build cache, remove the cache folder or build with --no-cache'
    let bytes: Buffer
    try {
      bytes = readAt(fd, position, length, path)
    } catch (error) {
      throw new InputError(`${(error as Error).message}; ${hint}`)
    }
    if (crc32(bytes) !== check) throw new InputError(`${path}: a stored result is not what was written (its checksum differs at byte ${position}); ${hint}`)
    return bytes
  }
}

/** An article's topic text as the topics stage reads it, from the store on each read (see ResultsStore's last-read record). */
export class StoredTopicText implements DocText {
  // Plain fields, not parameter properties: worker threads load this file with Node's type stripping.
  protected readonly store: ResultsStore
  protected readonly ref: StoredRef
  constructor(store: ResultsStore, ref: StoredRef) {
    this.store = store
    this.ref = ref
  }
  get titleStems() {
    return this.store.topicText(this.ref).titleStems
  }
  get bodyStems() {
    return this.store.topicText(this.ref).bodyStems
  }
  get titleContent() {
    return this.store.topicText(this.ref).titleContent
  }
  get bodyContent() {
    return this.store.topicText(this.ref).bodyContent
  }
}

/** An article's text as the stories stage reads it, from the store on each read. */
export class StoredStoryText extends StoredTopicText implements StoryArticleText {
  get quantities() {
    return this.store.storyParts(this.ref).quantities
  }
  get sentences() {
    return this.store.storyParts(this.ref).sentences
  }
}
