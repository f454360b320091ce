/**
 * Finds name mentions in one text. compromise tags every term (Person,
 * Place, Organization, Honorific, Acronym, …) but its own entity spans are
 * ragged ("President Vladimir", "Kim Jong-"), so we read its tagged terms and
 * chunk them ourselves: a name is a run of capitalised terms, joined by
 * spaces, hyphens or an inner "of", inside one sentence and one quotation.
 */
import type { EntityKind } from '../../model.ts'
import { NOT_NAMES } from './gazetteer.ts'
import { classifyChunk, type NameToken } from './names.ts'
import { nameSpans } from './spans.ts'
import { tagPieces, type Term } from './tagger.ts'

/** One mention of a name, before any canonicalisation. */
export interface Mention {
  name: string
  /** Kind from the words themselves; null when only the article can tell. */
  kind: EntityKind | null
  /** Character offset in the text, for ordering. */
  offset: number
  /** Set when the text defines an acronym for this name: "(KCNA)". */
  acronym?: string
}

// Function words compromise tags; capitalised at a sentence start they are no name.
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb', 'Verb', 'Date']
const CONNECTORS = new Set(['of', 'de', 'al', 'bin', 'van', 'von', 'der'])

function isCapitalised(t: Term): boolean {
  return /^[\p{Lu}]/u.test(t.text) || /^[\p{Lu}\d][\p{Lu}\d.]+$/u.test(t.text)
}

function isNameTerm(t: Term): boolean {
  if (!isCapitalised(t) || NOT_NAMES.has(t.text.toLowerCase())) return false
  const strong = t.tags.some((g) => g === 'ProperNoun' || g === 'Person' || g === 'Place' || g === 'Organization' || g === 'Acronym')
  return strong || !t.tags.some((g) => FUNCTION_TAGS.includes(g))
}

// A hyphen with no spaces joins one name ("Kim Jong-un", "Tae-yul").
const joinsByHyphen = (t: Term) => /^[-‐‑]$/.test(t.post)
// Only spaces (or an initial's full stop: "Lloyd J. Austin") may sit inside a name.
const joinsBySpace = (t: Term) => /^\s+$/.test(t.post) || (/^\p{Lu}$/u.test(t.text) && /^\.\s+$/.test(t.post))

// "Russia's" ends a name; a plural possessive sits inside one ("People's Republic").
const isSingularPossessive = (t: Term) => /[’']s$/i.test(t.text) && !t.tags.includes('Plural')

/** Name chunks of a text: runs of capitalised terms. */
function chunks(terms: Term[]): Term[][] {
  const out: Term[][] = []
  let run: Term[] = []
  const close = () => {
    if (run.length) out.push(run)
    run = []
  }
  for (let i = 0; i < terms.length; i++) {
    const t = terms[i]!
    const prev = run[run.length - 1]
    const continues = prev !== undefined && t.pre === '' && (joinsByHyphen(prev) || joinsBySpace(prev))
    if (prev && joinsByHyphen(prev) && t.pre === '') {
      run.push(t) // a hyphenated part belongs to the name whatever its case
    } else if (continues && (isNameTerm(t) || (isCapitalised(t) && t.text !== 'I'))) {
      // Mid-sentence a capital marks a name whatever compromise tags it ("Kim Jong Un": Un → Verb).
      run.push(t)
    } else if (continues && CONNECTORS.has(t.text) && joinsBySpace(t) && terms[i + 1] && isNameTerm(terms[i + 1]!) && terms[i + 1]!.pre === '') {
      run.push(t)
    } else {
      close()
      if (isNameTerm(t)) run.push(t)
    }
    // A possessive, a closing quote or any punctuation ends the name.
    const last = run[run.length - 1]
    if (last === t && (isSingularPossessive(t) || !(joinsByHyphen(t) || joinsBySpace(t)))) close()
  }
  close()
  return out
}

function toTokens(run: Term[]): NameToken[] {
  return run.map((t, i) => ({
    text: i === run.length - 1 ? t.text.replace(/[’']s$/i, '') : t.text,
    tags: t.tags,
    hyphenAfter: joinsByHyphen(t),
    initial: /^\p{Lu}$/u.test(t.text) && t.post.startsWith('.'),
  }))
}

/** Name mentions in one span's terms; offsets are the terms' own. */
function spanMentions(terms: Term[]): Mention[] {
  const out: Mention[] = []
  for (const run of chunks(terms)) {
    const start = run[0]!.offset.start
    const after = terms[terms.indexOf(run[run.length - 1]!) + 1]
    for (const m of classifyChunk(toTokens(run))) {
      const mention: Mention = { name: m.name, kind: m.kind, offset: start }
      // "Korean Central News Agency (KCNA)": the text defines the acronym.
      if (after && after.pre.endsWith('(') && /^\)/.test(after.post) && /^[\p{Lu}\d]{2,8}$/u.test(after.text) && run.length > 1) {
        mention.acronym = after.text
      }
      out.push(mention)
    }
  }
  return out
}

/**
 * Every name mention in each of `texts`, in order of appearance, offsets
 * within its own text. compromise reads only the spans that can hold a name,
 * all of an article's in one call.
 */
export function findMentions(texts: string[]): Mention[][] {
  const spans = texts.flatMap((text, t) => nameSpans(text).map((s) => ({ ...s, t })))
  const tagged = tagPieces(spans.map((s) => texts[s.t]!.slice(s.start, s.end)))
  const out = texts.map((): Mention[] => [])
  // Each span is chunked alone: a name never runs from one span into the next.
  spans.forEach((s, i) => {
    const terms = tagged[i]!.map((term) => ({ ...term, offset: { ...term.offset, start: s.start + term.offset.start } }))
    out[s.t]!.push(...spanMentions(terms))
  })
  return out
}
