// The import part of `npm run bench`: `coexist import` on generated inventories of 10,000, 100,000
// and 1,000,000 rows (bench/inventory.mjs), as whole processes on Node 24, with `node -e 0` for
// scale. Growth is the time ratio from one size to the next (10×
// the rows each); the target is linear: ≤ 10× the time for 10× the rows.
import { Buffer } from 'node:buffer'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fmt, pad, ratio, sample, summarize } from './harness.mjs'
import { generateInventory } from './inventory.mjs'

export const IMPORT_ROWS = [10_000, 100_000, 1_000_000]

/**
 * Generates each inventory and times `coexist import --clients … --servers …` (standard output to
 * a file) `runs` times (fewer at a million rows: `largeRuns`). A run counts only if it exited 1 —
 * the generated estate has agents no source classifies, as real ones do — and wrote a topology
 * holding every pool.
 */
export async function benchImport({ tmp, cli, runtime, rows, runs, largeRuns, rssFile, haveTime }) {
  const dir = path.join(tmp, 'import')
  mkdirSync(dir, { recursive: true })
  const results = { runtime: runtime.version, sizes: {}, growth: [] }
  let failed = false
  for (const size of rows) {
    const generated = generateInventory(size)
    const clients = path.join(dir, `clients-${size}.csv`)
    const servers = path.join(dir, `servers-${size}.csv`)
    writeFileSync(clients, generated.clients)
    writeFileSync(servers, generated.servers)
    const out = path.join(dir, `topology-${size}.yml`)
    const count = size >= 1_000_000 ? Math.min(runs, largeRuns) : runs
    console.error(
      `bench: import of ${size.toLocaleString('en-US')} rows (${(Buffer.byteLength(generated.clients) / 1e6).toFixed(1)} MB), ${count} run(s)`,
    )
    const { raw, failed: crashed } = await sample({
      subjects: ['node-e-0', 'import'],
      runs: count,
      runtime,
      label: `import of ${size} rows`,
      commandOf: (subject) =>
        subject === 'node-e-0'
          ? { args: ['-e', '0'], cwd: dir, env: { PATH: process.env.PATH } }
          : {
              args: [cli, 'import', '--clients', clients, '--servers', servers, '--root', dir],
              cwd: dir,
              env: { PATH: process.env.PATH },
              stdoutFile: out,
            },
      ok: (subject, command, run) =>
        subject === 'node-e-0'
          ? run.status === 0
          : run.status === 1 && readFileSync(out, 'utf8').includes('nyc-ocs.contoso.com'),
      rssFile,
      haveTime,
    })
    if (crashed) failed = true
    results.sizes[size] = {
      rows: size,
      bytes: Buffer.byteLength(generated.clients),
      runs: count,
      raw,
      medians: { 'node-e-0': summarize(raw['node-e-0']), import: summarize(raw.import) },
    }
  }
  for (let i = 1; i < rows.length; i++) {
    const [from, to] = [results.sizes[rows[i - 1]], results.sizes[rows[i]]]
    results.growth.push({
      from: from.rows,
      to: to.rows,
      sizeFactor: to.rows / from.rows,
      timeFactor: ratio(to.medians.import.wallMs, from.medians.import.wallMs),
      rssFactor: ratio(to.medians.import.rssMb, from.medians.import.rssMb),
    })
  }
  return { results, failed }
}

export function printImport(imported) {
  console.log(
    `\nimport: coexist import on generated inventories (${imported.runtime}); median wall time and peak RSS`,
  )
  const widths = [10, 9, 9, 8, 14]
  const line = (cells) => cells.map((c, i) => pad(c, widths[i], i === 0)).join(' ')
  console.log(line(['rows', 'MB', 'wall ms', 'RSS MB', 'growth t']))
  console.log(line(widths.map((w) => '-'.repeat(w))))
  for (const entry of Object.values(imported.sizes)) {
    const growth = imported.growth.find((g) => g.to === entry.rows)
    console.log(
      line([
        entry.rows.toLocaleString('en-US'),
        fmt(entry.bytes / 1e6, 1),
        fmt(entry.medians.import.wallMs),
        fmt(entry.medians.import.rssMb, 1),
        growth ? `${fmt(growth.timeFactor, 2)} (${growth.sizeFactor}×)` : '',
      ]),
    )
  }
}
