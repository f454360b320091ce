import { describe, expect, it } from 'vitest'
import type { Entity } from '../../src/model.ts'
import { findClaims, namedClaimant, resolvePronoun, sentenceQuantities, type ClaimArticle } from '../../src/pipeline/claims.ts'
import { claimsLanguage } from '../../src/pipeline/claims/text-language.ts'
import { anchorDate } from '../../src/pipeline/claims/when.ts'
import nlp from '../../src/text/compromise.ts'
import { findQuantities, readSentencesTerms, readTerms, type Term } from '../../src/pipeline/stories/quantities.ts'

const article = (id: string, source: string | null, published: string, ...paragraphs: string[]): ClaimArticle => ({
  id,
  seed: `${id}.txt`,
  source,
  published,
  body: paragraphs.map((text) => ({ type: 'p' as const, text })),
  entities: [],
})
const person = (name: string): Entity => ({ name, kind: 'person', slug: name.toLowerCase().replace(/\W+/g, '-') })

describe('findQuantities', () => {
  it.each([
    ['Officials said about 11,000 troops had arrived.', [{ value: 11000, text: 'about 11,000', subject: 'troops' }]],
    ['The US said “at least 3,000” North Korean soldiers had entered Russia.', [{ value: 3000, text: 'at least 3,000', subject: 'troops' }]],
    ['Up to 12,000 North Korean troops could be stationed there.', [{ value: 12000, text: 'Up to 12,000', subject: 'troops' }]],
    ['Around 2,000 military personnel took part.', [{ value: 2000, text: 'Around 2,000', subject: 'troops' }]],
    ['The flood forced 1.5 million people from their homes.', [{ value: 1_500_000, text: '1.5 million', subject: 'people' }]],
    ['The storm killed 14 civilians.', [{ value: 14, text: '14', subject: 'people' }]],
    // Not counts: a year, a date, an article number, money, a share, a duration.
    ['The treaty of 2000 was signed on February 9 in Moscow.', []],
    ['Article 51 of the UN Charter allows self-defence.', []],
    ['Profits rose 76% to $1.13bn, up 13 percent on the year.', []],
    ['The war has lasted 3 years and 8,000 of them are in Kursk.', []],
    // A figure closing its clause with no noun counts what the sentence's previous figure counted.
    ['Seoul said 10,000 soldiers, while Kyiv put it at 11,000.', [{ value: 10000, text: '10,000', subject: 'troops' }, { value: 11000, text: '11,000', subject: 'troops' }]],
    // compromise tags "engineers" a verb here; after a figure it is the noun counted.
    ['Analysts believe 2,500 engineers were sent.', [{ value: 2500, text: '2,500', subject: 'engineers' }]],
    // A figure among years, money and shares is still found.
    ['In 2004 the £5m scheme, 40% over budget, sent 300 engineers abroad.', [{ value: 300, text: '300', subject: 'engineers' }]],
  ])('%s', (sentence, expected) => {
    expect(findQuantities(sentence)).toEqual(expected)
  })
})

