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
 * - A story has at least 2 articles; a lone article keeps `story: null`.
 * - Id: derived from the earliest article's id (see identity.ts storyId);
 *   the feed GUID is a name-based UUID of the id (see identity.ts storyGuid).
 */
import type { Article, Story } from '../model.ts'
import { earliestFirst, newestFirst, storiesNewestFirst } from '../order.ts'
import { bodyText, paragraphTexts } from '../text/article-text.ts'
import { type ClaimArticle, findClaims, type SentenceQuantity } from './claims.ts'
import { storyGuid, storyId } from './identity.ts'
import { clusterItems, type PairList } from './stories/cluster.ts'
import { type StorySentences, storySummary } from './stories/summary.ts'
import { articleTerms, cosine, entityVector, idf, pairCosines, termsWithoutNames, tfidfVector } from './stories/vectors.ts'

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

/** Stories of two or more articles, newest first (dateEnd descending, then id). */
export function groupStories(articles: Article[], options: StoryOptions = {}): Story[] {
  const windowMs = (options.windowDays ?? 30) * DAY_MS
  const threshold = options.threshold ?? 0.42
  const { prepared } = options
  const terms = articles.map((a, i) =>
    prepared
      ? termsWithoutNames(prepared[i]!.titleContent, prepared[i]!.bodyContent, a.entities.map((e) => e.name))
      : articleTerms(a.title, bodyText(a), a.entities.map((e) => e.name)),
  )
  const termWeights = idf(terms)
  const entityWeights = idf(articles.map((a) => a.entities.map((e) => e.slug)))
  const text = terms.map((t) => tfidfVector(t, termWeights))
  const ents = articles.map((a) => entityVector(a.entities.map((e) => e.slug), entityWeights))
  const combined = (t: number, e: number) => (TEXT_WEIGHT * t + (1 - TEXT_WEIGHT) * e) * Math.min(1, t / TEXT_FLOOR)
  const similarity = (i: number, j: number) => combined(cosine(text[i]!, text[j]!), cosine(ents[i]!, ents[j]!))
  const pairSimilarities = (pairs: PairList) => {
    const t = pairCosines(text, pairs)
    const e = pairCosines(ents, pairs)
    return t.map((x, k) => combined(x, e[k]!))
  }
  const items = articles.map((a, i) => ({
    time: timeOf(a),
    keys: [
      ...topTerms(text[i]!, TOP_TERMS).map((k) => `t:${k}`),
      ...a.entities.slice(0, TOP_ENTITIES).map((e) => `e:${e.slug}`),
    ],
  }))
  const groups = clusterItems(items, similarity, { threshold, windowMs, pairSimilarities })
  return groups
    .map((members) => buildStory(members, articles, similarity, termWeights, prepared))
    .sort(storiesNewestFirst)
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
  const topicCount = new Map<string, { n: number; rank: number }>()
  for (const a of chronological) {
    a.topics.forEach((t, rank) => {
      const c = topicCount.get(t) ?? { n: 0, rank: 0 }
      topicCount.set(t, { n: c.n + 1, rank: c.rank + rank })
    })
  }
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
    outlets: [...new Set(chronological.flatMap((a) => (a.source ? [a.source, ...a.outlets] : a.outlets)))],
    unnamed: list.filter((a) => !a.source).length,
    topics: [...topicCount].sort((x, y) => y[1].n - x[1].n || x[1].rank - y[1].rank || (x[0] < y[0] ? -1 : 1)).map(([t]) => t),
    dateStart: chronological[0]!.published,
    dateEnd: chronological[chronological.length - 1]!.published,
    claims: prepared ? findClaims(list, (a) => preparedOf.get(a)!.quantities) : findClaims(list),
  }
}

/** The articles with `story` set to the id of the story that holds them (null for the rest). */
export function assignStories(articles: Article[], stories: Story[]): Article[] {
  const storyOf = new Map<string, string>()
  for (const s of stories) for (const id of s.articles) storyOf.set(id, s.id)
  return articles.map((a) => ({ ...a, story: storyOf.get(a.id) ?? null }))
}
