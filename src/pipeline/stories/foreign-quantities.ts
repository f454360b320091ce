/**
 * Counted quantities in Portuguese, Spanish, Italian, French and German
 * sentences, where compromise (quantities.ts) cannot read them: the figure
 * is written in those languages' formats ("2.000", "1 200", "1,5" with a
 * decimal comma) and scaled by their words for thousand, million and
 * billion ("11 mil soldados", "1,5 milioni di persone", "2 Millionen
 * Menschen"); the counted noun follows the figure (in German after its
 * adjectives, and capitalised). As in English, a figure counts only when a
 * noun follows it, so years, dates ("3 de junho"), money, shares and
 * durations are never counts.
 */
import { functionWordsOf } from '../claims/text-language.ts'
import { MONTH_NAMES } from '../date-languages.ts'
import type { QuantityAt, Term } from './quantities.ts'


/** A figure: digits with "." or a (narrow, no-break) space between groups of three, and a decimal comma. */
const FIGURE = String.raw`\d{1,3}(?:[.\u00a0\u202f ]\d{3})+(?:,\d+)?(?!\d)|\d+(?:,\d+)?`
const TOKEN = new RegExp(String.raw`${FIGURE}|[\p{L}\p{M}][\p{L}\p{M}'’-]*`, 'gu')
const YEAR = /^(1[89]|20|21)\d\d$/

/** Words that scale the figure before them. */
const MULTIPLIERS: Record<string, number> = {
  mil: 1e3, mila: 1e3, tausend: 1e3,
  milhão: 1e6, milhões: 1e6, millón: 1e6, millones: 1e6, milione: 1e6, milioni: 1e6, million: 1e6, millions: 1e6, millionen: 1e6,
  bilhão: 1e9, bilhões: 1e9, miliardo: 1e9, miliardi: 1e9, milliard: 1e9, milliards: 1e9, milliarde: 1e9, milliarden: 1e9,
}
/** "de", "di", "d'" between a multiplier and its noun ("1,5 milhão de pessoas", "3 milioni di euro"). */
const OF = new Set(['de', 'di', "d'", 'd’'])

/** Qualifiers before a figure, as they read in lower case. */
const QUALIFIERS = [
  'pelo menos', 'mais de', 'menos de', 'cerca de', 'até', 'quase', 'aproximadamente',
  'al menos', 'más de', 'menos de', 'alrededor de', 'hasta', 'casi', 'unos', 'unas', 'aproximadamente',
  'almeno', 'oltre', 'più di', 'meno di', 'circa', 'fino a', 'quasi',
  'au moins', 'plus de', 'moins de', 'environ', "jusqu'à", 'près de', 'presque',
  'mindestens', 'mehr als', 'weniger als', 'rund', 'etwa', 'bis zu', 'fast', 'knapp', 'über', 'ungefähr',
].sort((a, b) => b.split(' ').length - a.split(' ').length)

/** Counted "nouns" that are money, shares, durations or months: never a count outlets report differently. */
const NOT_COUNTS = new Set(
  `
  euro euros dólar dólares dollar dollars dollari real reais libras sterline pesos franken francs franchi rublos rubli roubles rubel
  cento ciento prozent pour porcento
  ano anos año años anno anni an ans jahr jahre jahren mês meses mes mese mesi mois monat monate monaten semana semanas settimana settimane
  semaine semaines woche wochen dia dias día días giorno giorni jour jours tag tage tagen hora horas ora ore heure heures stunde stunden
  minuto minutos minuti minute minutes minuten segundo segundos secondi secondes sekunden vez vezes veces volta volte fois mal
  `
    .split(/\s+/)
    .filter(Boolean)
    .concat(Object.values(MONTH_NAMES).flat()),
)
/** A figure after these is a label: "artigo 5", "Artikel 51", "número 10". */
const LABELS = new Set('artigo artículo articolo article artikel número numero nº página pagina page seite capítulo capitolo chapitre kapitel lei ley legge loi gesetz'.split(' '))

