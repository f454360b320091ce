/**
 * Stories: articles that report the same event, usually from several
 * outlets, grouped under one id with a multi-source summary and the figures
 * the outlets disagree on.
 *
 * Decisions:
 * - Similarity of two articles = 0.6 × tf-idf cosine of content stems
 *   (headline counted twice, entity-name words left out) + 0.4 × cosine of
 *   their salient entities (weighted by rarity and salience rank), scaled
 *   down by text/0.2 when the text cosine is under 0.2: two local stories
 *   share every name (the city, its mayor) yet little wording, and only the
 *   wording tells their events apart.
 * - Threshold 0.42, for a pair and for the mean of a merge: the five
 *   differently worded treaty reports join (they split above 0.43); on
 *   bbc-dev no story pair crosses a category, though a few same-field pairs
 *   of different events (two desktop-search launches) still join.
 * - Date: a story spans at most `windowDays` (default 30) from its first to
 *   its last article, so the same kind of event months apart stays apart.
 * - Linkage: greedy average linkage (see stories/cluster.ts), so a chain
 *   A–B–C never pulls unrelated A and C together.
 * - Time blocks (time-blocks.ts, the lead's product decision): a UTC
 *   month's stories are decided from that month and earlier ones only, with
 *   their word and entity weights, oldest month first; a month's articles
 *   may join a story of an earlier month still open (first article within
 *   the window), never a lone earlier article, and an earlier article never
 *   changes story (settleStories). A reader's story does not move when
 *   later reports arrive, and a rebuild redoes only the months from the
 *   first that changed.
 * - A story has at least 2 articles; a lone article keeps `story: null`.
 * - Id: derived from the earliest article's id (see identity.ts storyId);
 *   the feed GUID is a name-based UUID of the id (see identity.ts storyGuid).
 */
import type { Article, Story } from '../model.ts'
import { byCodeUnits, earliestFirst, earliestFirstBy, newestFirst, storiesNewestFirst } from '../order.ts'
import { contentKey } from '../served/sink.ts'
import { bodyText, paragraphTexts } from '../text/article-text.ts'
import { type ClaimArticle, findClaims, type SentenceQuantity } from './claims.ts'
import { storyGuid, storyId } from './identity.ts'
import { clusterItems, type PairList } from './stories/cluster.ts'
import { type StorySentences, storySummary } from './stories/summary.ts'
import { textKey } from './corpus-state.ts'
import { articleTerms, cosine, countDocuments, type DocumentCounts, entityVector, idfOf, pairCosines, termsWithoutNames, tfidfVector } from './stories/vectors.ts'
import { blocksInOrder, chainDigests } from './time-blocks.ts'

export interface StoryOptions {
  /** Longest span of one story, in days. Default 30. */
  windowDays?: number
  /** Minimum similarity of a pair, and mean similarity of a merge. Default 0.42. */
  threshold?: number
  /** Per-article work done beforehand (prepare.ts), parallel to the articles; found here when absent. */
  prepared?: StoryArticleText[]
}

/** What the stories stage reads of one article's own text: its content stems (see articleTerms) and quantities (claims.ts). */
export interface StoryArticleText {
  titleContent: string[]
  bodyContent: string[]
  quantities: SentenceQuantity[]
  /** Its candidate sentences for the story's summary (stories/summary.ts). */
  sentences: StorySentences
}

const TEXT_WEIGHT = 0.6
/** Below this text cosine, shared names alone cannot make two articles one event. */
const TEXT_FLOOR = 0.2
const TOP_TERMS = 12
const TOP_ENTITIES = 5
const DAY_MS = 86_400_000

function timeOf(a: Article): number {
  const t = Date.parse(a.published)
  if (Number.isNaN(t)) throw new Error(`stories: article ${a.id} has an unreadable published date "${a.published}"`)
  return t
}

/** Stories of two or more articles, newest first (dateEnd descending, then id), settled block by block (see settleStories). */
export function groupStories(articles: Article[], options: StoryOptions = {}): Story[] {
  return settleStories(articles, options, undefined).stories
}

/**
 * What the stories stage keeps for the next build (corpus-state.ts): one
 * entry per time block, oldest first, enough to resume at any block.
 */
export interface StoriesState {
  blocks: StoryBlockState[]
}

