import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { decodeSeed, listSeedFiles, readSeeds } from '../../src/pipeline/read.ts'

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)))

describe('decodeSeed', () => {
  it.each([
    ['plain UTF-8', bytes('Héllo\nworld'), 'Héllo\nworld', undefined],
    ['UTF-8 with BOM', bytes([0xef, 0xbb, 0xbf], 'Title\n'), 'Title\n', undefined],
    ['CRLF and lone CR', bytes('a\r\nb\rc'), 'a\nb\nc', undefined],
    ['UTF-16LE with BOM', Uint8Array.from([0xff, 0xfe, 0x4b, 0, 0x69, 0, 0x6d, 0]), 'Kim', undefined],
    ['UTF-16BE with BOM', Uint8Array.from([0xfe, 0xff, 0, 0x4b, 0, 0x69, 0, 0x6d]), 'Kim', undefined],
    ['Windows-1252 curly quotes', bytes([0x93], 'quoted', [0x94, 0x20, 0x80]), '“quoted” €', 'not valid UTF-8; decoded as Windows-1252'],
    ['decomposed accents recomposed (NFC)', bytes('Pyo\u0308ngyang'), 'Pyöngyang', undefined],
    ['a stray form feed removed', bytes('a\u000cb'), 'ab', undefined],
    ['C1 controls in UTF-8 removed', bytes('tug\u0085 named\u009b Mark'), 'tug named Mark', undefined],
  ])('%s', (_name, input, text, warning) => {
    const decoded = decodeSeed(input)
    expect(decoded).toEqual(warning ? { ok: true, text, warning } : { ok: true, text })
  })

  it.each([
    ['zero bytes', bytes(''), 'empty file (no text)'],
    ['only white space', bytes(' \n\t\r\n'), 'empty file (no text)'],
    ['BOM only', bytes([0xef, 0xbb, 0xbf]), 'empty file (no text)'],
    ['NUL bytes', bytes('PNG', [0, 0, 1, 2]), 'binary file (contains NUL bytes), not text'],
    ['mostly control characters', bytes([1, 2, 3, 4, 5, 6], 'ab'), 'binary file (6 control characters), not text'],
  ])('rejects %s', (_name, input, reason) => {
    expect(decodeSeed(input)).toEqual({ ok: false, reason })
  })
})

describe('listSeedFiles and readSeeds', () => {
  it('finds *.txt recursively in code-unit order, skipping hidden files and other extensions', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gazette-read-'))
    mkdirSync(join(dir, 'world/asia'), { recursive: true })
    writeFileSync(join(dir, 'b.txt'), 'B')
    writeFileSync(join(dir, 'B.TXT'), 'upper')
    writeFileSync(join(dir, 'a.md'), 'not a seed')
    writeFileSync(join(dir, '.draft.txt'), 'hidden')
    writeFileSync(join(dir, 'world/asia/z.txt'), 'Z')
    writeFileSync(join(dir, 'world/a.txt'), '')
    expect(listSeedFiles(dir)).toEqual(['B.TXT', 'b.txt', 'world/a.txt', 'world/asia/z.txt'])
    expect(readSeeds(dir)).toEqual({
      seeds: [
        { seed: 'B.TXT', text: 'upper' },
        { seed: 'b.txt', text: 'B' },
        { seed: 'world/asia/z.txt', text: 'Z' },
      ],
      rejected: [{ seed: 'world/a.txt', reason: 'empty file (no text)' }],
    })
  })
})
