/**
 * Deploy section: what `wrangler deploy` would upload, beside Cloudflare's
 * limits. The Worker bundle comes from `wrangler deploy --dry-run --outdir`
 * (the cpu section imports the same file); the catalog's asset files are
 * counted in the built folder.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { ratio } from './stats.ts'
import { type Cell, markdownTable, MiB } from './table.ts'
import { BenchError, OFFLINE_ENV, type Variant, wranglerCommand } from './variant.ts'

/** Cloudflare Workers, free plan (developers.cloudflare.com/workers/platform/limits, /static-assets). */
export const LIMITS = {
  cpuMsPerRequest: 10,
  isolateMiB: 128,
  assetFiles: 20_000,
  assetFileMiB: 25,
  bundleGzipMiB: 3,
}

export interface Bundle {
  path: string
  rawBytes: number
  gzipBytes: number
}

/** Bundles the variant's Worker as a deploy would, without uploading; `emptyAssets` is any empty folder. */
export function bundleWorker(v: Variant, outdir: string, emptyAssets: string): Bundle {
  mkdirSync(emptyAssets, { recursive: true })
  const [node, ...args] = [...wranglerCommand(v), 'deploy', '--dry-run', '--outdir', outdir, '--assets', emptyAssets]
  const run = spawnSync(node!, args, { cwd: v.root, encoding: 'utf8', env: { ...process.env, ...OFFLINE_ENV } })
  if (run.status !== 0) throw new BenchError(`wrangler deploy --dry-run failed in ${v.name}:\n${(run.stdout + run.stderr).slice(-2000)}`)
  const path = join(outdir, 'index.js')
  const bytes = readFileSync(path)
  return { path, rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length }
}

export interface AssetStats {
  files: number
  bytes: number
  largest: { path: string; bytes: number }
}

export function assetStats(site: string): AssetStats {
  const stats: AssetStats = { files: 0, bytes: 0, largest: { path: '', bytes: 0 } }
  const walk = (dir: string, rel: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path, `${rel}${entry.name}/`)
      else {
        const bytes = statSync(path).size
        stats.files++
        stats.bytes += bytes
        if (bytes > stats.largest.bytes) stats.largest = { path: rel + entry.name, bytes }
      }
    }
  }
  walk(site, '')
  return stats
}

export interface SizeDeploy {
  size: number
  /** Per variant name. */
  assets: Map<string, AssetStats>
}

export function deployTable(bundles: Map<string, Bundle>, sizes: SizeDeploy[], variants: Variant[]): string {
  const head = ['metric', ...variants.map((v) => v.name), ...(variants.length > 1 ? ['ratio'] : []), 'free-plan limit', 'share of limit (current)']
  const line = (name: string, values: number[], limit: number | '', share: number | ''): Cell[] => [
    name,
    ...values,
    ...(variants.length > 1 ? [ratio(values[0]!, values[1]!)] : []),
    limit === '' ? '' : limit,
    share,
  ]
  const kib = (b: number) => b / 1024
  const bundle = (v: Variant) => bundles.get(v.name)
  const rows: Cell[][] = [
    line('Worker bundle, raw (KiB)', variants.map((v) => kib(bundle(v)?.rawBytes ?? NaN)), '', ''),
    line('Worker bundle, gzip (KiB)', variants.map((v) => kib(bundle(v)?.gzipBytes ?? NaN)), LIMITS.bundleGzipMiB * 1024, (bundle(variants[0]!)?.gzipBytes ?? NaN) / (LIMITS.bundleGzipMiB * MiB)),
  ]
  for (const s of sizes) {
    const n = `${s.size.toLocaleString('en-US')} articles`
    const a = (v: Variant) => s.assets.get(v.name)
    const cur = a(variants[0]!)
    rows.push(
      line(`${n}: asset files`, variants.map((v) => a(v)?.files ?? NaN), LIMITS.assetFiles, (cur?.files ?? NaN) / LIMITS.assetFiles),
      line(`${n}: asset bytes, total (MiB)`, variants.map((v) => (a(v)?.bytes ?? NaN) / MiB), '', ''),
      line(`${n}: largest asset file (KiB): ${cur?.largest.path ?? ''}`, variants.map((v) => kib(a(v)?.largest.bytes ?? NaN)), LIMITS.assetFileMiB * 1024, (cur?.largest.bytes ?? NaN) / (LIMITS.assetFileMiB * MiB)),
    )
  }
  return markdownTable(head, rows)
}
