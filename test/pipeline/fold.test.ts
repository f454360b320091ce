import { describe, expect, it } from 'vitest'
import { nameKey } from '../../src/pipeline/entities/names-key.ts'
import { foldText, foldWords } from '../../src/text/fold.ts'

describe('foldText', () => {
  it.each([
    ['Zürich', 'zurich'],
    ['ÉLYSÉE Palace', 'elysee palace'],
    ['Kim Jong-un', 'kim jong-un'],
    ['ﬁnance', 'finance'], // NFKD unfolds the ligature
    ['São Paulo', 'sao paulo'],
  ])('%s → %s', (input, expected) => {
    expect(foldText(input)).toBe(expected)
  })
})

describe('foldWords', () => {
  it.each([
    ['North Korea’s 11,000 troops', ['north', 'korea', 's', '11', '000', 'troops']],
    ['Kim Jong-un', ['kim', 'jong', 'un']],
    ['  ', []],
    ['Москва и Пхеньян', ['москва', 'и', 'пхеньян']],
  ])('%s', (input, expected) => {
    expect(foldWords(input)).toEqual(expected)
  })
})

describe('nameKey: the fold plus what does not tell two spellings of a name apart', () => {
  it.each([
    ['Kim Jong-un', 'kim jong un'],
    ['KIM JONG UN', 'kim jong un'],
    ['U.S.', 'us'],
    ["Côte d'Ivoire", 'cote divoire'],
    ['Türkiye', 'turkiye'],
    ['Reuters’s', 'reuterss'], // a possessive keeps its s, the apostrophe goes
    ['  São  Paulo ', 'sao paulo'],
  ])('%s → %s', (name, key) => {
    expect(nameKey(name)).toBe(key)
  })
})
