// Builds the two committed bundles: dist/index.js (the action, as action.yml runs it) and
// dist/cli/index.js (the `coexist` command). .ci/run rebuilds them and fails when they differ
// from what is committed. ncc type-checks everything tsconfig.json includes, tests too.
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { asciiOnly } from './ascii-only.mjs'
import { GENERATED } from './generate.mjs'

// The schemas' validators and the registry of built-in matrices are part of what the bundles are
// built from; regenerate them first.
for (const { file, generate } of GENERATED) writeFileSync(file, generate())

rmSync('dist', { recursive: true, force: true })
const ncc = (entry, out) =>
  execFileSync(
    'ncc',
    ['build', entry, '--out', out, '--license', 'licenses.txt', '--target', 'es2022', '--quiet'],
    { stdio: 'inherit' },
  )
ncc('src/index.ts', 'dist')
ncc('src/cli/index.ts', 'dist/cli')

for (const file of readdirSync('dist', { recursive: true }))
  if (file.endsWith('.js')) asciiOnly(`dist/${file}`)
chmodSync('dist/cli/index.js', 0o755)
