// Builds the two committed bundles: dist/index.js (the action, as action.yml runs it) and
// dist/cli/index.js (the `coexist` command). .ci/run rebuilds them and fails when they differ
// from what is committed. ncc type-checks everything tsconfig.json includes, tests too.
import { execFileSync } from 'node:child_process'
import { chmodSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
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

/**
 * The bundle as ASCII: every other character written as a \u escape. One arrow or emoji in 700 kB
 * makes Node hold the whole source as two-byte text, which costs start-up time to decode and to
 * compile (some 10 ms of every run). Escapes mean the same in strings, templates, regular
 * expressions and comments, but not in String.raw, so a bundle with such a character there is an error.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8')
  for (const raw of source.matchAll(/String\.raw`[^`]*`/g)) {
    if (/[^\x00-\x7f]/.test(raw[0]))
      throw new Error(
        `${file}: a String.raw template holds a non-ASCII character: ${raw[0].slice(0, 80)}`,
      )
  }
  // Each UTF-16 code unit on its own: a character beyond U+FFFF becomes its surrogate pair.
  writeFileSync(
    file,
    source.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  )
}
for (const file of readdirSync('dist', { recursive: true }))
  if (file.endsWith('.js')) asciiOnly(`dist/${file}`)
chmodSync('dist/cli/index.js', 0o755)
