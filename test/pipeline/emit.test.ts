import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { writeFileAtomically } from '../../src/disk.ts'
import { emitSite, writeSiteAtomically } from '../../src/pipeline/emit.ts'
import { layOutSite, servedFiles } from '../../src/served/write.ts'
import { FIXTURE_CATALOG } from '../fixtures/catalog/catalog.ts'

describe('writeSiteAtomically', () => {
  it('replaces the folder with exactly the new files and leaves no temporary folders', () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    writeSiteAtomically(out, new Map([['old.json', '1'], ['a/b.json', '2']]))
    writeSiteAtomically(out, new Map([['a/c.json', '3']]))
    expect(readdirSync(root)).toEqual(['site'])
    expect(existsSync(join(out, 'old.json'))).toBe(false)
    expect(readFileSync(join(out, 'a/c.json'), 'utf8')).toBe('3')
  })

  it('keeps a file whose bytes are unchanged (the same inode) and writes only the files that changed', () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    // The first build links nothing: é is two bytes in UTF-8, so 'één' is 5 and the four files 12.
    expect(writeSiteAtomically(out, new Map<string, string | Uint8Array>([['same.txt', 'één'], ['bytes.bin', Uint8Array.of(1, 2, 3)], ['grown.txt', 'ab'], ['edited.txt', 'ab']]))).toEqual({
      written: 4,
      writtenBytes: 12,
      linked: 0,
    })
    const inode = (name: string) => statSync(join(out, name)).ino
    const before = { same: inode('same.txt'), bytes: inode('bytes.bin'), grown: inode('grown.txt'), edited: inode('edited.txt') }
    const counts = writeSiteAtomically(out, new Map<string, string | Uint8Array>([['same.txt', 'één'], ['bytes.bin', Uint8Array.of(1, 2, 3)], ['grown.txt', 'abc'], ['edited.txt', 'ba']]))
    // Written: grown.txt (3 bytes) and edited.txt (2); linked: same.txt and bytes.bin.
    expect(counts).toEqual({ written: 2, writtenBytes: 5, linked: 2 })
    expect(inode('same.txt')).toBe(before.same)
    expect(inode('bytes.bin')).toBe(before.bytes)
    expect(inode('grown.txt')).not.toBe(before.grown)
    expect(inode('edited.txt')).not.toBe(before.edited)
    expect(['same.txt', 'grown.txt', 'edited.txt'].map((name) => readFileSync(join(out, name), 'utf8'))).toEqual(['één', 'abc', 'ba'])
    expect([...readFileSync(join(out, 'bytes.bin'))]).toEqual([1, 2, 3])
    expect(readdirSync(root)).toEqual(['site'])
  })

  it('leaves the previous output untouched when writing fails part-way', () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    writeSiteAtomically(out, new Map([['index.json', 'previous']]))
    // The second file needs "a.json" to be a folder, but the first made it a file.
    const clash = new Map([['a.json', 'x'], ['a.json/b.json', 'y']])
    expect(() => writeSiteAtomically(out, clash)).toThrow()
    expect(readdirSync(root)).toEqual(['site'])
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe('previous')
  })
})