describe('readTerms: compromise tags only sentences with a term that may be a figure', () => {
  it.each([
    ['no digit', 'Officials said the troops had arrived.', 0],
    ['only a year', 'The treaty of 2004 was signed in Moscow.', 0],
    ['only money and a share', 'Profits rose 76% to $1.13bn and £5m.', 0],
    ['a count beside a year', 'In 2004, 300 engineers were sent.', 6],
    ['a bare number', 'He scored 3 goals.', 4],
    // A figure that ends its phrase opens no quantity: only one after another that did counts.
    ['only figures that end their phrase', 'The score was 3, then 11.', 0],
    ['a figure as the last word', 'The tally reached 300', 0],
    ['a quoted figure', 'They sent “3,000” soldiers.', 4],
    // Terms with more than digits ("2-4", "10km") are reworked by the tokenizer's later passes; such a sentence is decided after them.
    ['a range, which is no count', 'Between 2-4 ships sailed.', 0],
    ['a figure with its unit beside a count', 'A 10km convoy of 300 trucks.', 7],
  ])('%s', (_, sentence, terms) => {
    expect(readTerms(sentence)).toHaveLength(terms)
  })

  it('reads several sentences at once as it reads each alone, offsets within each sentence', () => {
    const sentences = ['He scored 3 goals.', 'No figure here.', 'In 2004, 300 engineers were sent.', 'A 10km convoy of 300 trucks.', 'Between 2-4 ships sailed.', 'About 40 ships sailed.']
    const batch = readSentencesTerms(sentences)
    expect(batch.map((terms) => terms.length)).toEqual([4, 0, 6, 7, 0, 4])
    const view = (terms: Term[]) => terms.map((t) => [t.text, t.normal, t.pre, t.post, t.tags, t.offset.start, t.offset.length])
    sentences.forEach((sentence, i) => expect(view(batch[i]!)).toEqual(view(readTerms(sentence))))
    // As compromise's own nlp(sentence) tags each (chunker and all).
    const own = (sentence: string) => (nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[]).flatMap((s) => s.terms)
    sentences.forEach((sentence, i) => batch[i]!.length > 0 && expect(view(batch[i]!)).toEqual(view(own(sentence))))
    expect(batch[5]!.map((t) => [t.text, t.offset.start])).toEqual([['About', 0], ['40', 6], ['ships', 9], ['sailed', 15]])
  })

  it('gives the tagged terms with their offsets when it reads the sentence', () => {
    const [figure] = readTerms('He scored 3 goals.').filter((t) => t.text === '3')
    expect(figure).toMatchObject({ text: '3', offset: { start: 10, length: 1 } })
    expect(figure!.tags).toContain('Value')
  })
})

type Found = { value: number; claimant: string | null; when: string | null; place: string | null }

