/**
 * The process's peak resident memory over a window, for the build's
 * --timings (timings.ts): which stage holds the build's peak. Resident
 * memory counts every thread's heap (the per-article worker threads share
 * the process), which `process.memoryUsage().heapUsed` (this thread only)
 * does not.
 *
 * On Linux the kernel keeps the high-water mark, VmHWM in /proc/self/status,
 * and proc(5) says of /proc/pid/clear_refs: "5 (since Linux 4.0) Reset the
 * peak resident set size ("high water mark") to the process's current
 * resident set size value." So a window's peak is the mark read at its end
 * after a reset at its start, however long the thread is busy (a sampling
 * timer would not fire during a synchronous corpus stage). The reset also
 * lowers what getrusage, and so /usr/bin/time, reports as the process's
 * peak: a caller keeps the largest window itself (the bench takes the larger
 * of both). Where there is no such file, a window's peak is the process's
 * peak so far (`process.resourceUsage().maxRSS`) and `resets` is false.
 */
import { accessSync, constants, readFileSync, writeFileSync } from 'node:fs'

export interface PeakMemory {
  /** Peak resident bytes since the last reset (or since the process began, when resets is false). */
  peakBytes: () => number
  /** Starts a new window; does nothing when resets is false. */
  reset: () => void
  /** Whether reset works here: when false each window's peak is the peak so far. */
  resets: boolean
}

/** "VmHWM:\t  123456 kB" of /proc/self/status, in bytes; null when absent. */
export function highWaterBytes(status: string): number | null {
  const match = /^VmHWM:\s+(\d+)\s+kB$/m.exec(status)
  return match ? Number(match[1]) * 1024 : null
}

const STATUS = '/proc/self/status'
const CLEAR_REFS = '/proc/self/clear_refs'

export function peakMemory(): PeakMemory {
  const linux = (() => {
    try {
      if (highWaterBytes(readFileSync(STATUS, 'utf8')) === null) return false
      // Only checked here: a reset now would lose the peak before the caller's first window.
      accessSync(CLEAR_REFS, constants.W_OK)
      return true
    } catch {
      return false
    }
  })()
  if (!linux) return { peakBytes: () => process.resourceUsage().maxRSS * 1024, reset: () => {}, resets: false }
  return {
    peakBytes: () => highWaterBytes(readFileSync(STATUS, 'utf8')) ?? 0,
    reset: () => writeFileSync(CLEAR_REFS, '5'),
    resets: true,
  }
}