/** The sentence as terms in the shape compromise gives (no tags), so frames, clauses and places read alike. */
export function foreignTerms(sentence: string): Term[] {
  const matches = [...sentence.matchAll(TOKEN)]
  return matches.map((m, i) => {
    const end = m.index + m[0].length
    return {
      text: m[0],
      normal: m[0].toLowerCase(),
      pre: i === 0 ? sentence.slice(0, m.index) : '',
      post: sentence.slice(end, matches[i + 1]?.index ?? sentence.length),
      tags: [],
      offset: { start: m.index, length: m[0].length },
    }
  })
}

const isFigure = (t: Term) => /^\d/.test(t.text)
const figureValue = (text: string) => Number(text.replace(/[.\u00a0\u202f ]/g, '').replace(',', '.'))
/** Punctuation after a term closes a phrase. */
const closes = (t: Term) => /[,;:.!?()[\]—–]/.test(t.post)

/** Counted quantities among a foreign sentence's terms, in order, each with its figure's index. */
export function foreignQuantitiesIn(terms: Term[], language: string): QuantityAt[] {
  // Function words only: stopwords-iso's lists hold common content words too ("pessoas", "Menschen").
  const stop = functionWordsOf(language)
  const out: QuantityAt[] = []
  terms.forEach((t, i) => {
    if (!isFigure(t) || YEAR.test(t.text)) return
    const prev = terms[i - 1]
    if (/[$£€¥%]/.test(t.post.trim().slice(0, 1) + (prev?.post ?? '').trim().slice(-1)) || (prev && LABELS.has(prev.normal))) return
    const qualifier = qualifierBefore(terms, i)
    const written = (figure: string) => (qualifier ? `${qualifier} ${figure}` : figure)
    // "… e a Cruz Vermelha falou em 310.": a figure closing its clause counts what the previous figure counted.
    if (out.length > 0 && /^[,;.!?)]/.test(t.post.trim())) {
      out.push({ at: i, value: figureValue(t.text), text: written(t.text), subject: out[out.length - 1]!.subject })
      return
    }
    if (closes(t)) return
    // Multipliers in a row multiply: "mil millones" is a thousand millions.
    let k = i + 1
    let scale = 1
    while (terms[k] && MULTIPLIERS[terms[k]!.normal] && !closes(terms[k - 1]!)) scale *= MULTIPLIERS[terms[k++]!.normal]!
    const figureEnd = k
    if (scale > 1 && terms[k] && OF.has(terms[k]!.normal) && !closes(terms[k - 1]!)) k++
    const noun = countedNoun(terms, k, language, stop)
    if (!noun) return
    const figure = terms.slice(i, figureEnd).map((x) => x.text).join(' ')
    out.push({ at: i, value: Math.round(figureValue(t.text) * scale), text: written(figure), subject: noun })
  })
  return out
}

/**
 * The noun a figure counts, from `from`: the next word in Portuguese, Spanish,
 * Italian and French, whose adjectives follow their noun ("3.000 soldados
 * norte-coreanos"); in German the first capitalised word within three, past
 * its adjectives ("3000 nordkoreanische Soldaten").
 */
function countedNoun(terms: Term[], from: number, language: string, stop: Set<string>): string | undefined {
  const reach = language === 'de' ? 3 : 1
  for (let k = from; k < terms.length && k < from + reach; k++) {
    const t = terms[k]!
    if (isFigure(t)) return undefined
    const fits = language === 'de' ? /^\p{Lu}/u.test(t.text) : /^\p{Ll}/u.test(t.text)
    if (fits) return stop.has(t.normal) || NOT_COUNTS.has(t.normal) || MULTIPLIERS[t.normal] ? undefined : t.normal
    if (closes(t)) return undefined
  }
  return undefined
}

/** The qualifier before a figure, as written ("mais de", "rund"), if any. */
function qualifierBefore(terms: Term[], at: number): string | undefined {
  for (const q of QUALIFIERS) {
    const n = q.split(' ').length
    if (at - n < 0) continue
    const words = terms.slice(at - n, at)
    if (words.map((t) => t.normal).join(' ') === q && words.every((t) => !closes(t))) return words.map((t) => t.text).join(' ')
  }
  return undefined
}
