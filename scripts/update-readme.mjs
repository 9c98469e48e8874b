// Rewrites the generated blocks of README.md from what the committed bundles really print, so the
// README never shows output coexist does not produce. test/readme.test.ts fails when they drift.
//   node scripts/update-readme.mjs          rewrite README.md
//   node scripts/update-readme.mjs --check  exit 1 when README.md is stale
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'

export function generatedBlocks() {
  const run = (args) => {
    try {
      return execFileSync(process.execPath, ['dist/cli/index.js', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
    } catch (error) {
      // `check` on the example exits 1 by design (it holds one unsupported pair); keep its output.
      if (typeof error.stdout === 'string' && error.status === 1) return error.stdout
      throw error
    }
  }
  return {
    'check-example': '```text\n' + run(['check', 'examples/coexist.yml']) + '```',
    matrix: run(['matrix']).replace(/^# .*\n\n/, ''),
  }
}

export function renderReadme(readme, blocks) {
  return readme.replace(/(<!-- generated:([a-z-]+) -->)\n[\s\S]*?(<!-- \/generated -->)/g, (whole, open, name, close) => {
    if (!(name in blocks)) throw new Error(`README.md has an unknown generated block "${name}"`)
    return `${open}\n${blocks[name].trimEnd()}\n${close}`
  })
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  const updated = renderReadme(readme, generatedBlocks())
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md is stale: run node scripts/update-readme.mjs')
      process.exit(1)
    }
  } else {
    writeFileSync('README.md', updated)
  }
}
