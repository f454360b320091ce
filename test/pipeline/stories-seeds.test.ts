/**
 * The five seeds report one event (the North Korea–Russia treaty) from five
 * outlets in different words. Articles are built by hand here: the clean
 * stage is not this test's business, so each seed is split on blank lines
 * (or lines, where it has no blank lines) and, for the one seed whose page
 * furniture outweighs its article, the article's paragraphs are picked by
 * index. Dates follow each text's own cues (weekday of the reported event).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/pipeline/entities.ts'
import { canonicalizeEntities } from '../../src/pipeline/entities/corpus.ts'
import { assignStories, groupStories } from '../../src/pipeline/stories.ts'
import { type Article, type Block, makeArticle } from '../../src/model.ts'

const SEEDS = join(import.meta.dirname, '../../seeds')

interface SeedSpec {
  seed: string
  published: string
  split: 'blank-lines' | 'lines'
  /** Index of the headline among the pieces, or null: the first sentence stands in. */
  title: number | null
  /** Pieces that are the article body: [start, end). */
  body: [number, number?]
}

const SPECS: SeedSpec[] = [
  // Menus, byline and "latest stories" lists around five article paragraphs (pieces 4–8).
  { seed: '000_bfd3abdf462c3d5d.txt', published: '2024-12-05T00:00:00Z', split: 'blank-lines', title: 1, body: [4, 9] },
  { seed: '001_fec737a619397491.txt', published: '2024-12-05T00:00:00Z', split: 'blank-lines', title: 0, body: [1] },
  { seed: '002_4076270ce6b146d2.txt', published: '2024-11-09T00:00:00Z', split: 'lines', title: null, body: [0] },
  { seed: '003_15820699cc9bd041.txt', published: '2024-11-12T00:00:00Z', split: 'lines', title: null, body: [0] },
  { seed: '004_82b2a77911eb234f.txt', published: '2024-11-12T00:00:00Z', split: 'blank-lines', title: 0, body: [1] },
]

/** Article id: the 12 hex digits after the seed's number. */
const idOf = (seed: string) => seed.slice(4, 16)

