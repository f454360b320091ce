/**
 * compromise, with its sweep's rule look-up made faster. Every tagging pass
 * (the post-tagger's ~570 match rules for claims, the name rules for
 * entities) runs `sweep`, which first lists, for each sentence, the rules
 * whose words or tags the sentence holds. compromise 14 does that by testing
 * every one of the net's ~730 hook keys against each sentence and
 * concatenating and de-duplicating the rule lists anew: a tenth of the
 * build's per-article work in the profile. Here each sentence's own words
 * and tags are looked up in an index of the keys, and rules are
 * de-duplicated with a stamp per distinct match.
 *
 * The result is compromise's, rule for rule and in the same order (its
 * steps, 1-one/sweep/methods/sweep/*.js, are followed one by one below;
 * test/pipeline/compromise-sweep.test.ts checks the tags against its own
 * sweep), so tagging is unchanged. Build-side only, like nlp.ts. Every module
 * that tags with compromise imports it from here, so the faster sweep is in
 * place before any tagging.
 */
import nlp from 'compromise'

/** A match rule as compromise's buildNet leaves it (only the fields the sweep reads are typed). */
interface Rule {
  match: unknown
  needs: string[]
  ifNo?: string[]
  wants: string[]
  minWant: number
  minWords: number
  unTag?: unknown
}
interface Net {
  hooks: Record<string, Rule[]>
  always: Rule[]
}
type Term = { normal: string }
interface Methods {
  one: {
    cacheDoc(document: Term[][]): Set<string>[]
    match(docs: Term[][], rule: Rule): { ptrs: number[][] }
    bulkMatch(document: Term[][], net: Net, methods: Methods, opts?: { matchOne?: boolean }): unknown[]
  }
}

/**
 * A net's hook keys in compromise's order (Object.keys), each key's rules
 * and the id of each rule's match text, for de-duplication, in parallel.
 */
interface HookIndex {
  keyOrder: Map<string, number>
  rulesAt: Rule[][]
  matchIdsAt: Int32Array[]
  stamps: Int32Array
  stamp: number
}
const hookIndexes = new WeakMap<Record<string, Rule[]>, HookIndex>()

function hookIndex(hooks: Record<string, Rule[]>): HookIndex {
  let index = hookIndexes.get(hooks)
  if (index) return index
  const keys = Object.keys(hooks)
  const matchIds = new Map<string, number>()
  const rulesAt = keys.map((key) => hooks[key]!)
  const matchIdsAt = rulesAt.map((rules) =>
    Int32Array.from(rules, (rule) => {
      // compromise de-duplicates by the match as an object key, that is, as a string.
      const text = String(rule.match)
      if (!matchIds.has(text)) matchIds.set(text, matchIds.size)
      return matchIds.get(text)!
    }),
  )
  index = { keyOrder: new Map(keys.map((k, i) => [k, i])), rulesAt, matchIdsAt, stamps: new Int32Array(matchIds.size), stamp: 0 }
  hookIndexes.set(hooks, index)
  return index
}

/** 01-getHooks.js: per sentence, the rules of every hook key it holds, in key order, each match text once. */
function getHooks(docCaches: Set<string>[], hooks: Record<string, Rule[]>): Rule[][] {
  const index = hookIndex(hooks)
  return docCaches.map((cache) => {
    const held: number[] = []
    for (const item of cache) {
      const at = index.keyOrder.get(item)
      if (at !== undefined) held.push(at)
    }
    held.sort((a, b) => a - b)
    // A stamp per sentence marks the match texts taken; before the Int32 stamps would wrap, they start over.
    if (index.stamp === 0x7fffffff) index.stamps.fill((index.stamp = 0))
    const stamp = ++index.stamp
    const { stamps } = index
    const maybe: Rule[] = []
    for (const at of held) {
      const rules = index.rulesAt[at]!
      const ids = index.matchIdsAt[at]!
      for (let r = 0; r < rules.length; r++) {
        if (stamps[ids[r]!] === stamp) continue
        stamps[ids[r]!] = stamp
        maybe.push(rules[r]!)
      }
    }
    return maybe
  })
}

/** 02-trim-down.js: every need held, no `ifNo` held, enough wants held. */
function trimDown(maybeList: Rule[][], docCache: Set<string>[]): Rule[][] {
  return maybeList.map((list, n) => {
    const haves = docCache[n]!
    const kept: Rule[] = []
    for (const rule of list) if (holdsNeeds(rule, haves)) kept.push(rule)
    return kept
  })
}

function holdsNeeds(rule: Rule, haves: Set<string>): boolean {
  for (const need of rule.needs) if (!haves.has(need)) return false
  if (rule.ifNo !== undefined) for (const no of rule.ifNo) if (haves.has(no)) return false
  if (rule.wants.length === 0) return true
  let wanted = 0
  for (const want of rule.wants) if (haves.has(want)) wanted++
  return wanted >= rule.minWant
}

/** 04-runMatch.js: each remaining rule matched on its sentence. */
function runMatch(maybeList: Rule[][], document: Term[][], methods: Methods, opts: { matchOne?: boolean }): unknown[] {
  const results: unknown[] = []
  for (let n = 0; n < maybeList.length; n += 1) {
    for (const rule of maybeList[n]!) {
      const found = methods.one.match([document[n]!], rule)
      if (found.ptrs.length === 0) continue
      for (const ptr of found.ptrs) {
        ptr[0] = n
        const todo = Object.assign({}, rule, { pointer: ptr })
        if (rule.unTag !== undefined) todo.unTag = rule.unTag
        results.push(todo)
      }
      if (opts.matchOne === true) return [results[0]]
    }
  }
  return results
}

/** sweep/index.js, with getHooks above. */
function bulkMatch(document: Term[][], net: Net, methods: Methods, opts: { matchOne?: boolean } = {}): unknown[] {
  const docCache = methods.one.cacheDoc(document)
  let maybeList = trimDown(getHooks(docCache, net.hooks), docCache)
  if (net.always.length > 0) maybeList = maybeList.map((list) => list.concat(net.always))
  maybeList = maybeList.map((list, i) => list.filter((rule) => document[i]!.length >= rule.minWords))
  return runMatch(maybeList, document, methods, opts)
}

const methods = nlp.methods() as unknown as Methods
/** compromise's own sweep, for the test that compares the two. */
export const compromiseBulkMatch = methods.one.bulkMatch
methods.one.bulkMatch = bulkMatch

export default nlp