describe('sentenceQuantities: who gives each figure, when and where', () => {
  const f = (value: number, claimant: string | null, when: string | null = null, place: string | null = null): Found => ({ value, claimant, when, place })
  it.each<[string, string, Found[]]>([
    ['subject and verb', 'The Pentagon said about 4,000 sailors had landed in southern Spain.', [f(4000, 'the Pentagon', null, 'southern Spain')]],
    ['"has said that"', 'Oxfam has said that 40,000 families need shelter.', [f(40000, 'Oxfam')]],
    [
      'two figures in one sentence, each with its own claimant',
      "Kenya's health ministry said 120 people had died, while the Red Cross put the toll at 310.",
      [f(120, "Kenya's health ministry"), f(310, 'the Red Cross')],
    ],
    [
      'two figures parted by "but", the place only in its own clause',
      'Police estimated that 2,000 protesters gathered, but organisers said 15,000 protesters filled the square in Lisbon.',
      [f(2000, 'Police'), f(15000, 'organisers', null, 'Lisbon')],
    ],
    ['a plural subject compromise tags a verb', 'The army said 4,000 troops were sent, while monitors put it at 5,000.', [f(4000, 'the army'), f(5000, 'monitors')]],
    ['"according to" first', 'According to the coastguard, 85 migrants reached Lampedusa on Friday.', [f(85, 'the coastguard', 'on Friday', 'Lampedusa')]],
    ['"according to" last', 'Nearly 600 homes were flooded in Porto Alegre, according to the city council.', [f(600, 'the city council', null, 'Porto Alegre')]],
    ['passive with its agent', 'Some 1,200 soldiers were believed by Western officials to have crossed into Moldova.', [f(1200, 'Western officials', null, 'Moldova')]],
    ['passive without an agent: nobody', 'About 900 civilians are believed to have fled.', [f(900, null)]],
    ['trailing "X said"', 'At least 45 people were hurt, the fire service said.', [f(45, 'the fire service')]],
    ['trailing "said X"', 'Around 700 workers walked out, said the union.', [f(700, 'the union')]],
    ['an appositive names the agency', "Brazil's weather agency, Inmet, reported that 30 towns were cut off.", [f(30, "Brazil's Inmet")]],
    ['a title stays until the article\'s entities name the person', 'On Tuesday, Interior Minister Ana Reyes told reporters that 250 officers were deployed.', [f(250, 'Interior Minister Ana Reyes', 'On Tuesday')]],
    ['no claimant: the outlet\'s own voice', 'More than 3,000 fans filled the stadium in Cardiff last night.', [f(3000, null, 'last night', 'Cardiff')]],
    ['"she", for findClaims to resolve', 'She said 14 climbers were rescued.', [f(14, 'she')]],
    ['"they" is nobody in particular', 'They said 16 climbers were rescued.', [f(16, null)]],
    ['the speaker of a quotation, named after it', '“We have moved 3,000 troops,” the general said.', [f(3000, 'the general')]],
    ['an appositive that only describes', 'Jo Park, the minister, said 200 buses were ready.', [f(200, 'Jo Park')]],
    ['a relative clause between subject and verb', 'The agency, which monitors the border, said 4,000 troops crossed.', [f(4000, 'the agency')]],
    ['a trailing frame with its own object and date', 'Hospitals treated 300 patients, the health ministry told AFP on Sunday.', [f(300, 'the health ministry', 'on Sunday')]],
    ['a trailing frame\'s date is the figure\'s, its "on X" no place', 'Up to 2,000 people may have died, the governor of Kherson region said on Telegram on Friday.', [f(2000, 'the governor of Kherson region', 'on Friday')]],
    ['a participial clause between subject and verb', 'The report, published by the UN on Monday, said 2 million people face hunger.', [f(2_000_000, 'the report', 'on Monday')]],
    ['a bare year after "in"', 'Analysts in Seoul believe 2,500 engineers were sent in 2023.', [f(2500, 'Analysts in Seoul', 'in 2023')]],
    ['a demonym describes, a date is not a place', 'Up to 800 Ruritanian troops arrived in March.', [f(800, null, 'March')]],
  ])('%s', (_, sentence, expected) => {
    expect(sentenceQuantities(sentence).map((q) => ({ value: q.value, claimant: q.claimant, when: q.when, place: q.place }))).toEqual(expected)
  })
})

describe('anchorDate', () => {
  it.each([
    ['last month', '2024-11-12T00:00:00Z', '2024-10'],
    ['in October', '2024-12-05T00:00:00Z', '2024-10'],
    // The nearest December to 10 January 2024 is the one just past.
    ['in December', '2024-01-10T00:00:00Z', '2023-12'],
    // 10 November 2024 is a Sunday: "on Monday" is the 4th, never the 11th.
    ['on Monday', '2024-11-10T00:00:00Z', '2024-11-04'],
    ['on Monday', '2024-11-11T00:00:00Z', '2024-11-11'],
    ['yesterday', '2024-03-01T00:00:00Z', '2024-02-29'],
    ['on 4 November 2024', '2025-01-01T00:00:00Z', '2024-11-04'],
    ['in 2023', '2024-06-01T00:00:00Z', '2023'],
    ['this year', '2024-06-01T00:00:00Z', '2024'],
    ['last week', '2024-06-01T00:00:00Z', null],
  ])('%s, written %s → %s', (phrase, published, expected) => {
    expect(anchorDate(phrase, published)).toBe(expected)
  })
})

describe('namedClaimant', () => {
  it.each<[string, Entity[], string]>([
    ['Defence Secretary Jo Park', [person('Jo Park')], 'Jo Park'],
    ['Park', [person('Jo Park'), person('Ana Reyes')], 'Jo Park'],
    ['Park', [person('Jo Park'), person('Lee Park')], 'Park'], // two people of that name: kept as written
    ['Zoe Marin', [person('Zoë Marin')], 'Zoë Marin'],
    ['the ministry', [person('Jo Park')], 'the ministry'],
  ])('%s', (claimant, entities, expected) => {
    expect(namedClaimant(claimant, entities)).toBe(expected)
  })
})

