/** One article's task, as the pool's workers and the in-process path both run it. */
import { createHash } from 'node:crypto'
import type { CleanedPage } from '../clean.ts'
import { prepareArticle, type PageEntry, type Prepared, type PreparedArticle, type PrepareOptions, preparePage } from '../prepare.ts'
import { cacheKey, readCached, writeCached } from './cache.ts'

export interface PrepareTask {
  seed: string
  text: string
  entry: PageEntry
  options: PrepareOptions
  /** Cache folder, or null for none. */
  cacheDir: string | null
  /** codeVersion() of the build, computed once by the caller. */
  version: string
  /** The results store's folder (store.ts), where the thread that prepares the article puts what the corpus stages read. */
  storeDir: string
}

/**
 * A feed item's per-article work (its page already read from the feed's
 * HTML), cached like a seed's: the key covers the page, the curator fields,
 * the options and the code version.
 */
export function runPageTask(seed: string, page: CleanedPage, entry: PageEntry, options: PrepareOptions, cacheDir: string | null, version: string): PreparedArticle {
  const key = createHash('sha256').update(JSON.stringify(['feed-item', version, options.summaryWords, page, entry])).digest('hex')
  const cached = cacheDir === null ? undefined : readCached(cacheDir, version, key)
  if (cached?.ok) return cached
  const result = preparePage(seed, page, entry, options)
  if (cacheDir !== null) writeCached(cacheDir, version, key, result)
  return result
}

/** The cached result of the task, if the cache holds one. */
export function fromCache(task: PrepareTask): Prepared | undefined {
  return task.cacheDir === null ? undefined : readCached(task.cacheDir, task.version, cacheKey(task))
}

/** Prepares the article and stores the result in the cache. */
export function runTask(task: PrepareTask): Prepared {
  const result = prepareArticle(task.seed, task.text, task.entry, task.options)
  if (task.cacheDir !== null) writeCached(task.cacheDir, task.version, cacheKey(task), result)
  return result
}
