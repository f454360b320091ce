/**
 * The build as one pure function: decoded seeds, the curator's catalog and
 * taxonomy in; the catalog model out. The order is a rule, not an accident:
 * the per-article work (prepare.ts: clean, metadata, summary, the article's
 * own entities) runs first, on worker threads and from the cache by content
 * hash, and its results are taken in seed order; identity needs the page's
 * date from clean; duplicates are folded before
 * the corpus-level stages so a syndicated copy cannot sway topics or stories;
 * entities are made canonical across the whole catalog before stories use
 * them to join articles; last, every article's text is checked once
 * (checked-text.ts), so the renderers need not look through it again.
 */
import { join } from 'node:path'
import type { Article, Catalog, CurationFile, Rejection, Topic } from '../model.ts'
import { bodyText } from '../text/article-text.ts'
import type { Recorded } from './curation.ts'
import { type DuplicateLinks, findDuplicatesFrom } from './duplicates.ts'
import { checkedArticle } from './checked-text.ts'
import { readState, readStateOrWarn, type StateFile, textKey, writeState } from './corpus-state.ts'
import { canonicalizeEntities } from './entities/corpus.ts'
import { articleGuid, resolveIdentity } from './identity.ts'
import { InputError } from './json-file.ts'
import { type ArticleCache, codeVersion, openArticleCache } from './prepare/cache.ts'
import { prepareAll } from './prepare/run.ts'
import { pageEntry } from './prepare.ts'
import { ResultsStore, type StoredRef, StoredStoryText, StoredTopicText } from './prepare/store.ts'
import { runPageTask } from './prepare/task.ts'
import type { SeedText } from './read.ts'
import { settleStoriesFrom } from './stories/state.ts'
import type { SourcedItem } from '../sources/articles.ts'
import { assignStories, groupStories } from './stories.ts'
import { settleTopics, topicDoc, topicKey, type TopicsState } from './topics.ts'
import type { DocText } from './topics/corpus.ts'

export interface PipelineInput {
  seeds: SeedText[]
  /** Items of upstream feeds (src/sources/articles.ts), after the seeds; none by default. */
  feedItems?: SourcedItem[]
  /** Seeds the read stage already rejected (empty, binary): carried into the report. */
  rejected: Rejection[]
  curation: CurationFile
  taxonomy: Topic[]
  /** The build's clock (ISO UTC): used only as a new seed's first-seen date. */
  now: string
  summaryWords?: number
  /** How messages name the curation file: "seeds/catalog.json". */
  curationLabel?: string
  /** Worker threads for the per-article work: 0 runs it in this thread; default: see prepare/run.ts. */
  workers?: number
  /** Whether this thread takes per-article tasks beside the pool's; default: when `workers` is not given (prepare/run.ts). */
  thisThreadTakesTasks?: boolean
  /** Folder of cached per-article results (prepare/cache.ts); none when absent. */
  cacheDir?: string | null
  /** Code version for the cache key; default codeVersion(). */
  codeVersion?: string
  /**
   * Empty each seed's `text` (set it to "") once its article's per-article
   * work is done, for a caller that reads its seeds for this one build: that
   * work is the only reader of the texts, and held to the end of the
   * pipeline they grow with the catalog (about 2.2 KiB an article on the
   * bench corpus). Default false: the seeds are left as given.
   */
  releaseSeedTexts?: boolean
}

export interface PipelineResult {
  catalog: Catalog
  /** Ids and first-seen dates to write back into seeds/catalog.json. */
  recorded: Map<string, Recorded>
}

export type Progress = (stage: string, done: number, total: number) => void

export async function runPipeline(input: PipelineInput, progress: Progress = () => {}): Promise<PipelineResult> {
  const warnings: string[] = input.seeds.flatMap((s) => (s.warning ? [`${s.seed}: ${s.warning}`] : []))
  checkCatalogAgainstSeeds(input, new Set(input.taxonomy.map((t) => t.slug)), warnings)
  // Beside the build cache when there is one: the system's temporary folder is often memory, or shared with other users.
  const store = new ResultsStore(input.cacheDir ? join(input.cacheDir, 'results') : undefined)
  const version = input.codeVersion ?? codeVersion()
  const cache = input.cacheDir ? openArticleCache(input.cacheDir, version) : null
  try {
    return await runStages(input, store, cache, version, warnings, progress)
  } finally {
    cache?.close()
    store.close()
  }
}

