/**
 * The JSON API's view of an article. Field names follow JSON Feed 1.1 where
 * the two overlap, so a program can read either.
 */
import type { Article, Claim, Story } from '../model.ts'
import { contentHtml, contentText } from './content.ts'
import { rfc3339 } from '../dates.ts'
import { cleanText } from './html-escape.ts'
import { articleUrl, safeExternalUrl, storyUrl } from './urls.ts'

export interface ApiArticle {
  id: string
  /** This article's page on Gazette. */
  url: string
  /** The original, when known (absolute http or https only). */
  external_url: string | null
  title: string
  summary: string
  content_text: string
  content_html: string
  authors: string[]
  source: string | null
  date_published: string
  date_modified: string
  /** Topic slugs, most relevant first. */
  topics: string[]
  /** Named entities mentioned. */
  tags: string[]
  seed: string
  duplicates: string[]
  story: string | null
  word_count: number
  language: string
}

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
    story: a.story,
    word_count: a.wordCount,
    language: a.language,
  }
}

/** Entity names, each once, in the article's order. */
export function entityNames(a: Article): string[] {
  return [...new Set(a.entities.map((e) => cleanText(e.name)))]
}

export interface ApiStory {
  id: string
  /** This story's page on Gazette. */
  url: string
  title: string
  /** Multi-source summary. */
  summary: string
  /** Article ids, newest first (each at /api/articles/{id}). */
  articles: string[]
  article_count: number
  /** Outlet names (a seed path where an article's outlet is unknown), by first report. */
  sources: string[]
  topics: string[]
  /** First and latest report. */
  date_start: string
  date_end: string
  /** Figures the outlets disagree on. */
  claims: ApiClaim[]
}

export interface ApiClaim {
  subject: string
  values: { value: number; text: string; quote: string; sources: string[]; articles: string[] }[]
}

export function apiStory(site: string, s: Story): ApiStory {
  return {
    id: s.id,
    url: storyUrl(site, s.id),
    title: cleanText(s.title),
    summary: cleanText(s.summary),
    articles: s.articles,
    article_count: s.articles.length,
    sources: s.sources.map(cleanText),
    topics: s.topics,
    date_start: rfc3339(s.dateStart),
    date_end: rfc3339(s.dateEnd),
    claims: s.claims.map(apiClaim),
  }
}

function apiClaim(c: Claim): ApiClaim {
  return {
    subject: cleanText(c.subject),
    values: c.values.map((v) => ({
      value: v.value,
      text: cleanText(v.text),
      quote: cleanText(v.quote),
      sources: v.sources.map(cleanText),
      articles: v.articles,
    })),
  }
}
