/**
 * Evaluator "entities", on a bbc-dev-shaped set. The data has no gold
 * entities, so this scores what a reader of the tags sees without one: the
 * same entity under two spellings. Beside Gazette's tags stands compromise
 * alone (its people, places and organisations, as written), the library the
 * stage is built on, so the table shows what the stage adds.
 *
 * Two tags of one article are counted as two spellings of one entity when
 * they fold to the same letters ("Kim Jong-un" / "Kim Jong Un"), when one is
 * the last word of a name shaped like a person's ("Blair" / "Tony Blair"), when
 * one is an acronym of the other's initials ("IMF" / "International
 * Monetary Fund"), or when both are well-known names of one country or body
 * ("DPRK" / "North Korea"). These checks are independent of the kinds the
 * stage assigns; the last one uses the stage's gazetteer, since the issue
 * names those aliases as one entity.
 */
import nlp from 'compromise'
import { extractEntities } from '../pipeline/entities.ts'
import { canonicalizeEntities } from '../pipeline/entities/corpus.ts'
import { lookupKnown } from '../pipeline/entities/gazetteer.ts'
import { blockTexts } from '../text/article-text.ts'
import { foldText } from '../text/fold.ts'
import { isBbcDir, readBbc } from './bbc.ts'
import type { Evaluator } from './types.ts'

/**
 * Letters and digits only, lower case, accents dropped: the shared accent and
 * case fold, not the stage's nameKey, so the judge stays independent of what
 * it judges.
 */
const fold = (name: string) => foldText(name).replace(/[^\p{L}\p{N}]+/gu, '')

const wordsOf = (name: string) => name.split(/[\s-]+/).filter(Boolean)

/** True when `a` and `b` look like two spellings of one entity (see the header). */
export function sameEntity(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return true
  const [short, long] = wordsOf(a).length <= wordsOf(b).length ? [a, b] : [b, a]
  const longWords = wordsOf(long)
  if (wordsOf(short).length === 1 && longWords.length > 1) {
    const word = fold(short)
    // Only a name shaped like a person's (two or three capitalised words, no
    // "of") stands for its last word: "Reserve Bank of Australia" is not "Australia".
    const personShaped = longWords.length <= 3 && longWords.every((w) => /^\p{Lu}/u.test(w))
    if (personShaped && !lookupKnown(short) && word === fold(longWords[longWords.length - 1]!)) return true
    const initials = longWords.filter((w) => /^\p{Lu}/u.test(w)).map((w) => fold(w)[0]).join('')
    if (/^[\p{Lu}.]{2,}$/u.test(short) && initials.length > 1 && word === initials) return true
  }
  const ka = lookupKnown(a)
  const kb = lookupKnown(b)
  return ka !== undefined && kb !== undefined && ka.name === kb.name
}

/** Pairs of tags in one list that name one entity. */
export function variantPairs(tags: string[]): [string, string][] {
  const pairs: [string, string][] = []
  for (let i = 0; i < tags.length; i++) for (let j = i + 1; j < tags.length; j++) if (sameEntity(tags[i]!, tags[j]!)) pairs.push([tags[i]!, tags[j]!])
  return pairs
}

/** Distinct tags of the corpus that fold to the same letters as another distinct tag. */
function corpusVariants(perArticle: string[][]): number {
  const byFold = new Map<string, Set<string>>()
  for (const tag of new Set(perArticle.flat())) {
    const set = byFold.get(fold(tag)) ?? new Set<string>()
    set.add(tag)
    byFold.set(fold(tag), set)
  }
  return [...byFold.values()].filter((s) => s.size > 1).reduce((n, s) => n + s.size, 0)
}

function compromiseTags(text: string): string[] {
  const doc = nlp(text)
  const names = [...doc.people().out('array'), ...doc.places().out('array'), ...doc.organizations().out('array')] as string[]
  // As written, minus trailing punctuation compromise keeps ("Blair," → "Blair").
  return [...new Set(names.map((n) => n.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '')).filter(Boolean))]
}

interface Scores {
  perArticle: number
  distinct: number
  articlesWithVariants: number
  pairs: [string, string][]
  corpusVariants: number
  lowerCase: number
}

function score(perArticle: string[][]): Scores {
  const pairs = perArticle.map(variantPairs)
  const all = perArticle.flat()
  return {
    perArticle: all.length / Math.max(1, perArticle.length),
    distinct: new Set(all).size,
    articlesWithVariants: pairs.filter((p) => p.length > 0).length / Math.max(1, perArticle.length),
    pairs: pairs.flat(),
    corpusVariants: corpusVariants(perArticle),
    lowerCase: all.filter((t) => !/\p{Lu}|\p{N}/u.test(t)).length / Math.max(1, all.length),
  }
}

export const entitiesEvaluator: Evaluator = {
  name: 'entities',
  accepts: isBbcDir,
  async run(dir) {
    const articles = readBbc(dir)
    const started = Date.now()
    const ours = canonicalizeEntities(articles.map((a) => extractEntities(a))).map((list) => list.map((e) => e.name))
    const oursMs = Date.now() - started
    const base = articles.map((a) => compromiseTags([a.title, ...blockTexts(a.body)].join('\n\n')))
    const g = score(ours)
    const c = score(base)
    const examples = (pairs: [string, string][]) =>
      [...new Set(pairs.map(([a, b]) => `${a} / ${b}`))].slice(0, 12).join('; ') || 'none'
    return {
      title: `Entities (${dir.split('/').pop()}, ${articles.length} articles)`,
      baselineName: 'compromise alone',
      rows: [
        { metric: 'tags per article (mean)', value: g.perArticle, baseline: c.perArticle },
        { metric: 'distinct tags', value: g.distinct, baseline: c.distinct },
        { metric: 'articles with two spellings of one entity (share)', value: g.articlesWithVariants, baseline: c.articlesWithVariants, target: 0 },
        { metric: 'two-spelling pairs within articles', value: g.pairs.length, baseline: c.pairs.length, target: 0 },
        { metric: 'corpus tags differing only in case or punctuation', value: g.corpusVariants, baseline: c.corpusVariants, target: 0 },
        { metric: 'tags with no capital letter or digit (share)', value: g.lowerCase, baseline: c.lowerCase, target: 0 },
      ],
      notes: [
        'No gold entities exist for this set: the rows count what a reader sees as one entity under two tags (same letters once case, accents and punctuation go; the last word of a person-shaped name; an acronym of its initials; two well-known names of one country or body), and tags that are not written as names.',
        `Gazette's pairs: ${examples(g.pairs)}.`,
        `compromise's pairs (first 12): ${examples(c.pairs)}.`,
        `Gazette's entity stage took ${(oursMs / 1000).toFixed(1)} s over ${articles.length} articles.`,
      ],
    }
  },
}
