/**
 * Kept items from the build cache (src/served/item-cache.ts): a build that
 * takes items from the cache writes the bytes of a build that renders every
 * item, and a rebuild renders only the entries whose content changed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type Article, type Catalog, makeArticle } from '../../src/model.ts'
import { type CachedEntry, emitRecordPath, type ItemCache, openItemCache } from '../../src/served/item-cache.ts'
import { emitSite } from '../../src/pipeline/emit.ts'
import { layOutSite, type ServedFile, servedFiles } from '../../src/served/write.ts'
import { FIXTURE_CATALOG, TROOPS } from '../fixtures/catalog/catalog.ts'
import { manyArticles } from '../fixtures/catalog/many.ts'

const VERSION = 'test-version'

/** The cache in `dir`, counting the entries (an article or a story, every format) it is given, i.e. rendered. */
function countingCache(dir: string, version = VERSION): { cache: ItemCache; rendered: () => number } {
  const inner = openItemCache(dir, version)
  let rendered = 0
  const cache: ItemCache = {
    get: (key) => inner.get(key),
    words: (key) => inner.words(key),
    keep: (key) => inner.keep(key),
    set: (key, items) => {
      rendered++
      inner.set(key, items)
    },
    save: () => inner.save(),
    close: () => inner.close(),
  }
  return { cache, rendered: () => rendered }
}

/** Builds `catalog` over the cache in `dir` and saves it, as the CLI does; the files and how many entries were rendered. */
async function cachedBuild(catalog: Catalog, dir: string, version = VERSION): Promise<{ files: Map<string, ServedFile>; rendered: number }> {
  const { cache, rendered } = countingCache(dir, version)
  const files = await servedFiles(catalog, { itemCache: cache })
  cache.save()
  return { files, rendered: rendered() }
}

/** Every file as text, so a difference names its path. */
const texts = (files: Map<string, ServedFile>) => Object.fromEntries([...files].map(([path, f]) => [path, typeof f === 'string' ? f : Buffer.from(f).toString('base64')]))

/** A build of `catalog` over the cache in `dir` renders `rendered` entries and writes the files of a build without a cache. */
async function expectCachedBuild(catalog: Catalog, dir: string, rendered: number): Promise<void> {
  const build = await cachedBuild(catalog, dir)
  expect(build.rendered).toBe(rendered)
  expect(texts(build.files)).toEqual(texts(await servedFiles(catalog)))
}

const segments = (dir: string) => readdirSync(join(dir, 'items', VERSION)).filter((name) => name.endsWith('.seg'))

const CAFE_2: Article = makeArticle({
  id: '0a0000000006',
  guid: 'urn:uuid:00000000-0000-4000-8000-0a0000000006',
  title: 'A second café opens & pours "flat whites"',
  summary: 'Another café opened.',
  body: [{ type: 'p', text: 'Another café opened on the corner.' }],
  published: '2024-11-14T10:00:00Z',
  modified: '2024-11-14T10:00:00Z',
  topics: ['economy'],
  wordCount: 6,
})

