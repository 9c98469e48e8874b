import { parseArgs } from 'node:util'
import { BUILTIN_MATRIX_IDS, DEFAULT_MATRIX_ID } from '../core/builtin-matrices.js'
import { exitCodeOf, parseTopology, unreadable } from '../core/check.js'
import { readTopology } from '../core/topology.js'
import { parseUpgrade, planExitCode, planUpgrade, type UpgradePlan, type UpgradeRequest } from '../core/plan.js'
import { DEFAULT_LIMITS, LIMIT_CEILINGS, parseLimit, RunBudget, type Limits } from '../core/limits.js'
import { DEFAULT_EXPIRY_WARNING_DAYS, DEFAULT_MAX_WAIVER_DAYS, parseDays, parseFailOn } from '../core/policy.js'
import { checkFiles, invalidMatrixFilesOnce, readTopologyBytes } from '../io/check-files.js'
import { displayPath } from '../io/paths.js'
import { matrixResolver } from '../io/matrix-files.js'
import { parseByteSize } from '../core/byte-size.js'
import { expandTopologyFiles } from '../io/topology-files.js'
import { jsonReporter } from '../reporters/json.js'
import { sarifReporter } from '../reporters/sarif.js'
import { renderMatrixMarkdown } from '../reporters/matrix-markdown.js'
import { textReporter } from '../reporters/text.js'
import { writeReport } from '../reporters/reporter.js'
import { didYouMean } from '../core/suggest.js'
import { renderPlanJson } from '../reporters/plan-json.js'
import { renderPlanMarkdown } from '../reporters/plan-markdown.js'
import { renderPlanErrors, renderPlanProblems, renderPlanText } from '../reporters/plan-text.js'
import { formatCount } from '../core/format.js'

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
                [--matrix ID|FILE] [--expiry-warning-days N] [--max-waiver-days N]
                [--allow-empty] [--max-bytes SIZE] [--max-nodes N] [--max-pairs N]
  coexist matrix [--matrix ID|FILE] [--format markdown|json]
  coexist plan [FILES...] (--upgrade SERVER=PRODUCT | --upgrade-all PRODUCT)...
               [--format text|json|markdown] [--fail-on LIST] [--matrix ID|FILE]
  coexist --help | --version