async function runStages(input: PipelineInput, store: ResultsStore, cache: ArticleCache | null, version: string, warnings: string[], progress: Progress): Promise<PipelineResult> {
  const rejected = [...input.rejected]
  const recorded = new Map<string, Recorded>()
  const prepared = await prepareAll(
    input.seeds,
    input.curation,
    { summaryWords: input.summaryWords ?? 60, workers: input.workers, thisThreadTakesTasks: input.thisThreadTakesTasks, cacheDir: input.cacheDir ?? null, cache, version, storeDir: store.dir, releaseTexts: input.releaseSeedTexts },
    (done, total) => progress('articles', done, total),
  )
  let articles: Article[] = []
  /**
   * Where each article's corpus parts are in the results store, by article
   * id: the corpus stages read them back from disk one article at a time
   * (prepare/store.ts), so none of them is held for every article at once.
   */
  const stored = new Map<string, StoredRef>()
  input.seeds.forEach((seed, i) => {
    const entry = input.curation[seed.seed]
    const page = prepared[i]!
    if (!page.ok) {
      rejected.push({ seed: seed.seed, reason: page.reason })
      return
    }
    if (page.warning) warnings.push(`${seed.seed}: ${page.warning}`)
    const identity = resolveIdentity(seed.seed, entry, page.pageDate, input.now)
    if (identity.record) recorded.set(seed.seed, identity.record)
    const { meta } = page
    stored.set(identity.id, page.stored)
    articles.push({
      id: identity.id,
      guid: identity.guid,
      seed: seed.seed,
      externalUrl: meta.externalUrl,
      title: meta.title,
      dek: meta.dek,
      authors: meta.authors,
      source: meta.source,
      dateline: meta.dateline,
      language: meta.language,
      published: identity.published,
      modified: identity.modified,
      body: page.body,
      summary: page.summary,
      topics: entry?.topics ?? [],
      entities: page.entities,
      duplicates: [],
      outlets: meta.source ? [meta.source] : [],
      story: null,
      wordCount: page.wordCount,
    })
  })
  // Each result's parts live on in its article and in `texts`; the rest of it can go.
  prepared.length = 0
  // Feed items: their HTML is already blocks and their dates decided (src/sources/articles.ts);
  // their per-article work runs here, in this thread, cached like the seeds'.
  const forced = new Map<string, string[]>()
  for (const item of input.feedItems ?? []) {
    const page = { title: item.title || null, dek: null, authors: item.authors, source: item.source, dateline: null, published: item.published, body: item.body }
    const entry = pageEntry({ ...(item.externalUrl ? { url: item.externalUrl } : {}), ...(item.source ? { source: item.source } : {}) })
    const prepared = runPageTask(item.seed, page, entry, { summaryWords: input.summaryWords ?? 60 }, cache, { cacheDir: input.cacheDir ?? null, version, storeDir: store.dir })
    stored.set(item.id, prepared.stored)
    if (item.topics) forced.set(item.id, item.topics)
    articles.push({
      id: item.id,
      guid: articleGuid(item.id),
      seed: item.seed,
      externalUrl: prepared.meta.externalUrl,
      title: prepared.meta.title,
      dek: null,
      authors: prepared.meta.authors,
      source: item.source,
      dateline: null,
      language: prepared.meta.language,
      published: item.published,
      modified: item.modified,
      body: prepared.body,
      summary: prepared.summary,
      topics: item.topics ?? [],
      entities: prepared.entities,
      duplicates: [],
      outlets: item.source ? [item.source] : [],
      story: null,
      wordCount: prepared.wordCount,
    })
  }
  progress('articles', articles.length, articles.length)
  checkUniqueIds(articles, input.curationLabel ?? 'seeds/catalog.json')

  progress('duplicates', 0, articles.length)
  const stateFile = input.cacheDir ? { dir: input.cacheDir, version } : null
  articles = foldDuplicates(articles, (id) => store.signature(stored.get(id)!), stateFile, warnings)

  progress('topics', 0, articles.length)
  // Each article's words were read by the per-article stage; only the counting is left.
  const assigned = settleTopicsFrom(articles, (a) => new StoredTopicText(store, stored.get(a.id)!), input.taxonomy, stateFile, warnings)
  const curated = new Set(articles.filter((a) => input.curation[a.seed]?.topics || forced.has(a.id)).map((a) => a.id))
  articles = articles.map((a) => (curated.has(a.id) ? a : { ...a, topics: assigned.get(a.id) ?? [] }))

  progress('entities', 0, articles.length)
  const canonical = canonicalizeEntities(
    articles.map((a) => a.entities),
    articles.map((a) => a.published),
  )
  articles = articles.map((a, i) => ({ ...a, entities: canonical[i]! }))

  progress('stories', 0, articles.length)
  const storyOptions = { prepared: articles.map((a) => new StoredStoryText(store, stored.get(a.id)!)) }
  const stories = stateFile ? settleStoriesFrom(articles, storyOptions, stateFile, warnings) : groupStories(articles, storyOptions)
  articles = assignStories(articles, stories)
  articles = articles.map(checkedArticle)

  return { catalog: { articles, topics: input.taxonomy, stories, rejected, warnings }, recorded }
}

