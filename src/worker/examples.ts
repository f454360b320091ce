/**
 * Examples in the route table and parameter schema name `{topic}`,
 * `{other-topic}`, `{article}` and `{story}`; these are filled from the
 * catalog being served, so every example answers on any catalog, the seeds'
 * as well as the tests'.
 */
import type { ServedIndex } from '../served/index.ts'

/** What the `{…}` names in examples stand for on one catalog. */
export interface ExampleValues {
  topic: string
  'other-topic': string
  article: string
  story: string
}

/** The catalog's first topics, newest article and newest story. */
export function exampleValues(index: ServedIndex): ExampleValues {
  const topics = index.topics.map((t) => t.slug)
  return {
    topic: topics[0] ?? 'none',
    'other-topic': topics[1] ?? topics[0] ?? 'none',
    article: firstId(index.articleIds) ?? 'none',
    story: firstId(index.storyIds) ?? 'none',
  }
}

export function fillExample(example: string, values: ExampleValues): string {
  return example.replace(/\{(topic|other-topic|article|story)\}/g, (_, name: keyof ExampleValues) => encodeURIComponent(values[name]))
}

/** The first of ids joined by "\n" (the newest), if any. */
const firstId = (ids: string): string | undefined => (ids === '' ? undefined : ids.split('\n', 1)[0])
