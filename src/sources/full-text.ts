/**
 * `full_text: true`: an item whose feed gives only a teaser gets its body
 * from the article's own page. The rules:
 *
 * 1. Only short items are fetched: fewer than SHORT_WORDS words of feed text.
 *    Teasers are short by design (WordPress's feed excerpt is 55 words, most
 *    "summary only" feeds carry one to three sentences), while a feed that
 *    carries whole articles gives several hundred words, so 150 leaves a wide
 *    margin on both sides and a full-content feed costs no fetches at all.
 * 2. The link fetched is the item's link as shown (tracking parameters
 *    removed), http or https only, with the same fetcher and limits as the
 *    feeds (sources/fetch.ts: timeout, size cap, redirect limit, User-Agent,
 *    Retry-After), a bounded number at once across the whole build.
 * 3. The page's text (sources/page-text.ts) is kept in the source's state,
 *    keyed by the link, with its ETag / Last-Modified: the next build asks
 *    conditionally and a 304 reuses the kept text, so an unchanged page is
 *    not downloaded again and gives the same article, byte for byte. A fetch
 *    that fails when a text is kept reuses the kept text (like a failing
 *    feed's items), with a warning.
 * 4. The page's text goes through the Clean stage (pipeline/clean.ts
 *    cleanPage), which keeps the article and leaves out the page furniture.
 *    Its body replaces the feed's only when it has more words; otherwise,
 *    and whenever there is no page (no http(s) link, a failed fetch, not an
 *    HTML page), the feed's text stays and the reason is a warning of the
 *    source's report. Never an error: the build goes on.
 */
import type { Block } from '../model.ts'
import { cleanPage } from '../pipeline/clean.ts'
import { byCodeUnits } from '../order.ts'
import type { SourcedItem } from './articles.ts'
import { DEFAULT_FETCH_OPTIONS, type FetchOptions, fetchFeed, PAGE_ACCEPT, type Validators } from './fetch.ts'
import { decodePageBytes, isHtmlType, pageToText } from './page-text.ts'

export const SHORT_WORDS = 150

/** An article page as the last fetch left it. */
export interface PageState {
  validators: Validators
  /** The page as text (page-text.ts), before cleaning: cleaning runs on every build. */
  text: string
}

export interface PageCounts {
  fetched: number
  notModified: number
  failed: number
}

/** Runs tasks a bounded number at a time, in the order they ask. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>

export function limiter(size: number): Limiter {
  let running = 0
  const waiting: (() => void)[] = []
  return async (task) => {
    // A finishing task hands its slot to the next waiting one, so no newcomer can slip in between.
    if (running >= size) await new Promise<void>((resolve) => waiting.push(resolve))
    else running++
    try {
      return await task()
    } finally {
      const next = waiting.shift()
      if (next) next()
      else running--
    }
  }
}

export interface FullTextOptions {
  fetch?: FetchOptions
  limit: Limiter
}

const WORD = /[\p{L}\p{N}]+/gu

export function wordCount(blocks: Block[]): number {
  return blocks.reduce((n, b) => n + (b.text.match(WORD)?.length ?? 0), 0)
}

type PageResult = { text: string; warning?: string; counted: keyof PageCounts; state: PageState } | { text: null; warning: string; counted?: keyof PageCounts }

async function page(link: string, prior: PageState | undefined, options: FullTextOptions): Promise<PageResult> {
  const outcome = await options.limit(() => fetchFeed(link, prior?.validators ?? {}, options.fetch ?? DEFAULT_FETCH_OPTIONS, PAGE_ACCEPT))
  let reason: string
  if (outcome.status === 'not-modified') {
    if (prior) return { text: prior.text, counted: 'notModified', state: prior }
    reason = 'HTTP 304 to an unconditional request'
  } else if (outcome.status === 'failed') {
    reason = outcome.reason
  } else if (!isHtmlType(outcome.contentType)) {
    reason = `not an HTML page (${outcome.contentType})`
  } else {
    const text = pageToText(decodePageBytes(outcome.body, outcome.contentType))
    return { text, counted: 'fetched', state: { validators: outcome.validators, text } }
  }
  if (prior) return { text: prior.text, warning: `page ${link}: ${reason}; used the page kept from an earlier build`, counted: 'failed', state: prior }
  return { text: null, warning: `page ${link}: ${reason}; kept the feed's text`, counted: 'failed' }
}

/** The items with their bodies from their pages where rule 4 allows, the pages to keep, and a warning per item whose page was not used. */
export async function withFullText(
  items: SourcedItem[],
  priorPages: Readonly<Record<string, PageState>>,
  options: FullTextOptions,
): Promise<{ items: SourcedItem[]; pages: Record<string, PageState>; counts: PageCounts; warnings: string[] }> {
  const counts: PageCounts = { fetched: 0, notModified: 0, failed: 0 }
  const kept = new Map<string, PageState>()
  const results = await Promise.all(
    items.map(async (item): Promise<{ item: SourcedItem; warning?: string }> => {
      const feedWords = wordCount(item.body)
      if (feedWords >= SHORT_WORDS) return { item }
      const link = item.externalUrl
      if (!link || !/^https?:\/\//i.test(link)) return { item, warning: `item "${item.title || item.seed}": no http(s) link to fetch its page from; kept the feed's text` }
      const result = await page(link, priorPages[link], options)
      if (result.counted) counts[result.counted]++
      if (result.text === null) return { item, warning: result.warning }
      kept.set(link, result.state)
      const body = cleanPage(result.text).body
      const pageWords = wordCount(body)
      if (pageWords <= feedWords) {
        const warning = `page ${link}: its article text has ${pageWords} words, no more than the feed's ${feedWords}; kept the feed's text`
        return { item, warning: result.warning ? `${result.warning}; ${warning}` : warning }
      }
      return { item: { ...item, body }, ...(result.warning ? { warning: result.warning } : {}) }
    }),
  )
  const pages: Record<string, PageState> = {}
  for (const link of [...kept.keys()].sort(byCodeUnits)) pages[link] = kept.get(link)!
  return { items: results.map((r) => r.item), pages, counts, warnings: results.flatMap((r) => (r.warning ? [r.warning] : [])) }
}
