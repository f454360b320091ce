/**
 * Headlines made from the text (issue 12, item 3): a complete phrase of at
 * most about 90 characters, never a sentence cut with "…". Every sentence
 * below is written for this test; each expected headline was worked out by
 * hand from the rules in src/pipeline/metadata/headline.ts.
 */
import { describe, expect, it } from 'vitest'
import type { CleanedPage } from '../../src/pipeline/clean.ts'
import { deriveMetadata } from '../../src/pipeline/metadata.ts'
import { HEADLINE_MAX_CHARS, headlineFromSentence } from '../../src/pipeline/metadata/headline.ts'

interface Case {
  name: string
  sentence: string
  language?: string
  dateline?: string
  headline: string
}

const CASES: Case[] = [
  {
    name: 'short sentence: whole, without its full stop',
    sentence: 'The council will vote on the budget again in March.',
    headline: 'The council will vote on the budget again in March',
  },
  {
    name: 'cut before a subordinate clause ("after")',
    sentence: 'The harbour council voted on Tuesday to rebuild the old swing bridge across the river after engineers warned that the deck could fail within a year.',
    headline: 'The harbour council voted on Tuesday to rebuild the old swing bridge across the river',
  },
  {
    name: 'cut at the comma before a participle clause',
    sentence: 'Bus drivers in Marlow walked out on Monday over a pay offer they called an insult, leaving thousands of commuters to find another way to work.',
    headline: 'Bus drivers in Marlow walked out on Monday over a pay offer they called an insult',
  },
  {
    name: 'longest prefix that fits, before "because"',
    sentence: 'The regional water company will ration supplies in twelve towns from next week because the reservoirs are at their lowest level in forty years, officials said on Friday.',
    headline: 'The regional water company will ration supplies in twelve towns from next week',
  },
  {
    name: 'a trailing attribution goes whole, subordinate clause inside it and all',
    sentence: 'The city will close the old market hall for two years of repairs, officials said after a council meeting on Thursday.',
    headline: 'The city will close the old market hall for two years of repairs',
  },
  {
    name: 'an attribution with its own commas',
    sentence: 'Police arrested two men suspected of setting fire to a warehouse in the old port district, the police chief, Ruth Okafor, said.',
    headline: 'Police arrested two men suspected of setting fire to a warehouse in the old port district',
  },
  {
    name: 'the clause after "that" when the reporting clause is all a prefix could give',
    sentence: 'Engineers from three countries told a packed meeting in the town hall on Monday evening that the existing deck could carry only half its load.',
    headline: 'The existing deck could carry only half its load',
  },
  {
    name: 'an insertion in brackets goes',
    sentence: "Maria Costa (the city's longest-serving mayor, first elected in 1998) announced on Sunday that she will not stand again.",
    headline: 'Maria Costa announced on Sunday that she will not stand again',
  },
  {
    name: 'an insertion between paired dashes goes',
    sentence: 'The new ferry — the first built in the yard for thirty years and twice the size of the old one — will enter service in May.',
    headline: 'The new ferry will enter service in May',
  },
  {
    name: 'an opening adverbial goes, then the comma clause',
    sentence: 'On Tuesday evening, the harbour council voted to rebuild the old swing bridge, ending a dispute that had split the town for more than a decade.',
    headline: 'The harbour council voted to rebuild the old swing bridge',
  },
  {
    name: 'English without any boundary: before a preposition',
    sentence: 'Thousands of volunteers spent the weekend clearing plastic waste from the beaches of the northern coast near the old fishing village of Porthmor.',
    language: 'en',
    headline: 'Thousands of volunteers spent the weekend clearing plastic waste from the beaches',
  },
  {
    name: 'a quotation whose attribution goes is shortened inside its quotes',
    sentence: '"We will not let this bridge fall into the river while I am mayor, whatever the engineers say," Anna Berg told reporters at the quay.',
    language: 'en',
    headline: '"We will not let this bridge fall into the river while I am mayor"',
  },
  {
    name: 'a thousands separator is no clause boundary; before a preposition instead',
    sentence: 'The port authority will spend 1,200 million euros on new cranes and a deeper channel for container ships over the next ten years, its director said.',
    language: 'en',
    headline: 'The port authority will spend 1,200 million euros on new cranes and a deeper channel',
  },
  {
    name: 'the page’s dateline goes',
    sentence: 'KIEL — The council will vote on the budget again in March.',
    dateline: 'KIEL',
    headline: 'The council will vote on the budget again in March',
  },
  {
    name: 'Portuguese: a capitalised dateline and the attribution go, cut before "para"',
    sentence: 'LISBOA — O governo aprovou ontem um plano de quatro mil milhões de euros para renovar as linhas de comboio do interior, disse o ministro das Infraestruturas.',
    language: 'pt',
    headline: 'O governo aprovou ontem um plano de quatro mil milhões de euros',
  },
  {
    name: 'Portuguese: cut before "após"',
    sentence: 'A Câmara Municipal do Porto suspendeu as obras na avenida principal após moradores denunciarem rachaduras em três prédios vizinhos.',
    language: 'pt',
    headline: 'A Câmara Municipal do Porto suspendeu as obras na avenida principal',
  },
  {
    name: 'Spanish: the "según" attribution goes, then the longest prefix (before "tras")',
    sentence: 'El Ayuntamiento de Valencia cerrará el puente viejo durante seis meses tras detectar grietas en dos de sus pilares, según informó el consistorio en un comunicado.',
    language: 'es',
    headline: 'El Ayuntamiento de Valencia cerrará el puente viejo durante seis meses',
  },
  {
    name: 'Spanish: an agency dateline in brackets goes',
    sentence: 'Sevilla (EFE) - La Junta de Andalucía abrirá en septiembre tres nuevos hospitales comarcales, que atenderán a unas doscientas mil personas.',
    language: 'es',
    headline: 'La Junta de Andalucía abrirá en septiembre tres nuevos hospitales comarcales',
  },
  {
    name: 'Spanish without any boundary: before a preposition',
    sentence: 'La compañía aérea nacional retomará los vuelos directos entre Madrid y Buenos Aires en primavera con tres frecuencias semanales y aviones nuevos.',
    language: 'es',
    headline: 'La compañía aérea nacional retomará los vuelos directos entre Madrid y Buenos Aires',
  },
  {
    name: 'German: the "teilte … mit" attribution goes, cut at the comma before "nachdem"',
    sentence: 'Die Stadtwerke Bremen erhöhen die Strompreise zum ersten Januar um zwölf Prozent, nachdem die Einkaufskosten im Herbst stark gestiegen sind, teilte das Unternehmen mit.',
    language: 'de',
    headline: 'Die Stadtwerke Bremen erhöhen die Strompreise zum ersten Januar um zwölf Prozent',
  },
]

