/**
 * The curator's list of upstream feeds: `seeds/sources.json`
 *
 *   {"sources": [{"url": "https://…/feed.xml", "name": "…", "topics": ["…"],
 *                 "limit": 50, "max_age_days": 30, "full_text": false}]}
 *
 * (only `url` required; a url may be a path relative to the seeds folder), and
 * `seeds/sources.opml`, a feed reader's subscription export read as it is:
 * every `<outline>` with an `xmlUrl`, at any depth, its `title` (else `text`)
 * as the outlet's name. The JSON is one zod schema, and every problem is
 * reported at once, each naming the file, line, column, source and field, as
 * seeds/catalog.json's are (pipeline/json-file.ts).
 */
import { XMLParser } from 'fast-xml-parser'
import { z } from 'zod'
import type { SourceConfig } from '../model.ts'
import { InputError, locatedIssues, parseJsonFile } from '../pipeline/json-file.ts'

/** A field's problem, after the value as written; a missing required field is `missing`. */
const problem = (text: string) => ({ error: (iss: { input?: unknown }) => (iss.input === undefined ? 'missing' : `${JSON.stringify(iss.input)} ${text}`) })
const NOT_SOURCE_URL = problem('is not an http(s) URL or a path relative to the seeds folder')
const NOT_TEXT = problem('is not a non-empty string')
const NOT_LIST = problem('is not a list of topic slugs')
const NOT_COUNT = problem('is not a whole number from 1 to 10000')
const NOT_BOOLEAN = problem('is not true or false')

/** An http(s) URL, or a relative path that stays inside the seeds folder. */
export function isSourceUrl(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol)
    } catch {
      return false
    }
  }
  return value.trim() !== '' && !value.startsWith('/') && !value.split(/[\\/]/).includes('..')
}

const count = z.int(NOT_COUNT).min(1, NOT_COUNT).max(10_000, NOT_COUNT)

const SourceSchema = z.strictObject(
  {
    url: z.string(NOT_SOURCE_URL).trim().refine(isSourceUrl, NOT_SOURCE_URL),
    name: z.string(NOT_TEXT).trim().min(1, NOT_TEXT).optional(),
    topics: z.array(z.string(NOT_LIST).trim().min(1, NOT_LIST), NOT_LIST).optional(),
    limit: count.optional(),
    max_age_days: count.optional(),
    full_text: z.boolean(NOT_BOOLEAN).optional(),
  },
  {
    error: (iss) =>
      iss.code === 'unrecognized_keys'
        ? 'unknown field (known: url, name, topics, limit, max_age_days, full_text)'
        : iss.input === undefined
          ? 'missing'
          : 'expected an object like {"url": "https://…/feed.xml"}',
  },
)

const SourcesSchema = z.strictObject(
  { sources: z.array(SourceSchema, { error: '"sources" must be a list of sources' }) },
  { error: (iss) => (iss.code === 'unrecognized_keys' ? 'unknown field (known: sources)' : 'expected an object like {"sources": [{"url": "https://…/feed.xml"}]}') },
)

/** `source 2 ("https://…")`: for messages. */
function where(data: unknown) {
  return (path: PropertyKey[]): string => {
    const [top, index, field] = path
    if (top !== 'sources' || typeof index !== 'number') return ''
    const url = (data as { sources?: { url?: unknown }[] })?.sources?.[index]?.url
    const label = `source ${index + 1}${typeof url === 'string' ? ` (${JSON.stringify(url)})` : ''}`
    return field === undefined ? `${label}: ` : `${label}.${String(field)}: `
  }
}

export function parseSourcesFile(text: string, file: string): SourceConfig[] {
  const data = parseJsonFile(text, file)
  const result = SourcesSchema.safeParse(data)
  if (!result.success) throw new InputError(locatedIssues(result.error, text, file, where(data)).join('\n'))
  return result.data.sources.map((s) => {
    const source: SourceConfig = { url: s.url }
    if (s.name !== undefined) source.name = s.name
    if (s.topics !== undefined) source.topics = s.topics
    if (s.limit !== undefined) source.limit = s.limit
    if (s.max_age_days !== undefined) source.maxAgeDays = s.max_age_days
    if (s.full_text !== undefined) source.fullText = s.full_text
    return source
  })
}

const opmlParser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => name === 'outline', processEntities: true, htmlEntities: true })

/** OPML 2.0 (opml.org/spec2): `<opml><body><outline xmlUrl="…" title="…"/>…`, outlines nested in folders. */
export function parseOpmlFile(text: string, file: string): SourceConfig[] {
  let doc: Record<string, unknown>
  try {
    doc = opmlParser.parse(text) as Record<string, unknown>
  } catch (error) {
    throw new InputError(`${file}: not well-formed XML (${(error as Error).message.split('\n')[0]})`)
  }
  const opml = doc['opml'] as Record<string, unknown> | undefined
  const body = opml?.['body']
  if (!opml || typeof opml !== 'object') throw new InputError(`${file}: not OPML (expected an <opml> root element with a <body>)`)
  const sources: SourceConfig[] = []
  const problems: string[] = []
  const walk = (node: unknown): void => {
    if (!node || typeof node !== 'object') return
    for (const outline of ((node as Record<string, unknown>)['outline'] as Record<string, unknown>[] | undefined) ?? []) {
      if (!outline || typeof outline !== 'object') continue
      const xmlUrl = typeof outline['@xmlUrl'] === 'string' ? outline['@xmlUrl'].trim() : null
      const name = [outline['@title'], outline['@text']].find((v): v is string => typeof v === 'string' && v.trim() !== '')?.trim()
      if (xmlUrl !== null) {
        if (isSourceUrl(xmlUrl)) sources.push(name ? { url: xmlUrl, name } : { url: xmlUrl })
        else problems.push(`${file}: outline ${JSON.stringify(name ?? xmlUrl)}: xmlUrl ${JSON.stringify(xmlUrl)} is not an http(s) URL or a path relative to the seeds folder`)
      }
      walk(outline)
    }
  }
  walk(body)
  if (problems.length) throw new InputError(problems.join('\n'))
  return sources
}

/**
 * Problems with the topics sources force, against the taxonomy: one message
 * per source and slug (`seeds/sources.json: source 2 ("https://…").topics:
 * unknown topic slug "x" (known: …)`), none when all are known.
 */
export function unknownSourceTopics(sources: SourceConfig[], slugs: Set<string>, file: string): string[] {
  return sources.flatMap((source, i) =>
    (source.topics ?? [])
      .filter((slug) => !slugs.has(slug))
      .map((slug) => `${file}: source ${i + 1} (${JSON.stringify(source.url)}).topics: unknown topic slug "${slug}" (known: ${[...slugs].join(', ')})`),
  )
}

/** sources.json's sources, then the OPML's; an address listed twice is read once, from its first listing. */
export function mergeSources(lists: SourceConfig[][]): { sources: SourceConfig[]; warnings: string[] } {
  const seen = new Set<string>()
  const sources: SourceConfig[] = []
  const warnings: string[] = []
  for (const source of lists.flat()) {
    if (seen.has(source.url)) {
      warnings.push(`sources: ${source.url} is listed more than once; read once, as first listed`)
      continue
    }
    seen.add(source.url)
    sources.push(source)
  }
  return { sources, warnings }
}
