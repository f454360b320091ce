/**
 * The contract of stories settled by time block, through the real CLI: a
 * build from the cache after newer seeds are added, and after a seed is
 * added to an older month, writes the bytes of a full build without the
 * cache (`diff -r` identical), and the stages' state is kept in the cache.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readServedDir } from '../../src/served/from-disk.ts'
import { runBuild, tree } from '../build-cli.ts'

const EVENTS = 'test/fixtures/stories/events'

/** Seed file → the catalog entry that dates it. March: the bridge story opens; April: a report of it, and another event. */
const MARCH = {
  'bridge-harbour-times.txt': { published: '2025-03-29T08:00:00Z', source: 'Harbour Times' },
  'bridge-coastal-wire.txt': { published: '2025-03-30T12:00:00Z', source: 'Coastal Wire' },
  'ferry-fares-harbour-times.txt': { published: '2025-03-15T09:00:00Z', source: 'Harbour Times' },
}
const APRIL = { 'bridge-alden-daily.txt': { published: '2025-04-02T06:00:00Z' }, 'ferry-timetable.txt': { published: '2025-04-10T09:00:00Z' } }
/** Added to March after the April seeds: the rebuild redoes March and April. */
const LATE_MARCH = { 'glacier-study.txt': { published: '2025-03-20T10:00:00Z' } }

const FERRY_TIMETABLE = `Island ferry adds a winter timetable

The island's ferry will run four crossings a day from December, up from two, the operator announced on Monday.

The extra sailings leave the harbour at 7am and 5pm, so that commuters can reach the mainland before work and return after it.
`

function seedsFolder(entries: Record<string, object>): { seeds: string; out: string; cache: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-stories-rebuild-'))
  const seeds = join(dir, 'seeds')
  mkdirSync(seeds)
  cpSync('test/fixtures/seeds-basic/topics.json', join(seeds, 'topics.json'))
  addSeeds(seeds, entries)
  return { seeds, out: join(dir, 'dist/site'), cache: join(dir, 'dist/cache') }
}

function addSeeds(seeds: string, entries: Record<string, object>): void {
  for (const name of Object.keys(entries)) {
    if (name === 'ferry-timetable.txt') writeFileSync(join(seeds, name), FERRY_TIMETABLE)
    else if (name === 'glacier-study.txt') cpSync('test/fixtures/seeds-basic/glacier-study.txt', join(seeds, name))
    else cpSync(join(EVENTS, name), join(seeds, name))
  }
  const catalog = join(seeds, 'catalog.json')
  const before = existsSync(catalog) ? (JSON.parse(readFileSync(catalog, 'utf8')) as object) : {}
  writeFileSync(catalog, JSON.stringify({ ...before, ...entries }, null, 1))
}

const build = (seeds: string, out: string, ...extra: string[]) => runBuild(['--seeds', seeds, '--out', out, '--quiet', ...extra])

describe('stories settled by block: a rebuild from the cache is a full build', () => {
  // Five CLI runs: longer than the project's 30 s when the machine is loaded.
  it('after newer seeds, and after a seed added to an older month', { timeout: 300_000 }, () => {
    const cached = seedsFolder(MARCH)
    expect(build(cached.seeds, cached.out).status).toBe(0)
    const [version] = readdirSync(join(cached.cache, 'corpus'))
    expect(existsSync(join(cached.cache, 'corpus', version!, 'stories.json'))).toBe(true)

    addSeeds(cached.seeds, APRIL)
    expect(build(cached.seeds, cached.out).status).toBe(0)
    const full = seedsFolder({ ...MARCH, ...APRIL })
    expect(build(full.seeds, full.out, '--no-cache').status).toBe(0)
    expect(tree(cached.out)).toEqual(tree(full.out))
    // The April report joined the story March opened; the April timetable stands alone.
    const stories = readServedDir(cached.out).stories
    expect(stories.map((s) => s.articles.length)).toEqual([3])
    expect(stories[0]!.dateStart).toBe('2025-03-29T08:00:00Z')
    expect(stories[0]!.dateEnd).toBe('2025-04-02T06:00:00Z')

    addSeeds(cached.seeds, LATE_MARCH)
    expect(build(cached.seeds, cached.out).status).toBe(0)
    const fullLate = seedsFolder({ ...MARCH, ...APRIL, ...LATE_MARCH })
    expect(build(fullLate.seeds, fullLate.out, '--no-cache').status).toBe(0)
    expect(tree(cached.out)).toEqual(tree(fullLate.out))
  })
})