describe('kept items from the build cache', () => {
  it('a build over an empty cache, and one over the cache it filled, write the bytes of a build without a cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    // Five articles and two stories, each rendered once.
    await expectCachedBuild(FIXTURE_CATALOG, dir, 7)
    await expectCachedBuild(FIXTURE_CATALOG, dir, 0)
  })

  it('a rebuild after an article is edited and one added renders those two and the edited one’s story, and writes a fresh build’s bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    await cachedBuild(FIXTURE_CATALOG, dir)
    const edited: Catalog = {
      ...FIXTURE_CATALOG,
      articles: [...FIXTURE_CATALOG.articles.map((a) => (a.id === TROOPS.id ? { ...a, title: 'Troops moved, the US says' } : a)), CAFE_2],
    }
    // TROOPS, CAFE_2 and PACT_STORY, which lists TROOPS; SCIENCE_STORY and the other four articles come from the cache.
    await expectCachedBuild(edited, dir, 3)
  })

  it('a damaged segment is ignored: its items are rendered again, with the same bytes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    await cachedBuild(FIXTURE_CATALOG, dir)
    const [segment] = segments(dir)
    const path = join(dir, 'items', VERSION, segment!)
    writeFileSync(path, readFileSync(path).subarray(0, -10))
    await expectCachedBuild(FIXTURE_CATALOG, dir, 7)
  })

  it('appends a segment of what a rebuild rendered, and keeps only what is used once most of the cache went unused', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    await cachedBuild(FIXTURE_CATALOG, dir)
    await cachedBuild({ ...FIXTURE_CATALOG, articles: [...FIXTURE_CATALOG.articles, CAFE_2] }, dir)
    expect(segments(dir)).toEqual(['00000000.seg', '00000001.seg'])
    // Three articles, no story: 3 used against 8 unused (the fixture's 5 articles, 2 stories, CAFE_2).
    const other = manyArticles(3)
    expect((await cachedBuild(other, dir)).rendered).toBe(3)
    expect(segments(dir)).toEqual(['00000002.seg'])
    expect((await cachedBuild(other, dir)).rendered).toBe(0)
  })

  it('drops the items of other code versions', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    await cachedBuild(FIXTURE_CATALOG, dir, 'old-code')
    const rebuild = await cachedBuild(FIXTURE_CATALOG, dir, 'new-code')
    expect(rebuild.rendered).toBe(7)
    expect(readdirSync(join(dir, 'items'))).toEqual(['new-code'])
  })

  it('a rebuild on disk reads the items only of entries in packs that change, the words only of changed entries, and writes a fresh build’s bytes', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    const out = join(root, 'site')
    const dir = join(root, 'cache')
    /** Lays `catalog` out into `out` over the cache and the emit record, as the CLI does; how many entries' items, and words alone, were read from the cache. */
    const build = async (catalog: Catalog) => {
      const inner = openItemCache(dir, VERSION)
      const read = { items: 0, words: 0 }
      const cache: ItemCache = {
        ...inner,
        get: (key) => (inner.get(key) ? (read.items++, inner.get(key)) : undefined),
        words: (key) => (read.words++, inner.words(key)),
      }
      await emitSite(out, (site) => layOutSite(catalog, site, { itemCache: cache }), { record: emitRecordPath(dir, VERSION) })
      inner.save()
      const files = await servedFiles(catalog)
      for (const [path, content] of files) expect(readFileSync(join(out, path)).equals(Buffer.from(content)), path).toBe(true)
      expect(readdirSync(out, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())).toHaveLength(files.size)
      return read
    }
    // 600 articles: even ones in economy and world (300 each, a topic group each), odd ones in science (300), every
    // fortieth in sport. Then article 600, even, in sport, newer than all: the date packs (256 to a pack, the newest
    // holding the remainder) are positions 0–344, which changes, and 345–600, the 256 oldest, as before; economy's,
    // world's and sport's packs change (all even articles), science's does not. Items read: the 300 even articles and
    // the newest date pack's odd ones (articles 256–599: 172); article 600 is rendered. Search: only article 600's
    // words are added to the previous shards, and no article's words are read.
    await build(manyArticles(600))
    const catalog = manyArticles(601)
    expect(await build(catalog)).toEqual({ items: 300 + 172, words: 0 })
    // Nothing changed: nothing is read.
    expect(await build(catalog)).toEqual({ items: 0, words: 0 })
    // Article 1 (odd: science, the oldest date pack) edited: its old words are taken out of the shards and its new ones
    // put in. Items read: the oldest date pack's other 255 entries and science's 299 others, 255 + 299 − 127 read once
    // (odd articles 1–255 are in both, article 1 itself rendered).
    const edited = { ...catalog, articles: catalog.articles.map((a) => (a.id === 'id0001' ? { ...a, title: 'Report 1 on wool' } : a)) }
    expect(await build(edited)).toEqual({ items: 255 + 299 - 127, words: 1 })
  })

  // One entry by hand: four formats' kept bytes ("r", "a", "j", "p") and two search words.
  const ENTRY: CachedEntry = { items: ['r', 'a', 'j', 'p'].map((kept) => ({ kept, bytes: 1, fills: [], digest: kept })), words: ['treaty', 'troops'] }
  const files = (dir: string) => readdirSync(join(dir, 'items', VERSION)).sort()

  it('a build that fails before saving leaves nothing of what it rendered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    const cache = openItemCache(dir, VERSION)
    cache.set('one', ENTRY)
    expect(files(dir)).toHaveLength(1) // the rendered entry, appended to a temporary file
    cache.close()
    expect(files(dir)).toEqual([])
  })

  it('removes the temporary files of builds no longer running, and keeps a running one’s', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    mkdirSync(join(dir, 'items', VERSION), { recursive: true })
    // Linux pids stop at 2^22 (4194304), so 4194305 names a build that cannot be running.
    const dead = ['00000000.seg.4194305.parts.tmp', '00000000.seg.4194305.tmp']
    const running = `00000000.seg.${process.pid}.tmp`
    for (const name of [...dead, running]) writeFileSync(join(dir, 'items', VERSION, name), 'partial')
    openItemCache(dir, VERSION).close()
    expect(files(dir)).toEqual([running])
  })

  it('an entry whose segment was cut short after opening is a miss, not a failed build', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    const first = openItemCache(dir, VERSION)
    first.set('one', ENTRY)
    first.save()
    const cache = openItemCache(dir, VERSION)
    const [segment] = segments(dir)
    const path = join(dir, 'items', VERSION, segment!)
    writeFileSync(path, readFileSync(path).subarray(0, -3)) // same file, cut inside the words
    expect(cache.get('one')).toBeUndefined()
    cache.close()
  })

  it('an entry kept unread from a segment cut short is a miss, and saving still keeps what the build rendered', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-items-'))
    const first = openItemCache(dir, VERSION)
    first.set('one', ENTRY)
    first.save()
    const [segment] = segments(dir)
    const path = join(dir, 'items', VERSION, segment!)
    writeFileSync(path, readFileSync(path).subarray(0, -3)) // cut inside "one"'s words before the next build opens it
    const second = openItemCache(dir, VERSION)
    expect(second.keep('one')).toBe(false)
    second.set('two', ENTRY)
    second.save()
    const third = openItemCache(dir, VERSION)
    expect(third.get('two')).toEqual(ENTRY)
    expect(third.keep('one')).toBe(false)
    third.close()
  })
})
