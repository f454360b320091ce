/**
 * The JSON API's view of an article. Field names follow JSON Feed 1.1 where
 * the two overlap, so a program can read either. The shapes are declared once,
 * as schemas, in src/contract/schemas.ts.
 */
import type { Article, Claim, Story } from '../model.ts'
import type { TopicEntry } from '../served/index.ts'
import type { ApiArticle, ApiClaim, ApiStory, ApiTopic } from '../contract/schemas.ts'
import { contentHtml, contentText } from './content.ts'
import { rfc3339 } from '../dates.ts'
import { type Envelope, jsonEnvelope } from './feed-model.ts'
import { cleanText } from './html-escape.ts'
import { articleUrl, feedUrl, safeExternalUrl, storyUrl, topicUrl } from './urls.ts'

export function apiArticle(site: string, a: Article): ApiArticle {
  return {
    id: a.id,
    url: articleUrl(site, a.id),
    external_url: safeExternalUrl(a.externalUrl),
    title: cleanText(a.title),
    summary: cleanText(a.summary),
    content_text: contentText(a.body),
    content_html: contentHtml(a.body),
    authors: a.authors.map(cleanText),
    source: a.source === null ? null : cleanText(a.source),
    date_published: rfc3339(a.published),
    date_modified: rfc3339(a.modified),
    topics: a.topics,
    tags: entityNames(a),
    seed: a.seed,
    duplicates: a.duplicates,
    outlets: (a.outlets ?? []).map(cleanText),
    story: a.story,
    word_count: a.wordCount,
    language: a.language,
  }
}

/** Entity names, each once, in the article's order (`clean`: cleanText, or nothing for a checked article). */
export function entityNames(a: Article, clean: (text: string) => string = cleanText): string[] {
  const names: string[] = []
  for (const e of a.entities) {
    const name = clean(e.name)
    if (!names.includes(name)) names.push(name) // a dozen names: a scan is cheaper than a Set
  }
  return names
}

export function apiStory(site: string, s: Story): ApiStory {
  return {
    id: s.id,
    url: storyUrl(site, s.id),
    title: cleanText(s.title),
    summary: cleanText(s.summary),
    articles: s.articles,
    article_count: s.articles.length,
    sources: s.outlets.map(cleanText),
    unnamed_sources: s.unnamed,
    topics: s.topics,
    date_start: rfc3339(s.dateStart),
    date_end: rfc3339(s.dateEnd),
    claims: s.claims.map(apiClaim),
  }
}

function apiClaim(c: Claim): ApiClaim {
  return {
    subject: cleanText(c.subject),
    disputed: c.disputed,
    values: c.values.map((v) => ({
      value: v.value,
      text: cleanText(v.text),
      quote: cleanText(v.quote),
      claimant: v.claimant === null ? null : cleanText(v.claimant),
      when: v.when,
      place: v.place === null ? null : cleanText(v.place),
      sources: v.sources.map(cleanText),
      articles: v.articles,
    })),
  }
}

export function apiTopic(site: string, t: TopicEntry): ApiTopic {
  return {
    slug: t.slug,
    title: t.title,
    description: t.description,
    count: t.count,
    url: topicUrl(site, t.slug),
    feeds: { rss: feedUrl(site, 'rss', t.slug), atom: feedUrl(site, 'atom', t.slug), json: feedUrl(site, 'json', t.slug) },
    api: `${site}/api/articles?topic=${encodeURIComponent(t.slug)}`,
  }
}

/**
 * A page of a list, `{items, next_cursor, total}`, around its items: the
 * same shape for articles and stories. Items are JSON text
 * (`JSON.stringify(apiArticle(…))`), rendered per request or kept
 * (src/served/items.ts).
 */
export const apiListEnvelope = (nextCursor: string | null, total: number): Envelope =>
  jsonEnvelope({ items: [], next_cursor: nextCursor, total })
