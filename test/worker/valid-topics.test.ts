/**
 * An unknown topic's error names the topics that exist: all of them in a
 * small catalog (filters.test.ts), the first 50 and how many more in a large
 * one, so an error answer stays small whatever the taxonomy's size.
 */
import { describe, expect, it } from 'vitest'
import { MAX_VALID_TOPICS, validTopics, validTopicsText } from '../../src/worker/params.ts'

const topics = (n: number) => new Map(Array.from({ length: n }, (_, i) => [`t${String(n - i).padStart(5, '0')}`, {}]))

describe('valid topics in an error', () => {
  it('lists every topic of a small catalog, sorted', () => {
    const small = new Map([['world', {}], ['economy', {}]])
    expect(validTopics(small)).toEqual(['economy', 'world'])
    expect(validTopicsText(small)).toBe('topics are: economy, world')
  })

  it('lists the first 50 of 10,000 and says how many more, and where all are', () => {
    const many = topics(10_000)
    expect(MAX_VALID_TOPICS).toBe(50)
    const listed = validTopics(many)
    expect(listed).toHaveLength(50)
    expect(listed[0]).toBe('t00001')
    expect(listed[49]).toBe('t00050')
    expect(validTopicsText(many)).toMatch(/^topics are: t00001, t00002, .*, t00050 and 9950 more \(GET \/api\/topics lists them all\)$/)
  })
})
