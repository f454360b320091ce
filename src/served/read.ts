/**
 * The served catalog, read through the ASSETS binding. The index (index.json
 * and its columns, index.bin) is fetched once per isolate and kept in module
 * scope as typed arrays, with no per-entry objects; articles and stories are
 * read from their packs on demand, each pack fetched once per request, so the
 * Worker's size, start-up and memory stay small whatever the catalog's size.
 */
import { rfc3339 } from '../dates.ts'
import type { Article, Story } from '../model.ts'
import type { StoryView } from '../render/story-content.ts'
import type { Site } from '../worker/env.ts'
import type { AnswerManifest } from './answers.ts'
import { readRanges } from './body-prefix.ts'
import {
  answersPath,
  articlePackPath,
  type ColumnName,
  columnLayout,
  columnsPath,
  contractPath,
  indexPath,
  lineSlot,
  PACK_SIZE,
  packSlot,
  type SearchShard,
  searchShardPath,
  type ServedIndex,
  storyPackPath,
  type TopicEntry,
  topicWords,
} from './index.ts'
import { cachePerBinding } from './parsed-cache.ts'

/** One list of the index (articles or stories): its ids, dates and topic sets, by position. */
export interface ServedList {
  count: number
  /** The id at a position. */
  id(position: number): string
  /** The position of an id, or -1. */
  find(id: string): number
  /** Seconds since 1970: an article's `published`, a story's `dateEnd` (the order of the list). */
  date: Float64Array
  /** Bit sets of topic positions, `words` 32-bit words per entry. */
  topics: Uint32Array
  words: number
  /** Where each entry's line starts in its pack, each pack followed by its end. */
  line: Uint32Array
}

/** The index plus lookups derived from it once. */
export interface ServedCatalog {
  index: ServedIndex
  articles: ServedList & {
    modified: Float64Array
    /** Story position + 1; 0 when none. */
    story: Uint32Array
  }
  stories: ServedList & { dateStart: Float64Array }
  topics: Map<string, TopicEntry>
  /** Each topic's bit: its position in `index.topics`. */
  topicBit: Map<string, number>
  /** Newest `modified` of all articles (ISO): the date of an empty answer. */
  newest: string
  /** Newest `dateEnd` of all stories (else `newest`): the date of an empty story answer. */
  newestStory: string
}

/** The date of an answer when the catalog has no articles at all. */
const EPOCH = 0

/**
 * One load per isolate. Keyed by the assets binding, so the build, which
 * renders kept answers over one catalog after another in one process, never
 * sees a stale one; in a Worker the binding is the same object on every request.
 */
const loaded = new WeakMap<Fetcher, Promise<ServedCatalog>>()

export function loadServedCatalog(assets: Fetcher): Promise<ServedCatalog> {
  let loading = loaded.get(assets)
  if (!loading) {
    loading = Promise.all([fetchText(assets, indexPath()), fetchBytes(assets, columnsPath())]).then(([text, bytes]) => {
      if (text === undefined || bytes === undefined) throw new Error(`catalog: ${indexPath()} or ${columnsPath()} is missing from the static assets (run npm run build)`)
      return servedCatalog(JSON.parse(text) as ServedIndex, bytes)
    })
    loaded.set(assets, loading)
    // A failed load is not kept: the next request tries again.
    loading.catch(() => loaded.delete(assets))
  }
  return loading
}

