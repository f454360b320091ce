/**
 * "extraction": how well the Clean stage keeps an article's body and drops
 * page furniture. Reads any folder with `gold.json` ({id: {articleBody}})
 * beside `<id>.txt` page dumps, and scores the joined `cleanPage(text).body`
 * against each gold body with the article-extraction-benchmark's shingle
 * metric (see shingles.ts). The baseline keeps every line of the dump.
 *
 * Set GAZETTE_EXTRACTION_TRACE=<id>[,<id>…] (or "all") to print, for those
 * pages, every line of the dump marked with the stage's decision and whether
 * the gold body has it: the quickest way to see a failure's class.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { cleanPage, explainPage } from '../pipeline/clean.ts'
import { bodyText } from '../text/article-text.ts'
import { averageScores, microScores, pageCounts, pageF1, shingleBag, shingleCounts, tokenize, type PageCounts } from './shingles.ts'
import type { EvalReport, Evaluator } from './types.ts'

const TARGET_F1 = 0.93
const WORST_SHOWN = 5

interface GoldPage {
  articleBody?: string
}

function readGold(dir: string): Record<string, GoldPage> {
  const path = join(dir, 'gold.json')
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(`extraction: ${path} is not valid JSON (${(error as Error).message})`)
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`extraction: ${path} must map page ids to {articleBody}`)
  }
  return parsed as Record<string, GoldPage>
}

/** Ids that have both a gold body and a dump, sorted so runs are reproducible. */
function pageIds(dir: string, gold: Record<string, GoldPage>): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => name.slice(0, -'.txt'.length))
    .filter((id) => typeof gold[id]?.articleBody === 'string')
    .sort()
}

export const extractionEvaluator: Evaluator = {
  name: 'extraction',
  accepts(dir) {
    if (!existsSync(join(dir, 'gold.json'))) return false
    try {
      return pageIds(dir, readGold(dir)).length > 0
    } catch {
      return false
    }
  },
  async run(dir) {
    const gold = readGold(dir)
    const ids = pageIds(dir, gold)
    const traced = new Set((process.env.GAZETTE_EXTRACTION_TRACE ?? '').split(',').filter(Boolean))
    const ours: PageCounts[] = []
    const baseline: PageCounts[] = []
    const oursRaw: PageCounts[] = []
    const baselineRaw: PageCounts[] = []
    const perPage: { id: string; f1: number }[] = []
    for (const id of ids) {
      const text = readFileSync(join(dir, `${id}.txt`), 'utf8')
      const truth = gold[id]!.articleBody!
      // Shingles ignore white space, so how blocks are joined does not count.
      const predicted = bodyText(cleanPage(text))
      const counts = pageCounts(truth, predicted)
      ours.push(counts)
      baseline.push(pageCounts(truth, text))
      oursRaw.push(shingleCounts(truth, predicted))
      baselineRaw.push(shingleCounts(truth, text))
      perPage.push({ id, f1: pageF1(counts) })
      if (traced.has(id) || traced.has('all')) console.error(tracePage(id, text, truth, counts))
    }
    const score = averageScores(ours)
    const base = averageScores(baseline)
    const micro = microScores(oursRaw)
    const microBase = microScores(baselineRaw)
    const worst = [...perPage].sort((a, b) => a.f1 - b.f1 || (a.id < b.id ? -1 : 1)).slice(0, WORST_SHOWN)
    const folder = dir.split(/[\\/]/).filter(Boolean).pop()
    return {
      title: `Extraction (${folder}, ${ids.length} pages)`,
      baselineName: 'keep every line',
      rows: [
        { metric: 'precision', value: score.precision, baseline: base.precision },
        { metric: 'recall', value: score.recall, baseline: base.recall },
        { metric: 'F1', value: score.f1, baseline: base.f1, target: TARGET_F1 },
        { metric: 'micro precision', value: micro.precision, baseline: microBase.precision },
        { metric: 'micro recall', value: micro.recall, baseline: microBase.recall },
        { metric: 'micro F1', value: micro.f1, baseline: microBase.f1, target: TARGET_F1 },
      ],
      notes: [
        'precision / recall / F1: the shingle metric of scrapinghub/article-extraction-benchmark (bags of 4-token shingles; each page\'s counts scaled to sum to 1, precision and recall averaged over pages, F1 of the averages). micro: raw shingle counts summed over all pages.',
        `Worst pages by F1: ${worst.map((w) => `${w.id} (${w.f1.toFixed(3)})`).join(', ')}`,
      ],
    } satisfies EvalReport
  },
}

/**
 * One page's dump, line by line: `+` kept and in gold, `FP` kept but not in
 * gold, `FN` in gold but dropped, blank for dropped furniture. A short line is
 * "in gold" when its tokens occur there in a row; a long one when most of its
 * shingles do.
 */
function tracePage(id: string, text: string, truth: string, counts: PageCounts): string {
  const goldBag = shingleBag(truth)
  const goldTokens = ` ${tokenize(truth).join(' ')} `
  const { body, ...header } = cleanPage(text)
  const out = [
    `=== ${id}  F1 ${pageF1(counts).toFixed(3)}  tp ${counts.tp.toFixed(3)} fp ${counts.fp.toFixed(3)} fn ${counts.fn.toFixed(3)}  blocks ${body.length}`,
    `    ${JSON.stringify(header)}`,
  ]
  for (const line of explainPage(text)) {
    const tokens = tokenize(line.text)
    let inGold = false
    if (tokens.length > 0 && tokens.length < 8) {
      inGold = goldTokens.includes(` ${tokens.join(' ')} `)
    } else if (tokens.length > 0) {
      let found = 0
      let total = 0
      for (const [key, n] of shingleBag(line.text)) {
        total += n
        found += Math.min(n, goldBag.get(key) ?? 0)
      }
      inGold = found / total >= 0.5
    }
    const mark = line.kept ? (inGold ? '+ ' : 'FP') : inGold ? 'FN' : '  '
    out.push(`${mark} ${line.reason.padEnd(14).slice(0, 14)} ${line.text.slice(0, 150)}`)
  }
  return out.join('\n')
}