describe('headlineFromSentence', () => {
  it.each(CASES)('$name', ({ sentence, language, dateline, headline }) => {
    expect(headlineFromSentence(sentence, { language, dateline })).toBe(headline)
  })

  it.each(CASES)(`is at most ${HEADLINE_MAX_CHARS} characters, never "…", and only the sentence's own words: $name`, ({ sentence, language, dateline }) => {
    const made = headlineFromSentence(sentence, { language, dateline })
    expect([...made].length).toBeLessThanOrEqual(HEADLINE_MAX_CHARS)
    expect(made).not.toMatch(/…|\.\.\.$/)
    // A complete phrase of the sentence's own words: no word invented, none cut in half.
    const split = (text: string) => text.toLowerCase().split(/[\s,;:.()"“”„«»—–]+/u).filter(Boolean)
    for (const word of split(made)) expect(split(sentence)).toContain(word)
  })
})

describe('deriveMetadata never rewrites a title the page or the curator states', () => {
  const LONG_TITLE =
    'Harbour council votes to rebuild the old swing bridge after a decade of dispute, delays and two failed ballots in the town'
  const page: CleanedPage = {
    title: LONG_TITLE,
    dek: null,
    authors: [],
    source: null,
    dateline: null,
    published: null,
    body: [{ type: 'p', text: CASES[1]!.sentence }],
  }

  it('keeps the page’s own title line, however long', () => {
    expect(deriveMetadata(page, undefined, 'a.txt').title).toBe(LONG_TITLE)
  })

  it('keeps the curator’s title, however long', () => {
    const curated = `${LONG_TITLE}, as the curator wrote it…`
    expect(deriveMetadata({ ...page, title: null }, { title: curated }, 'a.txt').title).toBe(curated)
  })

  it('makes one from the first sentence only when neither states one', () => {
    expect(deriveMetadata({ ...page, title: null }, undefined, 'a.txt').title).toBe(CASES[1]!.headline)
  })
})
