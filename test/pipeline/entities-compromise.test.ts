import nlp from 'compromise'
import { describe, expect, it } from 'vitest'
import { extractEntities } from '../../src/pipeline/entities.ts'

// compromise's own post-tagger parses its rules in place the first time it
// runs; the entity stage builds its own net from copies of some of them and
// must work whichever runs first. This file runs compromise first (each test
// file has its own module state).
describe('extractEntities after compromise’s own tagger has run', () => {
  it('still tags names', () => {
    expect(nlp('The king of Spain met Prime Minister Tony Blair.').people().out('array')).not.toHaveLength(0)
    const entities = extractEntities({ title: 'Report', body: [{ type: 'p', text: 'US Secretary of State Antony Blinken spoke in Seoul.' }] })
    expect(entities.map((e) => [e.name, e.kind])).toEqual(
      expect.arrayContaining([
        ['Antony Blinken', 'person'],
        ['United States', 'place'],
      ]),
    )
  })
})
