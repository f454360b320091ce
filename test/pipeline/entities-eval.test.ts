import { describe, expect, it } from 'vitest'
import { sameEntity, variantPairs } from '../../src/eval/entities.ts'

// The eval's judge of "two spellings of one entity": each row decided by hand.
describe('sameEntity', () => {
  it.each([
    ['Kim Jong-un', 'Kim Jong Un', true], // hyphen and case
    ['KIM JONG UN', 'Kim Jong Un', true],
    ['Côte d’Ivoire', "Cote d'Ivoire", true], // accent and apostrophe
    ['Blair', 'Tony Blair', true], // lone surname
    ['Tony', 'Tony Blair', false], // a first name alone is too often someone else
    ['Australia', 'Reserve Bank of Australia', false], // a bank is not its country
    ['Japan', 'Bank Japan', false], // a known place is never a surname
    ['IMF', 'International Monetary Fund', true], // acronym of the initials
    ['DPRK', 'North Korea', true], // well-known alias
    ['UK', 'Britain', true],
    ['Gordon Brown', 'Tony Blair', false],
    ['Blair', 'Blairgowrie Town', false], // a prefix is not a word
    ['Mitsubishi', 'Mitsubishi Motors', false], // a group and its company
    ['BBC', 'Bank Of England', false], // initials differ
    ['Washington', 'Denzel Washington', true],
    ['Apple', 'Microsoft', false],
  ])('%s / %s → %s', (a, b, same) => {
    expect(sameEntity(a, b)).toBe(same)
    expect(sameEntity(b, a)).toBe(same)
  })
})

describe('variantPairs', () => {
  it('lists each pair of one list once, in list order', () => {
    expect(variantPairs(['Tony Blair', 'UK', 'Blair', 'Britain', 'Michael Howard'])).toEqual([
      ['Tony Blair', 'Blair'],
      ['UK', 'Britain'],
    ])
  })
  it('finds none in a clean list', () => {
    expect(variantPairs(['Tony Blair', 'United Kingdom', 'Labour Party'])).toEqual([])
  })
})