/** Views over the columns (no copies), and the few lookups every request needs. */
export function servedCatalog(index: ServedIndex, bytes: ArrayBuffer): ServedCatalog {
  const c = {} as Record<ColumnName, Float64Array | Uint32Array>
  let at = 0
  for (const column of columnLayout(index.articleCount, index.storyCount, index.topics.length)) {
    const width = column.type === 'f64' ? 8 : 4
    c[column.name] = column.type === 'f64' ? new Float64Array(bytes, at, column.length) : new Uint32Array(bytes, at, column.length)
    at += column.length * width
  }
  if (at !== bytes.byteLength) throw new Error(`catalog: ${columnsPath()} has ${bytes.byteLength} bytes; the index needs ${at}`)
  const words = topicWords(index.topics.length)
  const articles = {
    ...list(index.articleCount, index.articleIds, c.articleIdStart as Uint32Array, c.articleById as Uint32Array),
    date: c.articlePublished as Float64Array,
    topics: c.articleTopics as Uint32Array,
    words,
    line: c.articleLine as Uint32Array,
    modified: c.articleModified as Float64Array,
    story: c.articleStory as Uint32Array,
  }
  const stories = {
    ...list(index.storyCount, index.storyIds, c.storyIdStart as Uint32Array, c.storyById as Uint32Array),
    date: c.storyDateEnd as Float64Array,
    topics: c.storyTopics as Uint32Array,
    words,
    line: c.storyLine as Uint32Array,
    dateStart: c.storyDateStart as Float64Array,
  }
  // A pass over every article's date, so done when first asked (most answers date themselves by
  // what they show) rather than on an isolate's first request, in code not yet optimised.
  let newest: string | undefined
  const newestOfAll = () => {
    if (newest === undefined) {
      let max = EPOCH
      for (let i = 0; i < articles.modified.length; i++) if (articles.modified[i]! > max) max = articles.modified[i]!
      newest = isoOf(max)
    }
    return newest
  }
  return {
    index,
    articles,
    stories,
    topics: new Map(index.topics.map((t) => [t.slug, t])),
    topicBit: new Map(index.topics.map((t, i) => [t.slug, i])),
    get newest() {
      return newestOfAll()
    },
    // The index lists stories newest first.
    get newestStory() {
      return stories.count > 0 ? isoOf(stories.date[0]!) : newestOfAll()
    },
  }
}

const loadedAnswers = new WeakMap<Fetcher, Promise<AnswerManifest>>()

/**
 * Canonical answers the build kept, by path (none when it kept none):
 * fetched and parsed once per isolate, when a request first asks for a kept
 * route with no query, rather than with the index on every isolate's first
 * request (its JSON, an offset list per answer, took longer to parse than
 * index.json at 2,000 articles, for requests that never use it).
 */
export function loadAnswers(assets: Fetcher): Promise<AnswerManifest> {
  let loading = loadedAnswers.get(assets)
  if (!loading) {
    loading = fetchText(assets, answersPath()).then((text) => (text === undefined ? {} : (JSON.parse(text) as AnswerManifest)))
    loadedAnswers.set(assets, loading)
    // A failed load is not kept: the next request tries again.
    loading.catch(() => loadedAnswers.delete(assets))
  }
  return loading
}

function list(count: number, ids: string, idStart: Uint32Array, byId: Uint32Array): Pick<ServedList, 'count' | 'id' | 'find'> {
  const id = (position: number) => ids.slice(idStart[position], idStart[position + 1]! - 1)
  return {
    count,
    id,
    find(wanted) {
      // Binary search over positions sorted by id.
      let lo = 0
      let hi = count - 1
      while (lo <= hi) {
        const mid = (lo + hi) >> 1
        const candidate = id(byId[mid]!)
        if (candidate === wanted) return byId[mid]!
        if (candidate < wanted) lo = mid + 1
        else hi = mid - 1
      }
      return -1
    },
  }
}

/** Seconds since 1970 as the model writes dates: `2024-11-12T00:00:00Z`. */
export const isoOf = (seconds: number): string => rfc3339(new Date(seconds * 1000).toISOString())

/** The newest `modified` of the articles at these positions (ISO), else of the whole catalog: read from the columns. */
export const newestModified = (catalog: ServedCatalog, positions: number[]): string => newestOf(catalog.articles.modified, positions, catalog.newest)

/** The newest `dateEnd` of the stories at these positions (ISO), else of every story. */
export const newestStoryEnd = (catalog: ServedCatalog, positions: number[]): string => newestOf(catalog.stories.date, positions, catalog.newestStory)

function newestOf(column: Float64Array, positions: number[], otherwise: string): string {
  let newest = -Infinity
  for (const p of positions) newest = Math.max(newest, column[p]!)
  return positions.length > 0 ? isoOf(newest) : otherwise
}

export const loadArticles = (assets: Fetcher, catalog: ServedCatalog, positions: number[]): Promise<Article[]> =>
  loadPacked<Article>(assets, catalog.articles, articlePackPath, positions)

export const loadStories = (assets: Fetcher, catalog: ServedCatalog, positions: number[]): Promise<Story[]> =>
  loadPacked<Story>(assets, catalog.stories, storyPackPath, positions)