function seedArticles(): Article[] {
  const parsed = SPECS.map((spec) => {
    const raw = readFileSync(join(SEEDS, spec.seed), 'utf8')
    const pieces = (spec.split === 'blank-lines' ? raw.split(/\n\s*\n/) : raw.split('\n')).map((p) => p.trim()).filter(Boolean)
    const body = pieces.slice(...spec.body).map((text): Block => ({ type: /[.!?"”:]$/.test(text) ? 'p' : 'h', text }))
    const title = spec.title === null ? pieces[0]!.split(/(?<=[.!?])\s/)[0]! : pieces[spec.title]!
    return { title, body }
  })
  const entities = canonicalizeEntities(parsed.map((p) => extractEntities(p)))
  return SPECS.map((spec, i) =>
    makeArticle({
      id: idOf(spec.seed), seed: spec.seed, title: parsed[i]!.title, published: spec.published,
      body: parsed[i]!.body, topics: ['world'], entities: entities[i]!,
    }),
  )
}

describe('the five seeds', () => {
  const articles = seedArticles()
  const stories = groupStories(articles)
  const [story] = stories

  it('form exactly one story of all five articles, newest first', () => {
    expect(stories).toHaveLength(1)
    expect(story!.articles).toEqual(['bfd3abdf462c', 'fec737a61939', '15820699cc9b', '82b2a77911eb', '4076270ce6b1'])
    expect(assignStories(articles, stories).map((a) => a.story)).toEqual(Array(5).fill(story!.id))
    expect(story!.dateStart).toBe('2024-11-09T00:00:00Z')
    expect(story!.dateEnd).toBe('2024-12-05T00:00:00Z')
  })

  it('agree on entity spellings across outlets', () => {
    const slugs = articles.map((a) => a.entities.map((e) => e.slug))
    for (const list of slugs) expect(list).toEqual(expect.arrayContaining(['north-korea', 'russia']))
    // "Kim Jong Un" (000, 003) and "Kim Jong-un" (001, 004): one tag, one spelling.
    const kims = articles.flatMap((a) => a.entities.filter((e) => e.slug === 'kim-jong-un'))
    expect(kims.map((e) => e.name)).toEqual(['Kim Jong Un', 'Kim Jong Un', 'Kim Jong Un', 'Kim Jong Un'])
    // 001 writes only "KCNA"; 000 and 004 define it.
    expect(articles[1]!.entities.map((e) => e.name)).toContain('Korean Central News Agency')
  })

  it('record the troop figures each outlet gave, each with its claimant', () => {
    const troops = story!.claims.find((c) => c.subject === 'troops')!
    // Each outlet quotes someone else (one gives its own figure): figures reported, not a dispute.
    expect(troops.disputed).toBe(false)
    expect(troops.values.map((v) => [v.value, v.claimant, v.articles])).toEqual([
      [1500, 'South Korea’s NIS', ['82b2a77911eb']], // "South Korea’s intelligence agency, the NIS, alleged that Pyongyang had dispatched 1,500 troops"
      [3000, 'the US', ['82b2a77911eb']], // "the US claimed that “at least 3,000” North Korean soldiers"
      [10000, 'Antony Blinken', ['4076270ce6b1']], // "US Secretary of State Antony Blinken recently commented that around 10,000"
      [10000, 'South Korea’s Ministry of Defense', ['4076270ce6b1']], // "… confirmed that 10,000 North Korean troops"
      [11000, null, ['bfd3abdf462c']], // "deployment of about 11,000 troops … in October": the outlet's own words
      [11000, 'Volodymyr Zelenskyy', ['4076270ce6b1']], // "Zelenskyy reported that around 11,000"
      [12000, 'South Korean intelligence', ['15820699cc9b']], // "South Korean intelligence indicates that up to 12,000"
    ])
    const v3000 = troops.values.find((v) => v.value === 3000)!
    expect(v3000.text).toBe('at least 3,000')
    // "Last month" in an article of 12 November 2024; "had entered eastern Russia".
    expect([v3000.when, v3000.place]).toEqual(['2024-10', 'eastern Russia'])
    // The seeds name no outlet: no source, never the seed's file name.
    expect(v3000.sources).toEqual([])
    expect(v3000.quote).toContain('“at least 3,000” North Korean soldiers had entered eastern Russia')
  })

  it('open the summary with a sentence of the newest reports that the older ones do not have', () => {
    const plain = story!.summary.replace(/ \((the week of )?\d{1,2} [A-Z][a-z]+ \d{4}\)/g, '')
    const first = plain.split(/(?<=[.!?]["”]?)\s+(?=[\p{Lu}"“])/u)[0]!
    const newestDate = articles.map((a) => a.published).sort().at(-1)!
    const textOf = (a: Article) => a.body.map((b) => b.text).join(' ')
    expect(articles.filter((a) => a.published === newestDate).some((a) => textOf(a).includes(first))).toBe(true)
    expect(articles.filter((a) => a.published !== newestDate).some((a) => textOf(a).includes(first))).toBe(false)
  })

  it('summarise from several outlets within about 80 words', () => {
    const bodies = articles.map((a) => a.body.map((b) => b.text).join(' '))
    // Copied but for the dates given after relative days: "on Thursday (5 December 2024)".
    const sentences = story!.summary.replace(/ \((the week of )?\d{1,2} [A-Z][a-z]+ \d{4}\)/g, '').split(/(?<=[.!?]["”]?)\s+(?=[\p{Lu}"“])/u)
    const from = new Set(sentences.map((s) => bodies.findIndex((b) => b.includes(s))))
    expect(from.has(-1)).toBe(false)
    expect(from.size).toBeGreaterThanOrEqual(2)
    expect(story!.summary.split(/\s+/).length).toBeLessThanOrEqual(80)
  })
})
