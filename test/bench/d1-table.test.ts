/**
 * The d1 section's table works the free plan's quotas from what was
 * measured: a hand-made result, its figures worked out by hand.
 */
import { describe, expect, it } from 'vitest'
import type { SizeD1 } from '../../src/bench/d1.ts'
import { d1Tables } from '../../src/bench/d1-table.ts'

const result: SizeD1 = {
  size: 2_000,
  load: { articles: 2_000, rowsWritten: 10_000, bytes: 4 * 1024 * 1024 },
  queries: [
    {
      label: 'topic filter, limit=100',
      url: '/api/articles?topic=world&limit=100',
      staticMs: [3, 1, 2],
      d1Ms: [6, 2, 4],
      rowsReadPage: [300, 300, 300],
      rowsReadTotal: [200, 200, 200],
      sqlMs: [1, 1, 1],
      errors: { static: 0, d1: 1 },
      total: { static: 200, d1: 200 },
      bytes: { static: 1_000, d1: 1_000 },
      identical: true,
    },
  ],
  cold: { static: [10, 30, 20], d1: [40, 20, 60] },
}

describe('d1Tables', () => {
  const [load, queries, cold] = d1Tables([result])
  const cells = (table: string | undefined, row: number) => table!.split('\n')[row + 2]!.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, ''))

  it('works the write quota and the size at 100,000 articles', () => {
    // 10,000 rows for 2,000 articles: 5 each; ×50 = 500,000 rows, 5 days of 100,000;
    // 4 MiB = 4,194,304 bytes ×50 = 209.7 MB, 41.9% of 500 MB.
    expect(cells(load, 0)).toEqual(['2,000', '10,000', '5', '4', '500,000', '5', '210 MB (41.9% of 500 MB)'])
  })

  it('works the read quota at 100,000 articles and sets both ways side by side', () => {
    // 300 + 200 rows a request, 200 matches, a page of 101: at 100,000 the page stays 300 and the
    // total is 200 ×50 = 10,000: 10,300 rows; 5,000,000 / 10,300 = 485.4, 485 requests a day.
    // Medians: static 2, D1 4, ratio 2; p99 of three samples is the largest.
    expect(cells(queries, 0)).toEqual([
      'topic filter, limit=100: `/api/articles?topic=world&limit=100`',
      '2,000',
      '2 (3)',
      '4 (6)',
      '2',
      '500 (300 + 200)',
      '1',
      '200 / 200',
      '1,000 / 1,000, identical',
      '10,300',
      '485',
      '3',
      '0 / 1',
    ])
  })

  it('gives each way its cold start', () => {
    expect(cells(cold, 0)).toEqual(['2,000', '20 (30)', '40 (60)', '2', '3'])
  })
})
