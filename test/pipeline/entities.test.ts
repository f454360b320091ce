import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/pipeline/entities.ts'
import { findAliases } from '../../src/pipeline/entities/headlines.ts'
import { canonicalizeEntities } from '../../src/pipeline/entities/corpus.ts'
import { slugify } from '../../src/pipeline/entities/names-key.ts'
import type { Block, Entity } from '../../src/model.ts'

const para = (...texts: string[]): Block[] => texts.map((text) => ({ type: 'p', text }))
const names = (entities: Entity[]) => entities.map((e) => e.name)
const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name)

describe('extractEntities: one article', () => {
  it.each([
    {
      case: 'title before a name is stripped; a later surname is the same person',
      body: ['Russian President Vladimir Putin arrived on Tuesday.', 'Putin met officials in the capital.'],
      has: [['Vladimir Putin', 'person']],
      not: ['Putin', 'President Vladimir Putin', 'Russian President Vladimir Putin', 'Russian'],
    },
    {
      case: 'a surname alone resolves to the full name used in the article',
      body: ['US Secretary of State Antony Blinken spoke in Seoul.', 'Blinken said talks would continue.'],
      has: [['Antony Blinken', 'person'], ['United States', 'place']],
      not: ['Blinken', 'Secretary of State Antony Blinken'],
    },
    {
      case: 'a lone surname is the article’s person even where the tagger reads it as a place',
      body: ['Marathon runner Paula Radcliffe won in New York.', 'Radcliffe finished a minute clear of the field.'],
      has: [['Paula Radcliffe', 'person']],
      not: ['Radcliffe'],
    },
    {
      case: 'the last word of a name, or a capitalised common noun, is no entity alone',
      body: ['The British Bankers Association said lending slowed.', 'The Association also said that TV and DVD sales rose.'],
      has: [['British Bankers Association', 'organization']],
      not: ['Association', 'TV', 'DVD'],
    },
    {
      case: 'an acronym defined in brackets is the long name',
      body: ['The Korean Central News Agency (KCNA) reported the exchange.', 'KCNA added that the deal was historic.'],
      has: [['Korean Central News Agency', 'organization']],
      not: ['KCNA'],
    },
    {
      case: 'possessives are dropped: "Russia’s" is Russia',
      body: ['Russia’s parliament approved the text, and Ukraine\'s army objected.'],
      has: [['Russia', 'place'], ['Ukraine', 'place']],
      not: ['Russia’s', "Ukraine's"],
    },
    {
      case: 'gazetteer aliases: DPRK and the long form are North Korea',
      body: ['The DPRK signed it.', "The Democratic People's Republic of Korea later confirmed it."],
      has: [['North Korea', 'place']],
      not: ['DPRK', "Democratic People's Republic of Korea"],
    },
    {
      case: 'U.S. and US are the United States',
      body: ['U.S. officials met their allies.', 'US diplomats said little.'],
      has: [['United States', 'place']],
      not: ['U.S.', 'US'],
    },
    {
      case: 'a hyphenated given name is kept whole, never cut to "Kim Jong-"',
      body: ['North Korean leader Kim Jong-un signed a decree on Monday.'],
      has: [['Kim Jong-un', 'person']],
      not: ['Kim Jong-', 'Kim Jong', 'Monday', 'North Korean', 'Korean'],
    },
    {
      case: 'weekdays, months and nationality adjectives are no entities',
      body: ['On Wednesday, Ukrainian officials said that in December Russian forces advanced.'],
      has: [],
      not: ['Wednesday', 'December', 'Ukrainian', 'Russian', 'On Wednesday'],
    },
    {
      case: 'a country-pair compound splits into both countries',
      body: ['The North Korea-Russia treaty took effect.', 'North Korea and Russia exchanged documents.'],
      has: [['North Korea', 'place'], ['Russia', 'place']],
      not: ['North Korea-Russia'],
    },
    {
      case: 'a quotation one paragraph opens and another closes joins no sentences: "For" opens no name',
      body: [
        '"The gallery is a lovely place to visit," said Jemima Rellie, head of the Tate\'s digital programme. For Richard Tateson, it was different.',
        'Mr Jones said "it was a hit".',
      ],
      has: [['Richard Tateson', 'person']],
      not: ['For Richard Tateson'],
    },
    {
      case: 'after a sentence that ends a quotation, the next one starts afresh: "However" opens no name',
      body: ['Officials were "on the right track even amid very difficult conditions". However Paris was more subdued.', 'Mr Jones said "it was a hit".'],
      has: [['Paris', 'place']],
      not: ['However Paris'],
    },
    {
      case: 'a unit after a number is no name',
      body: ['A good PC, with a 40 GB hard drive.'],
      has: [],
      not: ['40 GB', 'GB'],
    },
    {
      case: 'a name qualifying a job is no place: "US Open semi-finalist", "Shadow Europe minister"',
      body: ['Afterwards, Dent said he rated US Open semi-finalist Johansson highly.', 'Shadow Europe minister Mr Brady said: "I believe it."'],
      has: [['Johansson', 'person'], ['Brady', 'person']],
      not: ['US Open', 'Shadow Europe'],
    },
    {
      case: 'an age before a nationality is no name',
      body: ['The 58-year-old US singer told the newspaper that she would come.'],
      has: [],
      not: ['58-year-old US'],
    },
  ])('$case', ({ body, has, not }) => {
    const entities = extractEntities({ title: 'Report', body: para(...body) })
    for (const [name, kind] of has) expect(find(entities, name!), `${name} in ${names(entities)}`).toMatchObject({ kind })
    for (const name of not) expect(names(entities)).not.toContain(name)
  })

  it('orders by salience: the title’s entity first, then by mentions', () => {
    const entities = extractEntities({
      title: 'Germany backs the plan',
      body: para('France and Japan discussed the plan.', 'Japan called it a start.', 'Germany agreed.'),
    })
    // Germany: 1 mention + title bonus; Japan: 2 mentions; France: 1.
    expect(names(entities)).toEqual(['Germany', 'Japan', 'France'])
  })

  it('reads Title-Case headlines only for names it already trusts', () => {
    const entities = extractEntities({
      title: 'Russia Just Signed a Massive New Military Deal',
      body: para('Russia signed the deal with Belarus.'),
    })
    expect(names(entities)).toEqual(['Russia', 'Belarus'])
  })
})

