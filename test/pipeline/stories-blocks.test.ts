/**
 * Stories settle by time block (a UTC month, time-blocks.ts): block k is
 * decided from blocks ≤ k only, an earlier article never changes story, and
 * a rebuild resumed from the previous build's state at the first changed
 * block gives what a full build gives.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { storyId } from '../../src/pipeline/identity.ts'
import { groupStories, settleStories, type StoriesState } from '../../src/pipeline/stories.ts'
import { settleStoriesFrom } from '../../src/pipeline/stories/state.ts'
import { makeArticles, type ArticleSpec } from '../fixtures/stories/load.ts'

// Three reports of one event (the Alden Bridge reopening) and one of another; dates are set per case.
const harbour = { id: 'aaaa00000001', file: 'events/bridge-harbour-times.txt', source: 'Harbour Times', topics: ['local', 'transport'] }
const coastal = { id: 'aaaa00000002', file: 'events/bridge-coastal-wire.txt', source: 'Coastal Wire', topics: ['transport'] }
const daily = { id: 'aaaa00000003', file: 'events/bridge-alden-daily.txt', source: null, topics: ['transport', 'local'] }
const ferry = { id: 'bbbb00000001', file: 'events/ferry-fares-harbour-times.txt', source: 'Harbour Times', topics: ['transport'] }
// The ferry report again under other ids: a second and third report of the fares event.
const ferryAgain = { ...ferry, id: 'bbbb00000002', source: 'Coastal Wire' }
const ferryThird = { ...ferry, id: 'bbbb00000003', source: 'Alden Daily' }

const on = (spec: Omit<ArticleSpec, 'published'>, published: string): ArticleSpec => ({ ...spec, published })
const groups = (specs: ArticleSpec[]) => groupStories(makeArticles(specs)).map((s) => [...s.articles].sort())

describe('stories by block: who joins whom', () => {
  it.each([
    {
      case: 'an open story of March takes an April report of its event',
      specs: [on(harbour, '2025-03-29T08:00:00Z'), on(coastal, '2025-03-30T12:00:00Z'), on(daily, '2025-04-02T06:00:00Z')],
      expected: [['aaaa00000001', 'aaaa00000002', 'aaaa00000003']],
    },
    {
      case: 'a lone March article keeps no story when an April report of its event arrives',
      specs: [on(harbour, '2025-03-30T08:00:00Z'), on(coastal, '2025-04-01T12:00:00Z')],
      expected: [],
    },
    {
      case: 'the same two reports two days apart within April do join',
      specs: [on(harbour, '2025-04-01T08:00:00Z'), on(coastal, '2025-04-03T12:00:00Z')],
      expected: [['aaaa00000001', 'aaaa00000002']],
    },
    {
      case: 'a March story whose first report is 35 days before takes no April report (the window)',
      specs: [on(harbour, '2025-03-01T08:00:00Z'), on(coastal, '2025-03-02T12:00:00Z'), on(daily, '2025-04-05T06:00:00Z')],
      expected: [['aaaa00000001', 'aaaa00000002']],
    },
    {
      case: 'April reports form a story among themselves beside a March story',
      specs: [on(harbour, '2025-03-01T08:00:00Z'), on(coastal, '2025-03-02T12:00:00Z'), on(ferry, '2025-04-10T09:00:00Z'), on(ferryAgain, '2025-04-11T09:00:00Z')],
      expected: [['aaaa00000001', 'aaaa00000002'], ['bbbb00000001', 'bbbb00000002']],
    },
  ])('$case', ({ specs, expected }) => {
    expect(groups(specs).sort((a, b) => (a[0]! < b[0]! ? -1 : 1))).toEqual(expected)
  })
})

describe('stories by block: what settles', () => {
  const march = [on(harbour, '2025-03-29T08:00:00Z'), on(coastal, '2025-03-30T12:00:00Z')]
  const april = [on(ferry, '2025-04-10T09:00:00Z'), on(ferryAgain, '2025-04-11T09:00:00Z'), on(ferryThird, '2025-04-12T09:00:00Z')]

  it('a March story that takes nothing in April is the story a build of March alone made, field for field', () => {
    const articles = makeArticles([...march, ...april])
    const [alone] = groupStories(articles.slice(0, 2))
    const later = groupStories(articles).find((s) => s.articles.includes('aaaa00000001'))
    expect(later).toEqual(alone)
  })

  it('a March story that takes an April report keeps its id and is rebuilt from all its members', () => {
    const articles = makeArticles([...march, on(daily, '2025-04-02T06:00:00Z')])
    const [before] = groupStories(articles.slice(0, 2))
    const [after] = groupStories(articles)
    expect(after!.id).toBe(before!.id)
    expect(after!.id).toBe(storyId([{ id: 'aaaa00000001', published: '2025-03-29T08:00:00Z' }]))
    expect(after!.articles).toEqual(['aaaa00000003', 'aaaa00000002', 'aaaa00000001'])
    expect(after!.dateStart).toBe('2025-03-29T08:00:00Z')
    expect(after!.dateEnd).toBe('2025-04-02T06:00:00Z')
    // The April report names no outlet: it adds to `unnamed`, not to `outlets`.
    expect(after!.outlets).toEqual(['Harbour Times', 'Coastal Wire'])
    expect(after!.unnamed).toBe(1)
    // transport: 3 articles; local: 2.
    expect(after!.topics).toEqual(['transport', 'local'])
  })
})

/** The state as the next build reads it: written as JSON and read back. */
const roundTrip = (state: StoriesState | null): StoriesState => JSON.parse(JSON.stringify(state)) as StoriesState

