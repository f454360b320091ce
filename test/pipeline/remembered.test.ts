import { describe, expect, it } from 'vitest'
import { remembered } from '../../src/text/remembered.ts'

describe('remembered', () => {
  it('answers as the function does, asking it once per word while the map has room', () => {
    const asked: string[] = []
    const upper = remembered((word) => (asked.push(word), word.toUpperCase()), 2)
    expect(['troops', 'troops', 'people', 'troops'].map(upper)).toEqual(['TROOPS', 'TROOPS', 'PEOPLE', 'TROOPS'])
    expect(asked).toEqual(['troops', 'people'])
    // A third word finds the map full: it is cleared, so "troops" is asked again after it.
    expect([upper('ships'), upper('troops')]).toEqual(['SHIPS', 'TROOPS'])
    expect(asked).toEqual(['troops', 'people', 'ships', 'troops'])
  })
})
