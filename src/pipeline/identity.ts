/**
 * Identity stage: every article's id, GUID and dates, and every story's id
 * and GUID. Ids derive from the seed path once and are then recorded in
 * seeds/catalog.json, so they never change when cleaning, summaries or
 * metadata improve; a curator who moves a seed keeps its id by moving its
 * catalog entry. Dates come from the curator, else the page, else the
 * first-seen date the build records, so feeds never reorder or duplicate
 * items between builds.
 */
import { createHash } from 'node:crypto'
import { v5 as uuidv5 } from 'uuid'
import type { CurationEntry } from '../model.ts'
import { earliestFirst } from '../order.ts'
import type { Recorded } from './curation.ts'

/** Fixed namespace for Gazette's name-based (version 5) UUIDs. */
const GAZETTE_NAMESPACE = '6f1c2a4e-3b7d-5e21-9a8c-0d4b7e6f5a31'

/** 12 hex digits of SHA-256 over the seed path: 48 bits, no collision in practice below millions of seeds. */
export function seedArticleId(seed: string): string {
  return createHash('sha256').update(`gazette:seed:${seed}`).digest('hex').slice(0, 12)
}

/**
 * A name-based UUID (RFC 9562 §5.5, version 5: SHA-1 over namespace and
 * name) for an article id, as a `urn:uuid:` URI: a valid, permanent
 * Atom id and RSS guid that does not depend on the site's domain.
 */
export function articleGuid(id: string): string {
  return gazetteUuid(`article:${id}`)
}

/** The same for a story id: a story's feed entry keeps its id as long as the story keeps its own. */
export function storyGuid(id: string): string {
  return gazetteUuid(`story:${id}`)
}

/**
 * A story's id: 12 hex digits derived from its earliest article's id. Later
 * articles joining leave it unchanged, so story URLs stay stable as a story
 * grows; it changes only if an article published before all current members
 * joins (a late-found earlier report), which then becomes the story's root.
 */
export function storyId(members: { id: string; published: string }[]): string {
  const root = [...members].sort(earliestFirst)[0]
  if (!root) throw new Error('stories: a story needs at least one article')
  return createHash('sha256').update(`story:${root.id}`).digest('hex').slice(0, 12)
}

function gazetteUuid(name: string): string {
  return `urn:uuid:${uuidv5(name, GAZETTE_NAMESPACE)}`
}

export interface Identity {
  id: string
  guid: string
  published: string
  modified: string
  /** Set when the catalog lacked the id or first-seen date: the build writes it back. */
  record: Recorded | null
}

/**
 * @param pageDate the publication date the clean stage read in the page header, if any
 * @param now the build's clock, used only for a seed seen for the first time
 */
export function resolveIdentity(seed: string, entry: CurationEntry | undefined, pageDate: string | null, now: string): Identity {
  const id = entry?.id ?? seedArticleId(seed)
  const firstSeen = entry?.first_seen ?? now
  const record = entry?.id && entry.first_seen ? null : { id, first_seen: firstSeen }
  return { id, guid: articleGuid(id), ...articleDates(entry, pageDate, firstSeen), record }
}

/**
 * An article's dates, decided here and nowhere else. The rule:
 * - `published`: the curator's `published`, else the date printed in the page
 *   header, else the first-seen date the build recorded;
 * - `modified`: the curator's `modified` when it is later than `published`,
 *   else `published` (a modification before publication is no update).
 * All three inputs are already `YYYY-MM-DDTHH:MM:SSZ` (parseCurationFile and
 * the clean stage normalise them), so they compare as text.
 */
export function articleDates(entry: CurationEntry | undefined, pageDate: string | null, firstSeen: string): { published: string; modified: string } {
  const published = entry?.published ?? pageDate ?? firstSeen
  const modified = entry?.modified && entry.modified > published ? entry.modified : published
  return { published, modified }
}
