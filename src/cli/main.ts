import path from 'node:path'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { check } from '../app/check.js'
import type { ImportRequest } from '../app/import.js'
import { DEFAULT_TOPOLOGY, parseRunOptions, runOptionsText } from '../app/options.js'
import { plan } from '../app/plan.js'
import type { MatrixOptionProblem } from '../app/topologies.js'
import {
  BUILTIN_MATRIX_IDS,
  CATALOGUE_MATRIX_ID,
  DEFAULT_MATRIX_ID,
} from '../core/builtin-matrices.js'
import { formatByteSize } from '../core/byte-size.js'
import { exitCodeOf } from '../core/check.js'
import { formatCount, plural } from '../core/format.js'
import {
  DEFAULT_LIMITS,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_INVENTORY_BYTES,
  RunBudget,
} from '../core/limits.js'
import { parseUpgrade, planExitCode, type UpgradeRequest } from '../core/plan.js'
import { DEFAULT_EXPIRY_WARNING_DAYS, DEFAULT_MAX_WAIVER_DAYS } from '../core/policy.js'
import { closestNames, didYouMean } from '../core/suggest.js'
import { gitTopLevel, revisionProblem } from '../io/git.js'
import { matrixFiles } from '../io/matrix-files.js'
import { isDirectory } from '../io/paths.js'
import { readTopologyStream } from '../io/read-stream.js'
import { renderPlanProblems } from '../reporters/plan-text.js'
import {
  cliFormats,
  cliFormatsHelp,
  reporterFor,
  type FormatName,
  type ReportedThing,
} from '../reporters/registry.js'
import { writeReport } from '../reporters/reporter.js'
import { renderErrorLines, terminalSafe } from '../reporters/text.js'

export interface CliDeps {
  cwd: string
  /** Read for a topology given as `-`, and only then. */
  stdin: AsyncIterable<Uint8Array>
  env: NodeJS.ProcessEnv
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown }
  now: () => Date
  version: string
}

const formatsLine = (thing: ReportedThing) => cliFormats(thing).join('|')

/** `text` broken at spaces into lines of at most 80 columns, the ones after the first indented by `indent`. */
function wrapped(text: string, indent: number): string {
  const lines = ['']
  for (const word of text.split(' ')) {
    const line = lines.at(-1) as string
    if (line !== '' && indent + line.length + 1 + word.length > 80) lines.push(word)
    else lines[lines.length - 1] = line === '' ? word : `${line} ${word}`
  }
  return lines.join(`\n${' '.repeat(indent)}`)
}

const USAGE = `Usage:
  coexist check [FILES...] [--format ${formatsLine('check')}]
                [--fail-on LIST] [--base REF] [--matrix ID|FILE]
                [--expiry-warning-days N] [--max-waiver-days N]
                [--allow-empty] [--max-bytes SIZE] [--max-nodes N]
                [--max-pairs N] [--root DIR]
  coexist matrix [--matrix ID|FILE] [--format ${formatsLine('matrix')}] [--root DIR]
  coexist plan [FILES...] (--upgrade SERVER=PRODUCT | --upgrade-all PRODUCT)...
               [--format ${formatsLine('plan')}] [--fail-on LIST] [--matrix ID|FILE]
               [--expiry-warning-days N] [--max-waiver-days N]
               [--allow-empty] [--max-bytes SIZE] [--max-nodes N]
               [--max-pairs N] [--root DIR]
  coexist import --clients FILE [--servers FILE] [--server POOL=BUILD]...
                 [--into TOPOLOGY] [--matrix ID|FILE] [--max-bytes SIZE]
                 [--root DIR]
  coexist --help | --version

check   Checks every client/server pair of each topology file
        (default: ${DEFAULT_TOPOLOGY}) against its compatibility matrix.
        --format   ${wrapped(cliFormatsHelp('check'), 19)}
        --fail-on  statuses that fail the check, comma-separated, or none
                   (default: not-supported; statuses: supported, interoperable,
                   not-supported, not-applicable, undocumented)
        --base     new-only: findings the file already had at git revision REF
                   are reported as pre-existing and do not fail the check
        FILES      paths from the current directory, or glob patterns coexist
                   expands itself when quoted ('**/coexist.yml', '{a,b}.yml');
                   a folder: its coexist.yml, coexist.yaml or coexist.json;
                   -: a topology (YAML or JSON) on standard input
        --root     the folder coexist may read in (default: the top of the git
                   repository holding the current directory, else the directory)
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
                   larger topology files are refused unread (default ${formatByteSize(DEFAULT_MAX_BYTES)})
        --max-nodes, --max-pairs
                   YAML nodes read and client/server pairs evaluated per run
                   (defaults ${formatCount(DEFAULT_LIMITS.maxNodes)} and ${formatCount(DEFAULT_LIMITS.maxPairs)}; raise them for a larger estate)
matrix  Prints a compatibility matrix with its footnotes and sources.
        --matrix   built-in id or matrix file (default: ${DEFAULT_MATRIX_ID};
                   ${wrapped(`built-in: ${BUILTIN_MATRIX_IDS.join(', ')})`, 19)}
        --format   ${cliFormatsHelp('matrix')}
plan    What-if of a server upgrade: evaluates each topology file as it is and
        as if the named servers ran PRODUCT, and lists per client population
        the pairs that newly fail, newly pass, change otherwise, or stay
        the same.
        --upgrade      SERVER=PRODUCT, repeatable: a server each file declares
                       and the server product (name, id or alias) it would run
        --upgrade-all  PRODUCT for every server (--upgrade wins for its server)
        --format       ${cliFormatsHelp('plan')}
        FILES and every other option as for check, but --base: a plan compares
        the files with the upgrade, not with a commit.
        Exit status 1 when the upgrade makes some pair fail that passes today.
import  Writes a topology from the estate's inventories: user agents (per pool,
        with counts) classified into client products, and pools' builds into
        server products. Without --into it prints the topology.
        --clients  CSV or TSV with a user-agent column, and optionally a pool
                   and a count column (README: "Importing an estate")
        --servers  CSV or TSV of pools and their builds
        --server   POOL=BUILD or POOL=PRODUCT, repeatable; wins over --servers
        --into     merges into this topology: keeps its names, exceptions,
                   workloads and comments (but on the users: and version:
                   lines it owns), adds new populations, marks the ones gone;
                   a second run with the same inputs changes nothing
        --matrix   the matrix: line of a new topology (default: ${CATALOGUE_MATRIX_ID})
        --max-bytes
                   larger inventory files are refused unread (default ${formatByteSize(DEFAULT_MAX_INVENTORY_BYTES)})
        Exit status 1 when some agent, build or pool could not be classified
        (listed on standard error and in the topology's comments).

Exit status: 0 passed, 1 the policy failed, 2 the input could not be evaluated.
`

