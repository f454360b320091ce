/**
 * franc-min's guess (`franc(text, { minLength })`, an ISO 639-3 code or
 * "und"), the same answer computed about ten times faster. franc scores a
 * text against each language of its script by looking every trigram of the
 * text up in each language's table, one property look-up per trigram and
 * language (44 languages for Latin script): that was a tenth of the build's
 * per-article work, franc being asked twice per article (the cleaner's
 * function words and the metadata's language). Here each trigram is looked
 * up once, in a table of the languages that list it with its rank in each.
 *
 * The steps are franc-min 6.2's, on its own data and script expressions
 * (`franc-min/data.js`, `franc-min/expressions.js`); only the look-up differs.
 * test/pipeline/franc-code.test.ts checks the answers against franc's.
 */
import { data } from 'franc-min/data.js'
import { expressions } from 'franc-min/expressions.js'

/** franc-min's constants: the longest sample it reads, and the distance of a trigram a language lacks. */
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

interface ScriptTable {
  languages: string[]
  /** Per trigram (trigramKey): the languages that list it (indexes into `languages`) and its rank in each, in parallel. */
  listedBy: Map<number, { languages: Int16Array; ranks: Int16Array }>
}

const tables = new Map<string, ScriptTable>()

/** One script's languages and trigram ranks, built on first use. */
function scriptTable(script: string): ScriptTable {
  let table = tables.get(script)
  if (table) return table
  const languages = Object.keys(data[script]!)
  const ranks = new Map<string, Int16Array>()
  languages.forEach((language, l) => {
    const trigrams = data[script]![language]!.split('|')
    // franc keeps a trigram's first rank when its table lists it twice (it fills its table from the end).
    for (let rank = trigrams.length - 1; rank >= 0; rank--) {
      let row = ranks.get(trigrams[rank]!)
      if (!row) ranks.set(trigrams[rank]!, (row = new Int16Array(languages.length).fill(-1)))
      row[l] = rank
    }
  })
  const listedBy = new Map<number, { languages: Int16Array; ranks: Int16Array }>()
  for (const [trigram, row] of ranks) {
    // franc compares three code units of the text with each listed trigram: one of another length never matches.
    if (trigram.length !== 3) continue
    const listing = [...row.keys()].filter((l) => row[l]! >= 0)
    listedBy.set(trigramKey(trigram, 0), { languages: Int16Array.from(listing), ranks: Int16Array.from(listing, (l) => row[l]!) })
  }
  tables.set(script, (table = { languages, listedBy }))
  return table
}

/** The script whose expression matches most of the text, the first on a tie (franc's getTopScript). */
function topScript(value: string): [script: string | undefined, share: number] {
  let top: string | undefined
  let topShare = -1
  for (const script of Object.keys(expressions)) {
    const share = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0
    if (share > topShare) {
      topShare = share
      top = script
    }
  }
  return [top, topShare]
}

/**
 * Three UTF-16 code units from `at` as one number, a cheaper key than a
 * three-character string. Ten bits a unit when all three are below 1,024
 * (Latin, Greek, and the space), so the key is a small integer V8 keeps
 * unboxed (below 2^30) and a Map looks up fastest; otherwise 2^30 plus
 * sixteen bits a unit (exact: under 2^49), so no two trigrams share a key.
 */
function trigramKey(text: string, at: number): number {
  const a = text.charCodeAt(at)
  const b = text.charCodeAt(at + 1)
  const c = text.charCodeAt(at + 2)
  if ((a | b | c) < 1_024) return (a << 20) | (b << 10) | c
  return 1_073_741_824 + (a * 65_536 + b) * 65_536 + c
}

/** Occurrences of each trigram (trigramKey) of the cleaned, space-padded text (trigram-utils' asDictionary). */
function trigramCounts(value: string): Map<number, number> {
  const cleaned = ` ${value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase()} `
  const counts = new Map<number, number>()
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = trigramKey(cleaned, i)
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1)
  }
  return counts
}

/**
 * The last sample read and its answer: an article's language is asked for
 * twice, by the cleaner (its sentence-like lines) and by the metadata (its
 * body), and the two texts are often the same (226 of 300 bench articles,
 * 64 of 138 test pages).
 */
let last = { value: '', code: '' }

/** `franc(text, { minLength })` of franc-min 6.2. */
export function francCode(text: string, minLength: number): string {
  if (!text || text.length < minLength) return 'und'
  // franc reads only the first MAX_LENGTH characters (minLength is checked on the whole text, above).
  const value = text.slice(0, MAX_LENGTH)
  if (value === last.value) return last.code
  const code = sampleCode(value)
  last = { value, code }
  return code
}

function sampleCode(value: string): string {
  const [script, share] = topScript(value)
  if (!script || !Object.hasOwn(data, script)) return !script || share === 0 ? 'und' : script
  const { languages, listedBy } = scriptTable(script)
  // franc's distance of language l is the sum over the text's trigrams of
  // |count - rank - 1| where l lists the trigram (count in the text, rank in
  // l's table: its getDistance), and MAX_DIFFERENCE where it does not; that
  // is, MAX_DIFFERENCE times the trigram count less what each listing saves.
  // The common first term orders no language before another, so only the
  // listings are visited.
  const saved = new Float64Array(languages.length)
  for (const [trigram, count] of trigramCounts(value)) {
    const listing = listedBy.get(trigram)
    if (listing === undefined) continue
    for (let k = 0; k < listing.languages.length; k++) {
      const l = listing.languages[k]!
      saved[l] = saved[l]! + MAX_DIFFERENCE - Math.abs(count - listing.ranks[k]! - 1)
    }
  }
  const distances = saved.map((x) => -x)
  // The smallest distance, the first language on a tie (franc's sort is stable).
  let best = 0
  for (let l = 1; l < languages.length; l++) if (distances[l]! < distances[best]!) best = l
  return languages[best]!
}
