import { describe, expect, it } from 'vitest'
import { get } from './client.ts'

async function json(path: string, status = 200) {
  const res = await get(path)
  expect(res.status, path).toBe(status)
  expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
  return (await res.json()) as any
}

/** The fixture's pact story as the API must show it: U+0001 gone from the quote, everything else verbatim. */
const PACT = {
  id: 'st0000000001',
  url: 'http://gazette.test/stories/st0000000001',
  title: 'North Korea & Russia: a "strategic" <pact>, and troops on the move',
  summary: "Thousands of troops moved overnight. The treaty took effect on Wednesday & officials called it a 'new era'.",
  articles: ['0a0000000001', '0a0000000004'],
  article_count: 2,
  sources: ['Reuters', 'Yonhap News'],
  unnamed_sources: 0,
  topics: ['world', 'economy'],
  date_start: '2024-11-10T15:00:00Z',
  date_end: '2024-11-13T09:30:00Z',
  claims: [
    {
      subject: 'troops',
      disputed: false,
      values: [
        {
          value: 3000,
          text: 'Some 3,000',
          // U+0001 is gone from the quote.
          quote: `Some 3,000 troops crossed into Kursk on Monday: "routine" <drills> & 'no cause for alarm', the US said.`,
          claimant: 'the US',
          when: '2024-11-04',
          place: 'Kursk',
          sources: ['Reuters'],
          articles: ['0a0000000004'],
        },
        { value: 11000, text: 'About 11,000', quote: 'About 11,000 troops were sent.', claimant: null, when: null, place: null, sources: ['Yonhap News'], articles: ['0a0000000001'] },
      ],
    },
  ],
}

describe('/api/stories', () => {
  it('answers {items, next_cursor, total}, newest report first, with every story field', async () => {
    const body = await json('/api/stories')
    expect(Object.keys(body)).toEqual(['items', 'next_cursor', 'total'])
    expect(body.total).toBe(2)
    expect(body.next_cursor).toBeNull()
    expect(body.items[0]).toEqual(PACT)
    expect(body.items[1]).toEqual({
      id: 'st0000000002',
      url: 'http://gazette.test/stories/st0000000002',
      title: 'Climate summit opens in Baku',
      summary: 'Delegates from 190 countries met. Astronomers saw light from 13 billion years ago.',
      articles: ['0a0000000003', '0a0000000005'],
      article_count: 2,
      sources: ['AP', 'Science Daily'],
      unnamed_sources: 0,
      topics: ['science', 'world'],
      date_start: '2024-11-01T08:00:00Z',
      date_end: '2024-11-12T00:00:00Z',
      claims: [],
    })
  })

  it('pages with cursor until next_cursor is null', async () => {
    const first = await json('/api/stories?limit=1')
    expect(first.items.map((s: any) => s.id)).toEqual(['st0000000001'])
    expect(first.total).toBe(2)
    // base64url of "2024-11-13T09:30:00Z|st0000000001": the date and id of the page's last story.
    expect(first.next_cursor).toBe('MjAyNC0xMS0xM1QwOTozMDowMFp8c3QwMDAwMDAwMDAx')
    const second = await json(`/api/stories?limit=1&cursor=${first.next_cursor}`)
    expect(second.items.map((s: any) => s.id)).toEqual(['st0000000002'])
    expect(second.next_cursor).toBeNull()
    expect(second.total).toBe(2)
  })

  it.each([
    ['topic=world', ['01', '02']],
    ['topic=economy', ['01']],
    ['topic=science', ['02']],
    ['topic=sport', []],
    ['exclude=economy', ['02']],
    ['topic=world&exclude=science', ['01']],
    // q: a story matches when one of its articles holds every word.
    ['q=troops', ['01']],
    ['q=routine', ['01']], // only in the Reuters article's second paragraph
    ['q=telescope', ['02']],
    ['q=telescope+troops', []], // in two different stories' articles, never one article
    ['q=zurich', []], // the café article belongs to no story
    // since: the latest report is at or after it; until: the first report is at or before it.
    ['since=2024-11-13', ['01']],
    ['since=2024-11-12', ['01', '02']],
    ['since=2024-11-12T00:00:01Z', ['01']],
    ['until=2024-11-05', ['02']],
    ['until=2024-11-10', ['01', '02']],
    ['until=2024-11-10T14:59:59Z', ['02']],
    ['since=2024-11-12T12:00:00Z&until=2024-11-12', ['01']], // spans overlapping the range
    ['since=2024-11-14', []],
  ])('%s', async (query, expected) => {
    const body = await json(`/api/stories?${query}`)
    expect(body.items.map((s: any) => s.id.slice(-2))).toEqual(expected)
    expect(body.total).toBe(expected.length)
  })

  it('redirects to the canonical query', async () => {
    for (const [from, to] of [
      ['/api/stories?limit=20', '/api/stories'],
      ['/api/stories?limit=5&topic=World', '/api/stories?topic=world&limit=5'],
      // Search words keep their case (matching folds it); punctuation goes.
      ['/api/stories?q=TROOPS!', '/api/stories?q=TROOPS'],
    ] as const) {
      const res = await get(from)
      expect(res.status, from).toBe(301)
      expect(res.headers.get('Location')).toBe(to)
      expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    }
  })

  it.each([
    ['/api/stories?limit=0', 'limit', 'limit: must be a whole number from 1 to 100'],
    ['/api/stories?until=2024-13-01', 'until', 'until: "2024-13-01" is not a real date'],
    ['/api/stories?cursor=bm90LWEtY3Vyc29y', 'cursor', 'cursor: not a cursor this API gave out'],
    ['/api/stories?order=oldest', 'order', 'order: unknown parameter; this route accepts topic, exclude, q, since, until, limit, cursor, fields'],
    ['/api/stories/st0000000001?limit=1', 'limit', 'limit: not accepted on this route'],
  ])('400 for %s names %s', async (path, parameter, message) => {
    expect(await json(path, 400)).toEqual({ status: 400, error: 'Bad Request', parameter, message })
  })

  it('lists the valid topics for an unknown topic', async () => {
    expect(await json('/api/stories?exclude=weather', 400)).toEqual({
      status: 400,
      error: 'Bad Request',
      parameter: 'exclude',
      message: 'exclude: unknown topic "weather"',
      valid_topics: ['economy', 'science', 'sport', 'world'],
    })
  })

  it('dates Last-Modified by the latest report shown, else by the newest story', async () => {
    expect((await get('/api/stories')).headers.get('Last-Modified')).toBe('Wed, 13 Nov 2024 09:30:00 GMT')
    expect((await get('/api/stories?topic=science')).headers.get('Last-Modified')).toBe('Tue, 12 Nov 2024 00:00:00 GMT')
    expect((await get('/api/stories?topic=sport')).headers.get('Last-Modified')).toBe('Wed, 13 Nov 2024 09:30:00 GMT')
  })
})

