/** One article's task, as the pool's workers and the in-process path both run it. */
import { createHash } from 'node:crypto'
import type { CleanedPage } from '../clean.ts'
import { prepareArticle, type PageEntry, type PrepareOptions, preparePage } from '../prepare.ts'
import { type ArticleCache, cacheKey, writeCached } from './cache.ts'
import { keepAside, type Kept, type KeptArticle } from './store.ts'

export interface PrepareTask {
  seed: string
  text: string
  entry: PageEntry
  options: PrepareOptions
  /** Cache folder, or null for none. */
  cacheDir: string | null
  /** codeVersion() of the build, computed once by the caller. */
  version: string
  /** The results store's folder (store.ts), where the thread that prepares the article puts what the corpus stages read when there is no cache. */
  storeDir: string
}

/**
 * A feed item's per-article work (its page already read from the feed's
 * HTML), cached like a seed's: the key covers the page, the curator fields,
 * the options and the code version.
 */
export function runPageTask(seed: string, page: CleanedPage, entry: PageEntry, options: PrepareOptions, cache: ArticleCache | null, task: Pick<PrepareTask, 'cacheDir' | 'version' | 'storeDir'>): KeptArticle {
  const key = createHash('sha256').update(JSON.stringify(['feed-item', task.version, options.summaryWords, page, entry])).digest('hex')
  const cached = cache?.get(key)
  if (cached?.ok) return cached
  const result = preparePage(seed, page, entry, options)
  return task.cacheDir === null ? keepAside(task.storeDir, result) : (writeCached(task.cacheDir, task.version, key, result) as KeptArticle)
}

/**
 * Prepares the article and keeps it: in the cache when there is one (whose
 * pack then holds its corpus parts), else in the results store.
 */
export function runTask(task: PrepareTask): Kept {
  const result = prepareArticle(task.seed, task.text, task.entry, task.options)
  return task.cacheDir === null ? keepAside(task.storeDir, result) : writeCached(task.cacheDir, task.version, cacheKey(task), result)
}