describe('stories by block: a rebuild resumed from the state equals a full build', () => {
  // One set of articles, so every article's entities are the same in each build (they are canonical over the set given).
  const all = makeArticles([
    on(ferry, '2025-03-15T09:00:00Z'),
    on(harbour, '2025-03-29T08:00:00Z'),
    on(coastal, '2025-03-30T12:00:00Z'),
    on(daily, '2025-04-02T06:00:00Z'),
    on(ferryAgain, '2025-04-10T09:00:00Z'),
    on(ferryThird, '2025-04-11T09:00:00Z'),
  ])
  const pick = (...wanted: string[]) => all.filter((a) => wanted.includes(a.id))
  const first = pick('bbbb00000001', 'aaaa00000001', 'aaaa00000002')

  it.each([
    { case: 'newer articles added: redo April only', before: first, after: all, redoneFrom: '2025-04' },
    { case: 'an article added to March: redo from March', before: pick('aaaa00000001', 'aaaa00000002', 'aaaa00000003'), after: pick('bbbb00000001', 'aaaa00000001', 'aaaa00000002', 'aaaa00000003'), redoneFrom: '2025-03' },
    { case: 'an April article removed: redo April only', before: all, after: all.filter((a) => a.id !== 'bbbb00000002'), redoneFrom: '2025-04' },
    { case: 'nothing changed, in another order: nothing redone', before: all, after: [...all].reverse(), redoneFrom: null },
    { case: 'a March article’s entities changed: redo from March', before: all, after: all.map((a) => (a.id === 'aaaa00000002' ? { ...a, entities: a.entities.slice(1) } : a)), redoneFrom: '2025-03' },
    // Outlets and topics decide nothing: the stories take them from the articles as they are now, with no block redone.
    { case: 'a March article’s topics changed: nothing redone', before: all, after: all.map((a) => (a.id === 'aaaa00000002' ? { ...a, topics: ['local'] } : a)), redoneFrom: null },
    { case: 'a March article’s outlets grew (a copy folded into it): nothing redone', before: all, after: all.map((a) => (a.id === 'aaaa00000001' ? { ...a, outlets: ['Harbour Times', 'Bay Courier'] } : a)), redoneFrom: null },
  ])('$case', ({ before, after, redoneFrom }) => {
    const previous = roundTrip(settleStories(before, {}, null).state)
    const resumed = settleStories(after, {}, previous)
    const full = settleStories(after, {}, null)
    expect(resumed.redoneFrom).toBe(redoneFrom)
    expect(full.redoneFrom).toBe(after.length ? [...after].map((a) => a.published.slice(0, 7)).sort()[0] : null)
    expect(resumed.stories).toEqual(full.stories)
    expect(resumed.state).toEqual(full.state)
  })

  it('a story takes its outlets and topics from its members as they are now', () => {
    const previous = roundTrip(settleStories(all, {}, null).state)
    const changed = all.map((a) => (a.id === 'aaaa00000001' ? { ...a, outlets: ['Harbour Times', 'Bay Courier'], topics: ['weather'] } : a))
    const bridge = settleStories(changed, {}, previous).stories.find((s) => s.articles.includes('aaaa00000001'))!
    // Earliest report first: Harbour Times and the copy's Bay Courier (29 March), then Coastal Wire (30 March); Alden Daily names none.
    expect(bridge.outlets).toEqual(['Harbour Times', 'Bay Courier', 'Coastal Wire'])
    // transport: 2 articles (coastal, daily); local: 1 (daily, rank 1); weather: 1 (rank 0).
    expect(bridge.topics).toEqual(['transport', 'weather', 'local'])
  })

  it('the stories of the resumed build are those of groupStories, which keeps no state', () => {
    const previous = roundTrip(settleStories(first, {}, null).state)
    expect(settleStories(all, {}, previous).stories).toEqual(groupStories(all))
    expect(groupStories(all).map((s) => [...s.articles].sort())).toEqual([
      // The March ferry report was alone in March: April's two form a story of their own.
      ['bbbb00000002', 'bbbb00000003'],
      ['aaaa00000001', 'aaaa00000002', 'aaaa00000003'],
    ])
  })
})

