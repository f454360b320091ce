/**
 * Orderings, in one place so that the build, the served index and the
 * Worker's cursor agree. Text compares by UTF-16 code units, never by locale
 * (localeCompare follows the machine's ICU data); model dates are all
 * `YYYY-MM-DDTHH:MM:SSZ`, so code-unit order is time order. Every order ends
 * on the id, so it never depends on input order. Imports nothing: the Worker
 * uses it too.
 */

/** Code-unit order of two strings. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Newest first by `date`, ties by id ascending. */
export function newestFirstBy<T extends { id: string }>(date: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => byCodeUnits(date(b), date(a)) || byCodeUnits(a.id, b.id)
}

/** Earliest first by `date`, ties by id ascending. */
export function earliestFirstBy<T extends { id: string }>(date: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => byCodeUnits(date(a), date(b)) || byCodeUnits(a.id, b.id)
}

interface Published {
  id: string
  published: string
}

/** Articles newest first: the served index, every feed and list, Story.articles. */
export const newestFirst = newestFirstBy((a: Published) => a.published)

/** Articles earliest first: a story's chronology, its root (its id) and which article gives a figure first. */
export const earliestFirst = earliestFirstBy((a: Published) => a.published)

/** Stories newest first by their latest article (`dateEnd`): the served index, the story feeds and lists. */
export const storiesNewestFirst = newestFirstBy((s: { id: string; dateEnd: string }) => s.dateEnd)

/** Longest first, then code-unit order: where a longer name must win over a name inside it ("North Korea" over "Korea"). */
export function longestFirst(a: string, b: string): number {
  return b.length - a.length || byCodeUnits(a, b)
}
