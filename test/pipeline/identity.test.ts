import { createHash } from 'node:crypto'
import { v5 as uuidv5, validate, version } from 'uuid'
import { describe, expect, it } from 'vitest'
import { articleDates, articleGuid, resolveIdentity, seedArticleId, storyGuid, storyId } from '../../src/pipeline/identity.ts'

const NOW = '2026-11-23T10:00:00Z'

describe('seedArticleId', () => {
  it('is the first 12 hex digits of SHA-256 over "gazette:seed:" + path', () => {
    const expected = createHash('sha256').update('gazette:seed:world/001.txt').digest('hex').slice(0, 12)
    expect(seedArticleId('world/001.txt')).toBe(expected)
    expect(seedArticleId('world/001.txt')).toMatch(/^[0-9a-f]{12}$/)
    expect(seedArticleId('world/002.txt')).not.toBe(expected)
  })
})

describe('articleGuid', () => {
  it('is the RFC 9562 version-5 UUID of the id, as computed by the uuid package', () => {
    const guid = articleGuid('3f2a9c0d1e4b')
    expect(guid).toBe(`urn:uuid:${uuidv5('article:3f2a9c0d1e4b', '6f1c2a4e-3b7d-5e21-9a8c-0d4b7e6f5a31')}`)
    const uuid = guid.slice('urn:uuid:'.length)
    expect(validate(uuid) && version(uuid)).toBe(5)
  })
})

describe('storyGuid', () => {
  it('is the version-5 UUID of "story:" + id, so it never equals the GUID of an article with the same id', () => {
    const guid = storyGuid('3f2a9c0d1e4b')
    expect(guid).toBe(`urn:uuid:${uuidv5('story:3f2a9c0d1e4b', '6f1c2a4e-3b7d-5e21-9a8c-0d4b7e6f5a31')}`)
    expect(version(guid.slice('urn:uuid:'.length))).toBe(5)
    expect(guid).not.toBe(articleGuid('3f2a9c0d1e4b'))
    expect(storyGuid('3f2a9c0d1e4b')).toBe(guid)
  })
})

describe('resolveIdentity', () => {
  it.each([
    [
      'new seed: id from the path, first seen now, recorded',
      undefined,
      null,
      { published: NOW, modified: NOW, record: { id: seedArticleId('a.txt'), first_seen: NOW } },
    ],
    [
      'page date beats first-seen',
      { id: 'a1', first_seen: '2025-01-01T00:00:00Z' },
      '2024-06-01T12:00:00Z',
      { published: '2024-06-01T12:00:00Z', modified: '2024-06-01T12:00:00Z', record: null },
    ],
    [
      'curator date beats the page',
      { id: 'a1', first_seen: '2025-01-01T00:00:00Z', published: '2024-11-10T00:00:00Z' },
      '2024-06-01T12:00:00Z',
      { published: '2024-11-10T00:00:00Z', modified: '2024-11-10T00:00:00Z', record: null },
    ],
    [
      'recorded first-seen date is used again, never the clock',
      { id: 'a1', first_seen: '2025-01-01T00:00:00Z' },
      null,
      { published: '2025-01-01T00:00:00Z', modified: '2025-01-01T00:00:00Z', record: null },
    ],
    [
      'a later curator modified date is kept; an earlier one is not',
      { id: 'a1', first_seen: '2025-01-01T00:00:00Z', modified: '2025-02-01T00:00:00Z' },
      null,
      { published: '2025-01-01T00:00:00Z', modified: '2025-02-01T00:00:00Z', record: null },
    ],
    [
      'an id without a first-seen date records the date and keeps the id',
      { id: 'pinned' },
      null,
      { published: NOW, modified: NOW, record: { id: 'pinned', first_seen: NOW } },
    ],
  ])('%s', (_name, entry, pageDate, expected) => {
    const identity = resolveIdentity('a.txt', entry, pageDate, NOW)
    expect({ published: identity.published, modified: identity.modified, record: identity.record }).toEqual(expected)
    expect(identity.guid).toBe(articleGuid(identity.id))
  })

  it('keeps a pinned id when the seed moves', () => {
    expect(resolveIdentity('moved/a.txt', { id: 'pinned', first_seen: NOW }, null, NOW).id).toBe('pinned')
  })
})

describe('articleDates: curator, else page, else first seen', () => {
  const FIRST_SEEN = '2025-01-01T00:00:00Z'
  const PAGE = '2019-11-19T13:03:00Z'
  it.each([
    ['the page date when the curator gives none', {}, PAGE, { published: PAGE, modified: PAGE }],
    ['the first-seen date when neither does', {}, null, { published: FIRST_SEEN, modified: FIRST_SEEN }],
    [
      "the curator's dates over the page's",
      { published: '2024-11-10T00:00:00Z', modified: '2024-11-10T00:30:00Z' },
      PAGE,
      { published: '2024-11-10T00:00:00Z', modified: '2024-11-10T00:30:00Z' },
    ],
    // A curator modified date compares with the date that won, here the page's.
    ['a modified date later than the page date', { modified: '2020-01-01T00:00:00Z' }, PAGE, { published: PAGE, modified: '2020-01-01T00:00:00Z' }],
    ['a modified date before publication is no update', { modified: '2019-01-01T00:00:00Z' }, PAGE, { published: PAGE, modified: PAGE }],
  ])('%s', (_name, entry, pageDate, expected) => {
    expect(articleDates(entry, pageDate, FIRST_SEEN)).toEqual(expected)
  })
})

describe('storyId', () => {
  const sha = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 12)
  it.each([
    ['the earliest article is the root', [{ id: 'b', published: '2024-11-02T00:00:00Z' }, { id: 'c', published: '2024-11-01T00:00:00Z' }], 'c'],
    ['on the same instant, the lower id', [{ id: 'c', published: '2024-11-01T00:00:00Z' }, { id: 'a', published: '2024-11-01T00:00:00Z' }], 'a'],
  ])('%s', (_name, members, root) => {
    expect(storyId(members)).toBe(sha(`story:${root}`))
  })

  it('needs at least one article', () => {
    expect(() => storyId([])).toThrow('stories: a story needs at least one article')
  })
})