export interface StoryBlockState {
  block: string
  /** chainDigests' digest of this block and every earlier one, over each article's story inputs (storyInputKey). */
  digest: string
  /** This block's own counts (documents, and how many of them hold each term or entity): a block's weights add up these of it and every earlier block. */
  documents: number
  terms: [string, number][]
  entities: [string, number][]
  /** The stories that took members in this block, as built at its end but for outlets and topics (withMembersNow); a story's latest entry is the one that stands. */
  stories: Story[]
}

export interface SettledStories {
  stories: Story[]
  /** This build's state for the next; null when none was asked for. */
  state: StoriesState | null
  /** The first block decided in this build (null when every block was kept from the state, or there are none). */
  redoneFrom: string | null
}

/**
 * Stories decided block by block (time-blocks.ts), oldest block first. Block
 * k's weights are the idf of the document counts of blocks ≤ k. Its items
 * are its own articles and the members of earlier stories still open (their
 * first article within the window of block k's first), and greedy average
 * linkage runs on them with each open story as a fixed group: a block-k
 * article may join an open story or form a story with others of block k; an
 * earlier article never changes story. A story that takes members is rebuilt
 * (title, summary, claims, topics) from all of them with block k's weights;
 * one that takes none stays as it was built.
 *
 * With `previous` (a StoriesState; null for none), the blocks up to the first
 * whose chain digest differs are taken from it, and the state of this build
 * is returned; undefined: no state either way.
 */
export function settleStories(articles: Article[], options: StoryOptions, previous: StoriesState | null | undefined): SettledStories {
  const windowMs = (options.windowDays ?? 30) * DAY_MS
  const threshold = options.threshold ?? 0.42
  const { prepared } = options
  const blocks = blocksInOrder(articles)
  const digests = previous === undefined ? [] : chainDigests(blocks, (i) => storyInputKey(articles[i]!))
  let from = 0
  while (previous && from < blocks.length && previous.blocks[from]?.block === blocks[from]!.block && previous.blocks[from]!.digest === digests[from]) from++
  const termCounts: DocumentCounts = { documents: 0, df: new Map() }
  const entityCounts: DocumentCounts = { documents: 0, df: new Map() }
  const standing = new Map<string, Story>()
  const kept: StoryBlockState[] = []
  for (const saved of previous?.blocks.slice(0, from) ?? []) {
    addCounts(termCounts, saved.documents, saved.terms)
    addCounts(entityCounts, saved.documents, saved.entities)
    for (const story of saved.stories) standing.set(story.id, story)
    kept.push(saved)
  }
  const indexOf = new Map(articles.map((a, i) => [a.id, i]))
  const byId = new Map(articles.map((a) => [a.id, a]))
  const termsOf = (i: number) => {
    const a = articles[i]!
    const names = a.entities.map((e) => e.name)
    return prepared ? termsWithoutNames(prepared[i]!.titleContent, prepared[i]!.bodyContent, names) : articleTerms(a.title, bodyText(a), names)
  }
  const slugsOf = (i: number) => articles[i]!.entities.map((e) => e.slug)
  blocks.slice(from).forEach(({ block, members }, at) => {
    const ownTerms = members.map(termsOf)
    const blockTerms = countDocuments(ownTerms)
    const blockEntities = countDocuments(members.map(slugsOf))
    addCounts(termCounts, blockTerms.documents, blockTerms.df)
    addCounts(entityCounts, blockEntities.documents, blockEntities.df)
    let start = Infinity
    for (const i of members) start = Math.min(start, timeOf(articles[i]!))
    const open = [...standing.values()].filter((s) => Date.parse(s.dateStart) + windowMs >= start).sort(earliestFirstBy((s) => s.dateStart))
    const openMembers = open.map((s) =>
      s.articles
        .map((id) => {
          const i = indexOf.get(id)
          if (i === undefined) throw new Error(`stories: story ${s.id} of an earlier block holds article ${id}, which this build does not have`)
          return i
        })
        .sort((x, y) => earliestFirst(articles[x]!, articles[y]!)),
    )
    const ownOrder = members.map((i, k) => ({ i, k })).sort((x, y) => earliestFirst(articles[x.i]!, articles[y.i]!))
    const itemArticles = [...openMembers.flat(), ...ownOrder.map(({ i }) => i)]
    const itemTerms = [...openMembers.flat().map(termsOf), ...ownOrder.map(({ k }) => ownTerms[k]!)]
    let position = 0
    const fixedGroups = openMembers.map((list) => list.map(() => position++))
    const changed = decideBlock(
      itemArticles.map((i) => articles[i]!),
      itemTerms,
      prepared ? itemArticles.map((i) => prepared[i]!) : undefined,
      { termWeights: idfOf(termCounts), entityWeights: idfOf(entityCounts), threshold, windowMs, fixedGroups, openCount: position },
    )
    for (const story of changed) standing.set(story.id, story)
    kept.push({ block, digest: digests[from + at] ?? '', documents: blockTerms.documents, terms: sortedCounts(blockTerms), entities: sortedCounts(blockEntities), stories: changed.map((story) => ({ ...story, outlets: [], topics: [] })) })
  })
  return {
    stories: [...standing.values()].map((story) => withMembersNow(story, byId)).sort(storiesNewestFirst),
    state: previous === undefined ? null : { blocks: kept },
    redoneFrom: blocks[from]?.block ?? null,
  }
}

