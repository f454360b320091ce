/**
 * Sentences a summary must never use: page furniture that survives cleaning
 * (photo credits, "Read more", subscription prompts), bare datelines, bare
 * attributions ("KCNA said."), and fragments that are not whole sentences.
 * Each rule is a shape, not a phrase from any particular site.
 */
import { wordCount } from '../../text/words.ts'
import { REPORTING_VERB } from './reporting-verbs.ts'

/** Fewer words than this is a caption, a label or a fragment, not a summary sentence. */
export const MIN_WORDS = 6
/** A sentence this short that only reports who said something says nothing itself. */
const ATTRIBUTION_MAX_WORDS = 8

const PROMPT =
  /\b(read more|read next|click here|tap here|subscribe|sign up|newsletter|follow us|share this|all rights reserved|advertisement|download (our|the) app|continue reading|more on this|related (stories|articles|coverage))\b/i
const CREDIT =
  /^(photo|image|picture|photograph|cover photo|video|caption|credit|source|file photo)s?\b\s*(:|by\b|credit\b)|©|\(c\) \d{4}|\b(getty images|shutterstock|afp via getty|ap photo|reuters\/|epa-efe)\b/i
const LINK = /https?:\/\/|www\./i

/**
 * An address, as `/\S+@\S+\.\w+/` finds one: in a run without spaces, an @
 * after its first character, then later a dot and a word character. Looked
 * for run by run: the pattern itself rescans a run from each of its
 * characters, quadratic (cubic with many @) in a long run.
 */
function hasAddress(text: string): boolean {
  if (!text.includes('@')) return false
  return text.split(/\s+/).some((run) => {
    const at = run.indexOf('@', 1)
    return at > 0 && /\.\w/.test(run.slice(at + 2))
  })
}
/**
 * Only who said it, and maybe when: "KCNA said on Tuesday.", "According to
 * state media." A comma means the sentence carries a claim of its own.
 */
const ATTRIBUTION_ONLY = new RegExp(
  String.raw`^(according to [^,]*|[^,]*\b(${REPORTING_VERB}|told [\w-]+|tells [\w-]+)( (on|in|at|late|earlier|later|this|last) [\w ]{1,25})?)[.!]?$`,
  'i',
)
/**
 * A place (and optional date, agency) standing alone: "PYONGYANG, Dec 4
 * (Reuters) -", "Seoul, South Korea —". The place is one to four capitalised
 * words, so a short sentence ("KCNA said on Thursday") never passes for one.
 */
const BARE_DATELINE = /^\p{Lu}[\p{L}.'-]*( \p{Lu}[\p{L}.'-]*){0,3}(, [\p{L}\d.' ]{1,30})?( \([^)]{1,30}\))?\s*(-{1,2}|–|—|:)?$/u
/** Ends as a whole sentence does: terminal punctuation, maybe inside closing quotes or brackets. */
const COMPLETE = /[.!?…。！？]['"’”)\]」』）]*$/u
const LETTER = /\p{L}/gu
const UPPER = /\p{Lu}/gu

/** Why a sentence cannot be in a summary, or null when it can. */
export function boilerplateReason(sentence: string): string | null {
  const text = sentence.trim()
  const words = wordCount(text)
  if (BARE_DATELINE.test(text.replace(/[.!?]$/, ''))) return 'dateline'
  if (CREDIT.test(text)) return 'credit'
  if (PROMPT.test(text)) return 'prompt'
  if (LINK.test(text) || hasAddress(text)) return 'link'
  if (!COMPLETE.test(text)) return 'incomplete'
  // A sentence starts with a capital, a digit or an opening quote; anything else was cut from
  // something. Scripts without case (\p{Lo}: Chinese, Japanese, Arabic…) start with any letter.
  if (!/^['"‘“(\[「『]?[\p{Lu}\p{Lo}\d]/u.test(text)) return 'fragment'
  if (words < MIN_WORDS) return 'short'
  if (words <= ATTRIBUTION_MAX_WORDS && ATTRIBUTION_ONLY.test(text)) return 'attribution'
  const letters = text.match(LETTER)?.length ?? 0
  if (letters > 0 && (text.match(UPPER)?.length ?? 0) / letters > 0.6) return 'shouting'
  return null
}
