/**
 * `stories` evaluator, for folders shaped like bbc-dev
 * (`articles/<category>/<n>.txt`: headline line, then paragraphs separated
 * by blank lines). Every article gets the same published date, the worst
 * case for the date signal, so only text and entities keep stories apart.
 *
 * Duplicates are scored against exact duplicates (identical files) and,
 * for information, identical bodies under a different headline. Stories are
 * grouped over the articles left after folding (as the build does) and
 * scored by how many of their article pairs cross a category: such a pair
 * joins unrelated articles, so the target is 0.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { extractEntities } from '../pipeline/entities.ts'
import { canonicalizeEntities } from '../pipeline/entities/corpus.ts'
import { findDuplicates, shingles } from '../pipeline/duplicates.ts'
import { groupStories } from '../pipeline/stories.ts'
import { type Block, makeArticle } from '../model.ts'
import { bodyText } from '../text/article-text.ts'
import type { EvalReport, Evaluator } from './types.ts'

interface Doc {
  id: string
  category: string
  raw: string
  title: string
  body: Block[]
}

function readDocs(dir: string): Doc[] {
  const root = join(dir, 'articles')
  const docs: Doc[] = []
  for (const category of readdirSync(root).sort()) {
    if (!statSync(join(root, category)).isDirectory()) continue
    for (const file of readdirSync(join(root, category)).sort()) {
      if (!file.endsWith('.txt')) continue
      const raw = readFileSync(join(root, category, file), 'utf8')
      const [title = '', ...rest] = raw.split('\n')
      const body = rest.join('\n').split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean).map((text): Block => ({ type: 'p', text }))
      docs.push({ id: `${category}/${file}`, category, raw, title: title.trim(), body })
    }
  }
  return docs
}

/** Unordered pairs of ids that share a key. */
function pairsByKey(docs: Doc[], key: (d: Doc) => string): Set<string> {
  const groups = new Map<string, string[]>()
  for (const d of docs) {
    const list = groups.get(key(d))
    if (list) list.push(d.id)
    else groups.set(key(d), [d.id])
  }
  return pairsOfGroups([...groups.values()])
}

function pairsOfGroups(groups: string[][]): Set<string> {
  const pairs = new Set<string>()
  for (const g of groups) {
    const ids = [...g].sort()
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) pairs.add(`${ids[i]}|${ids[j]}`)
  }
  return pairs
}

const jaccard = (a: Set<number>, b: Set<number>) => {
  let shared = 0
  for (const x of a) if (b.has(x)) shared++
  return shared / Math.max(1, a.size + b.size - shared)
}
const overlap = (a: Set<string>, b: Set<string>) => [...a].filter((p) => b.has(p)).length
const ratio = (n: number, d: number) => (d === 0 ? 1 : n / d)

const PUBLISHED = '2005-01-01T00:00:00Z'

export const storiesEvaluator: Evaluator = {
  name: 'stories',
  accepts: (dir) => existsSync(join(dir, 'articles')) && statSync(join(dir, 'articles')).isDirectory(),
  async run(dir): Promise<EvalReport> {
    const docs = readDocs(dir)
    const started = Date.now()
    const groups = findDuplicates(docs.map((d) => ({ id: d.id, seed: d.id, published: PUBLISHED, text: d.raw })))
    const dupMs = Date.now() - started
    const predicted = pairsOfGroups(groups.map((g) => [g.kept, ...g.folded]))
    const exact = pairsByKey(docs, (d) => d.raw.trim())
    const sameBody = pairsByKey(docs, bodyText)
    const folded = new Set(groups.flatMap((g) => g.folded))
    const kept = docs.filter((d) => !folded.has(d.id))
    const entities = canonicalizeEntities(kept.map((d) => extractEntities({ title: d.title, body: d.body })))
    const articles = kept.map((d, i) => makeArticle({ id: d.id, seed: d.id, title: d.title, published: PUBLISHED, body: d.body, entities: entities[i]! }))
    const stories = groupStories(articles)
    const category = new Map(docs.map((d) => [d.id, d.category]))
    const raw = new Map(docs.map((d) => [d.id, d.raw]))
    const storyPairs = [...pairsOfGroups(stories.map((s) => s.articles))].map((p) => p.split('|'))
    const crossing = storyPairs.filter(([a, b]) => category.get(a!) !== category.get(b!)).length
    return {
      title: `Duplicates and stories (${dir.split('/').pop()}, ${docs.length} articles)`,
      rows: [
        { metric: 'duplicate pairs, precision vs exact copies', value: ratio(overlap(predicted, exact), predicted.size), target: 1 },
        { metric: 'duplicate pairs, recall vs exact copies', value: ratio(overlap(predicted, exact), exact.size), target: 1 },
        { metric: 'duplicate pairs, precision vs same body', value: ratio(overlap(predicted, sameBody), predicted.size) },
        { metric: 'duplicate pairs found', value: predicted.size },
        { metric: 'stories', value: stories.length },
        { metric: 'articles in stories', value: stories.reduce((n, s) => n + s.articles.length, 0) },
        { metric: 'largest story (articles)', value: Math.max(0, ...stories.map((s) => s.articles.length)) },
        { metric: 'story article-pairs crossing categories (share)', value: ratio(crossing, storyPairs.length) - (storyPairs.length ? 0 : 1), target: 0 },
      ],
      notes: [
        `Reference pairs: ${exact.size} exact copies, ${sameBody.size} with the same body; found ${predicted.size} in ${groups.length} groups (${dupMs} ms).`,
        // Folded pairs outside the strict reference are meant to be edited copies: listed so a reader can check.
        `Folded but not exact copies, with the Jaccard similarity of their 5-word shingles (the build folds at ≥ 0.5, or 80% containment): ${
          [...predicted]
            .filter((p) => !exact.has(p))
            .map((p) => {
              const [a, b] = p.split('|').map((id) => shingles(raw.get(id)!))
              return `${p.replace('|', ' = ')} (${jaccard(a!, b!).toFixed(2)})`
            })
            .join('; ') || 'none'
        }.`,
        `Stories grouped over the ${kept.length} articles left after folding, all dated ${PUBLISHED}; ${crossing} of ${storyPairs.length} story pairs cross categories.`,
        stories.slice(0, 40).map((s) => `- ${s.articles.join(', ')}: ${s.title}`).join('\n'),
      ],
    }
  },
}