/** A block's counts by term, so its state does not depend on the order the articles came in. */
const sortedCounts = ({ df }: DocumentCounts): [string, number][] => [...df].sort(([a], [b]) => byCodeUnits(a, b))

function addCounts(counts: DocumentCounts, documents: number, df: Iterable<[string, number]>): void {
  counts.documents += documents
  for (const [term, d] of df) counts.df.set(term, (counts.df.get(term) ?? 0) + d)
}

/**
 * Everything of an article a story's decision and its built fields read but
 * its outlets and topics (withMembersNow), as one key: when no article of a
 * block or an earlier one has changed any of it, that block's stories stand.
 */
export function storyInputKey(a: Article): string {
  return contentKey(a.id, a.published, a.title, a.source ?? '', JSON.stringify(a.entities), textKey(bodyText(a)))
}

interface BlockDecision {
  termWeights: Map<string, number>
  entityWeights: Map<string, number>
  threshold: number
  windowMs: number
  /** Item positions of each open story of earlier blocks: the items before `openCount`. */
  fixedGroups: number[][]
  openCount: number
}

/** The stories of one block's items that are new or took members, built with the block's weights. */
function decideBlock(items: Article[], terms: string[][], prepared: StoryArticleText[] | undefined, decision: BlockDecision): Story[] {
  const { termWeights, entityWeights, openCount } = decision
  const text = terms.map((t) => tfidfVector(t, termWeights))
  const ents = items.map((a) => entityVector(a.entities.map((e) => e.slug), entityWeights))
  const combined = (t: number, e: number) => (TEXT_WEIGHT * t + (1 - TEXT_WEIGHT) * e) * Math.min(1, t / TEXT_FLOOR)
  const similarity = (i: number, j: number) => combined(cosine(text[i]!, text[j]!), cosine(ents[i]!, ents[j]!))
  const pairSimilarities = (pairs: PairList) => {
    const t = pairCosines(text, pairs)
    const e = pairCosines(ents, pairs)
    return t.map((x, k) => combined(x, e[k]!))
  }
  const clusterInput = items.map((a, i) => ({
    time: timeOf(a),
    keys: [
      ...topTerms(text[i]!, TOP_TERMS).map((k) => `t:${k}`),
      ...a.entities.slice(0, TOP_ENTITIES).map((e) => `e:${e.slug}`),
    ],
  }))
  const groups = clusterItems(clusterInput, similarity, { threshold: decision.threshold, windowMs: decision.windowMs, pairSimilarities, fixedGroups: decision.fixedGroups })
  // Groups list their items in order, open stories' first: an open story that took nothing has no item past openCount.
  return groups.filter((members) => members[members.length - 1]! >= openCount).map((members) => buildStory(members, items, similarity, termWeights, prepared))
}

/**
 * The `count` terms of largest weight, ties by term: what sorting the whole
 * vector and taking its head gave, without sorting every term of every
 * article (the order is total, so the same terms in the same order).
 */
export function topTerms(vector: Map<string, number>, count: number): string[] {
  const best: [string, number][] = []
  if (count <= 0) return []
  const before = (x: [string, number], y: [string, number]) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)
  for (const entry of vector) {
    if (best.length === count && before(entry, best[count - 1]!) >= 0) continue
    let at = best.length
    while (at > 0 && before(entry, best[at - 1]!) < 0) at--
    best.splice(at, 0, entry)
    if (best.length > count) best.pop()
  }
  return best.map(([term]) => term)
}

