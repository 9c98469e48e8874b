import { parseArgs } from 'node:util'
import { builtinMatrix, BUILTIN_MATRIX_IDS, DEFAULT_MATRIX_ID } from '../core/builtin-matrices.js'
import { exitCodeOf } from '../core/check.js'
import { parseFailOn } from '../core/policy.js'
import { checkFiles } from '../io/check-files.js'
import { jsonReporter } from '../reporters/json.js'
import { sarifReporter } from '../reporters/sarif.js'
import { renderMatrixMarkdown } from '../reporters/matrix-markdown.js'
import { textReporter } from '../reporters/text.js'
import { didYouMean } from '../core/suggest.js'

export interface CliDeps {
  cwd: string
  env: NodeJS.ProcessEnv
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  now: () => Date
  version: string
}

const USAGE = `Usage:
  coexist check [FILES...] [--format text|json|sarif] [--fail-on LIST] [--base REF]
  coexist matrix [--matrix ID] [--format markdown|json]
  coexist --help | --version

check   Checks every client/server pair of each topology file (default: coexist.yml)
        against its compatibility matrix.
        --format   text (default), json, or sarif (SARIF 2.1.0)
        --fail-on  statuses that fail the check, comma-separated, or none
                   (default: not-supported; statuses: supported, interoperable,
                   not-supported, not-applicable)
        --base     new-only: findings the file already had at git revision REF
                   are reported as pre-existing and do not fail the check
matrix  Prints a built-in compatibility matrix with its footnotes and sources.
        --matrix   matrix id (default: ${DEFAULT_MATRIX_ID})
        --format   markdown (default) or json

Exit status: 0 passed, 1 the policy failed, 2 the input could not be evaluated.
`

class UsageError extends Error {}

/** Runs one CLI invocation and returns its exit code; it writes only through `deps`. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  try {
    return await dispatch(argv, deps)
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      deps.stderr.write(`coexist: ${(error as Error).message}\n\n${USAGE}`)
      return 2
    }
    throw error
  }
}

async function dispatch(argv: readonly string[], deps: CliDeps): Promise<number> {
  const [command, ...rest] = argv
  if (command === undefined) {
    deps.stderr.write(USAGE)
    return 2
  }
  if (command === '--help' || command === '-h' || command === 'help') {
    deps.stdout.write(USAGE)
    return 0
  }
  if (command === '--version' || command === '-v') {
    deps.stdout.write(`${deps.version}\n`)
    return 0
  }
  if (command === 'check') return check(rest, deps)
  if (command === 'matrix') return matrix(rest, deps)
  throw new UsageError(`unknown command "${command}"${didYouMean(command, ['check', 'matrix'])}`)
}

async function check(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { format: { type: 'string', default: 'text' }, 'fail-on': { type: 'string', default: '' }, base: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`)
  const failOn = parseFailOn(values['fail-on'])
  if (!failOn.ok) throw new UsageError(failOn.message)
  const files = positionals.length > 0 ? positionals : ['coexist.yml']
  const report = await checkFiles(files, deps.cwd, { policy: { failOn: failOn.failOn, now: deps.now() }, ...(values.base ? { baseRevision: values.base } : {}) })
  const color = deps.stdout.isTTY === true && !deps.env.NO_COLOR && deps.env.TERM !== 'dumb'
  const reporter = values.format === 'json' ? jsonReporter : values.format === 'sarif' ? sarifReporter : textReporter({ color })
  deps.stdout.write(reporter.render(report))
  return exitCodeOf(report)
}

async function matrix(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values } = parseArgs({
    args: [...args],
    strict: true,
    options: { format: { type: 'string', default: 'markdown' }, matrix: { type: 'string', default: DEFAULT_MATRIX_ID }, help: { type: 'boolean', short: 'h' } },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  if (values.format !== 'markdown' && values.format !== 'json') throw new UsageError(`--format must be markdown or json, not "${values.format}"`)
  const found = builtinMatrix(values.matrix)
  if (!found) throw new UsageError(`unknown matrix "${values.matrix}"${didYouMean(values.matrix, BUILTIN_MATRIX_IDS)}; built-in matrices: ${BUILTIN_MATRIX_IDS.join(', ')}`)
  deps.stdout.write(values.format === 'json' ? `${JSON.stringify(found.data, null, 2)}\n` : renderMatrixMarkdown(found))
  return 0
}
