/**
 * `seeds/catalog.json`: the curator's metadata per seed, keyed by seed path.
 * Parsed strictly (every problem named with its seed and field) and written
 * back in one stable order, so the build's recorded ids and first-seen dates
 * make small, reviewable diffs.
 */
import type { CurationEntry, CurationFile } from '../model.ts'
import { normalizeDate } from '../dates.ts'
import { byCodeUnits } from '../order.ts'
import { InputError, parseJsonFile } from './json-file.ts'

const FIELD_ORDER = ['id', 'first_seen', 'title', 'url', 'source', 'authors', 'published', 'modified', 'topics'] as const
type Field = (typeof FIELD_ORDER)[number]
const STRING_FIELDS = new Set<Field>(['title', 'source'])
const DATE_FIELDS = new Set<Field>(['first_seen', 'published', 'modified'])
const LIST_FIELDS = new Set<Field>(['authors', 'topics'])
export const ARTICLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** Parses and validates the catalog file; dates come back normalised to UTC. */
export function parseCurationFile(text: string, file: string): CurationFile {
  const value = parseJsonFile(text, file)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new InputError(`${file}: expected an object keyed by seed path, like {"001.txt": {"published": "2024-11-10"}}`)
  }
  const problems: string[] = []
  const catalog: CurationFile = {}
  for (const [seed, raw] of Object.entries(value)) {
    const where = `${file}: "${seed}"`
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      problems.push(`${where}: expected an object of fields`)
      continue
    }
    const entry: CurationEntry = {}
    for (const [field, fieldValue] of Object.entries(raw as Record<string, unknown>)) {
      const problem = checkField(field, fieldValue, entry)
      if (problem) problems.push(`${where}.${field}: ${problem}`)
    }
    catalog[seed] = entry
  }
  if (problems.length > 0) throw new InputError(problems.join('\n'))
  return catalog
}

function checkField(field: string, value: unknown, entry: CurationEntry): string | null {
  if (!(FIELD_ORDER as readonly string[]).includes(field)) return `unknown field (known: ${FIELD_ORDER.join(', ')})`
  const name = field as Field
  const shown = JSON.stringify(value)
  if (name === 'id') {
    if (typeof value !== 'string' || !ARTICLE_ID.test(value)) return `${shown} is not an id (lower-case letters, digits and '-', at most 64)`
    entry.id = value
  } else if (name === 'url') {
    if (!isHttpUrl(value)) return `${shown} is not an http(s) URL`
    entry.url = new URL(value).href
  } else if (STRING_FIELDS.has(name)) {
    if (typeof value !== 'string' || !value.trim()) return `${shown} is not a non-empty string`
    entry[name as 'title' | 'source'] = value.trim()
  } else if (DATE_FIELDS.has(name)) {
    const date = typeof value === 'string' ? normalizeDate(value) : null
    if (!date) return `${shown} is not a date (use YYYY-MM-DD or ISO 8601 like 2024-11-10T09:30:00Z)`
    entry[name as 'first_seen' | 'published' | 'modified'] = date
  } else if (LIST_FIELDS.has(name)) {
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v.trim())) return `${shown} is not a list of strings`
    entry[name as 'authors' | 'topics'] = value.map((v: string) => v.trim())
  }
  return null
}

function isHttpUrl(value: unknown): value is string {
  if (typeof value !== 'string') return false
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/** What the build records for a seed it sees for the first time. */
export interface Recorded {
  id: string
  first_seen: string
}

/**
 * The catalog file's text with `recorded` added: the curator's values stay as
 * written; seeds are put in code-unit order and fields in one fixed order,
 * two-space indent, so each build's additions make a small, reviewable diff.
 */
export function recordInCurationFile(text: string, file: string, recorded: Map<string, Recorded>): string {
  const raw = (text.trim() ? parseJsonFile(text, file) : {}) as Record<string, Record<string, unknown>>
  for (const [seed, { id, first_seen }] of recorded) {
    const entry = (raw[seed] ??= {})
    entry.id ??= id
    entry.first_seen ??= first_seen
  }
  const ordered: Record<string, Record<string, unknown>> = {}
  for (const seed of Object.keys(raw).sort(byCodeUnits)) {
    const entry = raw[seed]!
    const out: Record<string, unknown> = {}
    for (const field of FIELD_ORDER) if (entry[field] !== undefined) out[field] = entry[field]
    ordered[seed] = out
  }
  return JSON.stringify(ordered, null, 2) + '\n'
}
