import { describe, expect, it } from 'vitest'
import { parseCurationFile, recordInCurationFile } from '../../src/pipeline/curation.ts'
import { InputError } from '../../src/pipeline/json-file.ts'

describe('parseCurationFile', () => {
  it('normalises dates and keeps every known field', () => {
    const text = JSON.stringify({
      'a.txt': {
        id: 'treaty-1',
        title: ' Treaty signed ',
        url: 'https://example.com/a',
        source: 'Example News',
        authors: ['Ann Lee'],
        published: '2024-11-10',
        modified: '2024-11-11T08:00:00+01:00',
        topics: ['diplomacy'],
      },
    })
    expect(parseCurationFile(text, 'seeds/catalog.json')).toEqual({
      'a.txt': {
        id: 'treaty-1',
        title: 'Treaty signed',
        url: 'https://example.com/a',
        source: 'Example News',
        authors: ['Ann Lee'],
        published: '2024-11-10T00:00:00Z',
        modified: '2024-11-11T07:00:00Z',
        topics: ['diplomacy'],
      },
    })
  })

  // In file order, each at its member's name (the text is one line: JSON.stringify).
  it('names every bad field with its line, column and seed, in one error', () => {
    const text = JSON.stringify({
      'a.txt': { published: 'next tuesday', url: 'ftp://x', colour: 'red' },
      'd.txt': { url: 'not a url', title: '' },
      'b.txt': { authors: 'Ann', id: 'Has Spaces' },
      'c.txt': [],
    })
    expect(() => parseCurationFile(text, 'seeds/catalog.json')).toThrow(
      new InputError(
        [
          'seeds/catalog.json:1:11: "a.txt".published: "next tuesday" is not a date (use YYYY-MM-DD or ISO 8601 like 2024-11-10T09:30:00Z)',
          'seeds/catalog.json:1:38: "a.txt".url: "ftp://x" is not an http(s) URL',
          'seeds/catalog.json:1:54: "a.txt".colour: unknown field (known: id, first_seen, title, url, source, authors, published, modified, topics)',
          'seeds/catalog.json:1:79: "d.txt".url: "not a url" is not an http(s) URL',
          'seeds/catalog.json:1:97: "d.txt".title: "" is not a non-empty string',
          'seeds/catalog.json:1:118: "b.txt".authors: "Ann" is not a list of strings',
          `seeds/catalog.json:1:134: "b.txt".id: "Has Spaces" is not an id (lower-case letters, digits and '-', at most 64)`,
          'seeds/catalog.json:1:153: "c.txt": expected an object of fields',

        ].join('\n'),
      ),
    )
  })

  it('counts lines and columns in a pretty-printed file; an offset out of range is no date', () => {
    const text = ['{', '  "a.txt": {', '    "published": "2024-11-10T09:30:00+24:00",', '    "colour": "red"', '  }', '}'].join('\n')
    expect(() => parseCurationFile(text, 'seeds/catalog.json')).toThrow(
      new InputError(
        [
          'seeds/catalog.json:3:5: "a.txt".published: "2024-11-10T09:30:00+24:00" is not a date (use YYYY-MM-DD or ISO 8601 like 2024-11-10T09:30:00Z)',
          'seeds/catalog.json:4:5: "a.txt".colour: unknown field (known: id, first_seen, title, url, source, authors, published, modified, topics)',
        ].join('\n'),
      ),
    )
  })

  it('rejects a top-level array with an example of the right shape', () => {
    expect(() => parseCurationFile('[]', 'seeds/catalog.json')).toThrow(/expected an object keyed by seed path/)
  })

  it('reports JSON syntax errors with line and column', () => {
    expect(() => parseCurationFile('{\n "a.txt": {"published" "2024-11-10"}\n}', 'seeds/catalog.json')).toThrow(
      new InputError(`seeds/catalog.json:2:24: invalid JSON: expected ':' after the property name but found '"'`),
    )
  })
})

describe('recordInCurationFile', () => {
  it('adds ids and first-seen dates, keeps curator values as written, orders seeds and fields', () => {
    const text = '{"b.txt": {"published": "2024-11-10", "id": "bbb"}, "a.txt": {"title": "A"}}'
    const out = recordInCurationFile(
      text,
      'seeds/catalog.json',
      new Map([
        ['a.txt', { id: 'aaa', first_seen: '2026-01-02T03:04:05Z' }],
        ['b.txt', { id: 'zzz', first_seen: '2026-01-02T03:04:05Z' }],
        ['c.txt', { id: 'ccc', first_seen: '2026-01-02T03:04:05Z' }],
      ]),
    )
    expect(out).toBe(
      [
        '{',
        '  "a.txt": {',
        '    "id": "aaa",',
        '    "first_seen": "2026-01-02T03:04:05Z",',
        '    "title": "A"',
        '  },',
        '  "b.txt": {',
        '    "id": "bbb",',
        '    "first_seen": "2026-01-02T03:04:05Z",',
        '    "published": "2024-11-10"',
        '  },',
        '  "c.txt": {',
        '    "id": "ccc",',
        '    "first_seen": "2026-01-02T03:04:05Z"',
        '  }',
        '}',
        '',
      ].join('\n'),
    )
  })

  it('creates the file content when there was none', () => {
    expect(recordInCurationFile('', 'c.json', new Map([['x.txt', { id: 'x1', first_seen: '2026-01-01T00:00:00Z' }]]))).toBe(
      '{\n  "x.txt": {\n    "id": "x1",\n    "first_seen": "2026-01-01T00:00:00Z"\n  }\n}\n',
    )
  })
})