describe('resolvePronoun', () => {
  const org = (name: string): Entity => ({ name, kind: 'organization', slug: name.toLowerCase().replace(/\W+/g, '-') })
  const entities = [person('Jo Park'), person('Ana Reyes'), org('Harbour Board')]
  const body = (...texts: string[]) => texts.map((text) => ({ type: 'p' as const, text }))
  it.each<[string, string, string, string[], string | null]>([
    ['"he": the person named last before, by surname', 'he', 'He said 4,000 workers had helped.', ['Ana Reyes opened the bridge. Park spoke later.', 'He said 4,000 workers had helped.'], 'Jo Park'],
    ['"she": the person named last before, in full', 'she', 'She said 90 workers left.', ['Jo Park came. Then Ana Reyes spoke.', 'She said 90 workers left.'], 'Ana Reyes'],
    ['"it": the organisation named last before', 'it', 'It said 300 workers were paid.', ['The Harbour Board met Jo Park.', 'It said 300 workers were paid.'], 'Harbour Board'],
    ['nobody named before the sentence: null, never a name from after it', 'she', 'She said 20 workers left.', ['She said 20 workers left.', 'Ana Reyes was not there.'], null],
    ['a name inside a longer word does not count', 'he', 'He said 5 workers left.', ['Parkland opened.', 'He said 5 workers left.'], null],
  ])('%s', (_, pronoun, quote, paragraphs, expected) => {
    expect(resolvePronoun(pronoun, quote, { body: body(...paragraphs), entities })).toBe(expected)
  })
})

