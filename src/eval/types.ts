/** What every evaluator reports: named figures, each beside its baseline. */
export interface EvalRow {
  metric: string
  value: number
  /** The same figure for the baseline the evaluator names, when there is one. */
  baseline?: number
  /** The figure the project has set as a target, when there is one. */
  target?: number
}

export interface EvalReport {
  /** "Cleaning (extraction-dev, 46 pages)". */
  title: string
  /** What the baseline column is: "keep every line". */
  baselineName?: string
  rows: EvalRow[]
  notes: string[]
}

export interface Evaluator {
  name: string
  /** True when `dir` holds a data set of the kind this evaluator reads. */
  accepts(dir: string): boolean
  run(dir: string): Promise<EvalReport>
}
