import { describe, expect, it } from 'vitest'
import { feedRoute, pathOf, ROUTE, routeAt } from '../../src/worker/routes.ts'

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

describe('routeAt', () => {
  it.each([
    ['/', 'homePage'],
    ['/feed.xml', 'feedRss'],
    ['/topics/world/feed.json', 'topicFeedJson'],
    ['/topics/world', 'topicPage'],
    ['/topics/world/embed', 'topicEmbed'],
    // Both /stories/{id} and /stories/feed.xml fit: the feed comes first in the table.
    ['/stories/feed.xml', 'storyFeedRss'],
    ['/stories/st0000000001', 'storyPage'],
    ['/api/articles', 'articles'],
    ['/api/articles/0a0000000001', 'article'],
    ['/healthz', 'healthz'],
    ['/widget.js', 'widget'],
  ])('%s is %s', (path, name) => {
    expect(routeAt(path)?.name).toBe(name)
  })

  it.each([
    ['an empty parameter', '/topics//feed.xml'],
    ['a trailing slash', '/feed.xml/'],
    ['another case', '/Feed.xml'],
    ['one segment too many', '/api/articles/a/b'],
    ['a path no route has', '/nothing'],
    ['the empty path', ''],
  ])('%s: no route (%s)', (_, path) => {
    expect(routeAt(path)).toBeUndefined()
  })
})
