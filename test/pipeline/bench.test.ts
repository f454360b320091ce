/**
 * The bench's pure parts: its statistics, number formatting, the build's
 * stage timer, and the synthetic corpus (deterministic, shaped as the
 * build expects). Nothing here times anything.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildTable, type BuildRun } from '../../src/bench/build.ts'
import { cpuTables, mergeSamples, type RouteSamples } from '../../src/bench/cpu.ts'
import { addSeeds, curationEntries, DATE_START, prepareSeeds, readSources, syntheticArticle } from '../../src/bench/corpus.ts'
import { growthExponent, median, percentile, ratio } from '../../src/bench/stats.ts'
import { formatNumber, markdownTable } from '../../src/bench/table.ts'
import { lockCovers } from '../../src/bench/variant.ts'
import { highWaterBytes } from '../../src/cli/memory.ts'
import { type MemoryProbe, stageTimer } from '../../src/cli/timings.ts'
import { parseCurationFile } from '../../src/pipeline/curation.ts'

const SOURCES = 'test/fixtures/bench-sources'

describe('median', () => {
  it.each([
    [[], NaN],
    [[7], 7],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1, 1000], 10],
  ])('median(%j) = %d', (xs, expected) => expect(median(xs)).toBe(expected))
})

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i) // 100 … 1, unsorted on purpose
  it.each([
    [hundred, 99, 99],
    [hundred, 50, 50],
    [hundred, 100, 100],
    [hundred, 1, 1],
    [[5, 1, 9], 99, 9], // fewer than 100 samples: p99 is the largest
    [[5, 1, 9], 50, 5],
    [Array.from({ length: 200 }, (_, i) => i + 1), 99, 198],
    [[], 99, NaN],
  ])('p%#', (xs, p, expected) => expect(percentile(xs, p)).toBe(expected))
})

describe('growthExponent', () => {
  it.each([
    [2000, 10, 10000, 50, 1], // 5× the articles, 5× the time: linear
    [2000, 10, 10000, 250, 2], // 25×: quadratic
    [1000, 4, 4000, 4, 0], // constant
    [100, 1, 10000, 10, 0.5],
    [2000, 0, 10000, 50, NaN], // a missing measure
    [2000, 10, 2000, 20, NaN], // one size only
  ])('%d → %d: t %d → %d gives %d', (n1, t1, n2, t2, k) => {
    const got = growthExponent(n1, t1, n2, t2)
    if (Number.isNaN(k)) expect(got).toBeNaN()
    else expect(got).toBeCloseTo(k, 10)
  })
})

describe('ratio', () => {
  it.each([
    [6, 3, 2],
    [1, 4, 0.25],
    [1, 0, NaN],
    [NaN, 2, NaN],
  ])('%d / %d = %d', (a, b, expected) => expect(ratio(a, b)).toBe(expected))
})

describe('formatNumber', () => {
  it.each([
    [undefined, 'n/a'],
    [NaN, 'n/a'],
    [0, '0'],
    [20, '20'],
    [12345.6, '12,346'],
    [123.4, '123'],
    [12.34, '12.3'],
    [1.234, '1.23'],
    [0.1234, '0.123'],
    [0.001234, '0.0012'],
    [-2.5, '-2.50'],
    [99.95, '100'],
    [999.7, '1,000'],
  ])('%s → %s', (n, text) => expect(formatNumber(n)).toBe(text))
})

describe('markdownTable', () => {
  it('writes a header, right-aligned number columns and escaped cells', () => {
    expect(markdownTable(['route', 'ms'], [['/a|b', 1.5], ['/c', undefined]])).toBe(
      ['| route | ms |', '| --- | ---: |', '| /a\\|b | 1.50 |', '| /c | n/a |'].join('\n'),
    )
  })
})

/** A route's samples, every sample `cpuMs` on each clock, answered 200 with one fetch of 10 bytes, unless `extra` says otherwise. */
function routeSamples(url: string, cpuMs: number[], extra: Partial<RouteSamples> = {}): RouteSamples {
  return {
    url,
    cpuMs,
    threadCpuMs: [...cpuMs],
    wallMs: [...cpuMs],
    errors: 0,
    statuses: { 200: cpuMs.length },
    bytes: 10,
    fetches: cpuMs.map(() => 1),
    readBytes: cpuMs.map(() => 10),
    ...extra,
  }
}