class UsageError extends Error {}

/** Runs one CLI invocation and returns its exit code; it writes only through `deps`. */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  try {
    return await dispatch(argv, deps)
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      // One line saying what is wrong and one saying where the rest is: the whole usage would bury
      // the line that matters.
      const command = COMMANDS.includes(argv[0] ?? '') ? `${argv[0]} ` : ''
      deps.stderr.write(
        `coexist: ${(error as Error).message}\nRun coexist ${command}--help for the ${command ? 'options' : 'commands'}.\n`,
      )
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
  if (command === 'check') return checkCommand(rest, deps)
  if (command === 'matrix') return matrixCommand(rest, deps)
  if (command === 'plan') return planCommand(rest, deps)
  if (command === 'import') return importCommand(rest, deps)
  throw new UsageError(`unknown command "${command}"${didYouMean(command, COMMANDS)}`)
}

const COMMANDS = ['check', 'matrix', 'plan', 'import']

// The options `check` and `plan` share: the files, the policy and the limits (app/options.ts).
const RUN_OPTIONS = {
  format: { type: 'string' },
  'fail-on': { type: 'string' },
  matrix: { type: 'string' },
  'expiry-warning-days': { type: 'string' },
  'max-waiver-days': { type: 'string' },
  'allow-empty': { type: 'boolean' },
  'max-bytes': { type: 'string' },
  'max-nodes': { type: 'string' },
  'max-pairs': { type: 'string' },
  root: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

/**
 * `args` parsed against `options`, each mistake a usage error in our words: Node's own messages
 * quote unevenly and explain its API rather than the command.
 */
function parseFlags<const Config extends ParseArgsConfig & { args: string[]; strict: true }>(
  config: Config,
): ReturnType<typeof parseArgs<Config>> {
  const options = config.options ?? {}
  const { tokens } = parseArgs({
    args: config.args,
    options,
    allowPositionals: true,
    strict: false,
    tokens: true,
  })
  for (const token of tokens) {
    if (token.kind === 'positional' && !config.allowPositionals)
      throw new UsageError(`unexpected argument ${JSON.stringify(token.value)}`)
    if (token.kind !== 'option') continue
    const option = options[token.name]
    if (option === undefined) {
      const near = closestNames(token.name, Object.keys(options)).map((name) => `--${name}`)
      throw new UsageError(
        `unknown option ${token.rawName}${near.length > 0 ? ` (did you mean ${near.join(' or ')}?)` : ''}`,
      )
    }
    // "--format --fail-on x" takes "--fail-on" for the format; a value that looks like an option
    // is a value forgotten, unless written --format=VALUE.
    if (
      option.type === 'string' &&
      (token.value === undefined ||
        (!token.inlineValue && token.value.startsWith('-') && token.value !== '-'))
    )
      throw new UsageError(`option ${token.rawName} needs a value`)
    if (option.type === 'boolean' && token.value !== undefined)
      throw new UsageError(`option ${token.rawName} takes no value`)
  }
  return parseArgs(config)
}

/** The folder a run may read in: --root, else the git top-level of the current directory, else that directory. */
async function rootOf(given: string | undefined, cwd: string): Promise<string> {
  if (given === undefined) return (await gitTopLevel(cwd)) ?? cwd
  const root = path.resolve(cwd, given)
  if (!(await isDirectory(root))) throw new UsageError(`--root ${given}: no such folder`)
  return root
}

/** What `check` and `plan` read with, from the flags. */
async function readingEnvironment(root: string | undefined, deps: CliDeps) {
  return {
    cwd: deps.cwd,
    root: await rootOf(root, deps.cwd),
    stdin: (maxBytes: number) => readTopologyStream(deps.stdin, maxBytes),
    now: deps.now(),
  }
}

type RunOptionValues = {
  [K in keyof typeof RUN_OPTIONS]?: (typeof RUN_OPTIONS)[K]['type'] extends 'boolean'
    ? boolean
    : string
}

/** The shared options, checked once (app/options.ts), or a usage error. */
function runOptionsOf(values: RunOptionValues & { base?: string }, positionals: readonly string[]) {
  const given = runOptionsText(
    positionals,
    values['allow-empty'] === true,
    (option) => values[option],
  )
  const parsed = parseRunOptions(given, 'flag')
  if (!parsed.ok) throw new UsageError(parsed.message)
  return parsed.options
}

/** `--format`, checked against the formats the registry offers the CLI for `thing`. */
function formatOf<Thing extends ReportedThing>(
  thing: Thing,
  given: string | undefined,
): FormatName<Thing> {
  const formats = cliFormats(thing)
  const format = given ?? (formats[0] as string)
  if (!formats.includes(format))
    throw new UsageError(
      `--format must be ${formats.slice(0, -1).join(', ')} or ${formats.at(-1)}, not "${format}"`,
    )
  return format as FormatName<Thing>
}

function colorFor(deps: CliDeps): boolean {
  return deps.stdout.isTTY === true && !deps.env.NO_COLOR && deps.env.TERM !== 'dumb'
}

async function checkCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseFlags({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: { ...RUN_OPTIONS, base: { type: 'string' } },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  const format = formatOf('check', values.format)
  const options = runOptionsOf(values, positionals)
  const environment = await readingEnvironment(values.root, deps)
  const base = options.baseRevision
  if (base !== undefined) {
    if (options.topology.includes('-'))
      throw new UsageError(`--base ${base}: standard input (-) has no history to compare with`)
    // A base that cannot be read is the user's to fix here, not a checkout to deepen as in the action.
    const problem = await revisionProblem(environment.root, base)
    if (problem !== undefined) throw new UsageError(`--base ${base}: ${problem}`)
  }
  const outcome = await check(options, environment)
  if (!outcome.ok) return matrixOptionProblem(outcome.problem, deps)
  const { report } = outcome
  await writeReport(
    await reporterFor('check', format, { color: colorFor(deps) }),
    report,
    deps.stdout,
  )
  if (report.notice) deps.stderr.write(`coexist: ${report.notice}\n`)
  return exitCodeOf(report)
}

async function matrixCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values } = parseFlags({
    args: [...args],
    strict: true,
    options: {
      format: { type: 'string' },
      matrix: { type: 'string', default: DEFAULT_MATRIX_ID },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  const format = formatOf('matrix', values.format)
  const root = await rootOf(values.root, deps.cwd)
  const found = matrixFiles(root, deps.cwd, new RunBudget()).named(values.matrix)
  if (!found.ok) {
    if (!found.invalidFiles) throw new UsageError(found.message)
    return matrixOptionProblem(
      { message: found.message, invalidFiles: found.invalidFiles },
      deps,
      false,
    )
  }
  await writeReport(await reporterFor('matrix', format), found.matrix, deps.stdout)
  return 0
}

async function planCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values, positionals } = parseFlags({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      ...RUN_OPTIONS,
      upgrade: { type: 'string', multiple: true, default: [] },
      'upgrade-all': { type: 'string', multiple: true, default: [] },
    },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  const format = formatOf('plan', values.format)
  const { upgrade, 'upgrade-all': upgradeAll, root, ...shared } = values
  const options = runOptionsOf(shared, positionals)
  const requests: UpgradeRequest[] = upgradeAll.map((product) => ({ product }))
  for (const text of upgrade) {
    const parsed = parseUpgrade(text)
    if (!parsed.ok) throw new UsageError(parsed.message)
    requests.push(parsed.request)
  }
  if (requests.length === 0)
    throw new UsageError(
      'plan needs at least one --upgrade SERVER=PRODUCT or --upgrade-all PRODUCT',
    )
  const outcome = await plan(options, requests, await readingEnvironment(root, deps))
  if (!outcome.ok) return matrixOptionProblem(outcome.problem, deps)
  const { run } = outcome
  if (run.notice) deps.stderr.write(`coexist: ${run.notice}\n`)
  // No plan from a file that cannot be read or a request a file cannot carry out: fix those first.
  if (run.problems.length > 0) {
    for (const problem of run.problems) {
      if (problem.kind === 'request')
        deps.stderr.write(renderPlanProblems(problem.file, problem.problems))
      else
        deps.stderr.write(
          renderErrorLines(
            problem.report.file,
            problem.report.errors,
            problem.report.unlisted?.errors,
          ),
        )
    }
    return 2
  }
  await writeReport(
    await reporterFor('plan', format, { color: colorFor(deps) }),
    run.plans,
    deps.stdout,
  )
  return planExitCode(run.plans)
}

async function importCommand(args: readonly string[], deps: CliDeps): Promise<number> {
  const { values } = parseFlags({
    args: [...args],
    strict: true,
    options: {
      clients: { type: 'string' },
      servers: { type: 'string' },
      server: { type: 'string', multiple: true, default: [] },
      into: { type: 'string' },
      matrix: { type: 'string' },
      'max-bytes': { type: 'string' },
      root: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    deps.stdout.write(USAGE)
    return 0
  }
  if (values.clients === undefined) throw new UsageError('import needs --clients FILE')
  let maxBytes = DEFAULT_MAX_INVENTORY_BYTES
  if (values['max-bytes'] !== undefined) {
    const parsed = parseRunOptions({ 'max-bytes': values['max-bytes'] }, 'flag')
    if (!parsed.ok) throw new UsageError(parsed.message)
    maxBytes = parsed.options.maxBytes
  }
  const request: ImportRequest = {
    clients: values.clients,
    serverOptions: values.server,
    maxBytes,
    ...(values.servers === undefined ? {} : { servers: values.servers }),
    ...(values.into === undefined ? {} : { into: values.into }),
    ...(values.matrix === undefined ? {} : { matrix: values.matrix }),
  }
  // Loaded by the import alone: `check`, which every CI run starts, does not compile the import's
  // reader, classifiers and writer (the user-agent table among them).
  const [{ importTopology }, { formatChanges }, { importedLine, renderUnclassified }] =
    await Promise.all([
      import('../app/import.js'),
      import('../core/topology-merge.js'),
      import('../reporters/import-text.js'),
    ])
  const outcome = await importTopology(request, {
    cwd: deps.cwd,
    root: await rootOf(values.root, deps.cwd),
  })
  if (!outcome.ok) {
    if ('usage' in outcome) throw new UsageError(outcome.usage)
    // Each line names its own file: the client inventory, the server inventory or the topology.
    deps.stderr.write(renderErrorLines('', outcome.errors))
    for (const { file, count } of outcome.unlisted ?? [])
      deps.stderr.write(renderErrorLines(file, [], count))
    deps.stderr.write('coexist: nothing was written\n')
    if (outcome.estate) deps.stderr.write(renderUnclassified(outcome.estate, false))
    return 2
  }
  const { estate, merged } = outcome
  for (const w of outcome.warnings)
    deps.stderr.write(
      `${terminalSafe(w.file)}:${w.line}:${w.column}: warning: ${terminalSafe(w.message)}\n`,
    )
  if (merged) {
    deps.stderr.write(formatChanges(merged.changes))
    deps.stderr.write(
      merged.created
        ? `coexist: ${terminalSafe(merged.file)} created\n`
        : merged.written
          ? `coexist: ${terminalSafe(merged.file)} written (${merged.changes.length === 0 ? "only the import's comment blocks changed" : plural(merged.changes.length, 'change')})\n`
          : `coexist: ${terminalSafe(merged.file)} is up to date; nothing written\n`,
    )
  } else deps.stdout.write(outcome.text)
  deps.stderr.write(importedLine(estate))
  deps.stderr.write(renderUnclassified(estate))
  return estate.unclassified.length > 0 ? 1 : 0
}

/**
 * A matrix option (or `coexist matrix`'s --matrix) that cannot be used: exit 2. An invalid matrix
 * file's problems are listed each at its place, as `check` reports a topology's.
 */
function matrixOptionProblem(problem: MatrixOptionProblem, deps: CliDeps, asOption = true): number {
  if (problem.invalidFiles.length === 0) {
    deps.stderr.write(`coexist: ${asOption ? '--matrix: ' : ''}${problem.message}\n`)
    return 2
  }
  for (const invalid of problem.invalidFiles)
    deps.stderr.write(renderErrorLines(invalid.file, invalid.errors, invalid.unlisted))
  return 2
}
