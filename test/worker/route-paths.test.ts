import { describe, expect, it } from 'vitest'
import { feedRoute, pathOf, ROUTE } from '../../src/worker/routes.ts'

describe('pathOf', () => {
  it.each([
    ['a path without parameters', pathOf(ROUTE.healthz), '/healthz'],
    ['an article', pathOf(ROUTE.articlePage, { id: '0a0000000001' }), '/articles/0a0000000001'],
    ['a parameter inside the path, percent-encoded', pathOf(feedRoute('topicFeed', 'atom'), { slug: 'a b/c' }), '/topics/a%20b%2Fc/atom.xml'],
    ['a missing parameter, empty', pathOf(ROUTE.storyPage), '/stories/'],
    ['the same route again, other values', pathOf(ROUTE.articlePage, { id: 'ff' }), '/articles/ff'],
  ])('%s', (_, path, expected) => {
    expect(path).toBe(expected)
  })
})
