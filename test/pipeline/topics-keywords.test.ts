import { describe, expect, it } from 'vitest'
import { compileKeywords, keywordScores } from '../../src/pipeline/topics/keywords.ts'
import type { Topic } from '../../src/model.ts'
import { words } from '../../src/text/nlp.ts'

const topic = (slug: string, title: string, description: string, keywords: string[]): Topic => ({ slug, title, description, keywords })
const TAXONOMY = [
  topic('tech', 'Technology', 'Gadgets, software and the internet business.', ['computer']),
  topic('money', 'Business', 'Companies, markets and the economy.', ['shares', 'economy']),
]
const stems = (text: string) => words(text).map((w) => w.stem)
const score = (text: string, hints: boolean) => [...keywordScores(compileKeywords(TAXONOMY, { hints }), [], stems(text))]

// Scores worked by hand: each matched keyword adds log2(1 + hits); one hit = 1, two hits = log2(3).
describe('keyword hints from a topic’s title and description', () => {
  it.each([
    ['without hints only keywords count', 'New software for the internet', false, [0, 0]],
    ['a description word counts once hinted', 'New software for the internet', true, [2, 0]],
    ['the title counts too, stemmed', 'Technologies change', true, [1, 0]],
    // "business" is Business's title and in Technology's description: shared, so it tells them apart not at all.
    ['a word two topics use is no hint', 'A business story', true, [0, 0]],
    // "economy" is already a keyword of Business: the hint does not count it twice.
    ['a keyword is not counted again as a hint', 'The economy grew', true, [0, 1]],
    ['stop words in a description are never hints', 'And the', true, [0, 0]],
  ])('%s', (_case, text, hints, expected) => {
    expect(score(text, hints)).toEqual(expected)
  })
})

// The longest keyword at each word is the one mention of those words.
describe('overlapping keywords count once', () => {
  const taxonomy = [
    topic('pacts', 'Pacts', '', ['mutual defence', 'defence pact', 'pact']),
    topic('government', 'Government', '', ['prime minister', 'minister']),
    topic('politics', 'Politics', '', ['minister']),
  ]
  const scores = (text: string) => [...keywordScores(compileKeywords(taxonomy), [], stems(text))]
  it.each([
    // "mutual defence" at "mutual" takes "defence" from "defence pact"; then "pact" alone: 1 + 1
    // (3 if every keyword counted wherever it matched)
    ['mutual defence pact', [2, 0, 0]],
    // "defence pact" takes "pact" from "pact"
    ['a defence pact', [1, 0, 0]],
    // the second "pact" stands alone: "defence pact" 1 + "pact" 1
    ['defence pact, and another pact', [2, 0, 0]],
    // "prime minister" takes both words; "minister" alone counts for both topics that list it
    ['the prime minister', [0, 1, 0]],
    ['a minister', [0, 1, 1]],
  ])('%s', (text, expected) => {
    expect(scores(text)).toEqual(expected)
  })
})
