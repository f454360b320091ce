import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseTaxonomy, TaxonomyError } from '../../src/pipeline/taxonomy.ts'

const FILE = 'seeds/topics.json'
const topic = (fields: Record<string, unknown>) =>
  JSON.stringify({ topics: [{ slug: 'war', title: 'War', description: 'Fighting.', keywords: ['troops'], ...fields }] })

describe('parseTaxonomy: valid input', () => {
  it('returns every topic with its fields', () => {
    const json = JSON.stringify({
      topics: [
        { slug: 'war-in-ukraine', title: 'War in Ukraine', description: 'The fighting.', keywords: ['Kursk', 'front line'] },
        { slug: 'g7', title: 'G7', description: 'Group of Seven.', keywords: ['G7'] },
      ],
    })
    expect(parseTaxonomy(json, FILE)).toEqual([
      { slug: 'war-in-ukraine', title: 'War in Ukraine', description: 'The fighting.', keywords: ['Kursk', 'front line'] },
      { slug: 'g7', title: 'G7', description: 'Group of Seven.', keywords: ['G7'] },
    ])
  })

  it('accepts an empty topic list', () => {
    expect(parseTaxonomy('{"topics": []}', FILE)).toEqual([])
  })

  it('parses the seed taxonomy, with unique slugs', () => {
    const topics = parseTaxonomy(readFileSync('seeds/topics.json', 'utf8'), 'seeds/topics.json')
    expect(topics.length).toBeGreaterThanOrEqual(5)
    expect(new Set(topics.map((t) => t.slug)).size).toBe(topics.length)
  })
})

describe('parseTaxonomy: errors name the file, the place and the problem', () => {
  it.each([
    // JSON syntax, with 1-based line and column of the offending character.
    ['value missing', '{"topics": [}', `${FILE}:1:13: invalid JSON: expected a value but found '}'`],
    ['bare word', '{"topics": x}', `${FILE}:1:12: invalid JSON: unexpected 'x'`],
    [
      'trailing comma on line 3',
      '{\n  "topics": [\n    {"slug": "a",}\n  ]\n}',
      `${FILE}:3:18: invalid JSON: expected a double-quoted property name but found '}'`,
    ],
    ['cut short', '{"topics": [', `${FILE}:1:13: invalid JSON: expected ']' but found the end of the text`],
    ['empty file', '', `${FILE}: the file is empty (expected JSON)`],
    [
      'missing colon',
      '{"topics" []}',
      `${FILE}:1:11: invalid JSON: expected ':' after the property name but found '['`,
    ],
    ['unterminated string', '{"topics": ["ab', `${FILE}:1:13: invalid JSON: unterminated string`],
    [
      'text after the value',
      '{"topics": []}\n}',
      `${FILE}:2:1: invalid JSON: unexpected '}' after the end of the JSON value`,
    ],
    // Shape, at the line and column of the value or member in question (a missing member: its object).
    // The topic() JSON is one line: {"topics":[{ at column 12, "slug" 13, "title" 26, "description" 40, "keywords" 66, its first item 78.
    ['top level is an array', '[]', `${FILE}:1:1: expected an object with a "topics" array at the top level`],
    ['no topics', '{}', `${FILE}:1:1: "topics" must be an array of topics`],
    ['topics is an object', '{"topics": {}}', `${FILE}:1:2: "topics" must be an array of topics`],
    ['topic is a string', '{"topics": ["war"]}', `${FILE}:1:13: topic 0: must be an object`],
    // Fields.
    ['slug missing', topic({ slug: undefined }), `${FILE}:1:12: topic 0: missing "slug"`],
    ['slug a number', topic({ slug: 7 }), `${FILE}:1:13: topic 0: "slug" must be a string, not a number`],
    [
      'slug with capitals and underscore',
      topic({ slug: 'War_Zone' }),
      `${FILE}:1:13: topic 0 ("War_Zone"): "slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")`,
    ],
    [
      'slug with a double hyphen',
      topic({ slug: 'war--zone' }),
      `${FILE}:1:13: topic 0 ("war--zone"): "slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")`,
    ],
    [
      'slug with a trailing hyphen',
      topic({ slug: 'war-' }),
      `${FILE}:1:13: topic 0 ("war-"): "slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")`,
    ],
    ['title missing', topic({ title: undefined }), `${FILE}:1:12: topic 0 ("war"): missing "title"`],
    ['title null', topic({ title: null }), `${FILE}:1:26: topic 0 ("war"): "title" must be a string, not null`],
    ['description blank', topic({ description: '  ' }), `${FILE}:1:40: topic 0 ("war"): "description" must not be empty`],
    ['keywords missing', topic({ keywords: undefined }), `${FILE}:1:12: topic 0 ("war"): missing "keywords"`],
    [
      'keywords a string',
      topic({ keywords: 'troops' }),
      `${FILE}:1:66: topic 0 ("war"): "keywords" must be an array of strings, not a string`,
    ],
    ['keywords empty', topic({ keywords: [] }), `${FILE}:1:66: topic 0 ("war"): "keywords" must list at least one keyword`],
    [
      'keyword a number',
      topic({ keywords: ['troops', 3] }),
      `${FILE}:1:87: topic 0 ("war"): keyword 1 must be a string, not a number`,
    ],
    ['keyword blank', topic({ keywords: [' '] }), `${FILE}:1:78: topic 0 ("war"): keyword 0 is empty`],
  ])('%s', (_case, json, message) => {
    expect(() => parseTaxonomy(json, FILE)).toThrowError(new TaxonomyError(message))
  })

  it('names both topics of a duplicate slug', () => {
    const json = JSON.stringify({
      topics: [
        { slug: 'war', title: 'War', description: 'Fighting.', keywords: ['troops'] },
        { slug: 'peace', title: 'Peace', description: 'Talks.', keywords: ['ceasefire'] },
        { slug: 'war', title: 'War again', description: 'More.', keywords: ['front'] },
      ],
    })
    expect(() => parseTaxonomy(json, FILE)).toThrowError(
      new TaxonomyError(`${FILE}:1:171: topic 2 ("war"): duplicate slug: topic 0 has the same slug`),
    )
  })

  it('counts lines and columns in a pretty-printed file', () => {
    const json = '{\n  "topics": [\n    {"slug": "war", "title": "", "description": "d", "keywords": ["k"]}\n  ]\n}'
    expect(() => parseTaxonomy(json, FILE)).toThrowError(new TaxonomyError(`${FILE}:3:21: topic 0 ("war"): "title" must not be empty`))
  })

  it('reports the first problem in the file, a duplicate before an invalid topic included', () => {
    const json = [
      '{',
      '  "topics": [',
      '    {"slug": "war", "title": "War", "description": "d", "keywords": ["k"]},',
      '    {"slug": "war", "title": "War", "description": "d", "keywords": ["k"]},',
      '    {"slug": "peace"}',
      '  ]',
      '}',
    ].join('\n')
    expect(() => parseTaxonomy(json, FILE)).toThrowError(new TaxonomyError(`${FILE}:4:6: topic 1 ("war"): duplicate slug: topic 0 has the same slug`))
  })

  it('throws a TaxonomyError, so callers can tell it from a bug', () => {
    expect(() => parseTaxonomy('{', FILE)).toThrow(TaxonomyError)
  })
})
