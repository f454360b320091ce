/**
 * Runs the per-article work for every seed not in the cache, on a pool of
 * worker threads (tinypool) across the machine's cores, or in this thread
 * when fewer than POOL_MIN_SEEDS are left, where starting workers (each
 * loads the NLP models) costs more than it saves. Results come back in seed
 * order whichever worker finished first, so the output never depends on
 * scheduling.
 *
 * Workers load worker.ts as TypeScript: under tsx they inherit its loader
 * through execArgv; under plain Node 24 (vitest) type stripping runs it.
 */
import { availableParallelism } from 'node:os'
import { Tinypool } from 'tinypool'
import type { CurationFile } from '../../model.ts'
import { pageEntry, type PrepareOptions } from '../prepare.ts'
import type { SeedText } from '../read.ts'
import { type ArticleCache, cacheKey } from './cache.ts'
import type { Kept } from './store.ts'
import { runTask, type PrepareTask } from './task.ts'

/** Fewer seeds to prepare than this are prepared in this thread. */
export const POOL_MIN_SEEDS = 200

export interface PrepareRunOptions extends PrepareOptions {
  /** Worker threads: 0 runs in this thread; default one per core but one, with this thread taking tasks too (0 under POOL_MIN_SEEDS seeds to prepare). */
  workers?: number
  /** Whether this thread takes tasks beside the pool's threads; default: when `workers` is not given. */
  thisThreadTakesTasks?: boolean
  cacheDir: string | null
  /** The cache opened by this build (cache.ts openArticleCache), whose entries are looked up here; null for none. */
  cache: ArticleCache | null
  version: string
  /** The results store's folder (store.ts). */
  storeDir: string
  /**
   * Empty each seed's `text` once its article is prepared (see PipelineInput.releaseSeedTexts):
   * this stage is the only reader of the texts.
   */
  releaseTexts?: boolean
}

export async function prepareAll(
  seeds: SeedText[],
  curation: CurationFile,
  options: PrepareRunOptions,
  progress: (done: number, total: number) => void,
): Promise<Kept[]> {
  // Made when taken, so no task outlives its article's work holding the seed's text.
  const taskOf = (i: number): PrepareTask => ({
    seed: seeds[i]!.seed,
    text: seeds[i]!.text,
    entry: pageEntry(curation[seeds[i]!.seed]),
    options: { summaryWords: options.summaryWords },
    cacheDir: options.cacheDir,
    version: options.version,
    storeDir: options.storeDir,
  })
  let done = 0
  // What the corpus stages read of each result goes to the results store as it is made (store.ts);
  // a pool thread puts it there itself, so only the catalog's part comes back to this thread.
  const results: (Kept | undefined)[] = seeds.map(() => undefined)
  const finish = (i: number, result: Kept): void => {
    results[i] = result
    if (options.releaseTexts) seeds[i]!.text = ''
    progress(++done, seeds.length)
  }
  const prepareHere = (i: number): Kept => runTask(taskOf(i))
  // Which results the cache holds is known from its index alone (cache.ts), so the pool starts on the
  // others at once while this thread reads the cached ones' catalog parts (their corpus parts stay in
  // the cache's packs). One the cache cannot give after all (damaged since indexed) is prepared.
  const held: { at: number; key: string }[] = []
  const misses: number[] = []
  seeds.forEach((_, i) => {
    const key = options.cache === null ? undefined : cacheKey(taskOf(i))
    if (key !== undefined && options.cache!.has(key)) held.push({ at: i, key })
    else misses.push(i)
  })
  const readHeld = async (yieldToPool: boolean) => {
    for (let n = 0; n < held.length; n++) {
      const { at, key } = held[n]!
      const cached = options.cache!.get(key)
      if (cached) finish(at, cached)
      else misses.push(at)
      // Lets the pool's finished tasks be taken, and new ones handed out, every so often.
      if (yieldToPool && n % 64 === 63) await new Promise((resolve) => setImmediate(resolve))
    }
  }
  // By default this thread takes tasks beside a pool of one thread fewer than the cores: each
  // pool thread holds its own copy of the NLP models and its own heap (about 300 MB, measured with
  // process.memoryUsage() in the workers of a 2,000-article build), and this thread, which holds
  // them already, would otherwise sit idle waiting. --workers N keeps N pool threads and this
  // thread only hands out tasks.
  const takesTasks = options.thisThreadTakesTasks ?? options.workers === undefined
  const workers = options.workers ?? (misses.length < POOL_MIN_SEEDS ? 0 : availableParallelism() - 1)
  if (workers === 0) {
    await readHeld(false)
    for (const i of misses) finish(i, prepareHere(i))
    return results as Kept[]
  }
  // Two tasks in flight per pool thread when this thread works too, so a pool thread has its next
  // task while this one is busy with its own and cannot hear that the pool thread finished.
  const pool = new Tinypool({ filename: new URL('./worker.ts', import.meta.url).href, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: takesTasks ? 2 : 1 })
  let next = 0
  const take = () => (next < misses.length ? misses[next++]! : undefined)
  const poolLane = async () => {
    for (let i = take(); i !== undefined; i = take()) finish(i, await pool.run(taskOf(i)))
  }
  const thisThreadLane = async () => {
    await readHeld(true)
    if (!takesTasks) return poolLane() // a miss found while reading, after the pool's lanes may have run dry
    for (let i = take(); i !== undefined; i = take()) {
      finish(i, prepareHere(i))
      await new Promise((resolve) => setImmediate(resolve)) // lets the pool's finished tasks be taken in between
    }
  }
  try {
    await Promise.all([...Array.from({ length: workers * (takesTasks ? 2 : 1) }, poolLane), thisThreadLane()])
  } finally {
    await pool.destroy()
  }
  return results as Kept[]
}