describe('/api/stories/{id}', () => {
  it('answers one story', async () => {
    expect(await json('/api/stories/st0000000001')).toEqual(PACT)
  })

  it('answers 404 in JSON for an unknown id', async () => {
    expect(await json('/api/stories/ffffffffffff', 404)).toEqual({ status: 404, error: 'Not Found', message: 'no story with id "ffffffffffff"' })
    // An article id is not a story id.
    expect((await json('/api/stories/0a0000000001', 404)).message).toBe('no story with id "0a0000000001"')
  })

  it('is what every member article names as its story', async () => {
    const { items } = await json('/api/articles')
    for (const id of PACT.articles) expect(items.find((a: any) => a.id === id).story).toBe(PACT.id)
  })
})

describe('/api documents the story routes', () => {
  it('lists each with its scope and an example that answers', async () => {
    const { routes } = await json('/api')
    const story = routes.filter((r: any) => r.path.includes('stories'))
    expect(story.map((r: any) => [r.path, r.scope])).toEqual([
      ['/stories/feed.xml', 'feed'],
      ['/stories/atom.xml', 'feed'],
      ['/stories/feed.json', 'feed'],
      ['/api/stories', 'list'],
      ['/api/stories/{id}', 'item'],
      ['/stories', 'page'],
      ['/stories/{id}', 'item'],
    ])
    for (const r of story) expect((await get(r.example)).status, r.example).toBe(200)
  })

  it('fills every example from the catalog served, so each one answers 200', async () => {
    const { routes, parameters } = await json('/api')
    expect(routes.find((r: any) => r.path === '/api/stories/{id}').example).toBe(`/api/stories/${PACT.id}`)
    for (const r of routes) {
      expect(r.example, r.path).not.toMatch(/[{}]/)
      expect((await get(r.example)).status, r.example).toBe(200)
    }
    for (const p of parameters) expect(p.example, p.name).not.toMatch(/[{}]/)
  })

  it('says how each filter applies to stories', async () => {
    const { parameters } = await json('/api')
    const described = Object.fromEntries(parameters.map((p: any) => [p.name, p.description]))
    expect(described.q).toContain('A story matches when one of its articles holds every word.')
    expect(described.since).toContain('only stories whose latest article (date_end) is at or after it')
    expect(described.until).toContain('only stories whose first article (date_start) is at or before it')
  })
})
