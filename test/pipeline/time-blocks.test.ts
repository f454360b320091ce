import { describe, expect, it } from 'vitest'
import { blockOf, blocksInOrder, chainDigests } from '../../src/pipeline/time-blocks.ts'

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

describe('chainDigests', () => {
  const blocks = [
    { block: '2024-01', members: [0, 1] },
    { block: '2024-02', members: [2] },
  ]
  const keys = ['a', 'b', 'c']

  it('does not depend on the order of a block\'s members', () => {
    expect(chainDigests([{ block: '2024-01', members: [1, 0] }, blocks[1]!], (i) => keys[i]!)).toEqual(chainDigests(blocks, (i) => keys[i]!))
  })

  it('changes a block\'s digest and every later one when an earlier block changes, and no earlier one', () => {
    const before = chainDigests(blocks, (i) => keys[i]!)
    const changedFirst = chainDigests(blocks, (i) => ['a', 'B', 'c'][i]!)
    expect(changedFirst[0]).not.toBe(before[0])
    expect(changedFirst[1]).not.toBe(before[1])
    const changedSecond = chainDigests(blocks, (i) => ['a', 'b', 'C'][i]!)
    expect(changedSecond[0]).toBe(before[0])
    expect(changedSecond[1]).not.toBe(before[1])
  })

  it('tells a member moved to the next block from one that stayed', () => {
    const moved = chainDigests([{ block: '2024-01', members: [0] }, { block: '2024-02', members: [1, 2] }], (i) => keys[i]!)
    expect(moved[1]).not.toBe(chainDigests(blocks, (i) => keys[i]!)[1])
  })
})