check   Checks every client/server pair of each topology file (default: coexist.yml)
        against its compatibility matrix.
        --format   text (default), json, or sarif (SARIF 2.1.0)
        --fail-on  statuses that fail the check, comma-separated, or none
                   (default: not-supported; statuses: supported, interoperable,
                   not-supported, not-applicable, undocumented)
        --base     new-only: findings the file already had at git revision REF
                   are reported as pre-existing and do not fail the check
        FILES      paths, or glob patterns coexist expands itself when quoted
                   ('**/coexist.yml', 'sites/*/coexist.yaml', '{a,b}.yml')
        --allow-empty
                   a pattern that matches no file is not an error; a run left
                   with no file passes and says that nothing was checked
        --matrix   a built-in matrix id or a matrix file for every topology
                   (wins over each file's matrix:)
        --expiry-warning-days
                   exceptions expiring within N days get a notice (default ${DEFAULT_EXPIRY_WARNING_DAYS})
        --max-waiver-days
                   exceptions expiring more than N days ahead get a warning
                   (default ${DEFAULT_MAX_WAIVER_DAYS}; 0: no limit)
        --max-bytes
                   larger topology files are refused unread (default 16MiB)
        --max-nodes, --max-pairs
                   YAML nodes read and client/server pairs evaluated per run
                   (defaults ${formatCount(DEFAULT_LIMITS.maxNodes)} and ${formatCount(DEFAULT_LIMITS.maxPairs)}; raise them for a larger estate)
matrix  Prints a compatibility matrix with its footnotes and sources.
        --matrix   built-in id or matrix file (default: ${DEFAULT_MATRIX_ID};
                   built-in: ${BUILTIN_MATRIX_IDS.join(', ')})
        --format   markdown (default) or json
plan    What-if of a server upgrade: evaluates each topology file as it is and as
        if the named servers ran PRODUCT, and lists per client population the
        pairs that newly fail, newly pass, change otherwise, or stay the same.
        --upgrade      SERVER=PRODUCT, repeatable: a server each file declares and
                       the server product (name, id or alias) it would run
        --upgrade-all  PRODUCT for every server (--upgrade wins for its server)
        --format       text (default), json, or markdown
        --fail-on      as for check: which statuses count as failing
        --matrix       as for check: a matrix for every file
        Exit status 1 when the upgrade makes some pair fail that passes today.

Exit status: 0 passed, 1 the policy failed, 2 the input could not be evaluated.
`

class UsageError extends Error {}

/** --max-nodes and --max-pairs on top of the default limits. */
function limitsFrom(values: { 'max-nodes'?: string | undefined; 'max-pairs'?: string | undefined }): Limits {
  const limits: Limits = { ...DEFAULT_LIMITS }
  for (const [option, key] of [['max-nodes', 'maxNodes'], ['max-pairs', 'maxPairs']] as const) {
    const text = values[option]
    if (text === undefined) continue
    const value = parseLimit(text, LIMIT_CEILINGS[key])
    if (value === undefined) throw new UsageError(`--${option} must be a whole number from 1 to ${formatCount(LIMIT_CEILINGS[key])} (250000, 250k or 1M), not "${text}"`)
    limits[key] = value
  }
  return limits
}

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
  if (command === 'plan') return plan(rest, deps)
  throw new UsageError(`unknown command "${command}"${didYouMean(command, ['check', 'matrix', 'plan'])}`)
}

async function check(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: '' },
      base: { type: 'string' },
      matrix: { type: 'string' },
      'expiry-warning-days': { type: 'string', default: String(DEFAULT_EXPIRY_WARNING_DAYS) },
      'max-waiver-days': { type: 'string', default: String(DEFAULT_MAX_WAIVER_DAYS) },
      'allow-empty': { type: 'boolean', default: false },
      'max-bytes': { type: 'string', default: '16MiB' },
      'max-nodes': { type: 'string' },
      'max-pairs': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif') throw new UsageError(`--format must be text, json or sarif, not "${values.format}"`)
  const failOn = parseFailOn(values['fail-on'])
  if (!failOn.ok) throw new UsageError(failOn.message)
  const files = positionals.length > 0 ? positionals : ['coexist.yml']
  const maxBytes = parseByteSize(values['max-bytes'])
  if (maxBytes === undefined) throw new UsageError(`--max-bytes must be a size such as 16MiB, 500KiB or 1000000, not "${values['max-bytes']}"`)
  const days = (option: 'expiry-warning-days' | 'max-waiver-days') => {
    const value = parseDays(values[option])
    if (value === undefined) throw new UsageError(`--${option} must be a whole number of days from 0 to 3650, not "${values[option]}"`)
    return value
  }
  const budget = new RunBudget(limitsFrom(values))
  const report = await checkFiles(files, deps.cwd, {
    policy: { failOn: failOn.failOn, now: deps.now(), expiryWarningDays: days('expiry-warning-days'), maxWaiverDays: days('max-waiver-days') },
    budget,
    matrices: matrixResolver(deps.cwd, budget),
    ...(values.matrix ? { matrixOverride: values.matrix } : {}),
    ...(values.base ? { baseRevision: values.base } : {}),
    allowEmpty: values['allow-empty'],
    maxBytes,
  })
  const color = deps.stdout.isTTY === true && !deps.env.NO_COLOR && deps.env.TERM !== 'dumb'
  const reporter = values.format === 'json' ? jsonReporter : values.format === 'sarif' ? sarifReporter : textReporter({ color })
  await writeReport(reporter, report, deps.stdout)
  if (report.notice) deps.stderr.write(`coexist: ${report.notice}\n`)
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
  const found = matrixResolver(deps.cwd, new RunBudget())(values.matrix)
  if (!found.ok) {
    if (!found.invalidFiles) throw new UsageError(found.message)
    // A matrix file with problems: each at its place, as `check` reports a topology's.
    for (const invalid of found.invalidFiles) {
      for (const e of invalid.errors) deps.stderr.write(`${e.file}:${e.line}:${e.column}: error: ${e.message}\n`)
      if (invalid.unlisted > 0) deps.stderr.write(`${invalid.file}: ${formatCount(invalid.unlisted)} more errors not listed\n`)
    }
    return 2
  }
  deps.stdout.write(values.format === 'json' ? `${JSON.stringify(found.matrix.data, null, 2)}\n` : renderMatrixMarkdown(found.matrix))
  return 0
}

async function plan(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      upgrade: { type: 'string', multiple: true, default: [] },
      'upgrade-all': { type: 'string', multiple: true, default: [] },
      matrix: { type: 'string' },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: '' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'markdown') throw new UsageError(`--format must be text, json or markdown, not "${values.format}"`)
  const failOn = parseFailOn(values['fail-on'])
  if (!failOn.ok) throw new UsageError(failOn.message)
  const requests: UpgradeRequest[] = values['upgrade-all'].map((product) => ({ product }))
  for (const text of values.upgrade) {
    const parsed = parseUpgrade(text)
    if (!parsed.ok) throw new UsageError(parsed.message)
    requests.push(parsed.request)
  }
  if (requests.length === 0) throw new UsageError('plan needs at least one --upgrade SERVER=PRODUCT or --upgrade-all PRODUCT')
  const policy = { failOn: failOn.failOn, now: deps.now() }
  const budget = new RunBudget()
  const plans: UpgradePlan[] = []
  let problems = ''
  const resolve = invalidMatrixFilesOnce(matrixResolver(deps.cwd, budget), (report) => (problems += renderPlanErrors(report.errors)))
  // FILES take the same glob patterns as `check`.
  const expanded = await expandTopologyFiles(positionals.length > 0 ? positionals : ['coexist.yml'], deps.cwd)
  for (const entry of expanded.entries) {
    if (entry.kind === 'problem') {
      problems += renderPlanErrors(unreadable(entry.pattern, entry.message).errors)
      continue
    }
    const file = displayPath(entry.absolute, deps.cwd)
    const read = entry.kind === 'refused' ? { ok: false as const, message: entry.message } : await readTopologyBytes(entry.absolute)
    const parsed = read.ok ? parseTopology(file, read.bytes, budget) : { ok: false as const, errors: unreadable(file, read.message).errors }
    const loaded = parsed.ok ? readTopology(parsed.document, resolve(values.matrix ?? parsed.matrixRef, true), { overridden: values.matrix !== undefined, budget }) : parsed
    if (!loaded.ok) {
      problems += renderPlanErrors(loaded.errors)
      continue
    }
    const planned = planUpgrade(loaded.topology, requests, policy, budget)
    if (planned.ok) plans.push(planned.plan)
    else problems += renderPlanProblems(file, planned.problems)
  }
  // No plan from a file that cannot be read or a request a file cannot carry out: fix those first.
  if (problems !== '') {
    deps.stderr.write(problems)
    return 2
  }
  const color = deps.stdout.isTTY === true && !deps.env.NO_COLOR && deps.env.TERM !== 'dumb'
  deps.stdout.write(values.format === 'json' ? renderPlanJson(plans) : values.format === 'markdown' ? renderPlanMarkdown(plans) : renderPlanText(plans, { color }))
  return planExitCode(plans)
}
