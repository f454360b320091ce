/**
 * Markdown tables for the bench's output: one per section, numbers written
 * with few enough digits to read, "n/a" for anything not measured.
 */

export type Cell = string | number | undefined

/** Whole numbers as they are, others to three significant digits, 1,000 and up with separators; "n/a" for NaN or undefined. */
export function formatNumber(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return 'n/a'
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞'
  const abs = Math.abs(n)
  if (Math.round(abs) >= 1000) return Math.round(n).toLocaleString('en-US')
  if (Number.isInteger(n)) return String(n)
  if (abs >= 0.01) return n.toPrecision(3)
  return n.toPrecision(2)
}

/** Columns holding numbers are right-aligned. */
export function markdownTable(head: string[], rows: Cell[][]): string {
  const cell = (c: Cell) => (typeof c === 'number' ? formatNumber(c) : (c ?? 'n/a')).replaceAll('|', '\\|')
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map((_, i) => (rows.some((r) => typeof r[i] === 'number') ? ' ---: ' : ' --- ')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}

/** A section: heading, a line saying what was measured and how, then its tables. */
export function section(title: string, note: string, ...tables: string[]): string {
  return [`## ${title}`, '', note, '', ...tables.flatMap((t) => [t, ''])].join('\n')
}

export const MiB = 1024 * 1024