/** The cells of the first row of the cpu table of these routes (one size, current and baseline), by column name. */
function firstRow(routes: Map<string, Record<string, RouteSamples>>): (column: string) => string | undefined {
  const variants = [
    { name: 'current', root: '.' },
    { name: 'baseline', root: '..' },
  ]
  const [table] = cpuTables([{ size: 2000, routes, cold: new Map(), heapAfterRoutesMiB: new Map([['current', 1]]) }], variants, 10, 128)
  const [head, , row] = table!.split('\n')
  const cells = (line: string) => line.split(' | ').map((c) => c.replace(/^\| |  ?\|$/g, '').trim())
  return (column) => cells(row!)[cells(head!).indexOf(column)]
}

describe('cpuTables', () => {
  it('give each route the median ASSETS fetches and KiB read per answer, beside the baseline', () => {
    const samples = (fetches: number[], readBytes: number[]): RouteSamples => routeSamples('/api/articles?topic=a&limit=100', [1, 2, 3], { fetches, readBytes })
    const routes = new Map([
      // Medians: 2 fetches of 3,072 bytes (3 KiB); the baseline's 7 of 10,240 (10 KiB).
      ['current', { topic: samples([1, 2, 9], [1024, 3072, 9999]) }],
      ['baseline', { topic: samples([7, 7, 7], [10240, 10240, 10240]) }],
    ])
    const at = firstRow(routes)
    expect(at('2,000: fetches / KiB read (median)')).toBe('2 / 3')
    expect(at('2,000: baseline fetches / KiB read')).toBe('7 / 10')
    // Both variants' samples are 1, 2, 3 ms: the p99 (nearest rank) is 3.
    expect(at('2,000: baseline p99 (ms)')).toBe('3')
    expect(at('2,000: baseline main-thread p99 (ms)')).toBe('3')
  })

  it('count the samples a full collection fell in and give the p99 of the others, beside the baseline', () => {
    const samples = (cpuMs: number[], majorGcs?: number[]): RouteSamples =>
      routeSamples('/feed.xml?limit=100', cpuMs, majorGcs ? { majorGcs, gcMs: majorGcs.map((n) => 5 * n) } : {})
    const routes = new Map([
      // Two samples of 12 and 9 ms held a full collection; the others are 1, 2 and 3 ms: nearest-rank p99 3.
      ['current', { feed: samples([1, 12, 2, 9, 3], [0, 1, 0, 2, 0]) }],
      // Recorded before collections were: nothing to say.
      ['baseline', { feed: samples([1, 2, 3]) }],
    ])
    const at = firstRow(routes)
    expect(at('2,000: samples with a full GC / CPU p99 of the others (ms)')).toBe('2 / 3')
    expect(at('2,000: baseline samples with a full GC / p99 of the others')).toBe('n/a')
    expect(at('2,000: CPU p99 (ms)')).toBe('12')
  })

  it('give beside them the p99 of the samples no collection of any kind fell in, on every thread and on the main one', () => {
    const routes = new Map([
      // A young-generation collection (2 ms) in the 20 ms sample and a full one in the 9 ms sample; the others
      // are 1, 3, 4 ms on every thread and 1, 2, 2 on the main one: nearest-rank p99 4 and 2.
      ['current', { feed: routeSamples('/feed.xml?limit=100', [1, 20, 3, 9, 4], { threadCpuMs: [1, 15, 2, 6, 2], majorGcs: [0, 0, 0, 1, 0], gcMs: [0, 2, 0, 5, 0] }) }],
      ['baseline', { feed: routeSamples('/feed.xml?limit=100', [1, 2, 3]) }],
    ])
    const at = firstRow(routes)
    expect(at('2,000: samples with any GC / CPU p99 / main-thread p99 of the others (ms)')).toBe('2 / 4 / 2')
    // Recorded before collections were: nothing to say.
    expect(at('2,000: baseline samples with any GC / p99 / main-thread p99 of the others')).toBe('n/a')
    expect(at('2,000: CPU p99 (ms)')).toBe('20')
  })

  it('give the first request of each first URL its own median, per variant', () => {
    const cold = (url: string, firstRequestCpuMs: number) => ({ url, importMs: 10, firstRequestMs: 2 * firstRequestCpuMs, firstRequestCpuMs, firstStatus: 200, heapImportMiB: 1, heapLoadedMiB: 2 })
    const variants = [
      { name: 'current', root: '.' },
      { name: 'baseline', root: '..' },
    ]
    const coldSamples = new Map([
      // /healthz 3, 4, 5 ms (median 4); /feed.xml 1, 2, 9 (median 2); the baseline 6 and 7 each.
      ['current', [cold('/healthz', 3), cold('/feed.xml', 9), cold('/healthz', 5), cold('/feed.xml', 1), cold('/healthz', 4), cold('/feed.xml', 2)]],
      ['baseline', [cold('/healthz', 6), cold('/feed.xml', 7)]],
    ])
    const [, , start] = cpuTables([{ size: 2000, routes: new Map([['current', {}], ['baseline', {}]]), cold: coldSamples, heapAfterRoutesMiB: new Map() }], variants, 10, 128)
    const rows = start!.split('\n').map((line) => line.split(' | ').map((c) => c.replace(/^\| |  ?\|$/g, '').trim()))
    const row = (name: string) => rows.find((r) => r[0] === name)?.slice(1)
    expect(row('first request, `/healthz`: CPU (ms)')).toEqual(['4', '6'])
    expect(row('first request, `/feed.xml`: CPU (ms)')).toEqual(['2', '7'])
    expect(row('first request, `/feed.xml`: wall (ms)')).toEqual(['4', '14'])
  })
})

