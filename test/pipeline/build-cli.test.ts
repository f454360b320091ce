/**
 * The build as a curator runs it: the real CLI in a child process, on a
 * hand-written seeds folder copied to a temporary directory.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Timings } from '../../src/cli/timings.ts'
import type { Article } from '../../src/model.ts'
import { readServedDir } from '../../src/served/from-disk.ts'
import { runBuild, tree } from '../build-cli.ts'

const FIXTURE = 'test/fixtures/seeds-basic'

function workspace(): { dir: string; seeds: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'gazette-build-'))
  cpSync(FIXTURE, join(dir, 'seeds'), { recursive: true })
  return { dir, seeds: join(dir, 'seeds'), out: join(dir, 'dist/site') }
}

function build(seeds: string, out: string, ...extra: string[]) {
  return runBuild(['--seeds', seeds, '--out', out, '--quiet', ...extra])
}

/** A seed written for the incremental build: a page with a headline and three paragraphs. */
const FERRY_SEED = `Island ferry adds a winter timetable

The island's ferry will run four crossings a day from December, up from two, the operator announced on Monday.

The extra sailings leave the harbour at 7am and 5pm, so that commuters can reach the mainland before work and return after it.

Fares stay the same until March, when the operator will review them with the island council.
`

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T

describe('npm run build on a seeds folder', () => {
  const { seeds, out } = workspace()
  const result = build(seeds, out)
  const { articles } = readServedDir(out)
  const bySeed = new Map(articles.map((a) => [a.seed, a]))

  it('succeeds and reports articles, the folded duplicate and topic counts', () => {
    expect(result.status, result.stderr).toBe(0)
    expect(result.stdout).toContain('3 articles from 4 seeds: 1 duplicates folded, 0 rejected')
    expect(result.stdout).toMatch(/^ {2}climate +1$/m)
  })

  it('folds the syndicated copy into the earlier original', () => {
    const bridge = bySeed.get('world/harbour-bridge.txt')!
    expect(bridge.duplicates).toEqual(['world/harbour-bridge-syndicated.txt'])
    expect(bySeed.has('world/harbour-bridge-syndicated.txt')).toBe(false)
  })

  it('keeps the five paragraphs of the bridge article, once each, and drops the furniture', () => {
    const bridge = bySeed.get('world/harbour-bridge.txt')!
    expect(bridge.title).toBe('Harbour City Opens Its New Tidal Bridge After Six Years of Work')
    expect(bridge.authors).toEqual(['Marta Quinn'])
    expect(bridge.source).toBe('Harbour Herald')
    expect(bridge.externalUrl).toBe('https://herald.example/bridge')
    expect(bridge.body.map((b) => b.text.slice(0, 30))).toEqual([
      'The long-delayed tidal bridge ',
      'City engineers said the struct',
      'Mayor Tomas Reyes told the cro',
      'The project cost 180 million e',
      'Residents of the old port dist',
    ])
    const text = JSON.stringify(bridge)
    for (const furniture of ['Skip to main content', 'Share this article', 'Most Read', 'Council approves budget']) {
      expect(text).not.toContain(furniture)
    }
  })

  it('dates every article from the catalog, else the first-seen date, newest first', () => {
    expect(articles.map((a) => [a.id === 'glacier-study' ? 'glacier' : bySeedOf(a.id), a.published])).toEqual([
      ['world/harbour-bridge.txt', '2025-03-01T00:00:00Z'],
      ['tram-strike.txt', '2025-02-20T08:30:00Z'],
      ['glacier', '2025-02-10T08:00:00Z'],
    ])
    function bySeedOf(id: string) {
      return articles.find((a) => a.id === id)!.seed
    }
  })

  it('derives a headline for an article whose page has none', () => {
    const tram = bySeed.get('tram-strike.txt')!
    expect(tram.title).not.toMatch(/untitled/i)
    expect(tram.title.split(' ').length).toBeGreaterThanOrEqual(4)
    expect(tram.title.split(' ').length).toBeLessThanOrEqual(16)
    expect(tram.title.startsWith('Tram drivers in Lakeford')).toBe(true)
  })

  it('tags topics by relevance and writes a summary of whole sentences from the text', () => {
    expect(bySeed.get('world/harbour-bridge.txt')!.topics[0]).toBe('cities')
    expect(bySeed.get('glacier-study.txt')!.topics[0]).toBe('climate')
    expect(bySeed.get('tram-strike.txt')!.topics).toContain('labour')
    for (const article of articles) {
      const words = article.summary.split(/\s+/).length
      expect(words).toBeGreaterThan(5)
      expect(words).toBeLessThanOrEqual(60)
      expect(article.summary).toMatch(/[.!?]["”’]?$/)
      // The text's own sentence, less at most its attribution clause ("…, officials said."): every
      // comma-separated piece of it is in the body.
      const body = article.body.map((b) => b.text).join(' ')
      const first = article.summary.split(/(?<=[.!?])\s/)[0]!
      for (const piece of first.replace(/[.!?]["”’]?$/, '').split(', ')) expect(body).toContain(piece)
    }
  })

  it('records ids and first-seen dates for new seeds, and leaves curator values as written', () => {
    const catalog = readJson<Record<string, Record<string, string>>>(join(seeds, 'catalog.json'))
    expect(catalog['glacier-study.txt']).toEqual({ id: 'glacier-study', first_seen: '2025-02-10T08:00:00Z' })
    expect(catalog['tram-strike.txt']).toEqual({
      id: bySeed.get('tram-strike.txt')!.id,
      first_seen: '2026-01-02T03:04:05Z',
      published: '2025-02-20T09:30:00+01:00',
    })
    expect(catalog['world/harbour-bridge-syndicated.txt']!.first_seen).toBe('2026-01-02T03:04:05Z')
  })

  // Three CLI runs: longer than the project's 30 s when the machine is loaded.
  it('gives byte-identical output for the same seeds, and the ids survive a rebuild', { timeout: 120_000 }, () => {
    const second = workspace()
    cpSync(join(seeds, 'catalog.json'), join(second.seeds, 'catalog.json'))
    expect(build(second.seeds, second.out).status).toBe(0)
    expect(tree(second.out)).toEqual(tree(out))
    // Building over it keeps the replaced build's manifest beside the site, for publish-hub.
    expect(existsSync(join(second.out, '../answers.previous.json'))).toBe(false)
    expect(build(second.seeds, second.out).status).toBe(0)
    expect(readFileSync(join(second.out, '../answers.previous.json'), 'utf8')).toBe(readFileSync(join(out, 'catalog/answers.json'), 'utf8'))
  })

  // Three CLI runs, as above.
  it('a rebuild from the cache after a seed is added and one edited writes the bytes of a build without the cache', { timeout: 120_000 }, () => {
    const cached = workspace()
    cpSync(join(seeds, 'catalog.json'), join(cached.seeds, 'catalog.json'))
    expect(build(cached.seeds, cached.out).status).toBe(0)
    expect(existsSync(join(cached.dir, 'dist/cache/items'))).toBe(true)
    writeFileSync(join(cached.seeds, 'ferry-timetable.txt'), FERRY_SEED)
    const tram = join(cached.seeds, 'tram-strike.txt')
    writeFileSync(tram, readFileSync(tram, 'utf8') + '\nThe union said talks would resume on Thursday, with a vote on the offer expected next week.\n')
    expect(build(cached.seeds, cached.out).status).toBe(0)
    const fresh = workspace()
    cpSync(cached.seeds, fresh.seeds, { recursive: true })
    expect(build(fresh.seeds, fresh.out, '--no-cache').status).toBe(0)
    expect(tree(cached.out)).toEqual(tree(fresh.out))
    expect(readServedDir(cached.out).articles.map((a) => a.seed)).toContain('ferry-timetable.txt')
  })

  it('--timings writes each stage’s wall time, in the order the stages ran, without changing the output', () => {
    const third = workspace()
    cpSync(join(seeds, 'catalog.json'), join(third.seeds, 'catalog.json'))
    const file = join(third.dir, 'timings.json')
    expect(build(third.seeds, third.out, '--timings', file).status).toBe(0)
    const timings = readJson<Timings>(file)
    expect(Object.keys(timings.stages)).toEqual(['read', 'articles', 'duplicates', 'topics', 'entities', 'stories', 'emit'])
    // And each stage's peak memory and heap: a Node process holds tens of MiB at least, and none of the stages' peaks is above the build's.
    for (const record of [timings.peakRssMiB!, timings.heapUsedMiB!]) {
      expect(Object.keys(record)).toEqual(Object.keys(timings.stages))
      for (const mib of Object.values(record)) expect(mib).toBeGreaterThan(1)
    }
    for (const mib of Object.values(timings.peakRssMiB!)) expect(timings.processPeakRssMiB).toBeGreaterThanOrEqual(mib)
    for (const ms of Object.values(timings.stages)) expect(ms).toBeGreaterThanOrEqual(0)
    const sum = Object.values(timings.stages).reduce((a, b) => a + b, 0)
    expect(sum).toBeCloseTo(timings.totalMs, 6)
    expect(tree(third.out)).toEqual(tree(out))
  })
})

// Each case runs the CLI twice (a good build, then the bad one): longer than the project's 30 s on a loaded machine.
describe('build errors name the file and the reason, exit non-zero, and keep the previous output', { timeout: 120_000 }, () => {
  it.each([
    ['an empty seed', 'empty.txt', '', /rejected:\n {2}empty\.txt: empty file \(no text\)/, 'stdout'],
    ['a binary seed', 'photo.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /photo\.txt: binary file \(contains NUL bytes\), not text/, 'stdout'],
    ['a topics.json syntax error', 'topics.json', '{\n  "topics": [\n    {"slug" "x"}\n  ]\n}', /seeds\/topics\.json:3:13: invalid JSON/, 'stderr'],
    [
      'a duplicate topic slug',
      'topics.json',
      JSON.stringify({ topics: [1, 2].map(() => ({ slug: 'cities', title: 'Cities', description: 'd', keywords: ['city'] })) }),
      /seeds\/topics\.json:1:86: topic 1 \("cities"\): duplicate slug: topic 0 has the same slug/,
      'stderr',
    ],
    [
      'an unknown topic slug in catalog.json',
      'catalog.json',
      JSON.stringify({ 'tram-strike.txt': { topics: ['sport'] } }),
      /seeds\/catalog\.json: "tram-strike\.txt"\.topics: unknown topic slug "sport" \(known: cities, climate, labour\)/,
      'stderr',
    ],
  ])('%s', (_name, file, content, message, stream) => {
    const { dir, seeds, out } = workspace()
    expect(build(seeds, out).status).toBe(0)
    const before = tree(out)
    writeFileSync(join(seeds, file), content)
    // Run from the workspace so messages show "seeds/…" as typed.
    const failed = runBuild(['--seeds', 'seeds', '--out', 'dist/site', '--quiet'], dir)
    expect(failed.status).toBe(1)
    expect(stream === 'stdout' ? failed.stdout : failed.stderr).toMatch(message)
    expect(failed.stderr).not.toMatch(/\n\s+at /) // no stack trace
    expect(tree(out)).toEqual(before)
  })

  it('--keep-going builds without the rejected seed and still lists it', () => {
    const { seeds, out } = workspace()
    writeFileSync(join(seeds, 'empty.txt'), '')
    const result = build(seeds, out, '--keep-going')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('empty.txt: empty file (no text)')
    expect(readJson<{ rejected: unknown[] }>(join(out, '../report.json')).rejected).toEqual([{ seed: 'empty.txt', reason: 'empty file (no text)' }])
  })

  it('a missing seeds folder is a usage error', () => {
    const result = build('/nonexistent/seeds', '/tmp/unused')
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('gazette build: seeds folder not found: /nonexistent/seeds\n')
  })
})
