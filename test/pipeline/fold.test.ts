import { describe, expect, it } from 'vitest'
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