describe('mergeSamples', () => {
  it('adds a second process’s samples of a route to the first’s, and takes a route only the second sampled', () => {
    const s = (cpuMs: number[], statuses: Record<string, number>, errors: number): RouteSamples => ({
      url: '/feed.xml?limit=100',
      cpuMs,
      threadCpuMs: [...cpuMs],
      wallMs: [...cpuMs],
      errors,
      statuses,
      bytes: 5,
      fetches: cpuMs.map(() => 1),
      readBytes: cpuMs.map(() => 10),
    })
    const into = { feed: s([1, 2], { 200: 2 }, 0) }
    mergeSamples(into, { feed: s([3], { 200: 1, 503: 1 }, 1), healthz: s([0.1], { 200: 1 }, 0) })
    expect(into.feed.cpuMs).toEqual([1, 2, 3])
    expect(into.feed.fetches).toEqual([1, 1, 1])
    expect(into.feed.statuses).toEqual({ 200: 3, 503: 1 })
    expect(into.feed.errors).toBe(1)
    expect(Object.keys(into)).toEqual(['feed', 'healthz'])
  })
})

describe('stageTimer', () => {
  it('gives each stage the time from its first report to the next stage’s first', () => {
    const clock = [0, 7, 20, 21, 50, 60]
    let i = 0
    const timer = stageTimer(() => clock[i++]!)
    // started at 0
    timer.report('read', 0, 1) // the first stage starts with the timer: no clock read
    timer.report('clean', 1, 2) // 7
    timer.report('clean', 2, 2) // same stage: no clock read
    timer.report('topics', 0, 1) // 20
    timer.report('emit', 0, 1) // 21
    timer.report('emit', 1, 1)
    expect(timer.finish()).toEqual({ stages: { read: 7, clean: 13, topics: 1, emit: 29 }, totalMs: 50 })
  })

  it('adds up a stage reported again after another one', () => {
    const clock = [0, 10, 15, 16, 40]
    let i = 0
    const timer = stageTimer(() => clock[i++]!)
    timer.report('a', 0, 1)
    timer.report('b', 0, 1)
    timer.report('a', 1, 1)
    timer.report('c', 0, 1)
    expect(timer.finish()).toEqual({ stages: { a: 11, b: 5, c: 24 }, totalMs: 40 })
  })
})

