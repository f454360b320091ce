/**
 * The API's paging cursor: opaque to clients, the sort key of the last item
 * of a page (an article's `published`, a story's `dateEnd`, then its id).
 */
import { readDate } from '../dates.ts'
import { Invalid } from './invalid.ts'

export interface Cursor {
  date: string
  id: string
}

/** base64url of `date|id`. */
export function encodeCursor(c: Cursor): string {
  return btoa(`${c.date}|${c.id}`).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

export function parseCursor(raw: string): Cursor {
  let text: string
  try {
    text = atob(raw.replace(/-/g, '+').replace(/_/g, '/'))
  } catch {
    throw new Invalid('cursor: not a cursor this API gave out')
  }
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z)\|([0-9a-z-]{1,64})$/.exec(text)
  // The date is one the index holds (isoOf: whole seconds, UTC), so a real instant written as the model writes it.
  const reading = match ? readDate(match[1]!) : undefined
  if (!match || !reading?.ok || reading.iso !== match[1]) throw new Invalid('cursor: not a cursor this API gave out')
  return { date: match[1]!, id: match[2]! }
}
