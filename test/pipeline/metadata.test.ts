import { describe, expect, it } from 'vitest'
import type { CleanedPage } from '../../src/pipeline/clean.ts'
import { deriveMetadata, detectLanguage } from '../../src/pipeline/metadata.ts'
import type { CurationEntry } from '../../src/model.ts'

const BODY =
  'The harbour council voted on Tuesday to rebuild the old swing bridge, ending a dispute that had split the town for more than a decade and delayed repairs to the quay.'

function cleaned(over: Partial<CleanedPage> = {}): CleanedPage {
  return {
    title: 'Harbour Council Backs New Swing Bridge',
    dek: null,
    authors: ['Jane Public'],
    source: 'Example Wire',
    dateline: null,
    published: '2019-11-19T13:03:00Z',
    body: [{ type: 'p', text: BODY }],
    ...over,
  }
}

describe('deriveMetadata', () => {
  it('keeps what the page gives when the catalog has no entry', () => {
    expect(deriveMetadata(cleaned({ dek: 'A standfirst.', dateline: 'KIEL' }), undefined, '003.txt')).toEqual({
      title: 'Harbour Council Backs New Swing Bridge',
      dek: 'A standfirst.',
      authors: ['Jane Public'],
      source: 'Example Wire',
      dateline: 'KIEL',
      language: 'en',
      externalUrl: null,
    })
  })

  // The curator's dates are weighed against the page's in identity.ts articleDates (see identity.test.ts).
  it('lets every catalog field override the page', () => {
    const entry: CurationEntry = {
      title: 'Curated title',
      url: 'https://example.org/news/bridge',
      source: 'Harbour Gazette',
      authors: ['A. Editor'],
    }
    expect(deriveMetadata(cleaned(), entry, '003.txt')).toMatchObject({
      title: 'Curated title',
      externalUrl: 'https://example.org/news/bridge',
      source: 'Harbour Gazette',
      authors: ['A. Editor'],
    })
  })

  it.each([
    // Short first sentence: used whole, without its full stop.
    ['The council will vote on the budget again in March.', null, 'The council will vote on the budget again in March'],
    // Longer than 90 characters: the main clause before the comma, a complete phrase with no "…"
    // (headline.test.ts pins the shortening rules).
    [BODY, null, 'The harbour council voted on Tuesday to rebuild the old swing bridge'],
    // 119 characters and no punctuation: the clause after "that" is the news.
    [
      'Engineers from three countries told the meeting on Monday evening that the existing deck could carry only half its load.',
      null,
      'The existing deck could carry only half its load',
    ],
    // An opening adverbial says when or how, not what: dropped.
    ['On Tuesday evening, the harbour council voted to rebuild the old swing bridge.', null, 'The harbour council voted to rebuild the old swing bridge'],
    ['According to the minutes, the harbour council voted to rebuild the bridge.', null, 'The harbour council voted to rebuild the bridge'],
    ['However, the harbour council voted to rebuild the old swing bridge.', null, 'The harbour council voted to rebuild the old swing bridge'],
    // A subject before the comma stays.
    ['Anna Berg, the mayor, said the council would rebuild the bridge.', null, 'Anna Berg, the mayor, said the council would rebuild the bridge'],
    // Too little left after the opening: kept whole.
    ['In the end, the council voted no.', null, 'In the end, the council voted no'],
    // The dateline is no part of a headline.
    ['KIEL — The council will vote on the budget again in March.', 'KIEL', 'The council will vote on the budget again in March'],
  ])('makes a headline from the text when the page has none: %s', (text, dateline, title) => {
    expect(deriveMetadata(cleaned({ title: null, dateline, body: [{ type: 'p', text }] }), undefined, 's.txt').title).toBe(title)
  })

  it('reports a page with neither title nor text instead of inventing one', () => {
    expect(() => deriveMetadata(cleaned({ title: null, body: [] }), undefined, '009.txt')).toThrow(
      '009.txt: no title in the catalog or the page, and no text to make one from',
    )
  })
})

describe('detectLanguage', () => {
  it.each([
    [BODY, 'en'],
    ['Nesta página você terá sempre a classificação atualizada da corrida, coloque nos seus favoritos e venha sempre conferir.', 'pt'],
    ['Der Stadtrat hat am Dienstag beschlossen, die alte Drehbrücke neu zu bauen, und damit einen langen Streit beendet.', 'de'],
    // Languages franc-min has no model for, told by their scripts.
    ['עלות הפרויקט מוערכת ב-4.2 מיליארד שקלים. העבודות צפויות להתחיל בסוף השנה הבאה.', 'he'],
    ['หลังจากเดือนแรก ค่าโดยสารจะอยู่ที่ 20 บาทต่อเที่ยว ส่วนนักเรียนและผู้สูงอายุจะได้รับส่วนลดครึ่งราคา', 'th'],
    // Too short to tell: English, the default.
    ['Bridge vote', 'en'],
    ['', 'en'],
  ])('%s → %s', (text, tag) => {
    expect(detectLanguage(text)).toBe(tag)
  })
})
