/**
 * The build CLI as a curator runs it (`npm run build`): a child process of
 * tsx on src/cli/build.ts, with the first-seen clock pinned, so every test
 * that goes through the real CLI starts it the same way.
 */
import { spawn, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'

// 2026-01-02T03:04:05Z: the clock for first-seen dates, pinned.
export const EPOCH = '1767323045'
const TSX = resolve('node_modules/.bin/tsx')
const CLI = resolve('src/cli/build.ts')

export interface BuildRun {
  status: number | null
  stdout: string
  stderr: string
}

const options = (cwd: string) => ({ cwd, env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH } })

/** The CLI with `args`, waited for. */
export function runBuild(args: string[], cwd = process.cwd()): BuildRun {
  const run = spawnSync(TSX, [CLI, ...args], { ...options(cwd), encoding: 'utf8' })
  return { status: run.status, stdout: run.stdout, stderr: run.stderr }
}

/** The CLI with `args`, without blocking this process (a loopback server in it must go on answering). */
export function startBuild(args: string[], cwd = process.cwd()): Promise<BuildRun> {
  return new Promise((done) => {
    const child = spawn(TSX, [CLI, ...args], options(cwd))
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d) => (stdout += d))
    child.stderr.on('data', (d) => (stderr += d))
    child.on('close', (status) => done({ status, stdout, stderr }))
  })
}

/** Every file under `dir` by its relative path, with its text: two builds compare byte for byte. */
export function tree(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (path: string, rel: string) => {
    for (const name of readdirSync(path).sort()) {
      const full = join(path, name)
      if (statSync(full).isDirectory()) walk(full, `${rel}${name}/`)
      else files[`${rel}${name}`] = readFileSync(full, 'utf8')
    }
  }
  walk(dir, '')
  return files
}
