import { describe, expect, it } from 'vitest'
import { get } from './client.ts'

/** Ids (last two digits) of the API answer for a query already in canonical form. */
async function ids(query: string): Promise<string[]> {
  const res = await get(`/api/articles?${query}`)
  expect(res.status, `${query} should be canonical`).toBe(200)
  const body = (await res.json()) as any
  return body.items.map((i: any) => i.id.slice(-2))
}

describe('filters', () => {
  it.each([
    ['topic=world', ['01', '04', '05']],
    ['topic=economy,science', ['01', '02', '03', '05']],
    ['exclude=world', ['02', '03']],
    ['topic=world&exclude=science', ['01', '04']],
    ['q=troops', ['01', '04']],
    ['q=zurich', ['02']], // accents folded: "Zürich"
    ['q=cafe+societe', ['02']], // both words (AND), "Café Société"
    ['q=troops+zurich', []],
    ['q=tele', ['03']], // prefix
    ['q=telescopes', []],
    ['q=4', ['02']], // one character matches exactly: "4%"
    ['q=script', ['01']], // markup in the text is searchable text
    ['since=2024-11-12', ['01', '02', '03']],
    ['until=2024-11-12', ['02', '03', '04', '05']], // the whole day
    ['since=2024-11-10T15:00:00Z&until=2024-11-12', ['02', '03', '04']],
    ['until=2024-11-10T14:59:59Z', ['05']],
    ['limit=1', ['01']],
    ['topic=sport', []],
  ])('%s', async (query, expected) => {
    expect(await ids(query)).toEqual(expected)
  })

  it('counts total before paging', async () => {
    const body = (await (await get('/api/articles?topic=world&limit=1')).json()) as any
    expect(body.total).toBe(3)
    expect(body.items).toHaveLength(1)
    expect(typeof body.next_cursor).toBe('string')
  })

  it('applies the same filters to feeds', async () => {
    const feed = (await (await get('/topics/world/feed.json?q=troops')).json()) as any
    expect(feed.items.map((i: any) => i._gazette.id)).toEqual(['0a0000000001', '0a0000000004'])
  })
})

describe('canonical URLs', () => {
  it.each([
    ['/api/articles?topic=World,economy', '/api/articles?topic=economy,world'],
    ['/api/articles?topic=world&topic=economy&topic=world', '/api/articles?topic=economy,world'],
    ['/api/articles?limit=5&topic=world', '/api/articles?topic=world&limit=5'],
    ['/api/articles?limit=20', '/api/articles'],
    // The words are kept as typed (matching folds them); only the spelling of the space changes.
    ['/api/articles?q=Z%C3%BCrich%20Caf%C3%A9', '/api/articles?q=Z%C3%BCrich+Caf%C3%A9'],
    ['/api/articles?q=North,%20Korea!%20korea', '/api/articles?q=North+Korea'],
    ['/api/articles?since=2024-11-12T00:00:00Z', '/api/articles?since=2024-11-12'],
    ['/api/articles?until=2024-11-12T10:00:00%2B02:00', '/api/articles?until=2024-11-12T08:00:00Z'],
    ['/api/articles?q=&topic=', '/api/articles'],
    ['/feed.xml?exclude=SCIENCE', '/feed.xml?exclude=science'],
    ['/topics/World/atom.xml?limit=020', '/topics/world/atom.xml'],
    ['/topics/WORLD', '/topics/world'],
    ['/feed.xml?LIMIT=5&Topic=World', '/feed.xml?topic=world&limit=5'],
  ])('%s → %s', async (from, to) => {
    const res = await get(from)
    expect(res.status).toBe(301)
    expect(res.headers.get('Location')).toBe(to)
    expect((await get(to)).status).toBe(200)
  })
})

describe('400 names the parameter and why', () => {
  it.each([
    ['/api/articles?limit=0', 'limit', 'limit: must be a whole number from 1 to 100'],
    ['/api/articles?limit=101', 'limit', 'limit: must be a whole number from 1 to 100'],
    ['/api/articles?limit=ten', 'limit', 'limit: must be a whole number from 1 to 100'],
    ['/api/articles?limit=5&limit=6', 'limit', 'limit: given more than once'],
    ['/api/articles?since=2024-02-30', 'since', 'since: "2024-02-30" is not a real date'],
    ['/api/articles?since=yesterday', 'since', 'since: expected YYYY-MM-DD or an RFC 3339 date-time such as 2024-11-10T09:30:00Z'],
    ['/api/articles?since=2024-11-12&until=2024-11-01', 'until', 'until: is before since'],
    ['/api/articles?q=(a|b)*', 'q', undefined],
    ['/feed.xml?cursor=abc', 'cursor', 'cursor: not accepted on this route'],
    ['/topics/world/feed.xml?topic=economy', 'topic', 'topic: not accepted on this route'],
    ['/api/articles?sort=asc', 'sort', 'sort: unknown parameter; this route accepts topic, exclude, q, since, until, limit, cursor, fields'],
    ['/api/topics?limit=1', 'limit', 'limit: not accepted on this route'],
  ])('%s', async (path, parameter, message) => {
    const res = await get(path)
    if (message === undefined) {
      // A pattern is just words: "(a|b)*" is the words "a b", which is valid and redirected.
      expect(res.status).toBe(301)
      expect(res.headers.get('Location')).toBe('/api/articles?q=a+b')
      return
    }
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ status: 400, error: 'Bad Request', parameter, message })
  })

  it('lists the valid topics for an unknown topic in a filter', async () => {
    const res = await get('/feed.json?topic=world,weather')
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({
      status: 400,
      error: 'Bad Request',
      parameter: 'topic',
      message: 'topic: unknown topic "weather"',
      valid_topics: ['economy', 'science', 'sport', 'world'],
    })
  })

  it('answers 404 in JSON, listing the topics, for an unknown topic feed', async () => {
    const res = await get('/topics/weather/feed.xml')
    expect(res.status).toBe(404)
    expect(res.headers.get('Content-Type')).toBe('application/json; charset=utf-8')
    expect(await res.json()).toEqual({
      status: 404,
      error: 'Not Found',
      message: 'unknown topic "weather"; topics are: economy, science, sport, world',
      valid_topics: ['economy', 'science', 'sport', 'world'],
    })
  })
})
