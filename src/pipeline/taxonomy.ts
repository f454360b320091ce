/**
 * Reads the curator's taxonomy (`seeds/topics.json`):
 *
 *   {"topics": [{"slug": "war-in-ukraine", "title": "…", "description": "…",
 *                "keywords": ["Ukraine", "front line", …]}]}
 *
 * Every problem is reported as a TaxonomyError naming the file and, for a
 * topic, its index and slug, so the curator can fix it without guessing.
 */
import type { Topic } from '../model.ts'
import { InputError, parseJsonFile } from './json-file.ts'

export class TaxonomyError extends InputError {
  override name = 'TaxonomyError'
}

/** URL-safe: lower-case letters and digits in groups joined by single hyphens. */
export const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/

export function parseTaxonomy(json: string, file: string): Topic[] {
  let data: unknown
  try {
    data = parseJsonFile(json, file)
  } catch (error) {
    throw new TaxonomyError((error as Error).message)
  }
  if (!isRecord(data)) throw new TaxonomyError(`${file}: expected an object with a "topics" array at the top level`)
  if (!Array.isArray(data.topics)) throw new TaxonomyError(`${file}: "topics" must be an array of topics`)

  const seen = new Map<string, number>()
  return data.topics.map((raw: unknown, index: number): Topic => {
    const rawSlug = isRecord(raw) && typeof raw.slug === 'string' ? raw.slug : undefined
    const where = rawSlug === undefined ? `topic ${index}` : `topic ${index} ("${rawSlug}")`
    const fail = (problem: string): never => {
      throw new TaxonomyError(`${file}: ${where}: ${problem}`)
    }
    if (!isRecord(raw)) return fail('must be an object')

    const text = (field: 'slug' | 'title' | 'description'): string => {
      const value = raw[field]
      if (value === undefined) return fail(`missing "${field}"`)
      if (typeof value !== 'string') return fail(`"${field}" must be a string, not ${typeName(value)}`)
      if (!value.trim()) return fail(`"${field}" must not be empty`)
      return value
    }
    const slug = text('slug')
    if (!SLUG.test(slug)) fail('"slug" must be lower-case letters and digits joined by single hyphens (like "war-in-ukraine")')
    const earlier = seen.get(slug)
    if (earlier !== undefined) fail(`duplicate slug: topic ${earlier} has the same slug`)
    seen.set(slug, index)
    const title = text('title')
    const description = text('description')

    const keywords = raw.keywords
    if (keywords === undefined) return fail('missing "keywords"')
    if (!Array.isArray(keywords)) return fail(`"keywords" must be an array of strings, not ${typeName(keywords)}`)
    if (keywords.length === 0) fail('"keywords" must list at least one keyword')
    keywords.forEach((keyword: unknown, k: number) => {
      if (typeof keyword !== 'string') fail(`keyword ${k} must be a string, not ${typeName(keyword)}`)
      else if (!keyword.trim()) fail(`keyword ${k} is empty`)
    })
    return { slug, title, description, keywords: keywords as string[] }
  })
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