describe('stageTimer with a memory probe', () => {
  const MIB = 1024 * 1024
  /** A probe whose high-water mark and heap follow the given MiB figures, one per read, and counts its resets. */
  const probe = (peaks: number[], heaps: number[], resets = true) => {
    const log = { resets: 0 }
    let p = 0
    let h = 0
    const memory: MemoryProbe = {
      peakBytes: () => peaks[p++]! * MIB,
      heapUsedBytes: () => heaps[h++]! * MIB,
      reset: () => void log.resets++,
      resets,
    }
    return { memory, log }
  }

  it('gives each stage the peak of its own window, the build the largest, including start-up', () => {
    const { memory, log } = probe([300, 500, 1200, 800], [40, 90, 60])
    let t = 0
    const timer = stageTimer(() => (t += 10), memory)
    // start-up peaked at 300 MiB before the timer; read, then a reset starts the first window
    timer.report('read', 0, 1)
    timer.report('articles', 0, 5) // read's window: 500
    timer.report('duplicates', 0, 5) // articles' window: 1,200
    const timings = timer.finish() // duplicates' window: 800
    expect(timings.peakRssMiB).toEqual({ read: 500, articles: 1200, duplicates: 800 })
    expect(timings.heapUsedMiB).toEqual({ read: 40, articles: 90, duplicates: 60 })
    expect(timings.processPeakRssMiB).toBe(1200)
    expect(timings.peakPerStage).toBe(true)
    expect(log.resets).toBe(4) // at the start and at each stage's end
  })

  it('keeps a stage’s largest window and its last heap when it runs twice; start-up can be the peak', () => {
    const { memory } = probe([2000, 700, 100, 400], [10, 20, 30])
    let t = 0
    const timer = stageTimer(() => (t += 1), memory)
    timer.report('a', 0, 1)
    timer.report('b', 0, 1) // a: 700
    timer.report('a', 1, 1) // b: 100
    const timings = timer.finish() // a again: 400
    expect(timings.peakRssMiB).toEqual({ a: 700, b: 100 })
    expect(timings.heapUsedMiB).toEqual({ a: 30, b: 20 })
    expect(timings.processPeakRssMiB).toBe(2000)
  })

  it('rounds MiB to one decimal and says when the peaks are not per stage', () => {
    const { memory } = probe([0, 1.26, 1.24], [0.55, 0.54], false)
    const timer = stageTimer(() => 0, memory)
    timer.report('x', 0, 1)
    timer.report('y', 0, 1)
    const timings = timer.finish()
    expect(timings.peakRssMiB).toEqual({ x: 1.3, y: 1.2 })
    expect(timings.heapUsedMiB).toEqual({ x: 0.6, y: 0.5 })
    expect(timings.peakPerStage).toBe(false)
  })

  it('without a probe, reports wall time only', () => {
    const timer = stageTimer(() => 0)
    timer.report('x', 0, 1)
    expect(Object.keys(timer.finish())).toEqual(['stages', 'totalMs'])
  })
})

describe('buildTable', () => {
  const run = (peakMiB: number, stagePeakMiB?: Record<string, number>): BuildRun => ({
    wallS: 10, cpuS: 15, peakMiB, articles: 90,
    stages: { articles: 8000, emit: 2000 },
    ...(stagePeakMiB ? { stagePeakMiB, stageHeapMiB: { articles: 50, emit: 70 } } : {}),
  })
  const variants = [{ name: 'current', root: '.' }, { name: 'baseline', root: '.' }]

  it('prints each stage’s peak memory and heap beside its wall, n/a for a baseline without them', () => {
    const table = buildTable([{ size: 100, added: 1, incremental: new Map(), full: new Map([['current', [run(900, { articles: 900, emit: 450 })]], ['baseline', [run(1200)]]]) }], variants)
    const rows = table.split('\n')
    expect(rows[0]).toBe('| metric (median) | 100: current | 100: baseline | 100: ratio |')
    expect(rows).toContain('| peak memory (MiB) | 900 | 1,200 | 0.750 |')
    const stageRows = rows.filter((r) => r.startsWith('| stage '))
    expect(stageRows).toEqual([
      '| stage articles (s) | 8 | 8 | 1 |',
      '| stage articles: peak memory (MiB) | 900 | n/a | n/a |',
      '| stage articles: main-thread heap at its end (MiB) | 50 | n/a | n/a |',
      '| stage emit (s) | 2 | 2 | 1 |',
      '| stage emit: peak memory (MiB) | 450 | n/a | n/a |',
      '| stage emit: main-thread heap at its end (MiB) | 70 | n/a | n/a |',
    ])
  })
})

describe('highWaterBytes reads VmHWM from /proc/self/status', () => {
  it.each([
    ['Name:\tnode\nVmPeak:\t 9000 kB\nVmHWM:\t  123456 kB\nVmRSS:\t 100000 kB\n', 123456 * 1024],
    ['VmHWM:\t0 kB', 0],
    ['VmRSS:\t 100000 kB\n', null],
    ['', null],
  ])('%j → %s', (status, bytes) => expect(highWaterBytes(status)).toBe(bytes))
})

