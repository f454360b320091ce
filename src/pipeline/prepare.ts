/**
 * Per-article work: everything that depends on one seed's text and the
 * curator fields that shape its page, and on nothing else in the corpus
 * (clean, metadata, summary, the article's own entities before they are made
 * canonical across the catalog, and the words the topics and stories
 * stages read of it). Pure, so it can run on a pool of worker
 * threads and be cached by content hash (prepare/run.ts, prepare/cache.ts);
 * the corpus stages then run on the results in seed order.
 */
import type { Block, CurationEntry, Entity } from '../model.ts'
import { takeUnspaced } from '../text/words.ts'
import { articleQuantities, type SentenceQuantity } from './claims.ts'
import { claimsLanguage } from './claims/text-language.ts'
import { blockTexts, bodyText } from '../text/article-text.ts'
import { readAheadWords } from '../text/nlp.ts'
import { type CleanedPage, cleanPage } from './clean.ts'
import { minhashSignature } from './duplicates.ts'
import { extractEntities } from './entities.ts'
import { deriveMetadata, type PageMetadata } from './metadata.ts'
import { summarizeCandidates } from './summaries.ts'
import { candidateLists } from './summaries/candidates.ts'
import { type StorySentences, storySentences } from './stories/summary.ts'
import { topicDoc } from './topics.ts'
import { readText, type DocText } from './topics/corpus.ts'

/** The curator fields that change what this stage makes (metadata.ts reads them); ids, dates and topics do not. */
export type PageEntry = Pick<CurationEntry, 'title' | 'url' | 'source' | 'authors'>

export function pageEntry(entry: CurationEntry | undefined): PageEntry {
  const picked: PageEntry = {}
  if (entry?.title !== undefined) picked.title = entry.title
  if (entry?.url !== undefined) picked.url = entry.url
  if (entry?.source !== undefined) picked.source = entry.source
  if (entry?.authors !== undefined) picked.authors = entry.authors
  return picked
}

export interface PrepareOptions {
  /** Most words in a summary (see summaries.ts). */
  summaryWords: number
}

export interface PreparedArticle {
  ok: true
  meta: PageMetadata
  /** The page's header date (identity.ts weighs it against the curator's). */
  pageDate: string | null
  body: Block[]
  summary: string
  /** This article's entities, before corpus-wide canonicalisation. */
  entities: Entity[]
  wordCount: number
  /** The headline and body as the topics stage reads them (topics/corpus.ts readText). */
  topicText: DocText
  /** The quantities its sentences give, which stories compare across outlets (claims.ts). */
  quantities: SentenceQuantity[]
  /** MinHash signature of its body text, which the duplicates stage compares (duplicates.ts). */
  signature: number[] | null
  /** Its summary's candidate sentences, which a story's summary draws from too (stories/summary.ts). */
  sentences: StorySentences
  /** A note for the build report about how the page was read (clean.ts: a fallback body). */
  warning?: string
}

export type Prepared = PreparedArticle | { ok: false; reason: string }

export function prepareArticle(seed: string, text: string, entry: PageEntry, options: PrepareOptions): Prepared {
  const page = cleanPage(text)
  if (page.body.length === 0) return { ok: false, reason: 'no article text found after removing page furniture' }
  return preparePage(seed, page, entry, options)
}

/**
 * The same work from a page already read: a seed's, after clean, or a feed
 * item's, whose HTML src/sources/content.ts has made into blocks.
 */
export function preparePage(seed: string, page: CleanedPage, entry: PageEntry, options: PrepareOptions): PreparedArticle {
  const meta = deriveMetadata(page, entry, seed)
  const article = { title: meta.title, body: page.body }
  // The summary, the topics and the headlines read these texts' words: tokenized once, here, for all of them.
  readAheadWords([meta.title, ...blockTexts(page.body)])
  // Stories weigh outlets' claims with their claimants, so they read sentences as printed; the summary reads them without attribution.
  const found = candidateLists(page.body)
  return {
    ok: true,
    meta,
    pageDate: page.published,
    body: page.body,
    summary: summarizeCandidates(meta.title, found.withoutAttribution, { maxWords: options.summaryWords }),
    entities: extractEntities(article),
    wordCount: page.body.reduce((n, b) => n + countWords(b.text), 0),
    topicText: readText(topicDoc({ id: '', ...article })),
    // The metadata's language guess, checked for English misread (franc reads the body once).
    quantities: articleQuantities(page.body, claimsLanguage(bodyText(page), meta.language)),
    signature: minhashSignature(bodyText(page)),
    sentences: storySentences(found.printed),
    ...(page.warning ? { warning: page.warning } : {}),
  }
}

/** Words of the body for `word_count`: letter-and-digit runs, and Chinese or Japanese text at two characters a word. */
function countWords(text: string): number {
  const { words, rest } = takeUnspaced(text)
  return words + (rest.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0)
}
