import { describe, expect, it } from 'vitest'
import { makeArticle } from '../../src/model.ts'

describe('makeArticle', () => {
  it('derives guid, seed and modified from id and published', () => {
    const a = makeArticle({ id: 'a1', published: '2024-11-10T00:00:00Z' })
    expect([a.guid, a.seed, a.modified]).toEqual(['urn:uuid:a1', 'a1.txt', '2024-11-10T00:00:00Z'])
  })

  it('lets every override win, derived fields included', () => {
    const a = makeArticle({ id: 'a1', seed: 'world/x.txt', modified: '2024-11-12T00:00:00Z', wordCount: 7 })
    expect([a.seed, a.published, a.modified, a.wordCount]).toEqual(['world/x.txt', '2024-01-01T00:00:00Z', '2024-11-12T00:00:00Z', 7])
  })

  it('gives fresh lists, so one test cannot change another through them', () => {
    const a = makeArticle()
    a.topics.push('war')
    expect(makeArticle().topics).toEqual([])
  })
})