describe('synthetic corpus', () => {
  const pool = readSources(SOURCES)

  it('reads headline and paragraphs per category, skipping an article with no body', () => {
    expect(pool.articles.map((a) => [a.category, a.headline, a.paragraphs.length])).toEqual([
      ['markets', 'Shares rise as bank profit grows', 3],
      ['markets', 'Factory output falls for a third month', 2],
      ['music', 'Band starts tour with new album', 3],
    ])
    expect(pool.paragraphs.get('markets')).toHaveLength(5)
    expect(pool.paragraphs.get('music')).toHaveLength(3)
  })

  it('is deterministic: the same seed and index give the same article', () => {
    for (const i of [0, 1, 17, 999]) expect(syntheticArticle(pool, i, 7)).toEqual(syntheticArticle(pool, i, 7))
    expect(syntheticArticle(pool, 3, 7)).not.toEqual(syntheticArticle(pool, 3, 8))
  })

  const articles = Array.from({ length: 200 }, (_, i) => syntheticArticle(pool, i))

  it('keeps a headline and paragraphs from one category, with numbers and words varied', () => {
    for (const a of articles) {
      const [headline, blank, ...rest] = a.text.split('\n')
      expect(blank).toBe('')
      const source = pool.articles.find((s) => s.category === a.category && s.headline.split(' ').length === headline!.split(' ').length)
      expect(source, headline).toBeDefined()
      const paragraphs = rest.join('\n').trim().split('\n\n')
      expect(paragraphs.length).toBeGreaterThanOrEqual(2)
      expect(paragraphs.length).toBeLessThanOrEqual(7)
      expect(new Set(paragraphs).size).toBe(paragraphs.length)
      expect(a.path).toMatch(new RegExp(`^${a.category}/\\d{6}\\.txt$`))
    }
    expect(new Set(articles.map((a) => a.category))).toEqual(new Set(['markets', 'music']))
    // Varied: 200 recombinations of 3 sources are nearly all different texts.
    expect(new Set(articles.map((a) => a.text)).size).toBeGreaterThan(190)
    expect(articles.some((a) => /\b(stated|purchase|individuals|movie|reveal)\b/.test(a.text))).toBe(true)
  })

  it('spreads dates over two years from 2023-01-01, in RFC 3339 UTC', () => {
    const times = articles.map((a) => Date.parse(a.published))
    for (const a of articles) expect(a.published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00Z$/)
    expect(Math.min(...times)).toBeGreaterThanOrEqual(DATE_START)
    expect(Math.max(...times)).toBeLessThan(DATE_START + 730 * 86_400_000)
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThan(600 * 86_400_000)
  })

  it('lays out a seeds folder the build reads: texts, topics.json, and a valid catalog.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-bench-corpus-'))
    prepareSeeds(dir, pool, 10, '{"topics": []}\n')
    const listed = readdirSync(dir, { recursive: true }).map(String).filter((p) => p.endsWith('.txt')).sort()
    expect(listed).toEqual(articles.slice(0, 10).map((a) => a.path).sort())
    expect(readFileSync(join(dir, articles[3]!.path), 'utf8')).toBe(articles[3]!.text)
    const curation = parseCurationFile(readFileSync(join(dir, 'catalog.json'), 'utf8'), 'catalog.json')
    expect(curation[articles[0]!.path]).toEqual({ published: articles[0]!.published, source: 'BBC News (recombined)' })

    addSeeds(dir, pool, 10, 12)
    expect(readdirSync(dir, { recursive: true }).map(String).filter((p) => p.endsWith('.txt'))).toHaveLength(12)
    const grown = parseCurationFile(readFileSync(join(dir, 'catalog.json'), 'utf8'), 'catalog.json')
    expect(Object.keys(grown)).toHaveLength(12)
    // Added articles are news: ten minutes apart after the corpus's two years (2023-01-01 + 730 days = 2024-12-31).
    expect([10, 11].map((i) => grown[syntheticArticle(pool, i).path]!.published)).toEqual(['2024-12-31T00:10:00Z', '2024-12-31T00:20:00Z'])

    prepareSeeds(dir, pool, 10, '{"topics": []}\n') // back to 10: the added ones go
    expect(readdirSync(dir, { recursive: true }).map(String).filter((p) => p.endsWith('.txt'))).toHaveLength(10)
    expect(Object.keys(JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')))).toHaveLength(10)
    rmSync(dir, { recursive: true, force: true })
  })

  it('curation entries carry the date and outlet only', () => {
    expect(curationEntries([{ path: 'a/000001.txt', published: '2024-02-03T04:05:00Z' }])).toEqual({
      'a/000001.txt': { published: '2024-02-03T04:05:00Z', source: 'BBC News (recombined)' },
    })
  })
})

describe('lockCovers: may the baseline use the current node_modules?', () => {
  const current = { '': { version: '0.2.0' }, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' } }
  it.each([
    ['the same packages', { '': { version: '0.1.0' }, 'node_modules/a': { version: '1.0.0' }, 'node_modules/b': { version: '2.0.0' } }, true],
    ['fewer packages (current added some)', { 'node_modules/a': { version: '1.0.0' } }, true],
    ['another version', { 'node_modules/a': { version: '1.1.0' } }, false],
    ['a package current lacks', { 'node_modules/c': { version: '1.0.0' } }, false],
  ])('%s', (_, baseline, expected) => expect(lockCovers(current, baseline)).toBe(expected))
})