/**
 * The documents at these positions, in this order: each pack they fall in
 * fetched once and read only as far as its last line wanted (body-prefix.ts),
 * and only their lines decoded and parsed (a pack holds PACK_SIZE
 * documents; a page of scattered matches touches a line or two of each).
 */
async function loadPacked<T>(assets: Fetcher, list: ServedList, path: (pack: number) => string, positions: number[]): Promise<T[]> {
  const byPack = new Map<number, number[]>()
  for (const p of new Set(positions)) {
    const { pack } = packSlot(p, list.count, PACK_SIZE)
    let wanted = byPack.get(pack)
    if (!wanted) byPack.set(pack, (wanted = []))
    wanted.push(p)
  }
  const lines = new Map<number, Uint8Array>()
  await Promise.all(
    [...byPack].map(async ([pack, wanted]) => {
      const response = await fetchAsset(assets, path(pack))
      if (response === undefined) throw new Error(`catalog: ${path(pack)} is listed in the index but missing`)
      wanted.sort((a, b) => a - b)
      const bytes = await readRanges(response, path(pack), wanted.map((p) => [list.line[lineSlot(p, list.count)]!, list.line[lineSlot(p, list.count) + 1]!] as const))
      wanted.forEach((p, n) => lines.set(p, bytes[n]!))
    }),
  )
  return positions.map((p) => JSON.parse(utf8.decode(lines.get(p)!)) as T)
}

const utf8 = new TextDecoder()

/** Stories with their articles (each fetched once, however many stories are shown). */
export async function loadStoryViews(assets: Fetcher, catalog: ServedCatalog, stories: Story[]): Promise<StoryView[]> {
  const ids = [...new Set(stories.flatMap((s) => s.articles))]
  const positions = ids.map((id) => {
    const position = catalog.articles.find(id)
    if (position < 0) throw new Error(`catalog: a story lists article ${id}, which the index does not`)
    return position
  })
  const byId = new Map((await loadArticles(assets, catalog, positions)).map((a) => [a.id, a]))
  return stories.map((story) => ({ story, articles: story.articles.map((id) => byId.get(id)!) }))
}

/**
 * A missing shard means no indexed word starts that way. Shards are parsed
 * once per isolate and kept (parsed-cache.ts), up to SHARD_CACHE_CHARS
 * characters of JSON, far under the 128 MB of an isolate: a shard is tens of
 * kilobytes of JSON that every query with a word of that start parsed again,
 * with the garbage that made.
 */
export async function loadShard(assets: Fetcher, key: string): Promise<SearchShard> {
  const cache = shardCache(assets)
  const kept = cache.get(key)
  if (kept) return kept
  const text = await fetchText(assets, searchShardPath(key))
  const shard = text === undefined ? {} : (JSON.parse(text) as SearchShard)
  cache.set(key, shard, text?.length ?? 0)
  return shard
}

export const SHARD_CACHE_CHARS = 4_000_000
const shardCache = cachePerBinding<SearchShard>(SHARD_CACHE_CHARS)

/** The OpenAPI contract as the build wrote it (JSON text, served verbatim). */
export async function loadContract(assets: Fetcher): Promise<string> {
  const text = await fetchText(assets, contractPath())
  if (text === undefined) throw new Error(`catalog: ${contractPath()} is missing from the static assets (run npm run build)`)
  return text
}

/** The text of a file the index names (a pack, a kept answer). */
export async function fetchText(assets: Fetcher, path: string): Promise<string | undefined> {
  const response = await fetchAsset(assets, path)
  return response && response.text()
}

/** The bytes of a file the index names (a pack, a kept answer, the columns). */
export async function fetchBytes(assets: Fetcher, path: string): Promise<ArrayBuffer | undefined> {
  const response = await fetchAsset(assets, path)
  return response && response.arrayBuffer()
}

export async function fetchAsset(assets: Fetcher, path: string): Promise<Response | undefined> {
  // The host is never contacted: the ASSETS binding serves by path. A URL string, not a Request:
  // Fetcher.fetch takes either, and a page of 100 fetches a dozen packs.
  const response = await assets.fetch(`https://assets.invalid/${path}`)
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`catalog: ${path} answered ${response.status}`)
  return response
}
