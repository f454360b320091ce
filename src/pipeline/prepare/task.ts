/** One article's task, as the pool's workers and the in-process path both run it. */
import { prepareArticle, type PageEntry, type Prepared, type PrepareOptions } from '../prepare.ts'
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