describe('sentenceQuantities in Portuguese, Spanish, Italian, French and German', () => {
  const f = (value: number, text: string, subject: string, claimant: string | null, place: string | null = null) => ({ value, text, subject, claimant, place })
  it.each<[string, string, string, ReturnType<typeof f>[]]>([
    ['pt', 'subject and verb, "cerca de", a dot between thousands', 'O Ministério da Defesa afirmou que cerca de 3.000 soldados entraram na Rússia.', [f(3000, 'cerca de 3.000', 'soldados', 'o Ministério da Defesa', 'Rússia')]],
    ['pt', '"segundo X", a decimal comma and "milhão de"', 'Segundo a Cruz Vermelha, 1,5 milhão de pessoas deixaram suas casas.', [f(1_500_000, '1,5 milhão', 'pessoas', 'a Cruz Vermelha')]],
    ['pt', '"mil", and the verb before its subject, closing the clause', 'Mais de 11 mil soldados foram enviados, disse o porta-voz.', [f(11_000, 'Mais de 11 mil', 'soldados', 'o porta-voz')]],
    ['pt', '"ele disse", for findClaims to resolve', 'Ele disse que 500 famílias foram atingidas.', [f(500, '500', 'famílias', 'he')]],
    ['es', 'two figures, each with its own claimant', 'El Gobierno dijo que 120 personas murieron, mientras que la Cruz Roja dijo que fueron 310.', [f(120, '120', 'personas', 'el Gobierno'), f(310, '310', 'personas', 'la Cruz Roja')]],
    ['es', '"según X" last', 'Unos 2.000 manifestantes se reunieron en Madrid, según la policía.', [f(2000, 'Unos 2.000', 'manifestantes', 'la policía', 'Madrid')]],
    ['it', '"ha detto"', 'Il ministero ha detto che almeno 3.000 soldati sono arrivati.', [f(3000, 'almeno 3.000', 'soldati', 'il ministero')]],
    ['it', '"secondo X"', 'Secondo la Protezione civile, 1.200 persone sono state evacuate.', [f(1200, '1.200', 'persone', 'la Protezione civile')]],
    ['fr', '"selon X", a space between thousands', 'Selon le ministère, 12 000 soldats ont franchi la frontière.', [f(12_000, '12 000', 'soldats', 'le ministère')]],
    ['fr', '"a déclaré"', 'Le porte-parole a déclaré que 4 500 militaires étaient déployés.', [f(4500, '4 500', 'militaires', 'le porte-parole')]],
    ['de', 'the noun after its adjective', 'Das Verteidigungsministerium teilte mit, rund 3000 nordkoreanische Soldaten seien in Russland eingetroffen.', [f(3000, 'rund 3000', 'soldaten', 'das Verteidigungsministerium', 'Russland')]],
    ['de', 'the reported clause after "sagte,"', 'Ein Sprecher der Armee sagte, 4500 Soldaten seien verlegt worden.', [f(4500, '4500', 'soldaten', 'ein Sprecher der Armee')]],
    ['de', '"X zufolge", "Millionen"', 'Dem Ministerium zufolge wurden 1,2 Millionen Menschen evakuiert.', [f(1_200_000, '1,2 Millionen', 'menschen', 'dem Ministerium')]],
    ['de', '"nach Angaben X": the phrase ends at its noun', 'Nach Angaben der Polizei demonstrierten 2.500 Menschen.', [f(2500, '2.500', 'menschen', 'der Polizei')]],
    // Not counts: money, a share, a year, a date, a duration.
    ['pt', 'money, a share and a year', 'A empresa faturou 410 milhões de euros em 2023, alta de 13%.', []],
    ['es', 'a date and a duration', 'El acuerdo se firmó el 3 de junio de 2024 tras 5 años de negociación.', []],
    ['it', 'a share in words', 'La disoccupazione è scesa al 7 per cento.', []],
    // Every language's month names come from one list (date-languages.ts): German's September and November too.
    ['de', 'days of September and November', 'Die Messe findet vom 12 September bis 30 November statt.', []],
  ])('%s: %s', (language, _name, sentence, expected) => {
    expect(sentenceQuantities(sentence, language).map((q) => ({ value: q.value, text: q.text, subject: q.subject, claimant: q.claimant, place: q.place }))).toEqual(expected)
  })

  it.each([
    // franc reads this one as French; its function words are English.
    ['a short English sentence franc misreads', 'Defence Secretary Jo Park said 5,000 troops were sent.', 'en'],
    ['Portuguese', 'O Ministério da Defesa afirmou que cerca de 3.000 soldados entraram na Rússia em outubro.', 'pt'],
    ['German', 'Das Verteidigungsministerium teilte mit, rund 3000 nordkoreanische Soldaten seien in Russland eingetroffen.', 'de'],
  ])('reads the claims of %s in its language', (_name, text, language) => {
    expect(claimsLanguage(text)).toBe(language)
  })

  it.each([
    // The metadata's guess is the one checked: no second guess from the body.
    ['a guess of a read language stands when its function words outnumber English ones', 'O Ministério da Defesa afirmou que cerca de 3.000 soldados entraram na Rússia.', 'pt', 'pt'],
    ['a guess of a read language falls to English on English text', 'Defence Secretary Jo Park said 5,000 troops were sent.', 'it', 'en'],
    ['a guess of a language not read by its own words is kept as given', 'Defence Secretary Jo Park said 5,000 troops were sent.', 'nl', 'nl'],
  ])('%s', (_name, text, guess, language) => {
    expect(claimsLanguage(text, guess)).toBe(language)
  })

  it.each([
    ['pt', 'O ministério afirmou que 3.000 soldados entraram na Rússia em outubro.', '2024-10'],
    ['es', 'El Gobierno dijo que 120 personas murieron en octubre de 2023.', '2023-10'],
    ['it', 'Il ministero ha detto che 3.000 soldati sono arrivati a ottobre.', '2024-10'],
    // December has not come yet on 13 November 2024: the last one was in 2023.
    ['fr', 'Le ministère a déclaré que 12 000 soldats étaient arrivés en décembre.', '2023-12'],
    ['de', 'Das Ministerium sagte, seit 2022 seien 9000 Soldaten eingetroffen.', '2022'],
  ])('%s: a month or a year after its preposition, which chrono does not read, anchored to the article\'s date', (language, sentence, when) => {
    const [q] = sentenceQuantities(sentence, language)
    expect(anchorDate(q!.when!, '2024-11-13T00:00:00Z')).toBe(when)
  })

  it('reads the date phrase in the sentence\'s language and anchors it to the article\'s date', () => {
    const [q] = sentenceQuantities('Am Montag sagte das Ministerium, 3000 Soldaten seien eingetroffen.', 'de')
    // 13 November 2024 is a Wednesday: "Am Montag" is the 11th.
    expect(anchorDate(q!.when!, '2024-11-13T00:00:00Z')).toBe('2024-11-11')
  })

  it('gives two Portuguese outlets\' figures with their claimants as figures reported, not a dispute', () => {
    const claims = findClaims([
      article('a', 'Jornal A', '2024-11-01T00:00:00Z', 'O Ministério da Defesa afirmou que 3.000 soldados entraram na Rússia.'),
      article('b', 'Jornal B', '2024-11-02T00:00:00Z', 'Segundo a inteligência sul-coreana, 11 mil soldados já estão na Rússia.'),
    ])
    expect(claims.map((c) => ({ subject: c.subject, disputed: c.disputed, values: c.values.map((v) => [v.value, v.claimant]) }))).toEqual([
      { subject: 'soldados', disputed: false, values: [[3000, 'o Ministério da Defesa'], [11_000, 'a inteligência sul-coreana']] },
    ])
  })
})