/**
 * Topics decided block by block (settleTopics), from the previous build's
 * decisions for the blocks it shares with this one, and kept for the next.
 */
function settleTopicsFrom(articles: Article[], textOf: (a: Article) => DocText, taxonomy: Topic[], stateFile: StateFile | null, warnings: string[]): Map<string, string[]> {
  const read = {
    ids: articles.map((a) => a.id),
    texts: articles.map(textOf),
    published: articles.map((a) => a.published),
    ...(stateFile ? { keys: articles.map((a) => topicKey(topicDoc(a))) } : {}),
  }
  const previous = stateFile && readStateOrWarn<TopicsState>(stateFile, 'topics', warnings)
  const { topics, state } = settleTopics(read, taxonomy, previous ?? null)
  const unsaved = stateFile && writeState(stateFile, 'topics', state, 'the next build decides every block’s topics again')
  if (unsaved) warnings.push(unsaved)
  return topics
}

/**
 * Folds copies, starting from the previous build's links when the cache
 * keeps them (findDuplicatesFrom), and keeps this build's for the next.
 */
function foldDuplicates(articles: Article[], signatureOf: (id: string) => ArrayLike<number> | null, stateFile: StateFile | null, warnings: string[]): Article[] {
  // The text is made only for the few articles a candidate pair meets (every article's at once was hundreds of MB at 100,000);
  // its key, only when there is a cache to keep links in.
  const docs = articles.map((a) => ({ id: a.id, seed: a.seed, published: a.published, get text() { return bodyText(a) }, signature: signatureOf(a.id), ...(stateFile ? { key: textKey(bodyText(a)) } : {}) }))
  const { groups, links } = findDuplicatesFrom(docs, stateFile ? readState<DuplicateLinks>(stateFile, 'duplicates') : null)
  const unsaved = stateFile && writeState(stateFile, 'duplicates', links)
  if (unsaved) warnings.push(unsaved)
  const byId = new Map(articles.map((a) => [a.id, a]))
  const folded = new Set<string>()
  const copies = new Map<string, string[]>()
  const outlets = new Map<string, string[]>()
  for (const group of groups) {
    for (const id of group.folded) folded.add(id)
    copies.set(group.kept, group.folded.map((id) => byId.get(id)!.seed).sort())
    // Every outlet that carried the text, the kept article's first, then in kept-order (earliest first).
    outlets.set(group.kept, [...new Set([group.kept, ...group.folded].flatMap((id) => byId.get(id)!.outlets))])
  }
  return articles
    .filter((a) => !folded.has(a.id))
    .map((a) => (copies.has(a.id) ? { ...a, duplicates: copies.get(a.id)!, outlets: outlets.get(a.id)! } : a))
}

function checkCatalogAgainstSeeds(input: PipelineInput, topicSlugs: Set<string>, warnings: string[]): void {
  const label = input.curationLabel ?? 'seeds/catalog.json'
  const seedPaths = new Set([...input.seeds.map((s) => s.seed), ...input.rejected.map((r) => r.seed)])
  const problems: string[] = []
  // The CLI names the source and file (sources/config.ts unknownSourceTopics); this guards other callers, once per slug.
  const unknown = new Set((input.feedItems ?? []).flatMap((item) => (item.topics ?? []).filter((slug) => !topicSlugs.has(slug))))
  for (const slug of unknown) problems.push(`sources: unknown topic slug "${slug}" (known: ${[...topicSlugs].join(', ')})`)
  for (const [seed, entry] of Object.entries(input.curation)) {
    if (!seedPaths.has(seed)) warnings.push(`${label}: "${seed}" names no seed file; its entry is unused`)
    for (const slug of entry.topics ?? []) {
      if (!topicSlugs.has(slug)) problems.push(`${label}: "${seed}".topics: unknown topic slug "${slug}" (known: ${[...topicSlugs].join(', ')})`)
    }
  }
  if (problems.length) throw new InputError(problems.join('\n'))
}

function checkUniqueIds(articles: Article[], label: string): void {
  const seen = new Map<string, string>()
  for (const a of articles) {
    const other = seen.get(a.id)
    if (other) throw new InputError(`${label}: "${a.seed}" and "${other}" both have id "${a.id}"; ids must be unique`)
    seen.set(a.id, a.seed)
  }
}
