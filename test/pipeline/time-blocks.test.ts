import { describe, expect, it } from 'vitest'
import { blockOf, blocksInOrder } from '../../src/pipeline/time-blocks.ts'

describe('blockOf', () => {
  it.each([
    ['2024-07-31T23:59:59Z', '2024-07'],
    ['2024-08-01T00:00:00Z', '2024-08'],
    ['1999-12-01T12:00:00Z', '1999-12'],
  ])('%s is in block %s', (date, block) => {
    expect(blockOf(date)).toBe(block)
  })

  it('refuses a date that is not a model date', () => {
    expect(() => blockOf('July 2024')).toThrow(/"July 2024" is not a model date/)
  })
})

describe('blocksInOrder', () => {
  it('groups indices by month, oldest month first, input order within a month', () => {
    const items = [
      { published: '2024-08-02T00:00:00Z' },
      { published: '2023-12-31T23:00:00Z' },
      { published: '2024-08-01T00:00:00Z' },
      { published: '2024-01-15T00:00:00Z' },
    ]
    expect(blocksInOrder(items)).toEqual([
      { block: '2023-12', members: [1] },
      { block: '2024-01', members: [3] },
      { block: '2024-08', members: [0, 2] },
    ])
  })

  it('has no blocks for no items', () => {
    expect(blocksInOrder([])).toEqual([])
  })
})
