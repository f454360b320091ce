/**
 * The served catalog, read through the ASSETS binding. The index is fetched
 * once per isolate and kept in module scope; article and story bodies and
 * search shards are fetched on demand, in parallel, so the Worker's size and
 * start-up do not grow with the catalog.
 */
import type { Article, Story } from '../model.ts'
import type { IndexEntry, SearchShard, ServedIndex, StoryEntry, TopicEntry } from './index.ts'
import type { StoryView } from '../render/story-content.ts'
import { articlePath, contractPath, indexPath, searchShardPath, storyPath } from './index.ts'

/** The index plus lookups derived from it once. */
export interface ServedCatalog {
  index: ServedIndex
  /** Position of each article in `index.articles`. */
  positions: Map<string, number>
  /** Each story's entry in `index.stories`. */
  stories: Map<string, StoryEntry>
  topics: Map<string, TopicEntry>
  /** Newest `modified` of all articles: the date of an empty answer. */
  newest: string
  /** Newest `dateEnd` of all stories (else `newest`): the date of an empty story answer. */
  newestStory: string
}

/** The date of an answer when the catalog has no articles at all. */
const EPOCH = '1970-01-01T00:00:00Z'

let loading: Promise<ServedCatalog> | undefined

export function loadServedCatalog(assets: Fetcher): Promise<ServedCatalog> {
  if (!loading) {
    loading = fetchJson<ServedIndex>(assets, indexPath()).then((index) => {
      if (!index) throw new Error(`catalog: ${indexPath()} is missing from the static assets (run npm run build)`)
      const newest = index.articles.reduce((max, a) => (a.modified > max ? a.modified : max), EPOCH)
      return {
        index,
        positions: new Map(index.articles.map((a, i) => [a.id, i])),
        stories: new Map(index.stories.map((s) => [s.id, s])),
        topics: new Map(index.topics.map((t) => [t.slug, t])),
        newest,
        // The index lists stories newest first.
        newestStory: index.stories[0]?.dateEnd ?? newest,
      }
    })
    // A failed load is not kept: the next request tries again.
    loading.catch(() => (loading = undefined))
  }
  return loading
}

export async function loadArticles(assets: Fetcher, entries: IndexEntry[]): Promise<Article[]> {
  const articles = await Promise.all(entries.map((e) => fetchJson<Article>(assets, articlePath(e.id))))
  return articles.map((a, i) => {
    if (!a) throw new Error(`catalog: ${articlePath(entries[i]!.id)} is listed in the index but missing`)
    return a
  })
}

export async function loadStories(assets: Fetcher, entries: StoryEntry[]): Promise<Story[]> {
  const stories = await Promise.all(entries.map((e) => fetchJson<Story>(assets, storyPath(e.id))))
  return stories.map((s, i) => {
    if (!s) throw new Error(`catalog: ${storyPath(entries[i]!.id)} is listed in the index but missing`)
    return s
  })
}

/** Stories with their articles (each fetched once, however many stories are shown). */
export async function loadStoryViews(assets: Fetcher, catalog: ServedCatalog, stories: Story[]): Promise<StoryView[]> {
  const ids = [...new Set(stories.flatMap((s) => s.articles))]
  const entries = ids.map((id) => {
    const position = catalog.positions.get(id)
    if (position === undefined) throw new Error(`catalog: a story lists article ${id}, which the index does not`)
    return catalog.index.articles[position]!
  })
  const byId = new Map((await loadArticles(assets, entries)).map((a) => [a.id, a]))
  return stories.map((story) => ({ story, articles: story.articles.map((id) => byId.get(id)!) }))
}

/** A missing shard means no indexed word starts that way. */
export async function loadShard(assets: Fetcher, key: string): Promise<SearchShard> {
  return (await fetchJson<SearchShard>(assets, searchShardPath(key))) ?? {}
}

/** The OpenAPI contract as the build wrote it (JSON text, served verbatim). */
export async function loadContract(assets: Fetcher): Promise<string> {
  const text = await fetchText(assets, contractPath())
  if (text === undefined) throw new Error(`catalog: ${contractPath()} is missing from the static assets (run npm run build)`)
  return text
}

async function fetchJson<T>(assets: Fetcher, path: string): Promise<T | undefined> {
  const text = await fetchText(assets, path)
  return text === undefined ? undefined : (JSON.parse(text) as T)
}

async function fetchText(assets: Fetcher, path: string): Promise<string | undefined> {
  // The host is never contacted: the ASSETS binding serves by path.
  const response = await assets.fetch(new Request(`https://assets.invalid/${path}`))
  if (response.status === 404) return undefined
  if (!response.ok) throw new Error(`catalog: ${path} answered ${response.status}`)
  return response.text()
}