describe('findClaims', () => {
  it('records each figure with its claimant, date and place, its sources, quote and articles', () => {
    const claims = findClaims([
      article('b', 'Wire B', '2024-11-02T00:00:00Z', 'The army said 4,000 soldiers had crossed.', 'Monitors put the number at 6,500 troops.'),
      // 1 November 2024 is a Friday: "on Monday" is 28 October.
      article('a', 'Paper A', '2024-11-01T00:00:00Z', 'The army said on Monday that 4,000 troops had crossed into Ruritania.'),
      article('c', null, '2024-11-03T00:00:00Z', 'Some 5,000 troops are now in Ruritania.'),
    ])
    expect(claims).toEqual([
      {
        subject: 'troops',
        // The army, the monitors and one outlet's own voice: no two outlets differ on one voice's figure.
        disputed: false,
        values: [
          // One claimant's figure in two outlets is one value; its text, quote, date and place come from the earliest (a).
          {
            value: 4000,
            text: '4,000',
            quote: 'The army said on Monday that 4,000 troops had crossed into Ruritania.',
            claimant: 'the army',
            when: '2024-10-28',
            place: 'Ruritania',
            sources: ['Paper A', 'Wire B'],
            articles: ['a', 'b'],
          },
          // No outlet known: no source (the seed path never stands in); the article is still listed.
          { value: 5000, text: 'Some 5,000', quote: 'Some 5,000 troops are now in Ruritania.', claimant: null, when: '2024-11-03', place: 'Ruritania', sources: [], articles: ['c'] },
          { value: 6500, text: '6,500', quote: 'Monitors put the number at 6,500 troops.', claimant: 'Monitors', when: null, place: null, sources: ['Wire B'], articles: ['b'] },
        ],
      },
    ])
  })

  it('resolves "he said" to the person named before it, who is then one claimant with the same person elsewhere', () => {
    const withPark = (a: ClaimArticle): ClaimArticle => ({ ...a, entities: [person('Jo Park')] })
    const claims = findClaims([
      withPark(article('a', 'A', '2024-11-01T00:00:00Z', 'Jo Park visited the border.', 'He said 4,000 troops were sent.')),
      withPark(article('b', 'B', '2024-11-02T00:00:00Z', 'Defence Secretary Jo Park said 5,000 troops were sent.')),
    ])
    expect(claims.map((c) => [c.disputed, c.values.map((v) => [v.value, v.claimant])])).toEqual([
      [
        true,
        [
          [4000, 'Jo Park'],
          [5000, 'Jo Park'],
        ],
      ],
    ])
  })

  it('names a person as the articles tag them, so one person is one claimant across outlets', () => {
    const withPark = (a: ClaimArticle): ClaimArticle => ({ ...a, entities: [person('Jo Park')] })
    const claims = findClaims([
      withPark(article('a', 'A', '2024-11-01T00:00:00Z', 'Defence Secretary Jo Park said 4,000 troops were sent.')),
      withPark(article('b', 'B', '2024-11-02T00:00:00Z', 'Park said 4,000 troops were sent.')),
      article('c', 'C', '2024-11-03T00:00:00Z', 'About 6,000 troops were sent.'),
    ])
    expect(claims.map((c) => c.values.map((v) => [v.value, v.claimant, v.articles]))).toEqual([
      [
        [4000, 'Jo Park', ['a', 'b']],
        [6000, null, ['c']],
      ],
    ])
  })

  it.each([
    {
      case: 'one claimant, different figures in two outlets',
      articles: [article('a', 'A', '2024-11-01T00:00:00Z', 'The army said 4,000 troops were sent.'), article('b', 'B', '2024-11-02T00:00:00Z', 'The Army said 5,000 troops were sent.')],
      disputed: true,
    },
    {
      case: 'two outlets, different figures in their own voice',
      articles: [article('a', 'A', '2024-11-01T00:00:00Z', 'About 4,000 troops were sent.'), article('b', 'B', '2024-11-02T00:00:00Z', 'About 5,000 troops were sent.')],
      disputed: true,
    },
    {
      case: 'each outlet quotes someone else',
      articles: [article('a', 'A', '2024-11-01T00:00:00Z', 'The army said 4,000 troops were sent.'), article('b', 'B', '2024-11-02T00:00:00Z', 'Monitors said 5,000 troops were sent.')],
      disputed: false,
    },
    {
      case: 'two claimants in one sentence, one of them repeated by another outlet',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'The army said 4,000 troops were sent, while monitors put it at 5,000.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'The army said 4,000 troops were sent.'),
      ],
      disputed: false,
    },
  ])('disputed: $case', ({ articles, disputed }) => {
    expect(findClaims(articles).map((c) => c.disputed)).toEqual([disputed])
  })

  it.each([
    {
      case: 'agreeing figures give no claim',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'About 10,000 troops were sent.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'Some 10,000 soldiers were deployed.'),
      ],
    },
    {
      case: 'two figures in one article are not a story\'s outlets differing',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'Some 10,000 troops arrived, and 1,500 troops went on to the front.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'The ministry gave no figures.'),
      ],
    },
    {
      case: 'two claimants in one article are not a story\'s outlets differing',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'The army said 4,000 troops were sent, while monitors put it at 5,000.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'The ministry gave no figures.'),
      ],
    },
    {
      case: 'years and article numbers are ignored',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'The pact replaces the treaty of 2000 and invokes Article 51 of the charter.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'The pact replaces a 1961 treaty; Article 4 covers mutual defence.'),
      ],
    },
    {
      case: 'different things counted are not compared',
      articles: [
        article('a', 'A', '2024-11-01T00:00:00Z', 'About 10,000 troops were sent.'),
        article('b', 'B', '2024-11-02T00:00:00Z', 'About 12,000 refugees crossed the border.'),
      ],
    },
  ])('$case', ({ articles }) => {
    expect(findClaims(articles)).toEqual([])
  })
})