describe('emitSite', () => {
  it('writes each file as it is put, reads it back before the swap, and swaps in exactly those files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    writeSiteAtomically(out, new Map([['stale.json', 'old']]))
    const seen: (string | undefined)[] = []
    const counts = await emitSite(out, async (site) => {
      site.put('a/one.txt', 'één')
      // Already on disk in the staging folder, not yet in `out`.
      seen.push(Buffer.from(site.read('a/one.txt')!).toString('utf8'), site.read('missing.txt') === undefined ? 'none' : 'some')
      site.put('two.bin', Uint8Array.of(7))
      seen.push(...site.paths())
    })
    expect(seen).toEqual(['één', 'none', 'a/one.txt', 'two.bin'])
    expect(existsSync(join(out, 'a/one.txt'))).toBe(true)
    // 'één' is 5 bytes in UTF-8, the other file 1.
    expect(counts).toEqual({ written: 2, writtenBytes: 6, linked: 0, files: 2 })
    expect(existsSync(join(out, 'stale.json'))).toBe(false)
    expect(readdirSync(root)).toEqual(['site'])
  })

  it('leaves the previous output and no staging folder when the layout fails, or puts a path twice', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    writeSiteAtomically(out, new Map([['index.json', 'previous']]))
    const failing = emitSite(out, async (site) => {
      site.put('index.json', 'new')
      throw new Error('layout failed')
    })
    await expect(failing).rejects.toThrow('layout failed')
    const twice = emitSite(out, async (site) => {
      site.put('x.json', '1')
      site.put('x.json', '2')
    })
    await expect(twice).rejects.toThrow()
    expect(readdirSync(root)).toEqual(['site'])
    expect(readFileSync(join(out, 'index.json'), 'utf8')).toBe('previous')
  })

  it('lays a catalog out on disk byte for byte as servedFiles does in memory (the kept answers read files back)', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    const counts = await emitSite(out, (site) => layOutSite(FIXTURE_CATALOG, site))
    const files = await servedFiles(FIXTURE_CATALOG)
    const onDisk = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => join(e.parentPath, e.name).slice(out.length + 1))
      .sort()
    expect(onDisk).toEqual([...files.keys()].sort())
    expect(counts.files).toBe(files.size)
    for (const [path, content] of files) expect(readFileSync(join(out, path)).equals(Buffer.from(content)), path).toBe(true)
  })

  it('reuses a file of the previous build made from the same inputs, only while it is the file that build wrote', async () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    const record = join(root, 'cache', 'emit-record.json')
    await emitSite(out, async (site) => {
      site.put('a.txt', 'one', 'key-a')
      site.put('b.txt', 'two', 'key-b')
    }, { record })
    const reused: boolean[] = []
    const second = await emitSite(out, async (site) => {
      reused.push(site.reuse('a.txt', 'key-a'), site.reuse('b.txt', 'other'), site.reuse('c.txt', 'key-a'))
      site.put('b.txt', 'two, edited', 'other')
      expect(site.digest('a.txt')).toBe(createHash('sha256').update('one').digest('hex'))
    }, { record })
    expect(reused).toEqual([true, false, false])
    expect(second).toEqual({ written: 1, writtenBytes: 11, linked: 1, files: 2 })
    expect(readFileSync(join(out, 'a.txt'), 'utf8')).toBe('one')
    // Changed in place since: not the file the record describes, so it is made again.
    writeFileSync(join(out, 'a.txt'), 'one, edited in place')
    const third = await emitSite(out, async (site) => {
      reused.push(site.reuse('a.txt', 'key-a'))
      site.put('a.txt', 'one', 'key-a')
    }, { record })
    expect(reused.at(-1)).toBe(false)
    expect(third.written).toBe(1)
    // A build that fails leaves no record: the next one makes every file.
    await expect(emitSite(out, async () => { throw new Error('layout failed') }, { record })).rejects.toThrow('layout failed')
    await emitSite(out, async (site) => void reused.push(site.reuse('a.txt', 'key-a')), { record })
    expect(reused.at(-1)).toBe(false)
  })

  it('removes what killed builds left beside the output, and keeps a running build’s staging folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const out = join(root, 'site')
    // Linux pids stop at 2^22 (4194304), so 4194305 names a build that cannot be running.
    const left = ['site.tmp-4194305-m3x1', 'site.old-4194305-m3x1']
    const kept = [`site.tmp-${process.pid}-other`, 'sites.tmp-4194305-m3x1', 'site.tmp-4194305-m3x1.json']
    for (const name of [...left, ...kept]) mkdirSync(join(root, name))
    writeSiteAtomically(out, new Map([['a.json', '1']]))
    expect(readdirSync(root).sort()).toEqual(['site', ...kept].sort())
  })
})

describe('writeFileAtomically', () => {
  it('replaces the content and leaves no temporary file', () => {
    const root = mkdtempSync(join(tmpdir(), 'gazette-emit-'))
    const file = join(root, 'catalog.json')
    writeFileSync(file, 'old')
    writeFileAtomically(file, 'new')
    expect(readFileSync(file, 'utf8')).toBe('new')
    expect(readdirSync(root)).toEqual(['catalog.json'])
  })
})
