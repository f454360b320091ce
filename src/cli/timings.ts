/**
 * Per-stage wall time for `npm run build -- --timings FILE`, read by the
 * bench. Stages are the ones the progress lines name; a stage runs from its
 * first report (the first stage: from the timer's start) until the next
 * stage's first report (or the end), so work a
 * stage does after its last report (entities made canonical after the last
 * summary) is counted in it.
 */
export interface Timings {
  /** Milliseconds per stage, in the order the stages ran. */
  stages: Record<string, number>
  totalMs: number
}

export interface StageTimer {
  /** Pass every progress report through this. */
  report: (stage: string, done: number, total: number) => void
  finish: () => Timings
}

export function stageTimer(now: () => number = () => performance.now()): StageTimer {
  const started = now()
  const stages: Record<string, number> = {}
  let current: string | undefined
  let since = started
  const close = (at: number) => {
    if (current !== undefined) stages[current] = (stages[current] ?? 0) + (at - since)
  }
  return {
    report: (stage) => {
      if (stage === current) return
      if (current === undefined && Object.keys(stages).length === 0) {
        current = stage // the first stage starts with the timer
        return
      }
      const at = now()
      close(at)
      current = stage
      since = at
    },
    finish: () => {
      const at = now()
      close(at)
      current = undefined
      return { stages: { ...stages }, totalMs: at - started }
    },
  }
}
