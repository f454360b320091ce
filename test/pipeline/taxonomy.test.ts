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
    // Shape.
    ['top level is an array', '[]', `${FILE}: expected an object with a "topics" array at the top level`],
    ['no topics', '{}', `${FILE}: "topics" must be an array of topics`],
    ['topics is an object', '{"topics": {}}', `${FILE}: "topics" must be an array of topics`],
    ['topic is a string', '{"topics": ["war"]}', `${FILE}: topic 0: must be an object`],
    // Fields.
    ['slug missing', topic({ slug: undefined }), `${FILE}: topic 0: missing "slug"`],
    ['slug a number', topic({ slug: 7 }), `${FILE}: topic 0: "slug" must be a string, not a number`],
    [
      'slug with capitals and underscore',
      topic({ slug: 'War_Zone' }),
      `${FILE}: topic 0 ("War_Zone"): "slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")`,
    ],
    [
      'slug with a double hyphen',
      topic({ slug: 'war--zone' }),
      `${FILE}: topic 0 ("war--zone"): "slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")`,
    ],
    [
      'slug with a trailing hyphen',
      topic({ slug: 'war-' }),
      `${FILE}: topic 0 ("war-"): "slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")`,
    ],
    ['title missing', topic({ title: undefined }), `${FILE}: topic 0 ("war"): missing "title"`],
    ['title null', topic({ title: null }), `${FILE}: topic 0 ("war"): "title" must be a string, not null`],
    ['description blank', topic({ description: '  ' }), `${FILE}: topic 0 ("war"): "description" must not be empty`],
    ['keywords missing', topic({ keywords: undefined }), `${FILE}: topic 0 ("war"): missing "keywords"`],
    [
      'keywords a string',
      topic({ keywords: 'troops' }),
      `${FILE}: topic 0 ("war"): "keywords" must be an array of strings, not a string`,
    ],
    ['keywords empty', topic({ keywords: [] }), `${FILE}: topic 0 ("war"): "keywords" must list at least one keyword`],
    [
      'keyword a number',
      topic({ keywords: ['troops', 3] }),
      `${FILE}: topic 0 ("war"): keyword 1 must be a string, not a number`,
    ],
    ['keyword blank', topic({ keywords: [' '] }), `${FILE}: topic 0 ("war"): keyword 0 is empty`],
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
      new TaxonomyError(`${FILE}: topic 2 ("war"): duplicate slug: topic 0 has the same slug`),
    )
  })

  it('throws a TaxonomyError, so callers can tell it from a bug', () => {
    expect(() => parseTaxonomy('{', FILE)).toThrow(TaxonomyError)
  })
})
