// Validates the files GitHub reads from this repository, and fails (exit 1) on any problem:
// - action.yml, with @action-validator/cli (SchemaStore's github-action schema);
// - every workflow in .github/workflows/, with @action-validator/cli (SchemaStore's
//   github-workflow schema), and against two rules of this project: each workflow sets its
//   token's `permissions` at the top (least permissions: a job asks for more only where it needs
//   it), and each action from another repository is pinned to a full commit SHA with its version
//   in a comment (a tag can be moved to other code; a SHA cannot);
// - .github/dependabot.yml, against SchemaStore's dependabot-2.0 schema vendored in
//   scripts/schemas/ (action-validator has no dependabot schema), with ajv.
//
// The latest release of action-validator on npm (0.6.0) embeds a schema whose `runs.using` list
// ends at node20, while GitHub runs JavaScript actions on node24 (node20 leaves the runners in
// September 2026). So action.yml is validated as written except for that one value, which is
// checked here instead: it must be node24, and `main` must name the committed bundle.
//
// Paths are relative to the working directory (npm runs scripts at the package root).
import Ajv from 'ajv'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { load } from 'js-yaml'

const DEPENDABOT_SCHEMA = new URL('./schemas/dependabot-2.0.json', import.meta.url)

const problems = []
const problem = (file, message) => problems.push(`${file}: ${message}`)
const valid = []

// @action-validator/cli's own validator, called in-process rather than by spawning the CLI once per
// file (each spawn compiles its WebAssembly again: seconds on a busy machine). It is the peer
// dependency the CLI loads, resolved from the CLI's folder so that both are the same one.
const requireFromCli = createRequire(
  createRequire(import.meta.url).resolve('@action-validator/cli/package.json'),
)
const { validateAction, validateWorkflow } = requireFromCli('@action-validator/core')

/**
 * Validates `text` as action-validator's CLI does (an action.yml or a workflow) and, like it,
 * prints what it found as JSON on stderr; true when it found nothing.
 */
function actionValidator(kind, text, shownAs) {
  const result = kind === 'action' ? validateAction(text) : validateWorkflow(text)
  if (result.errors.length === 0) return true
  console.error(JSON.stringify(result, null, 2))
  problem(shownAs, 'action-validator found the problems above')
  return false
}

function checkAction() {
  const text = readFileSync('action.yml', 'utf8')
  const using = /^\s+using:\s*(\S+)\s*$/m.exec(text)?.[1]
  const main = /^\s+main:\s*(\S+)\s*$/m.exec(text)?.[1]
  if (using !== 'node24')
    return problem('action.yml', `runs.using is ${using}; GitHub runs JavaScript actions on node24`)
  if (!main || !existsSync(main)) return problem('action.yml', `runs.main (${main}) does not exist`)
  const asNode20 = text.replace(/^(\s+using:\s*)node24\s*$/m, '$1node20')
  if (actionValidator('action', asNode20, 'action.yml'))
    valid.push('action.yml (SchemaStore schema; runs.using node24 checked separately)')
}

/**
 * `uses:` lines that name another repository's action by anything but a full commit SHA followed
 * by a `# v…` comment. Local actions (`./`) and docker images are this repository's or a digest's
 * business, not a tag's.
 */
function unpinnedUses(text) {
  const found = []
  text.split(/\r?\n/).forEach((line, index) => {
    const uses = /^\s*(?:-\s+)?uses:\s*(['"]?)([^\s'"#]+)\1\s*(#.*)?$/.exec(line)
    if (!uses) return
    const [, , target, comment] = uses
    if (target.startsWith('./') || target.startsWith('docker://')) return
    const ref = target.split('@')[1] ?? ''
    if (!/^[0-9a-f]{40}$/.test(ref) || !/^#\s*v\d/.test(comment ?? ''))
      found.push(`line ${index + 1}: ${target} is not pinned to a full commit SHA with "# vX.Y.Z"`)
  })
  return found
}

function checkWorkflows() {
  const dir = path.join('.github', 'workflows')
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => /\.ya?ml$/.test(name)) : []
  if (files.length === 0) return problem(dir, 'no workflow files')
  for (const name of files.sort()) {
    const file = path.join(dir, name).split(path.sep).join('/')
    const text = readFileSync(file, 'utf8')
    let ok = actionValidator('workflow', text, file)
    let workflow
    try {
      workflow = load(text)
    } catch (error) {
      problem(file, `not YAML: ${error.message}`)
      continue
    }
    if (workflow === null || typeof workflow !== 'object' || !('permissions' in workflow)) {
      problem(
        file,
        'no top-level `permissions:` (set `contents: read`, and more per job as needed)',
      )
      ok = false
    }
    for (const message of unpinnedUses(text)) {
      problem(file, message)
      ok = false
    }
    if (ok) valid.push(`${file} (SchemaStore schema, top-level permissions, pinned actions)`)
  }
}

function checkDependabot() {
  const file = ['.github/dependabot.yml', '.github/dependabot.yaml'].find((f) => existsSync(f))
  if (!file) return problem('.github/dependabot.yml', 'missing')
  let config
  try {
    config = load(readFileSync(file, 'utf8'))
  } catch (error) {
    return problem(file, `not YAML: ${error.message}`)
  }
  // strict: false: SchemaStore's schemas use keywords ajv's strict mode refuses ($comment aside,
  // "markdownDescription"); they describe, they do not validate.
  const ajv = new Ajv({ strict: false, allErrors: true })
  const validate = ajv.compile(JSON.parse(readFileSync(DEPENDABOT_SCHEMA, 'utf8')))
  if (validate(config)) return valid.push(`${file} (SchemaStore dependabot-2.0 schema)`)
  for (const error of validate.errors ?? [])
    problem(
      file,
      `${error.instancePath || '/'} ${error.message}${
        error.params?.allowedValues ? ` (${error.params.allowedValues.join(', ')})` : ''
      }${error.params?.additionalProperty ? `: ${error.params.additionalProperty}` : ''}`,
    )
}

checkAction()
checkWorkflows()
checkDependabot()
for (const line of valid) console.log(`valid: ${line}`)
if (problems.length > 0) {
  for (const line of problems) console.error(line)
  process.exit(1)
}
