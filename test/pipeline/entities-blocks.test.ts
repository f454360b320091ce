/**
 * Canonical entities settle by time block (entities/corpus.ts): the first
 * block where a name key appears decides its target and spelling from its
 * own counts; later blocks map to them, so an older article's entities never
 * change when newer ones arrive.
 */
import { describe, expect, it } from 'vitest'
import type { Entity, EntityKind } from '../../src/model.ts'
import { canonicalizeEntities } from '../../src/pipeline/entities/corpus.ts'

const JAN = '2024-01-10T09:00:00Z'
const FEB = '2024-02-10T09:00:00Z'
const entity = (name: string, kind: EntityKind = 'person'): Entity => ({ name, kind, slug: name.toLowerCase() })
const names = (lists: Entity[][]) => lists.map((list) => list.map((e) => e.name))

describe('canonicalizeEntities by time block', () => {
  it.each([
    {
      case: 'a spelling canonical in January stays when February spells it the other way more often',
      articles: [
        { published: JAN, entities: [entity('Kim Jong-un')] },
        { published: JAN, entities: [entity('Kim Jong-un')] },
        { published: JAN, entities: [entity('Kim Jong Un')] },
        { published: FEB, entities: [entity('Kim Jong Un')] },
        { published: FEB, entities: [entity('Kim Jong Un')] },
        { published: FEB, entities: [entity('Kim Jong Un')] },
      ],
      // January's counts: "Kim Jong-un" 2, "Kim Jong Un" 1. Over the whole corpus it would be 2 against 4.
      settled: [['Kim Jong-un'], ['Kim Jong-un'], ['Kim Jong-un'], ['Kim Jong-un'], ['Kim Jong-un'], ['Kim Jong-un']],
      oneBlock: [['Kim Jong Un'], ['Kim Jong Un'], ['Kim Jong Un'], ['Kim Jong Un'], ['Kim Jong Un'], ['Kim Jong Un']],
    },
    {
      case: 'an acronym seen alone in January stays itself after February defines it',
      articles: [
        { published: JAN, entities: [entity('KCNA', 'organization')] },
        { published: FEB, entities: [entity('Korean Central News Agency', 'organization'), entity('KCNA', 'organization')] },
      ],
      settled: [['KCNA'], ['Korean Central News Agency', 'KCNA']],
      oneBlock: [['Korean Central News Agency'], ['Korean Central News Agency']],
    },
    {
      case: 'an acronym in February joins the long name January defined',
      articles: [
        { published: JAN, entities: [entity('Korean Central News Agency', 'organization')] },
        { published: FEB, entities: [entity('KCNA', 'organization')] },
      ],
      settled: [['Korean Central News Agency'], ['Korean Central News Agency']],
      oneBlock: [['Korean Central News Agency'], ['Korean Central News Agency']],
    },
    {
      case: 'a lone surname in January stays itself; in February it joins the full name January had',
      articles: [
        { published: JAN, entities: [entity('Putin')] },
        { published: FEB, entities: [entity('Vladimir Putin')] },
        { published: FEB, entities: [entity('Zelensky')] },
        { published: JAN, entities: [entity('Volodymyr Zelensky')] },
      ],
      settled: [['Putin'], ['Vladimir Putin'], ['Volodymyr Zelensky'], ['Volodymyr Zelensky']],
      oneBlock: [['Vladimir Putin'], ['Vladimir Putin'], ['Volodymyr Zelensky'], ['Volodymyr Zelensky']],
    },
  ])('$case', ({ articles, settled, oneBlock }) => {
    const lists = articles.map((a) => a.entities)
    const published = articles.map((a) => a.published)
    expect(names(canonicalizeEntities(lists, published))).toEqual(settled)
    expect(names(canonicalizeEntities(lists))).toEqual(oneBlock)
    // January's articles get the same entities whether February's have arrived or not.
    const january = articles.flatMap((a, i) => (a.published === JAN ? [i] : []))
    const alone = canonicalizeEntities(january.map((i) => lists[i]!), january.map((i) => published[i]!))
    expect(alone).toEqual(january.map((i) => canonicalizeEntities(lists, published)[i]))
  })

  it('decides the kind with the spelling, from the first block’s counts', () => {
    const out = canonicalizeEntities(
      [[entity('Jordan', 'place')], [entity('Jordan', 'person')], [entity('Jordan', 'person')]],
      [JAN, FEB, FEB],
    )
    expect(out.map((list) => list[0]!.kind)).toEqual(['place', 'place', 'place'])
  })
})
