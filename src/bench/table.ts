/**
 * Markdown tables for the bench's output: one per section, numbers written
 * with few enough digits to read, "n/a" for anything not measured.
 */

export type Cell = string | number | undefined

/** Three significant digits, whole numbers from 1,000 up (with separators); "n/a" for NaN or undefined. */
export function formatNumber(n: number | undefined): string {
  if (n === undefined || Number.isNaN(n)) return 'n/a'
  if (!Number.isFinite(n)) return n > 0 ? '∞' : '-∞'
  const abs = Math.abs(n)
  if (abs >= 1000) return Math.round(n).toLocaleString('en-US')
  if (abs === 0) return '0'
  if (abs >= 100) return n.toFixed(0)
  if (abs >= 10) return n.toFixed(1)
  if (abs >= 1) return n.toFixed(2)
  if (abs >= 0.01) return n.toFixed(3)
  return n.toPrecision(2)
}

export function markdownTable(head: string[], rows: Cell[][]): string {
  const cell = (c: Cell) => (typeof c === 'number' ? formatNumber(c) : (c ?? 'n/a')).replaceAll('|', '\\|')
  return [
    `| ${head.map(cell).join(' | ')} |`,
    `|${head.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n')
}

/** A section: heading, a line saying what was measured and how, then its tables. */
export function section(title: string, note: string, ...tables: string[]): string {
  return [`## ${title}`, '', note, '', ...tables.flatMap((t) => [t, ''])].join('\n')
}

export const MiB = 1024 * 1024
