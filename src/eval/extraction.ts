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
import { PAGE_FLOOR, scoreDistribution } from './distribution.ts'
import { splitHalves } from './halves.ts'
import type { EvalReport, EvalRow, Evaluator } from './types.ts'

const TARGET_F1 = 0.93

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
    const pages: ScoredPage[] = []
    for (const id of ids) {
      const text = readFileSync(join(dir, `${id}.txt`), 'utf8')
      const truth = gold[id]!.articleBody!
      // Shingles ignore white space, so how blocks are joined does not count.
      const predicted = bodyText(cleanPage(text))
      const ours = pageCounts(truth, predicted)
      pages.push({
        id,
        ours,
        baseline: pageCounts(truth, text),
        oursRaw: shingleCounts(truth, predicted),
        baselineRaw: shingleCounts(truth, text),
      })
      if (traced.has(id) || traced.has('all')) console.error(tracePage(id, text, truth, ours))
    }
    const halves = splitHalves(pages, (p) => p.id)
    const sets: [string, ScoredPage[]][] = [['all', pages], ['half A', halves.A], ['half B', halves.B]]
    const folder = dir.split(/[\\/]/).filter(Boolean).pop()
    return {
      title: `Extraction (${folder}, ${ids.length} pages: half A ${halves.A.length}, half B ${halves.B.length})`,
      baselineName: 'keep every line',
      rows: sets.flatMap(([name, set]) => setRows(name, set)),
      notes: [
        'precision / recall / F1: the shingle metric of scrapinghub/article-extraction-benchmark (bags of 4-token shingles; each page\'s counts scaled to sum to 1, precision and recall averaged over pages, F1 of the averages). micro: raw shingle counts summed over all pages. median and "< 0.5": the distribution of per-page F1. Halves: src/eval/halves.ts (halfOf of the page id); change the cleaner looking at one half, accept the change when the other does not drop.',
        ...sets.map(([name, set]) => {
          const worst = scoreDistribution(set.map((p) => ({ id: p.id, score: pageF1(p.ours) }))).worst
          return `Worst pages by F1 (${name}): ${worst.map((w) => `${w.id} (${w.score.toFixed(3)})`).join(', ')}`
        }),
      ],
    } satisfies EvalReport
  },
}

interface ScoredPage {
  id: string
  ours: PageCounts
  baseline: PageCounts
  oursRaw: PageCounts
  baselineRaw: PageCounts
}

/** Macro P/R/F1, micro F1 and the per-page F1 distribution of one set of pages, ours beside the baseline. */
function setRows(name: string, set: ScoredPage[]): EvalRow[] {
  const score = averageScores(set.map((p) => p.ours))
  const base = averageScores(set.map((p) => p.baseline))
  const micro = microScores(set.map((p) => p.oursRaw))
  const microBase = microScores(set.map((p) => p.baselineRaw))
  const spread = scoreDistribution(set.map((p) => ({ id: p.id, score: pageF1(p.ours) })))
  const baseSpread = scoreDistribution(set.map((p) => ({ id: p.id, score: pageF1(p.baseline) })))
  const target = name === 'all' ? TARGET_F1 : undefined
  return [
    { metric: `${name}: precision`, value: score.precision, baseline: base.precision },
    { metric: `${name}: recall`, value: score.recall, baseline: base.recall },
    { metric: `${name}: F1`, value: score.f1, baseline: base.f1, target },
    { metric: `${name}: micro F1`, value: micro.f1, baseline: microBase.f1, target },
    { metric: `${name}: median page F1`, value: spread.median, baseline: baseSpread.median },
    { metric: `${name}: share of pages F1 < ${PAGE_FLOOR}`, value: spread.shareBelow, baseline: baseSpread.shareBelow, target: name === 'all' ? 0 : undefined },
  ]
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
