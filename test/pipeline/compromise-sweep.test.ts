/**
 * src/text/compromise.ts replaces compromise's sweep with a faster rule
 * look-up; the tags must be compromise's own. Both sweeps tag the same
 * texts here (the library's sweep is the reference): the written page dumps
 * under test/fixtures/pages, full tagging and the entities' lean tagging.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tagPieces } from '../../src/pipeline/entities/tagger.ts'
import nlp, { compromiseBulkMatch } from '../../src/text/compromise.ts'

const PAGES = join(import.meta.dirname, '../fixtures/pages')
const texts = readdirSync(PAGES)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .flatMap((name) => readFileSync(join(PAGES, name), 'utf8').split(/\n+/))
  .filter((line) => line.trim().length > 0)
  .slice(0, 1000) // enough for every kind of line the pages hold; tagging all of them twice takes long

type Methods = { one: { bulkMatch: unknown } }
const methods = nlp.methods() as unknown as Methods

/** `tag()`'s result with compromise's own sweep in place. */
function withCompromiseSweep<T>(tag: () => T): T {
  const fast = methods.one.bulkMatch
  methods.one.bulkMatch = compromiseBulkMatch
  try {
    return tag()
  } finally {
    methods.one.bulkMatch = fast
  }
}

const fullTags = (lines: string[]) => lines.map((line) => (nlp(line).json({ terms: { offset: true } }) as { terms: { text: string; tags: string[] }[] }[]).map((s) => s.terms.map((t) => [t.text, t.tags])))

describe('the faster sweep', () => {
  it('is in place', () => {
    expect(methods.one.bulkMatch).not.toBe(compromiseBulkMatch)
  })

  it("tags the written pages as compromise's own sweep does", () => {
    expect(texts.length).toBe(1000)
    const fast = fullTags(texts)
    expect(fast).toEqual(withCompromiseSweep(() => fullTags(texts)))
  })

  it("tags names as compromise's own sweep does (the entities' lean rules)", () => {
    // Terms carry an id with a running counter: compared by text, tags and place.
    const nameTags = () => tagPieces(texts).map((terms) => terms.map((t) => [t.text, t.tags, t.offset.start]))
    const fast = nameTags()
    expect(fast).toEqual(withCompromiseSweep(nameTags))
  })

  it('gives the tags a reader expects on a known sentence', () => {
    const [terms] = nlp('Antony Blinken said 3,000 troops had crossed into Russia.').json() as { terms: { text: string; tags: string[] }[] }[]
    const tags = new Map(terms!.terms.map((t) => [t.text, t.tags]))
    expect(tags.get('Blinken')).toContain('Person')
    expect(tags.get('3,000')).toContain('Value')
    expect(tags.get('troops')).toContain('Noun')
    expect(tags.get('Russia')).toContain('Country')
  })
})
