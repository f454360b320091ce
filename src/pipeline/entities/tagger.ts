/**
 * compromise, run lean. Its full pipeline (`nlp(text)`) spent ~40 ms per
 * article, three quarters of it in the post-tagger sweeping all ~570 of its
 * match rules over every clause. Names need only the rules that tag names,
 * their parts (first and last names, honorifics) and dates, so we run the
 * lexicon and pre-tagger as compromise does, then sweep only those rules,
 * clause by clause as its own post-tagger does. The chunker (`chunks`) and
 * typeahead are skipped: nothing here reads them.
 */
import nlp from '../../text/compromise.ts'

/** A tagged term, as `View.json({ terms: { offset: true } })` gives it. */
export interface Term {
  text: string
  pre: string
  post: string
  tags: string[]
  offset: { start: number; length: number }
}

// nlp.tokenize already ran contractions, alias, normal and machine.
const PRE_TAGGING = ['index', 'id', 'freeze', 'lexicon', 'preTagger', 'contractionTwo']
// Post-tagger rules that matter for names: those that set a tag a name, a
// part of one, or a date can carry, and those that match such terms (or
// hyphenated ones) to retag them: "UK-based" is an adjective, not a place.
const NAME_RULE_TAGS = /Actor|Unit|Person|Name|Honorific|Organization|Place|Region|Country|City|SportsTeam|School|Acronym|ProperNoun|Date|Month/
const NAME_TERMS = /ProperNoun|Person|Place|Organization|Acronym|Hyphenated|TitleCase|FirstName|LastName|Honorific|Country|City|Region/

interface Rule {
  match?: unknown
  tag?: unknown
  notIf?: unknown
}
const CAPITAL = /\p{Lu}/u

interface TermObject {
  text: string
  index: [number, number]
  tags: Set<string>
}
interface Internals {
  one: { tokenize: { fromString(text: string, world: unknown): unknown[][] } }
  two: { quickSplit(docs: TermObject[][]): TermObject[][] }
}
type Net = ReturnType<typeof nlp.buildNet>

let nameNet: Net | undefined
function nameRules(): Net {
  if (nameNet) return nameNet
  // buildNet parses each rule's `notIf` in place, so compromise's own
  // post-tagger (which other stages run) may have parsed it already: our net
  // gets copies, built without an already-parsed `notIf`, which is then put back.
  const all = (nlp.model() as { two: { matches: Rule[] } }).two.matches
  const rules = all.filter((r) => NAME_RULE_TAGS.test(String(r.tag)) || NAME_TERMS.test(String(r.match)))
  const copies: Rule[] = rules.map((r) => ({ ...r, notIf: typeof r.notIf === 'string' ? r.notIf : undefined }))
  nameNet = nlp.buildNet(copies as never)
  copies.forEach((c, i) => {
    if (rules[i]!.notIf && typeof rules[i]!.notIf !== 'string') c.notIf = rules[i]!.notIf
  })
  return nameNet
}

/**
 * Terms of each piece of text, tagged for names, offsets within the piece.
 * One compromise document for all pieces (a call has a fixed cost), but each
 * piece is split into sentences on its own: compromise joins a sentence
 * with an unclosed quotation or bracket to the next, and a piece cut from a
 * paragraph may open a quotation that another piece closes.
 */
export function tagPieces(pieces: string[]): Term[][] {
  const { one } = nlp.methods() as Internals
  const sentences = pieces.map((p) => one.tokenize.fromString(p, nlp.world()))
  const doc = nlp.tokenize(sentences.flat().map((terms) => ({ terms })) as never).compute(PRE_TAGGING)
  // As compromise's post-tagger: rules match within a clause, never across a
  // comma; so a clause with no capital, where no name can be, is left alone.
  const clauses = (nlp.methods() as Internals).two.quickSplit(doc.docs as unknown as TermObject[][])
  const ptrs = clauses
    .filter((terms) => terms.some((t) => CAPITAL.test(t.text)))
    .map((terms) => [terms[0]!.index[0], terms[0]!.index[1], terms[0]!.index[1] + terms.length])
  doc.update(ptrs as never).sweep(nameRules())
  doc.compute('unfreeze')
  const tagged = (doc.json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]).map((s) => s.terms)
  // Offsets run on through the whole document; each piece's start is subtracted.
  let next = 0
  let base = 0
  return sentences.map((own) => {
    const terms = tagged.slice(next, next + own.length).flat()
    next += own.length
    const start = base
    for (const t of terms) base += t.pre.length + t.text.length + t.post.length
    return terms.map((t) => ({ ...t, offset: { start: t.offset.start - start, length: t.offset.length } }))
  })
}

type Lexicon = Record<string, string | undefined>
const FUNCTION_WORD = /Determiner|Preposition|Conjunction|Pronoun|Possessive|QuestionWord|Adverb|Copula|Modal|Auxiliary|Negative/

/** True for a word compromise's lexicon knows as a function word ("the", "however", "it"). */
export function isFunctionWord(word: string): boolean {
  const tags = (nlp.model() as { one: { lexicon: Lexicon } }).one.lexicon[word.toLowerCase()]
  return tags !== undefined && FUNCTION_WORD.test(tags)
}
