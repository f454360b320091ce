/**
 * Page metadata: what the Clean stage read from the page, overridden field by
 * field by the curator's catalog entry, validated and normalised once here so
 * nothing downstream parses loose values again:
 * - the title falls back to a headline made from the first sentence, and
 *   only then: a title the page or the curator states is never rewritten;
 * - the language is detected from the body (franc-min, ISO 639-3) and written
 *   as a BCP 47 tag ("en"); text too short to tell is taken as English, the
 *   language of the feed's sources.
 * The catalog entry arrives validated and normalised by parseCurationFile.
 * Dates are not decided here: identity.ts articleDates weighs the curator's,
 * the page's and the first-seen date in one place.
 */
import { iso6393To1 } from 'iso-639-3'
import type { Article, CurationEntry } from '../model.ts'
import { bodyText } from '../text/article-text.ts'
import { splitSentences } from '../text/nlp.ts'
import type { CleanedPage } from './clean.ts'
import { InputError } from './json-file.ts'
import { francCode } from './metadata/franc-code.ts'
import { headlineFromSentence } from './metadata/headline.ts'

/** The article's fields this stage decides. */
export type PageMetadata = Pick<Article, 'title' | 'dek' | 'authors' | 'source' | 'dateline' | 'language' | 'externalUrl'>

/** Fewest characters franc needs for a trustworthy guess (its own default is 10). */
const LANGUAGE_MIN_CHARS = 50
const DEFAULT_LANGUAGE = 'en'

/**
 * franc names individual languages where BCP 47 prefers the macrolanguage's
 * two-letter tag (RFC 5646 §4.1.2: use the macrolanguage tag when it is the
 * common practice): Mandarin is "zh", Standard Arabic "ar", Iranian Persian "fa".
 */
const MACROLANGUAGE: Record<string, string> = {
  cmn: 'zh', arb: 'ar', pes: 'fa', zlm: 'ms', uzn: 'uz', azj: 'az', swh: 'sw', ekk: 'et', lvs: 'lv', khk: 'mn',
  npi: 'ne', ory: 'or', plt: 'mg', ydd: 'yi', gaz: 'om', kmr: 'ku', hnd: 'lah', quy: 'qu', als: 'sq', knc: 'kr',
}

export function deriveMetadata(page: CleanedPage, entry: CurationEntry | undefined, seed: string): PageMetadata {
  const catalog = entry ?? {}
  const language = detectLanguage(bodyText(page))
  return {
    title: catalog.title ?? page.title ?? headlineFromBody(page, seed, language),
    dek: page.dek,
    authors: catalog.authors ?? page.authors,
    source: catalog.source ?? page.source,
    dateline: page.dateline,
    language,
    externalUrl: catalog.url ?? null,
  }
}

/** BCP 47 tag of the text's language; "en" when the text is too short to tell. */
export function detectLanguage(text: string): string {
  // franc-min's guess, computed faster (metadata/franc-code.ts).
  const code = francCode(text, LANGUAGE_MIN_CHARS)
  if (code !== 'und') return MACROLANGUAGE[code] ?? iso6393To1[code] ?? code
  return languageByScript(text) ?? DEFAULT_LANGUAGE
}

/**
 * Too short for franc (or in a language franc-min lacks), a text in a script of one language still tells, when
 * most of its letters are in it: Hangul is Korean, Hebrew letters Hebrew, Thai letters Thai; Han is Japanese when kana
 * run through it (Japanese news is often kanji-heavy, hence a tenth), else Chinese.
 */
function languageByScript(text: string): string | undefined {
  const count = (re: RegExp) => text.match(re)?.length ?? 0
  const letters = count(/\p{L}/gu)
  const hangul = count(/\p{Script=Hangul}/gu)
  const kana = count(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu)
  const han = count(/\p{Script=Han}/gu)
  if (hangul * 2 > letters) return 'ko'
  // Scripts of one language each that franc-min has no model for: a Hebrew page's "12.03.2024" is read day first, as Hebrew writes it.
  if (count(/\p{Script=Hebrew}/gu) * 2 > letters) return 'he'
  if (count(/\p{Script=Thai}/gu) * 2 > letters) return 'th'
  if ((kana + han) * 2 > letters) return kana * 10 >= kana + han ? 'ja' : 'zh'
  return undefined
}

/**
 * A headline from the first sentence of the first paragraph, for a page that
 * states none (metadata/headline.ts: at most about 90 characters, shortened
 * only where a phrase ends, never with "…").
 */
export function headlineFromBody(page: CleanedPage, seed: string, language = detectLanguage(bodyText(page))): string {
  const first = page.body.find((b) => b.type === 'p') ?? page.body[0]
  if (!first) throw new InputError(`${seed}: no title in the catalog or the page, and no text to make one from`)
  return headlineFromSentence(splitSentences(first.text)[0] ?? first.text, { dateline: page.dateline, language })
}
