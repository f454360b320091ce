import { describe, expect, it } from 'vitest'
import type { Topic } from '../../src/model.ts'
import { assignTopics } from '../../src/pipeline/topics.ts'

// A taxonomy shaped like a curator's world-news one (written here, not the
// seeds'): is an article about a mutual-defence pact, or does it only mention one?
const topic = (slug: string, keywords: string[]): Topic => ({ slug, title: slug, description: '', keywords })
const TAXONOMY = [
  topic('treaties', ['treaty', 'ratify', 'parliament', 'entry into force']),
  topic('defence-pacts', ['mutual defence', 'defence pact', 'mutual assistance', 'armed attack', 'military support', 'alliance']),
  topic('war', ['troops', 'front line', 'soldiers']),
  topic('diplomacy', ['foreign minister', 'visit', 'talks']),
]

// Worked by hand, keywords only: each keyword adds log2(1 + 3×headline hits + body hits)
// units; the longest keyword at a word wins ("mutual defence pact" is one "mutual
// defence"). A primary topic needs 2 units; a further topic 2 units and a quarter of the primary's.
describe('a mutual-defence pact as the subject or in passing', () => {
  it.each([
    {
      // defence: "mutual defence" in the headline log2(4) = 2, "military support" 1, "armed attack" 1 → 4
      case: 'a pact as the headline subject',
      title: 'Two neighbours sign a mutual defence pact',
      text: 'Each side promises military support if the other suffers an armed attack.',
      expected: ['defence-pacts'],
    },
    {
      // treaties: parliament 2 + ratify 2 + treaty log2(1 + 3 + 1) = 2.32 → 6.32;
      // defence: mutual defence, mutual assistance, armed attack → 3 ≥ max(2, 6.32 / 4)
      case: 'a ratified treaty that is a pact: both topics',
      title: 'Parliament ratifies the treaty',
      text: 'The treaty is a mutual defence pact: each side owes the other mutual assistance against an armed attack.',
      expected: ['treaties', 'defence-pacts'],
    },
    {
      // war: troops 2 + soldiers 1 = 3 ≥ max(2, 4 / 4); defence: defence pact 2 + armed attack 1 + mutual assistance 1 = 4
      case: 'troops sent under a pact: the pact first, the war second',
      title: 'Troops arrive under the new defence pact',
      text: 'The soldiers were sent after an armed attack, under the mutual assistance clause.',
      expected: ['defence-pacts', 'war'],
    },
    {
      // diplomacy: foreign minister 2 + visit 2 + talks log2(5) = 2.32 → 6.32;
      // defence: one "mutual defence" (the words of "defence pact" are taken) → 1 < 2
      case: 'a pact named once in a report of talks',
      title: 'Foreign minister visits Seoul for talks',
      text: 'The talks covered trade and fishing rights. The two countries signed a mutual defence pact last year.',
      expected: ['diplomacy'],
    },
    {
      // war: troops 2 + front line 2 + soldiers 1 = 5; defence: alliance 1 < 2
      case: 'an alliance named once in a war report',
      title: 'Troops pushed back from the front line',
      text: 'Soldiers dug in overnight. The alliance between the two armies is old.',
      expected: ['war'],
    },
    {
      // treaties: treaty log2(7) 2.81 + ratify log2(5) 2.32 + parliament log2(5) 2.32 + entry into force 1 = 8.45;
      // defence: alliance 1 + military support 1 = 2 < 8.45 / 4 = 2.11
      case: 'two side remarks in a long treaty report',
      title: 'Parliament ratifies the treaty',
      text: 'The treaty was ratified by parliament today. Its entry into force is set for May. The treaty names an old alliance and military support given in 1990; the treaty also covers fishing.',
      expected: ['treaties'],
    },
  ])('$case', ({ title, text, expected }) => {
    expect(assignTopics([{ id: 'a', title, text }], TAXONOMY, { expand: false }).get('a')).toEqual(expected)
  })
})
