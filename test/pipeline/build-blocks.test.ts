/**
 * The contract of topics and entities that settle by time block, through the
 * real CLI: a build of S1 then a rebuild from its cache with newer seeds S2
 * added writes the bytes of a full build of S1 + S2, and so does a rebuild
 * after a seed joins an old block (which redoes the blocks from there).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readServedDir } from '../../src/served/from-disk.ts'
import { codeVersion } from '../../src/pipeline/prepare/cache.ts'
import type { TopicsState } from '../../src/pipeline/topics.ts'
import { runBuild, tree } from '../build-cli.ts'

const FIXTURE = 'test/fixtures/seeds-basic'

/** Seeds written for this test, each with the date catalog.json gives it. */
const ADDED: Record<string, { published: string; text: string }> = {
  'ferry-timetable.txt': {
    published: '2025-04-03T08:00:00Z',
    text: `Island ferry adds a winter timetable

The island's ferry will run four crossings a day from December, up from two, the operator announced on Monday.

The extra sailings leave the harbour at 7am and 5pm, so that commuters can reach the mainland before work and return after it.

Fares stay the same until March, when the operator will review them with the island council.
`,
  },
  'bus-drivers.txt': {
    published: '2025-04-09T12:30:00Z',
    text: `Bus drivers vote to strike over shifts

Bus drivers in the city voted to strike next month after talks on pay and split shifts broke down, their union said.

The mayor urged both sides to return to talks, saying passengers who rely on the night buses would be hit hardest.

The operator said it had offered a pay rise of four per cent and would meet the union again on Friday.
`,
  },
  'tram-depot.txt': {
    published: '2025-02-14T16:00:00Z',
    text: `Tram depot to close for repairs

The city's main tram depot will close for six weeks while its roof is repaired, the transport authority said on Friday.

Trams will be kept overnight at two smaller depots, and the first services of the day may start later on some lines.

The mayor said the repairs could not wait, after a winter storm damaged the roof and let water into the workshop.
`,
  },
}

function workspace(): { dir: string; seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-blocks-'))
  cpSync(FIXTURE, join(dir, 'seeds'), { recursive: true })
  return { dir, seeds: join(dir, 'seeds'), out: join(dir, 'dist/site') }
}

function addSeeds(seeds: string, names: string[]): void {
  const catalog = JSON.parse(readFileSync(join(seeds, 'catalog.json'), 'utf8')) as Record<string, object>
  for (const name of names) {
    writeFileSync(join(seeds, name), ADDED[name]!.text)
    catalog[name] = { published: ADDED[name]!.published }
  }
  writeFileSync(join(seeds, 'catalog.json'), JSON.stringify(catalog, null, 1) + '\n')
}

const build = (seeds: string, out: string, ...extra: string[]) => runBuild(['--seeds', seeds, '--out', out, '--quiet', ...extra])

describe('a rebuild with newer seeds, from the cache, equals a full build', () => {
  // Five CLI runs: far longer than the project's 30 s when the machine is loaded.
  it('after S2 (a newer month) is added, and after a seed joins an old month', { timeout: 600_000 }, () => {
    const cached = workspace()
    expect(build(cached.seeds, cached.out).status).toBe(0)
    const state = (dir: string) => JSON.parse(readFileSync(join(dir, 'dist/cache/corpus', codeVersion(), 'topics.json'), 'utf8')) as TopicsState
    // The fixture's four seeds: two in February 2025, two in March (one of them folded as a copy).
    expect(state(cached.dir).blocks.map((b) => b.block)).toEqual(['2025-02', '2025-03'])

    addSeeds(cached.seeds, ['ferry-timetable.txt', 'bus-drivers.txt'])
    expect(build(cached.seeds, cached.out).status).toBe(0)
    const fresh = workspace()
    addSeeds(fresh.seeds, ['ferry-timetable.txt', 'bus-drivers.txt'])
    cpSync(join(cached.seeds, 'catalog.json'), join(fresh.seeds, 'catalog.json'))
    expect(build(fresh.seeds, fresh.out, '--no-cache').status).toBe(0)
    expect(tree(cached.out)).toEqual(tree(fresh.out))
    expect(state(cached.dir).blocks.map((b) => b.block)).toEqual(['2025-02', '2025-03', '2025-04'])
    expect(readServedDir(cached.out).articles.find((a) => a.seed === 'bus-drivers.txt')!.topics[0]).toBe('labour')

    addSeeds(cached.seeds, ['tram-depot.txt'])
    expect(build(cached.seeds, cached.out).status).toBe(0)
    const again = workspace()
    addSeeds(again.seeds, ['ferry-timetable.txt', 'bus-drivers.txt', 'tram-depot.txt'])
    cpSync(join(cached.seeds, 'catalog.json'), join(again.seeds, 'catalog.json'))
    expect(build(again.seeds, again.out, '--no-cache').status).toBe(0)
    expect(tree(cached.out)).toEqual(tree(again.out))
  })
})