function buildStory(
  members: number[],
  articles: Article[],
  similarity: (i: number, j: number) => number,
  weights: Map<string, number>,
  prepared: StoryArticleText[] | undefined,
): Story {
  const list = members.map((i) => articles[i]!)
  const preparedOf = new Map<ClaimArticle, StoryArticleText>(prepared ? members.map((i) => [articles[i]!, prepared[i]!]) : [])
  const chronological = [...list].sort(earliestFirst)
  // The most central article (highest mean similarity to the others) names the story.
  // Worked out once per member: inside the sort's comparator it cost 2m similarities per comparison, m² log m in all.
  // Each pair's similarity found once, though both members add it (in each member's own order, as before).
  const pairs = new Map<number, number>()
  const position = new Map(members.map((i, k) => [i, k]))
  const pairSimilarity = (x: number, y: number) => {
    const [i, j] = x < y ? [x, y] : [y, x]
    const key = position.get(i)! * members.length + position.get(j)!
    let s = pairs.get(key)
    if (s === undefined) pairs.set(key, (s = similarity(i, j)))
    return s
  }
  const centrality = new Map(members.map((i) => [i, members.reduce((sum, j) => (j === i ? sum : sum + pairSimilarity(i, j)), 0)]))
  const central = [...members].sort((x, y) => centrality.get(y)! - centrality.get(x)! || earliestFirst(articles[x]!, articles[y]!))[0]!
  const id = storyId(list)
  return {
    id,
    guid: storyGuid(id),
    title: articles[central]!.title,
    summary: storySummary(
      chronological.map((a) => {
        const found = preparedOf.get(a)
        return found ? { id: a.id, published: a.published, sentences: found.sentences } : { id: a.id, published: a.published, paragraphs: paragraphTexts(a.body) }
      }),
      weights,
    ),
    articles: [...list].sort(newestFirst).map((a) => a.id),
    outlets: storyOutlets(chronological),
    unnamed: list.filter((a) => !a.source).length,
    topics: storyTopics(chronological),
    dateStart: chronological[0]!.published,
    dateEnd: chronological[chronological.length - 1]!.published,
    claims: prepared ? findClaims(list, (a) => preparedOf.get(a)!.quantities) : findClaims(list),
  }
}

/** The named outlets of a story's articles (earliest first), each once, by first report. */
function storyOutlets(chronological: Article[]): string[] {
  return [...new Set(chronological.flatMap((a) => (a.source ? [a.source, ...a.outlets] : a.outlets)))]
}

/** The topics of a story's articles (earliest first), by how many carry them, then by their mean rank in them. */
function storyTopics(chronological: Article[]): string[] {
  const topicCount = new Map<string, { n: number; rank: number }>()
  for (const a of chronological) {
    a.topics.forEach((t, rank) => {
      const c = topicCount.get(t) ?? { n: 0, rank: 0 }
      topicCount.set(t, { n: c.n + 1, rank: c.rank + rank })
    })
  }
  return [...topicCount].sort((x, y) => y[1].n - x[1].n || x[1].rank - y[1].rank || (x[0] < y[0] ? -1 : 1)).map(([t]) => t)
}

/**
 * A story's outlets and topics from its members as this build has them.
 * Neither takes part in deciding stories, and both change in older articles
 * for reasons of their own (a newer copy folded into an older article adds
 * its outlet; a curator's topics), so they are not among an article's story
 * inputs (storyInputKey): every story takes them afresh at the end of the
 * stage, and the state keeps none.
 */
function withMembersNow(story: Story, byId: Map<string, Article>): Story {
  const chronological = story.articles
    .map((id) => {
      const article = byId.get(id)
      if (!article) throw new Error(`stories: story ${story.id} holds article ${id}, which this build does not have`)
      return article
    })
    .sort(earliestFirst)
  return { ...story, outlets: storyOutlets(chronological), topics: storyTopics(chronological) }
}

/** The articles with `story` set to the id of the story that holds them (null for the rest). */
export function assignStories(articles: Article[], stories: Story[]): Article[] {
  const storyOf = new Map<string, string>()
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id)
  return articles.map((a) => ({ ...a, story: storyOf.get(a.id) ?? null }))
}
