/**
 * Reads the curator's taxonomy (`seeds/topics.json`):
 *
 *   {"topics": [{"slug": "war-in-ukraine", "title": "…", "description": "…",
 *                "keywords": ["Ukraine", "front line", …]}]}
 *
 * The shape is one zod schema. The first problem in the file is reported as
 * a TaxonomyError naming the file, the line and column, and for a topic its
 * index and slug, so the curator can fix it without guessing.
 */
import { z } from 'zod'
import type { Topic } from '../model.ts'
import { InputError, locatedIssues, parseJsonFile } from './json-file.ts'

export class TaxonomyError extends InputError {
  override name = 'TaxonomyError'
}

/** URL-safe: lower-case letters and digits in groups joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

/** A required string with text in it; the messages name the field. */
const text = (field: string) =>
  z
    .string({ error: (iss) => (iss.input === undefined ? `missing "${field}"` : `"${field}" must be a string, not ${typeName(iss.input)}`) })
    .refine((value) => value.trim() !== '', { error: `"${field}" must not be empty`, abort: true })

// A keyword's messages follow "keyword <n> " (see where).
const keyword = z.string({ error: (iss) => `must be a string, not ${typeName(iss.input)}` }).refine((k) => k.trim() !== '', 'is empty')

const TopicSchema = z.object(
  {
    slug: text('slug').regex(SLUG, '"slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")'),
    title: text('title'),
    description: text('description'),
    keywords: z
      .array(keyword, {
        error: (iss) => (iss.input === undefined ? 'missing "keywords"' : `"keywords" must be an array of strings, not ${typeName(iss.input)}`),
      })
      .min(1, '"keywords" must list at least one keyword'),
  },
  { error: 'must be an object' },
)

const TaxonomySchema = z.object(
  {
    topics: z
      .array(TopicSchema, { error: '"topics" must be an array of topics' })
      // Run even when some topic is invalid, so a duplicate before it is still the first problem.
      .superRefine(noDuplicateSlugs, { when: (payload) => Array.isArray(payload.value) }),
  },
  { error: 'expected an object with a "topics" array at the top level' },
)

export function parseTaxonomy(json: string, file: string): Topic[] {
  let data: unknown
  try {
    data = parseJsonFile(json, file)
  } catch (error) {
    throw new TaxonomyError((error as Error).message)
  }
  const result = TaxonomySchema.safeParse(data)
  if (!result.success) throw new TaxonomyError(locatedIssues(result.error, json, file, (path) => where(data, path))[0]!)
  return result.data.topics
}

function noDuplicateSlugs(topics: unknown[], ctx: z.RefinementCtx): void {
  const first = new Map<string, number>()
  topics.forEach((topic, index) => {
    const slug = isRecord(topic) && typeof topic.slug === 'string' && SLUG.test(topic.slug) ? topic.slug : undefined
    if (slug === undefined) return
    const earlier = first.get(slug)
    if (earlier === undefined) first.set(slug, index)
    else ctx.addIssue({ code: 'custom', path: [index, 'slug'], input: slug, message: `duplicate slug: topic ${earlier} has the same slug` })
  })
}

/** `topic 2 ("war"): `, or `topic 2 ("war"): keyword 1 ` for a keyword; nothing for the file's top level. */
function where(data: unknown, path: PropertyKey[]): string {
  const [top, index, field, item] = path
  if (top !== 'topics' || typeof index !== 'number') return ''
  const raw = isRecord(data) && Array.isArray(data.topics) ? data.topics[index] : undefined
  const topic = isRecord(raw) && typeof raw.slug === 'string' ? `topic ${index} ("${raw.slug}"): ` : `topic ${index}: `
  return field === 'keywords' && typeof item === 'number' ? `${topic}keyword ${item} ` : topic
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function typeName(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
