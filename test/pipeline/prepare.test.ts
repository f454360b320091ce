/**
 * The per-article stage: what its cache key covers, and that the worker
 * pool and the cache change nothing in the built catalog.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { parseCurationFile } from '../../src/pipeline/curation.ts'
import { runPipeline, type PipelineInput } from '../../src/pipeline/index.ts'
import { pageEntry } from '../../src/pipeline/prepare.ts'
import { cacheKey, type CacheKeyInput } from '../../src/pipeline/prepare/cache.ts'
import { readSeeds } from '../../src/pipeline/read.ts'
import { articleTerms, termsWithoutNames } from '../../src/pipeline/stories/vectors.ts'
import { readText } from '../../src/pipeline/topics/corpus.ts'
import { parseTaxonomy } from '../../src/pipeline/taxonomy.ts'

const base: CacheKeyInput = {
  text: 'Tram strike\n\nDrivers walked out on Monday.',
  entry: { title: 'Tram drivers strike', authors: ['A. Writer'] },
  options: { summaryWords: 60 },
  version: '0123456789abcdef',
}

describe('cacheKey', () => {
  const key = cacheKey(base)
  it.each<[string, Partial<CacheKeyInput>]>([
    ['the seed text', { text: base.text + ' ' }],
    ['the curator title', { entry: { ...base.entry, title: 'Trams stop' } }],
    ['a curator title added', { entry: { authors: ['A. Writer'] } }],
    ['the curator authors', { entry: { ...base.entry, authors: ['B. Writer'] } }],
    ['the curator url', { entry: { ...base.entry, url: 'https://example.com/a' } }],
    ['the curator source', { entry: { ...base.entry, source: 'Reuters' } }],
    ['the summary length', { options: { summaryWords: 40 } }],
    ['the code version', { version: 'fedcba9876543210' }],
  ])('changes with %s', (_, change) => {
    expect(cacheKey({ ...base, ...change })).not.toBe(key)
  })

  it.each<[string, Partial<CacheKeyInput>]>([
    ['the order the curator wrote fields in', { entry: { authors: ['A. Writer'], title: 'Tram drivers strike' } }],
    ['curator fields this stage does not read (id, dates, topics)', {
      entry: pageEntry({ ...base.entry, id: 'abcdefabcdef', first_seen: '2025-01-01T00:00:00Z', published: '2025-01-02T00:00:00Z', modified: '2025-01-03T00:00:00Z', topics: ['transport'] }),
    }],
  ])('does not change with %s', (_, change) => {
    expect(cacheKey({ ...base, ...change })).toBe(key)
  })
})

const FIXTURE = 'test/fixtures/seeds-basic'

function fixtureInput(): PipelineInput {
  const { seeds, rejected } = readSeeds(FIXTURE)
  return {
    seeds,
    rejected,
    curation: parseCurationFile(readFileSync(join(FIXTURE, 'catalog.json'), 'utf8'), 'catalog.json'),
    taxonomy: parseTaxonomy(readFileSync(join(FIXTURE, 'topics.json'), 'utf8'), 'topics.json'),
    now: '2026-01-02T03:04:05Z',
    codeVersion: 'test',
  }
}

describe('runPipeline per-article stage', () => {
  const cacheDir = mkdtempSync(join(tmpdir(), 'gazette-cache-'))
  afterAll(() => rmSync(cacheDir, { recursive: true, force: true }))
  const build = (options: Partial<PipelineInput>) => runPipeline({ ...fixtureInput(), ...options })
  const serial = build({ workers: 0 })

  it.each<[string, Partial<PipelineInput>[]]>([
    ['on a pool of two worker threads', [{ workers: 2 }]],
    ['on one worker thread', [{ workers: 1 }]],
    ['on one worker thread with this thread taking tasks too', [{ workers: 1, thisThreadTakesTasks: true }]],
    ['filling the cache, then from it', [{ workers: 0, cacheDir }, { workers: 0, cacheDir }]],
    ['from the cache filled by worker threads', [{ workers: 2, cacheDir: join(cacheDir, 'pool') }, { workers: 0, cacheDir: join(cacheDir, 'pool') }]],
  ])('gives the serial result %s', async (_, runs) => {
    const expected = await serial
    expect(expected.catalog.articles.length).toBeGreaterThan(0)
    for (const options of runs) {
      const result = await build(options)
      expect(JSON.stringify(result.catalog)).toBe(JSON.stringify(expected.catalog))
      expect([...result.recorded]).toEqual([...expected.recorded])
    }
  })
})

describe('runPipeline over a damaged per-article cache', () => {
  it.each([
    ['in this thread', 0],
    ['with a pool thread', 1],
  ])('prepares again the articles whose cached record no longer matches its check, %s', async (_, workers) => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'gazette-cache-damaged-'))
    try {
      const expected = await runPipeline({ ...fixtureInput(), workers: 0 })
      await runPipeline({ ...fixtureInput(), workers: 0, cacheDir })
      // The first byte of each pack is its first entry's catalog part ("{"): changed, that entry fails its check.
      const folder = join(cacheDir, 'test')
      for (const name of readdirSync(folder).filter((n) => n.endsWith('.pack'))) {
        const pack = readFileSync(join(folder, name))
        pack[0] = 0x20
        writeFileSync(join(folder, name), pack)
      }
      const result = await runPipeline({ ...fixtureInput(), workers, cacheDir })
      expect(JSON.stringify(result.catalog)).toBe(JSON.stringify(expected.catalog))
    } finally {
      rmSync(cacheDir, { recursive: true, force: true })
    }
  })
})

describe('runPipeline with releaseSeedTexts', () => {
  it.each([
    ['in this thread', 0],
    ['on a pool of two worker threads', 2],
  ])('empties every seed text once read and builds the same catalog, %s', async (_, workers) => {
    const kept = fixtureInput()
    const released = fixtureInput()
    const expected = await runPipeline({ ...kept, workers })
    const result = await runPipeline({ ...released, workers, releaseSeedTexts: true })
    expect(JSON.stringify(result.catalog)).toBe(JSON.stringify(expected.catalog))
    expect(released.seeds.map((s) => s.text)).toEqual(released.seeds.map(() => ''))
    expect(kept.seeds.every((s) => s.text.length > 0)).toBe(true)
  })
})

describe('the words the per-article stage reads once for topics and stories', () => {
  it.each([
    ['Tram drivers strike over pay', 'Drivers walked out on Monday.\nThe union said 1,200 members would join.'],
    ['UK economy "grew 0.5%"', "It's the firm's best year; shares rose."],
    ['', ''],
  ])('gives stories the stems articleTerms finds: %s', (title, body) => {
    const text = readText({ title, text: body })
    const names = ['Monday']
    expect(termsWithoutNames(text.titleContent, text.bodyContent, names)).toEqual(articleTerms(title, body, names))
  })
})
