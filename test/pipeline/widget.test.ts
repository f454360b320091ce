/**
 * What can be held without a browser: the widget module's size and the
 * habits that keep it safe, the embed script's CSP hash, and the field lists
 * of sparse API answers against the contract's schemas. The widget itself
 * runs in Chromium in test/e2e/dashboard.test.ts.
 */
import { createHash } from 'node:crypto'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { ApiArticleSchema, ApiStorySchema } from '../../src/contract/schemas.ts'
import { HEIGHT_SCRIPT, HEIGHT_SCRIPT_HASH } from '../../src/render/pages/embed-script.ts'
import { WIDGET_SOURCE } from '../../src/served/write.ts'
import { ARTICLE_FIELDS, pickFields, STORY_FIELDS } from '../../src/worker/fields.ts'

describe('widget module', () => {
  it('is small: under 3.5 KB gzipped (README, Embedding, states the figure)', () => {
    const gzip = gzipSync(WIDGET_SOURCE, { level: 9 }).length
    expect(gzip).toBeLessThan(3500)
  })

  it('never parses text as HTML, imports nothing and logs nothing', () => {
    for (const risky of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'document.write', 'eval(', 'new Function', 'console.']) {
      expect(WIDGET_SOURCE, risky).not.toContain(risky)
    }
    expect(WIDGET_SOURCE).not.toMatch(/^\s*import\s/m)
  })

  it('asks the API for fields that exist on articles', () => {
    const asked = /const fields = \[([^\]]*)\]/.exec(WIDGET_SOURCE)![1]!.match(/'(\w+)'/g)!.map((s) => s.slice(1, -1))
    for (const name of [...asked, 'summary']) expect(ARTICLE_FIELDS).toContain(name)
  })
})

describe('embed height script', () => {
  it('is allowed by the hash the CSP names', () => {
    expect(HEIGHT_SCRIPT_HASH).toBe(`'sha256-${createHash('sha256').update(HEIGHT_SCRIPT).digest('base64')}'`)
  })
})

describe('sparse fields', () => {
  it('name every field of the schemas, in their order', () => {
    expect(ARTICLE_FIELDS).toEqual(Object.keys(ApiArticleSchema.shape))
    expect(STORY_FIELDS).toEqual(Object.keys(ApiStorySchema.shape))
  })

  it.each([
    [[], { a: 1, b: 2, c: 3 }],
    [['c', 'a'], { a: 1, c: 3 }],
    [['z'], {}],
  ])('pick %j in the item order', (fields, expected) => {
    const picked = pickFields({ a: 1, b: 2, c: 3 }, fields)
    expect(picked).toEqual(expected)
    expect(Object.keys(picked)).toEqual(Object.keys(expected))
  })
})
