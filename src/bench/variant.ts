/**
 * What is measured: the working tree ("current") and, with --baseline REF, a
 * git worktree of REF beside it, so every section can run both interleaved
 * and report current / baseline. Each variant runs its own code with its
 * own tools (tsx, wrangler) under the Node that runs the bench.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

export interface Variant {
  name: string
  root: string
}

export class BenchError extends Error {}

export function baselineVariant(ref: string, repo: string, work: string): Variant {
  const root = join(work, 'baseline')
  const added = spawnSync('git', ['worktree', 'add', '--detach', root, ref], { cwd: repo, encoding: 'utf8' })
  if (added.status !== 0) throw new BenchError(`cannot check out baseline ${ref}: ${added.stderr.trim()}`)
  const locked = (dir: string) => (JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as Lockfile).packages ?? {}
  if (lockCovers(locked(repo), locked(root))) symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'))
  else if (spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' }).status !== 0) throw new BenchError('npm ci failed for the baseline')
  return { name: `baseline (${ref})`, root }
}

interface Lockfile {
  packages?: Record<string, { version?: string }>
}

/** The current node_modules serves the baseline when every package it locks is there at the same version (added packages do no harm). */
export function lockCovers(current: NonNullable<Lockfile['packages']>, baseline: NonNullable<Lockfile['packages']>): boolean {
  return Object.entries(baseline).every(([path, p]) => path === '' || current[path]?.version === p.version)
}

export function removeBaseline(repo: string, work: string): void {
  if (existsSync(join(work, 'baseline'))) spawnSync('git', ['worktree', 'remove', '--force', join(work, 'baseline')], { cwd: repo })
}

/** `node <root>/node_modules/tsx/dist/cli.mjs`: the variant's tsx under this Node. */
export const tsxCommand = (v: Variant): string[] => [process.execPath, join(v.root, 'node_modules/tsx/dist/cli.mjs')]

/** The package exports no bin path; its package.json sits beside bin/. */
export const wranglerCommand = (v: Variant): string[] => [process.execPath, join(v.root, 'node_modules/wrangler/bin/wrangler.js')]

/** Wrangler offline: no `Request.cf` download, no metrics (as src/cli/serve.ts runs it). */
export const OFFLINE_ENV = { CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' }

export function shortCommit(root: string): string {
  return spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim() || 'unknown'
}
