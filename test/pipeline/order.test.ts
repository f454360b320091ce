import { describe, expect, it } from 'vitest'
import { byCodeUnits, earliestFirst, longestFirst, newestFirst, newestFirstBy, storiesNewestFirst } from '../../src/order.ts'

const a = (id: string, published: string) => ({ id, published })

describe('orderings', () => {
  const input = [
    a('b', '2024-11-10T00:00:00Z'),
    a('c', '2024-11-12T08:00:00Z'),
    a('a', '2024-11-10T00:00:00Z'),
    a('d', '2024-11-09T23:59:59Z'),
  ]

  it.each([
    ['newestFirst', newestFirst, ['c', 'a', 'b', 'd']],
    ['earliestFirst', earliestFirst, ['d', 'a', 'b', 'c']], // a before b on the same instant either way: ties by id
  ] as const)('%s', (_name, order, ids) => {
    expect([...input].sort(order).map((x) => x.id)).toEqual(ids)
    expect([...input].reverse().sort(order).map((x) => x.id)).toEqual(ids)
  })

  it('storiesNewestFirst sorts by the latest article, then id', () => {
    const stories = [
      { id: 's2', dateEnd: '2024-11-12T00:00:00Z' },
      { id: 's3', dateEnd: '2024-11-13T00:00:00Z' },
      { id: 's1', dateEnd: '2024-11-12T00:00:00Z' },
    ]
    expect(stories.sort(storiesNewestFirst).map((s) => s.id)).toEqual(['s3', 's1', 's2'])
  })

  it.each([
    // [key, cursor, sign]: > 0 when the key comes after the cursor in a newest-first list.
    [{ date: '2024-11-10T00:00:00Z', id: 'b' }, { date: '2024-11-11T00:00:00Z', id: 'a' }, 1], // older
    [{ date: '2024-11-10T00:00:00Z', id: 'b' }, { date: '2024-11-10T00:00:00Z', id: 'a' }, 1], // same date, later id
    [{ date: '2024-11-10T00:00:00Z', id: 'a' }, { date: '2024-11-10T00:00:00Z', id: 'a' }, 0], // the cursor itself
    [{ date: '2024-11-10T00:00:00Z', id: 'a' }, { date: '2024-11-10T00:00:00Z', id: 'b' }, -1],
    [{ date: '2024-11-12T00:00:00Z', id: 'a' }, { date: '2024-11-11T00:00:00Z', id: 'z' }, -1], // newer
  ])('newestFirstBy(date)(%j, %j) has sign %i', (key, cursor, sign) => {
    expect(Math.sign(newestFirstBy((k: { date: string; id: string }) => k.date)(key, cursor))).toBe(sign)
  })

  it.each([
    ['a', 'b', -1],
    ['B', 'a', -1], // code units: capitals before lower case, whatever the locale
    ['é', 'f', 1],
    ['x', 'x', 0],
  ])('byCodeUnits(%j, %j) = %i', (x, y, expected) => {
    expect(byCodeUnits(x, y)).toBe(expected)
  })

  it('longestFirst puts a name before the names inside it', () => {
    expect(['Korea', 'North Korea', 'US', 'UK'].sort(longestFirst)).toEqual(['North Korea', 'Korea', 'UK', 'US'])
  })
})
