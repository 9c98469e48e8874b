// Validates action.yml with @action-validator/cli (SchemaStore's github-action schema).
// The latest release on npm (0.6.0) embeds a schema whose `runs.using` list ends at node20, while
// GitHub runs JavaScript actions on node24 (node20 leaves the runners in September 2026). So the
// file is validated as written except for that one value, which is checked here instead: it must
// be node24, and `main` must name the committed bundle.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const text = readFileSync('action.yml', 'utf8')
const using = /^\s+using:\s*(\S+)\s*$/m.exec(text)?.[1]
const main = /^\s+main:\s*(\S+)\s*$/m.exec(text)?.[1]
const fail = (message) => {
  console.error(`action.yml: ${message}`)
  process.exit(1)
}
if (using !== 'node24') fail(`runs.using is ${using}; GitHub runs JavaScript actions on node24`)
if (!main || !existsSync(main)) fail(`runs.main (${main}) does not exist`)

const copy = path.join(mkdtempSync(path.join(tmpdir(), 'coexist-action-')), 'action.yml')
writeFileSync(copy, text.replace(/^(\s+using:\s*)node24\s*$/m, '$1node20'))
try {
  execFileSync('action-validator', [copy], { stdio: 'inherit' })
} catch {
  console.error('action.yml: action-validator found the problems above')
  process.exit(1)
}
console.log('action.yml: valid (SchemaStore schema; runs.using node24 checked separately)')
