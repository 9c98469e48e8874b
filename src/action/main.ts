import { mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { countFindings, exitCodeOf } from '../core/check.js'
import type { Diagnostic, Report } from '../core/types.js'
import { checkFiles } from '../io/check-files.js'
import { matrixResolver } from '../io/matrix-files.js'
import { renderAnnotations } from '../reporters/annotations.js'
import { escapeHtml } from '../reporters/html.js'
import { jsonReporter } from '../reporters/json.js'
import { renderToString } from '../reporters/reporter.js'
import { sarifReporter } from '../reporters/sarif.js'
import { summaryReporter } from '../reporters/summary.js'
import { textReporter } from '../reporters/text.js'
import { formatCommand } from '../reporters/workflow-command.js'
import { readRunContext, type RunContext } from './context.js'
import { readInputs, type ActionInputs } from './inputs.js'
import { appendSummary, getInput, inert, setOutputs } from './runner.js'

export interface ActionDeps {
  env: NodeJS.ProcessEnv
  cwd: string
  stdout: { write(text: string): unknown }
  now: () => Date
}

const defaultDeps: ActionDeps = {
  env: process.env,
  cwd: process.cwd(),
  stdout: process.stdout,
  now: () => new Date(),
}

/**
 * One action run: check the topology files, annotate, summarise, write the reports, set outputs,
 * and comment on the pull request. Returns the exit code: 0 passed, 1 the policy failed, 2 the
 * input could not be evaluated. Nothing the GitHub API does changes any of that.
 */
export async function run(deps: ActionDeps = defaultDeps): Promise<number> {
  const { env, stdout } = deps
  const invalidInput = async (message: string, details: Diagnostic[] = []) => {
    // Outputs and summary still say what happened: a later step reading `passed` must not see nothing.
    stdout.write(`${formatCommand('error', { title: 'coexist: invalid input' }, message)}\n`)
    for (const d of details) stdout.write(`${formatCommand('error', { title: 'coexist: invalid matrix', file: d.file, line: d.line, col: d.column }, d.message)}\n`)
    await appendSummary(env, `## ❌ coexist could not run\n\n${escapeHtml(message)}\n`)
    await setOutputs(env, { passed: 'false', errors: String(1 + details.length), warnings: '0', waived: '0', report: '', sarif: '' })
    return 2
  }
  // Masked before anything else is printed, even an input error, so no later line can reveal it.
  const token = getInput(env, 'github-token')
  if (token) stdout.write(`::add-mask::${token}\n`)
  const read = readInputs(env)
  if (!read.ok) return invalidInput(read.message)
  const { inputs } = read
  const context = readRunContext(env)
  const workspace = env.GITHUB_WORKSPACE || deps.cwd
  const matrices = matrixResolver(workspace)
  // A matrix named by the input applies to every file: check it once, as an input, not per file.
  if (inputs.matrix) {
    const chosen = matrices(inputs.matrix)
    if (!chosen.ok) return invalidInput(`input matrix: ${chosen.message}`, chosen.errors)
  }

  const warnings: string[] = []
  let baseRevision: string | undefined
  if (inputs.newOnly) {
    if (context.pullRequest) baseRevision = context.pullRequest.baseSha
    else warnings.push(`new-only applies to pull requests; on this ${context.eventName || 'unknown'} event every finding counts`)
  }
  const report = await checkFiles(inputs.topology, workspace, {
    policy: { failOn: inputs.failOn, now: deps.now(), expiryWarningDays: inputs.expiryWarningDays },
    matrices,
    ...(inputs.matrix ? { matrixOverride: inputs.matrix } : {}),
    ...(baseRevision ? { baseRevision } : {}),
    allowEmpty: inputs.allowEmpty,
    maxBytes: inputs.maxBytes,
  })
  if (report.baseline?.problem) warnings.push(`new-only could not compare with the base commit, so every finding counts: ${report.baseline.problem}`)

  stdout.write(inert(renderToString(textReporter({ color: false }), report)))
  await appendSummary(env, renderToString(summaryReporter, report))
  const reportPath = path.join(env.RUNNER_TEMP || tmpdir(), 'coexist-report.json')
  // Written piece by piece: the report of a large estate is never one string in memory.
  await writeFile(reportPath, jsonReporter.chunks(report))
  const sarifPath = inputs.sarif ? await writeSarif(report, workspace, inputs.sarif) : ''
  // The comment comes before the annotations so that a warning about it counts against (and is
  // kept within) GitHub's 10 warnings per step.
  const comment = await commentOnPullRequest(report, inputs, context)
  if (comment) warnings.push(comment)
  stdout.write(renderAnnotations(report, { warnings, notices: report.notice ? [report.notice] : [] }))

  const counts = countFindings(report)
  await setOutputs(env, { passed: String(report.passed), errors: String(counts.errors), warnings: String(counts.warnings), waived: String(counts.waived), report: reportPath, sarif: sarifPath })
  return exitCodeOf(report)
}

async function writeSarif(report: Report, workspace: string, target: string): Promise<string> {
  const file = path.resolve(workspace, target)
  await mkdir(path.dirname(file), { recursive: true })
  await writeFile(file, sarifReporter.chunks(report))
  return file
}

/** Posts or updates the sticky PR comment; returns a warning when that did not work. */
async function commentOnPullRequest(report: Report, inputs: ActionInputs, context: RunContext): Promise<string | undefined> {
  if (!context.pullRequest || inputs.prComment === 'never') return undefined
  if (!inputs.githubToken) return 'no github-token, so no pull request comment; the default `${{ github.token }}` works with `permissions: pull-requests: write`'
  // Loaded only here: runs that do not comment never pay for the GitHub client. A comment is a
  // courtesy: if even loading it fails, the verdict stands and a warning says why.
  try {
    const { publishPrComment } = await import('../github/pr-comment.js')
    const outcome = await publishPrComment(report, { mode: inputs.prComment, token: inputs.githubToken, context, deadlineMs: inputs.githubDeadlineMs })
    return outcome.warning
  } catch (error) {
    return `the pull request comment was not posted: ${error instanceof Error ? error.message : String(error)}`
  }
}
