/**
 * Per-stage wall time and memory for `npm run build -- --timings FILE`, read
 * by the bench. Stages are the ones the progress lines name; a stage runs
 * from its first report (the first stage: from the timer's start) until the
 * next stage's first report (or the end), so work a
 * stage does after its last report (entities made canonical after the last
 * summary) is counted in it. Memory (memory.ts), when the timer is given a
 * probe: each stage's peak resident memory, every thread's, and this thread's
 * heap in use at the stage's end, so the stage holding the build's peak is
 * measured rather than projected.
 */
import type { PeakMemory } from './memory.ts'

export interface Timings {
  /** Milliseconds per stage, in the order the stages ran. */
  stages: Record<string, number>
  totalMs: number
  /** Per stage, MiB: the peak resident memory while it ran (the largest of its windows when it ran twice). */
  peakRssMiB?: Record<string, number>
  /** MiB: the largest of the stages' peaks and the start-up's before the first stage, so the build's own peak. */
  processPeakRssMiB?: number
  /** Per stage, MiB: this thread's heap in use at its (last) end; garbage not yet collected counts. */
  heapUsedMiB?: Record<string, number>
  /** False where each stage's peak is the process's peak so far, not its own (memory.ts: no reset here). */
  peakPerStage?: boolean
}

export interface StageTimer {
  /** Pass every progress report through this. */
  report: (stage: string, done: number, total: number) => void
  finish: () => Timings
}

export interface MemoryProbe extends PeakMemory {
  heapUsedBytes: () => number
}

const MIB = 1024 * 1024
/** MiB to one decimal: finer than any difference a build's memory means. */
const mib = (bytes: number) => Math.round((bytes / MIB) * 10) / 10

export function stageTimer(now: () => number = () => performance.now(), memory?: MemoryProbe): StageTimer {
  const started = now()
  const stages: Record<string, number> = {}
  const peaks: Record<string, number> = {}
  const heaps: Record<string, number> = {}
  let processPeak = 0
  if (memory) {
    processPeak = memory.peakBytes()
    memory.reset()
  }
  let current: string | undefined
  let since = started
  const close = (at: number) => {
    if (current === undefined) return
    stages[current] = (stages[current] ?? 0) + (at - since)
    if (!memory) return
    const peak = memory.peakBytes()
    peaks[current] = Math.max(peaks[current] ?? 0, peak)
    processPeak = Math.max(processPeak, peak)
    heaps[current] = memory.heapUsedBytes()
    memory.reset()
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
      const timings: Timings = { stages: { ...stages }, totalMs: at - started }
      if (!memory) return timings
      const perStage = (record: Record<string, number>) => Object.fromEntries(Object.entries(record).map(([stage, bytes]) => [stage, mib(bytes)]))
      return { ...timings, peakRssMiB: perStage(peaks), processPeakRssMiB: mib(processPeak), heapUsedMiB: perStage(heaps), peakPerStage: memory.resets }
    },
  }
}
