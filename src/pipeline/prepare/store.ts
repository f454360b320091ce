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
 * and sentences as JSON. One file per thread, so writers never interleave;
 * the folder is the build's own, under the build cache's folder when there
 * is one (`results/`; else under the system's temporary folder, which is
 * often memory: the store holds about 7.7 KiB an article on the bench
 * corpus), removed when the corpus stages are done; a killed build's is
 * removed by the next build that uses the same folder.
 */
import { appendFileSync, closeSync, mkdirSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { threadId } from 'node:worker_threads'
import { readAt, removeDeadLeftovers } from '../../disk.ts'
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
}

/** The parts of a result the corpus stages read, which the store holds. */
type StoredPart = 'topicText' | 'quantities' | 'signature' | 'sentences'

/** A result as the pipeline keeps it: what goes into the catalog, and where the rest is. */
export type KeptArticle = Omit<PreparedArticle, StoredPart> & { stored: StoredRef }
export type Kept = KeptArticle | { ok: false; reason: string }

/** Bytes this thread has appended to each of its files, so it knows where the next record starts. */
const written = new Map<string, number>()

/**
 * Appends `result`'s corpus parts to this thread's file in `dir` and returns
 * the rest with where they are. A rejected result has no parts.
 */
export function keepAside(dir: string, result: PreparedArticle): KeptArticle
export function keepAside(dir: string, result: Prepared): Kept
export function keepAside(dir: string, result: Prepared): Kept {
  if (!result.ok) return result
  const { topicText, quantities, signature, sentences, ...kept } = result
  const path = join(dir, `results-${threadId}.bin`)
  const signatureBuffer = signature === null ? Buffer.alloc(0) : Buffer.from(Uint32Array.from(signature).buffer)
  const topicBuffer = Buffer.from(JSON.stringify(topicText))
  const storyBuffer = Buffer.from(JSON.stringify({ quantities, sentences }))
  const offset = written.get(path) ?? 0
  appendFileSync(path, Buffer.concat([signatureBuffer, topicBuffer, storyBuffer]))
  const bytes = signatureBuffer.length + topicBuffer.length + storyBuffer.length
  written.set(path, offset + bytes)
  return { ...kept, stored: { path, offset, signatureBytes: signatureBuffer.length, topicBytes: topicBuffer.length, storyBytes: storyBuffer.length } }
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
    const bytes = this.read(ref.path, ref.offset, ref.signatureBytes)
    // A copy of its own, 4-byte aligned: the read buffer's offset may not be.
    return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length))
  }

  topicText(ref: StoredRef): DocText {
    if (this.lastTopic?.ref !== ref) {
      const text = this.read(ref.path, ref.offset + ref.signatureBytes, ref.topicBytes).toString('utf8')
      this.lastTopic = { ref, value: JSON.parse(text) as DocText }
    }
    return this.lastTopic.value
  }

  storyParts(ref: StoredRef): StoryParts {
    if (this.lastStory?.ref !== ref) {
      const text = this.read(ref.path, ref.offset + ref.signatureBytes + ref.topicBytes, ref.storyBytes).toString('utf8')
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

  private read(path: string, position: number, length: number): Buffer {
    let fd = this.files.get(path)
    if (fd === undefined) {
      fd = openSync(path, 'r')
      this.files.set(path, fd)
    }
    return readAt(fd, position, length, path)
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
