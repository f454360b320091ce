import { describe, expect, it } from 'vitest'
import { searchShardPath } from '../../src/served/index.ts'
import { loadShard, SHARD_CACHE_CHARS } from '../../src/served/read.ts'

/** An ASSETS binding over these files (path → text), counting the fetches of each path. */
function countingAssets(files: Record<string, string>) {
  const fetched: Record<string, number> = {}
  const assets = {
    fetch: async (input: Request | string) => {
      const path = new URL(typeof input === 'string' ? input : input.url).pathname.slice(1)
      fetched[path] = (fetched[path] ?? 0) + 1
      return path in files ? new Response(files[path]) : new Response(null, { status: 404 })
    },
  } as unknown as Fetcher
  return { assets, fetched }
}

describe('loadShard', () => {
  it('parses a shard once per binding, and reads a missing one once as empty', async () => {
    const { assets, fetched } = countingAssets({ [searchShardPath('74-72')]: '{"treaty":[3,7],"trade":[1]}' })
    for (let i = 0; i < 3; i++) {
      expect(await loadShard(assets, '74-72')).toEqual({ treaty: [3, 7], trade: [1] })
      expect(await loadShard(assets, '7a-7a')).toEqual({})
    }
    expect(fetched).toEqual({ [searchShardPath('74-72')]: 1, [searchShardPath('7a-7a')]: 1 })
  })

  it('keeps shards apart per binding (a build serves one catalog after another)', async () => {
    const first = countingAssets({ [searchShardPath('74-72')]: '{"treaty":[1]}' })
    const second = countingAssets({ [searchShardPath('74-72')]: '{"treaty":[2]}' })
    expect(await loadShard(first.assets, '74-72')).toEqual({ treaty: [1] })
    expect(await loadShard(second.assets, '74-72')).toEqual({ treaty: [2] })
  })

  it('drops the least recently used shard past the limit', async () => {
    // Three shards of 45% of the limit each: the third pushes out the one used least recently.
    const big = (word: string) => `{"${word}":[${'1,'.repeat(Math.floor(SHARD_CACHE_CHARS * 0.225))}1]}`
    const { assets, fetched } = countingAssets({ [searchShardPath('61')]: big('a'), [searchShardPath('62')]: big('b'), [searchShardPath('63')]: big('c') })
    await loadShard(assets, '61')
    await loadShard(assets, '62')
    await loadShard(assets, '61') // 61 used last: 62 is now the oldest
    await loadShard(assets, '63')
    await loadShard(assets, '61')
    await loadShard(assets, '62')
    expect(fetched).toEqual({ [searchShardPath('61')]: 1, [searchShardPath('62')]: 2, [searchShardPath('63')]: 1 })
  })
})
