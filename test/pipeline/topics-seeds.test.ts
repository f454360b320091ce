import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { assignTopics, type TopicDoc } from '../../src/pipeline/topics.ts'
import { parseTaxonomy } from '../../src/pipeline/taxonomy.ts'

// The clean stage is written in parallel; until then each seed's first line is
// its headline and every further non-blank line a paragraph, menus and all.
function readSeeds(): TopicDoc[] {
  return readdirSync('seeds')
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const lines = readFileSync(`seeds/${file}`, 'utf8')
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)
      return { id: file, title: lines[0]!, text: lines.slice(1).join('\n\n') }
    })
}

describe('seeds/topics.json on the five seed articles', () => {
  const taxonomy = parseTaxonomy(readFileSync('seeds/topics.json', 'utf8'), 'seeds/topics.json')
  const seeds = readSeeds()
  const assigned = assignTopics(seeds, taxonomy)

  it('reads five seeds', () => {
    expect(seeds).toHaveLength(5)
  })

  it('gives every article a primary topic', () => {
    for (const seed of seeds) expect(assigned.get(seed.id)!.length, seed.id).toBeGreaterThan(0)
  })

  it('splits them: at least two primary topics, and at least three topics used', () => {
    const primaries = new Set([...assigned.values()].map((topics) => topics[0]))
    const used = new Set([...assigned.values()].flat())
    expect(primaries.size).toBeGreaterThanOrEqual(2)
    expect(used.size).toBeGreaterThanOrEqual(3)
  })

  // All five report the Russia–North Korea treaty, whose heart is a pledge of
  // military help if either is attacked (read by hand): each is about a
  // mutual-defence pact, whatever its primary topic (issue 12, item 5).
  it('gives every one of them the defence-pacts topic', () => {
    for (const seed of seeds) expect(assigned.get(seed.id), seed.id).toContain('defence-pacts')
  })
})
