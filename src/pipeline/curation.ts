/**
 * `seeds/catalog.json`: the curator's metadata per seed, keyed by seed path.
 * Parsed strictly by one zod schema (every problem named with its line,
 * column, seed and field) and written back in one stable order, so the
 * build's recorded ids and first-seen dates make small, reviewable diffs.
 */
import { z } from 'zod'
import type { CurationFile } from '../model.ts'
import { normalizeDate } from '../dates.ts'
import { byCodeUnits } from '../order.ts'
import { remembered } from '../text/remembered.ts'
import { InputError, locatedIssues, parseJsonFile } from './json-file.ts'

export const ARTICLE_ID = /^[a-z0-9][a-z0-9-]{0,63}$/

/** A field's problem, after the value as written: `"ftp://x" is not an http(s) URL`. */
const problem = (text: string) => ({ error: (iss: { input?: unknown }) => `${JSON.stringify(iss.input)} ${text}` })
const NOT_ID = problem(`is not an id (lower-case letters, digits and '-', at most 64)`)
const NOT_URL = problem('is not an http(s) URL')
const NOT_TEXT = problem('is not a non-empty string')
const NOT_DATE = problem('is not a date (use YYYY-MM-DD or ISO 8601 like 2024-11-10T09:30:00Z)')
const NOT_LIST = problem('is not a list of strings')

/**
 * Normalised to `YYYY-MM-DDTHH:MM:SSZ` (src/dates.ts). Each text is read once
 * (the check and the transform ask for the same answer, and a build's
 * first-seen dates are one value for every seed it recorded): a catalog of
 * 100,000 seeds has 200,000 dates.
 */
const normalized = remembered(normalizeDate)
const date = z.string(NOT_DATE).refine((v) => normalized(v) !== null, NOT_DATE).transform((v) => normalized(v)!)
const nonBlank = z.string(NOT_TEXT).refine((v) => v.trim() !== '', NOT_TEXT).transform((v) => v.trim())
const list = z
  .custom<string[]>((v) => Array.isArray(v) && v.every((s) => typeof s === 'string' && s.trim() !== ''), NOT_LIST)
  .transform((v) => v.map((s) => s.trim()))

// In the order recordInCurationFile writes fields.
const FIELDS = {
  id: z.string(NOT_ID).regex(ARTICLE_ID, NOT_ID),
  first_seen: date,
  title: nonBlank,
  url: z.string(NOT_URL).refine(isHttpUrl, NOT_URL).transform((v) => new URL(v).href),
  source: nonBlank,
  authors: list,
  published: date,
  modified: date,
  topics: list,
}
const FIELD_ORDER = Object.keys(FIELDS) as (keyof typeof FIELDS)[]

const EntrySchema = z
  .strictObject(FIELDS, {
    error: (iss) => (iss.code === 'unrecognized_keys' ? `unknown field (known: ${FIELD_ORDER.join(', ')})` : 'expected an object of fields'),
  })
  .partial()

const CurationSchema = z.record(z.string(), EntrySchema, {
  error: 'expected an object keyed by seed path, like {"001.txt": {"published": "2024-11-10"}}',
})

/**
 * Parses and validates the catalog file; dates come back normalised to UTC.
 * Every problem is reported, in file order, with its line, column, seed and
 * field: `seeds/catalog.json:3:5: "a.txt".published: "next tuesday" is not a date …`.
 */
export function parseCurationFile(text: string, file: string): CurationFile {
  const result = CurationSchema.safeParse(parseJsonFile(text, file))
  if (result.success) return result.data
  throw new InputError(locatedIssues(result.error, text, file, where).join('\n'))
}

/** `"a.txt": ` for a seed's entry, `"a.txt".published: ` for one of its fields. */
function where(path: PropertyKey[]): string {
  const [seed, field] = path
  if (seed === undefined) return ''
  return field === undefined ? `"${String(seed)}": ` : `"${String(seed)}".${String(field)}: `
}

function isHttpUrl(value: string): boolean {
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
