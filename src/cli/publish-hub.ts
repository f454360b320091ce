/**
 * `npm run publish-hub [-- --site URL] [--hub URL] [--out DIR] [--previous PATH] [--attempts N] [--backoff MS] [--timeout MS]`
 *
 * Tells the WebSub hub which feeds changed in the last build (see websub.ts):
 * it compares the kept answers' digests in DIR (default dist/site) with the
 * previous build's manifest (default: answers.previous.json beside DIR,
 * which the build writes; or a site folder, or a manifest file) and POSTs
 * `hub.mode=publish&hub.url=<feed URL>` for each changed feed. Run it after
 * deploying the build, as the hub fetches the feed at once.
 *
 * The hub and the site's URL come from wrangler.toml `[vars]` (WEBSUB_HUB,
 * SITE_URL) unless given. Without a hub it does nothing and says so.
 * Exit status: 0 all published (or nothing to do), 1 a feed could not be
 * published after its attempts, 2 bad arguments or a missing build.
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { parseArgs } from 'node:util'
import { type AnswerManifest } from '../served/answers.ts'
import { answersPath } from '../served/index.ts'
import { changedFeeds, PREVIOUS_ANSWERS, publishToHub } from './websub.ts'

const USAGE =
  'usage: npm run publish-hub -- [--site URL] [--hub URL] [--out DIR] [--previous PATH] [--attempts N] [--backoff MS] [--timeout MS] [--config FILE]'

function fail(message: string, code: number): never {
  process.stderr.write(`gazette publish-hub: ${message}\n`)
  process.exit(code)
}

let options: Record<string, string | undefined>
try {
  options = parseArgs({
    options: {
      site: { type: 'string' },
      hub: { type: 'string' },
      out: { type: 'string', default: 'dist/site' },
      previous: { type: 'string' },
      attempts: { type: 'string', default: '3' },
      backoff: { type: 'string', default: '1000' },
      timeout: { type: 'string', default: '10000' },
      config: { type: 'string', default: 'wrangler.toml' },
    },
  }).values
} catch (error) {
  fail(`${(error as Error).message}\n${USAGE}`, 2)
}

/** A string value of wrangler.toml's [vars] (only `NAME = "value"` lines: all Gazette's settings are strings). */
function wranglerVar(name: string): string | undefined {
  const path = options.config!
  if (!existsSync(path)) return undefined
  const text = readFileSync(path, 'utf8')
  const vars = text.slice(text.search(/^\[vars\]\s*$/m) >>> 0).split(/^\[(?!vars\])/m)[0]!
  return new RegExp(`^\\s*${name}\\s*=\\s*"([^"]*)"`, 'm').exec(vars)?.[1]
}

function httpUrl(value: string, flag: string): string {
  try {
    const url = new URL(value)
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href
  } catch {}
  return fail(`${flag} must be an absolute http(s) URL, got "${value}"\n${USAGE}`, 2)
}

function whole(flag: string, min: number, max: number): number {
  const n = Number(options[flag])
  if (!Number.isInteger(n) || n < min || n > max) fail(`--${flag} must be a whole number from ${min} to ${max}, got "${options[flag]}"`, 2)
  return n
}

function readManifest(path: string): AnswerManifest {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as AnswerManifest
  } catch (error) {
    return fail(`cannot read ${path}: ${(error as Error).message}`, 2)
  }
}

const hubSetting = options.hub ?? wranglerVar('WEBSUB_HUB')
if (!hubSetting?.trim()) {
  process.stdout.write('no WEBSUB_HUB configured (wrangler.toml [vars] or --hub): nothing to publish\n')
  process.exit(0)
}
const hub = httpUrl(hubSetting.trim(), '--hub (WEBSUB_HUB)')
const siteSetting = options.site ?? wranglerVar('SITE_URL')
if (!siteSetting?.trim()) fail(`the feeds' public URLs need the site's: set SITE_URL in wrangler.toml [vars] or pass --site\n${USAGE}`, 2)
const site = httpUrl(siteSetting.trim(), '--site (SITE_URL)').replace(/\/+$/, '')
const attempts = whole('attempts', 1, 10)
const backoffMs = whole('backoff', 0, 60_000)
const timeoutMs = whole('timeout', 100, 120_000)

const currentPath = join(options.out!, answersPath())
if (!existsSync(currentPath)) fail(`no build found at ${currentPath}: run \`npm run build\` first`, 2)
const current = readManifest(currentPath)
let previousPath = options.previous ?? join(dirname(options.out!), PREVIOUS_ANSWERS)
if (options.previous && existsSync(previousPath) && statSync(previousPath).isDirectory()) previousPath = join(previousPath, answersPath())
if (options.previous && !existsSync(previousPath)) fail(`--previous: nothing at ${previousPath}`, 2)
const previous = existsSync(previousPath) ? readManifest(previousPath) : null

const changed = changedFeeds(previous, current)
process.stdout.write(
  `${changed.length} feed(s) changed${previous ? ` since ${previousPath}` : ' (no previous build: every feed counts)'}; hub ${hub}\n`,
)
const results = await publishToHub({ hub, topics: changed.map((path) => site + path), attempts, backoffMs, timeoutMs, log: (line) => process.stdout.write(`${line}\n`) })
const failed = results.filter((r) => !r.ok)
if (failed.length > 0) fail(`${failed.length} of ${results.length} feed(s) not published: ${failed.map((r) => `${r.topic} (${r.outcome})`).join(', ')}`, 1)