describe('canonicalizeEntities: one spelling across the corpus', () => {
  const article = (...body: string[]) => extractEntities({ title: 'Report', body: para(...body) })

  it.each([
    {
      case: 'Kim Jong-un and Kim Jong Un are one tag',
      articles: [['Leader Kim Jong-un spoke.'], ['Leader Kim Jong Un spoke.']],
      // One article each: the tie goes to the spelling with every part capitalised.
      expected: 'Kim Jong Un',
      slug: 'kim-jong-un',
    },
    {
      case: 'an acronym alone joins the long name another article defines',
      articles: [['The Korean Central News Agency (KCNA) said so.'], ['KCNA said the treaty was in force.']],
      expected: 'Korean Central News Agency',
      slug: 'korean-central-news-agency',
    },
    {
      case: 'DPRK, North Korea and the long form are one tag',
      articles: [['The DPRK said so.'], ['North Korea said so.'], ["The Democratic People's Republic of Korea said so."]],
      expected: 'North Korea',
      slug: 'north-korea',
    },
    {
      case: 'US, U.S. and United States are one tag',
      articles: [['US troops left.'], ['U.S. troops left.'], ['The United States said so.']],
      expected: 'United States',
      slug: 'united-states',
    },
  ])('$case', ({ articles, expected, slug }) => {
    const out = canonicalizeEntities(articles.map((body) => article(...body)))
    for (const list of out) expect(list.filter((e) => e.slug === slug)).toEqual([expect.objectContaining({ name: expected, slug })])
  })

  it('resolves a lone surname to the one full name in the corpus, and keeps order', () => {
    const out = canonicalizeEntities([
      [{ name: 'Vladimir Putin', kind: 'person', slug: 'vladimir-putin' }],
      [
        { name: 'Moscow', kind: 'place', slug: 'moscow' },
        { name: 'Putin', kind: 'person', slug: 'putin' },
      ],
    ])
    expect(out[1]).toEqual([
      { name: 'Moscow', kind: 'place', slug: 'moscow' },
      { name: 'Vladimir Putin', kind: 'person', slug: 'vladimir-putin' },
    ])
  })

  it('leaves an ambiguous surname alone', () => {
    const out = canonicalizeEntities([
      [{ name: 'Gordon Brown', kind: 'person', slug: 'gordon-brown' }],
      [{ name: 'Nick Brown', kind: 'person', slug: 'nick-brown' }],
      [{ name: 'Brown', kind: 'person', slug: 'brown' }],
    ])
    expect(out[2]).toEqual([{ name: 'Brown', kind: 'person', slug: 'brown' }])
  })
})

describe('slugify', () => {
  it.each([
    ['Kim Jong Un', 'kim-jong-un'],
    ['Kim Jong-un', 'kim-jong-un'],
    ["Côte d'Ivoire", 'cote-divoire'],
    ['U.S. Navy', 'us-navy'],
    ['  Group of Seven ', 'group-of-seven'],
  ])('%s → %s', (name, slug) => expect(slugify(name)).toBe(slug))
})

describe('findAliases: trusted names in Title Case text', () => {
  it.each([
    ['all-capital aliases match only in capitals', 'US Troops Reach Us', ['US', 'Russia'], ['US']],
    ['longest first, and a matched span is consumed', 'Latin America Trade Grows', ['America', 'Latin America'], ['Latin America']],
    ['a space in the alias matches a hyphen', 'Kim Jong-un Visits Russia', ['Kim Jong Un', 'Russia'], ['Kim Jong Un', 'Russia']],
    ['a word inside another word is no match', 'Prussian Archive Opens', ['Russia'], []],
  ])('%s', (_, text, aliases, expected) => {
    expect(findAliases(text, aliases)).toEqual(expected)
  })

  it('finds an alias again in the next headline (its pattern is kept between calls)', () => {
    for (const text of ['Russia Signs Pact', 'Talks With Russia Resume', 'Russia']) expect(findAliases(text, ['Russia'])).toEqual(['Russia'])
    expect(findAliases('Russia Russia', ['Russia', 'Russia Russia'])).toEqual(['Russia Russia'])
  })
})