describe('settleStoriesFrom: the state on disk', () => {
  const all = makeArticles([on(harbour, '2025-03-29T08:00:00Z'), on(coastal, '2025-03-30T12:00:00Z'), on(daily, '2025-04-02T06:00:00Z')])
  const full = groupStories(all)

  it.each([
    { case: 'not JSON', text: '{"blocks": [', warning: /^.*stories\.json: unreadable; the stories stage decides every block again$/ },
    { case: 'JSON of another shape', text: '{"blocks": [{"block": "2025-03"}]}', warning: /^stories: the previous build's state is not usable \(block 0 is not a block's state\); every block is decided again$/ },
    {
      // March's digest matches and is kept; April's does not, and the March story it would join names articles this build lacks.
      case: 'a kept block holding a story of articles this build lacks',
      text: JSON.stringify({
        blocks: settleStories(all, {}, null).state!.blocks.map((b, k) =>
          k === 0 ? { ...b, stories: [{ id: 's', dateStart: '2025-03-30T00:00:00Z', articles: ['zzzz00000009', 'zzzz00000008'] }] } : { ...b, digest: 'another' },
        ),
      }),
      warning: /^stories: the previous build's state is not usable \(stories: story s of an earlier block holds article zzzz00000009, which this build does not have\); every block is decided again$/,
    },
  ])('$case: the stories of a full build, and a warning', ({ text, warning }) => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-stories-state-'))
    mkdirSync(join(dir, 'corpus', 'v1'), { recursive: true })
    writeFileSync(join(dir, 'corpus', 'v1', 'stories.json'), text)
    const warnings: string[] = []
    expect(settleStoriesFrom(all, {}, { dir, version: 'v1' }, warnings)).toEqual(full)
    expect(warnings).toEqual([expect.stringMatching(warning)])
    // The next build finds this build's state and keeps every block.
    const next: string[] = []
    expect(settleStoriesFrom(all, {}, { dir, version: 'v1' }, next)).toEqual(full)
    expect(next).toEqual([])
  })
})
