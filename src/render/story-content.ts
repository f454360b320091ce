/**
 * A story as HTML and as plain text, the body every story feed entry
 * carries: the multi-source summary, every article linked with its outlet
 * and date, then the figures reported, each with who gives it.
 */
import type { Article, Claim, ClaimValue, Story } from '../model.ts'
import { humanDate } from './dates.ts'
import { escapeHtml } from './html-escape.ts'
import { readAt, UNKNOWN_OUTLET } from './content.ts'
import { articleUrl } from './urls.ts'

export const STORIES_TITLE = 'Stories'
export const STORIES_DESCRIPTION = 'Events reported in several articles, each with one summary drawn from all of them and the figures they report, each with who gives it.'

/** A story with its articles, in the story's order (newest first). */
export interface StoryView {
  story: Story
  articles: Article[]
}

export function storyContentHtml(site: string, v: StoryView): string {
  const items = v.articles.map((a) => {
    const external = readAt(a)
    const link = `<a href="${escapeHtml(articleUrl(site, a.id))}">${escapeHtml(a.title)}</a>`
    const original = external ? ` (<a href="${escapeHtml(external.url)}">${escapeHtml(external.label)}</a>)` : ''
    return `<li>${link} — ${escapeHtml(byline(a))}${original}</li>`
  })
  return [
    `<p>${escapeHtml(v.story.summary)}</p>`,
    `<p>${escapeHtml(reportCount(v.articles.length))}:</p>`,
    `<ul>\n${items.join('\n')}\n</ul>`,
    ...claimSentences(v).map((sentence) => `<p>${escapeHtml(sentence)}</p>`),
  ].join('\n')
}

export function reportCount(n: number): string {
  return `Reported in ${n} article${n === 1 ? '' : 's'}`
}

/** "Reuters · 10 November 2024"; "Outlet unknown · 10 November 2024". */
function byline(a: Article): string {
  return `${a.source ?? UNKNOWN_OUTLET} · ${humanDate(a.published)}`
}

/** One sentence per claim, with the story's articles looked up once. */
function claimSentences(v: StoryView): string[] {
  const articles = articlesById(v)
  return v.story.claims.map((c) => claimSentence(c, articles))
}

export function articlesById(v: StoryView): Map<string, Article> {
  return new Map(v.articles.map((a) => [a.id, a]))
}

/**
 * Who reported a figure, as readers are told: each named outlet once, and the
 * articles that name none. Null when none of the value's articles is at hand.
 */
export function reportedBy(v: ClaimValue, articles: Map<string, Article>): { outlets: string[]; unnamed: Article[] } | null {
  const found = v.articles.map((id) => articles.get(id)).filter((a): a is Article => a !== undefined)
  if (found.length === 0) return null
  return { outlets: [...new Set(found.flatMap((a) => (a.source ? [a.source] : [])))], unnamed: found.filter((a) => !a.source) }
}

/** The same as names: an unnamed outlet's article by its headline in quotes. */
export function reporters(v: ClaimValue, articles: Map<string, Article>): string[] {
  const by = reportedBy(v, articles)
  return by ? [...by.outlets, ...by.unnamed.map((a) => `“${a.title}”`)] : v.sources
}

/**
 * One claim as a sentence. Where outlets give different figures for the
 * same claimant, or in their own voice, they disagree:
 * "Outlets disagree: troops — some 3,000 (Reuters); about 11,000 (Yonhap News)."
 * Where each reports someone else's figure, they do not, and readers are
 * told whose figure each is:
 * "Figures reported: troops — at least 3,000 in eastern Russia in October 2024 (the US, via Reuters); 11,000 (South Korea's NIS, via Yonhap News)."
 * Values are parted by semicolons, as their parentheses hold commas.
 */
export function claimSentence(c: Claim, articles: Map<string, Article> = new Map()): string {
  const values = c.values.map((v) => {
    const who = reporters(v, articles)
    const via = who.length > 0 ? (v.claimant === null ? who.join(', ') : `via ${who.join(', ')}`) : ''
    const credit = [v.claimant, via].filter((part) => part).join(', ')
    return `${figure(v.text)}${setting(v)}${credit ? ` (${credit})` : ''}`
  })
  return `${c.disputed ? 'Outlets disagree' : 'Figures reported'}: ${c.subject} — ${values.join('; ')}.`
}

/** Where and when a figure holds, as a phrase to follow it: " in eastern Russia in October 2024"; empty when the text says neither. */
export function setting(v: Pick<ClaimValue, 'place' | 'when'>): string {
  return `${v.place ? ` in ${v.place}` : ''}${v.when ? ` ${whenPhrase(v.when)}` : ''}`
}

/** "2024" → "in 2024", "2024-10" → "in October 2024", "2024-11-11" → "on 11 November 2024". */
export function whenPhrase(when: string): string {
  if (/^\d{4}$/.test(when)) return `in ${when}`
  if (/^\d{4}-\d{2}$/.test(when)) return `in ${humanDate(`${when}-01T00:00:00Z`).replace(/^1 /, '')}`
  return `on ${humanDate(`${when}T00:00:00Z`)}`
}

/** The figure as written, mid-sentence: "About 11,000" → "about 11,000" (a capital only from opening its sentence). */
export function figure(text: string): string {
  return /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text
}
