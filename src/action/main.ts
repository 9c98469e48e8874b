import { tmpdir } from 'node:os'
import path from 'node:path'
import { check, type CheckReport } from '../app/check.js'
import { buildReport, countFindings, exitCodeOf, fileReport } from '../core/check.js'
import type { MatrixFileProblems } from '../core/matrix.js'
import { readRunContext, type RunContext } from '../github/context.js'
import { writeFileInside } from '../io/write-file.js'
import type { RunMessage } from '../reporters/annotations.js'
import { escapeMarkup } from '../reporters/markup.js'
import { reporterFor } from '../reporters/registry.js'
import { renderToString } from '../reporters/reporter.js'
import { SARIF_MAX_RESULTS } from '../reporters/sarif.js'
import { findingsOf } from '../reporters/shared.js'
import { renderFileSummary } from '../reporters/summary.js'
import { verdictLine } from '../reporters/text.js'
import { formatCount, plural } from '../core/format.js'
import { appendSummary, getInput, setOutputs, setSecret, stopCommands } from '../runner/protocol.js'
import { readInputs, type ActionInputs } from './inputs.js'

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

/** The step log is read by people: it lists the worst findings, and says where the others are. */
export const LOG_FINDINGS = 200

/**
 * One action run: check the topology files, annotate, summarise, write the reports, set outputs,
 * and comment on the pull request. Returns the exit code: 0 passed, 1 the policy failed, 2 the
 * input could not be evaluated. Nothing the GitHub API does changes any of that.
 */
export async function run(deps: ActionDeps = defaultDeps): Promise<number> {
  const { env, stdout } = deps
  const invalidInput = async (
    message: string,
    invalidFiles: readonly MatrixFileProblems[] = [],
  ) => {
    // Outputs and summary still say what happened: a later step reading `passed` must not see
    // nothing. A bad matrix file's own problems are listed, and annotated within GitHub's cap.
    const report = buildReport(
      invalidFiles.map((f) =>
        fileReport({ file: f.file, kind: 'matrix', errors: f.errors, unlistedErrors: f.unlisted }),
      ),
    )
    stdout.write(
      renderToString(
        await reporterFor('check', 'annotations', {
          run: { errors: [{ title: 'coexist: invalid input', message }] },
        }),
        report,
      ),
    )
    await appendSummary(
      env,
      `## ❌ coexist could not run\n\n${escapeMarkup(message)}\n\n${report.files.flatMap(renderFileSummary).join('\n')}`,
    )
    await setOutputs(env, {
      passed: 'false',
      errors: String(1 + countFindings(report).errors),
      warnings: '0',
      waived: '0',
      report: '',
      sarif: '',
    })
    return 2
  }
  // Masked before anything else is printed, even an input error, so no later line can reveal it.
  const token = getInput(env, 'github-token')
  if (token) stdout.write(setSecret(token))
  const read = readInputs(env)
  if (!read.ok) return invalidInput(read.message)
  const { inputs } = read
  const context = readRunContext(env)
  const workspace = env.GITHUB_WORKSPACE || deps.cwd

  const errors: RunMessage[] = []
  const warnings: RunMessage[] = []
  let options = inputs.run
  if (inputs.newOnly) {
    if (context.pullRequest) options = { ...options, baseRevision: context.pullRequest.baseSha }
    else
      warnings.push({
        title: 'coexist',
        message: `new-only applies to pull requests; on this ${context.eventName || 'unknown'} event every finding counts`,
      })
  }
  const outcome = await check(options, { cwd: workspace, now: deps.now() })
  // A matrix named by the input applies to every file: it is checked once, as an input.
  if (!outcome.ok)
    return invalidInput(`input matrix: ${outcome.problem.message}`, outcome.problem.invalidFiles)
  const { report } = outcome
  if (report.baseline?.problem)
    warnings.push({
      title: 'coexist',
      message: `new-only could not compare with the base commit, so every finding counts: ${report.baseline.problem}`,
    })

  await appendSummary(env, renderToString(await reporterFor('check', 'summary'), report))
  // Written piece by piece: the report of a large estate is never one string in memory.
  const temp = env.RUNNER_TEMP || tmpdir()
  const reportPath = await writeOutputFile(
    env,
    errors,
    temp,
    path.join(temp, 'coexist-report.json'),
    (await reporterFor('check', 'json')).chunks(report),
    'JSON report',
  )
  const sarifPath = inputs.sarif
    ? await writeOutputFile(
        env,
        errors,
        workspace,
        inputs.sarif,
        (await reporterFor('check', 'sarif')).chunks(report),
        'SARIF log',
      )
    : ''
  await writeLog(stdout, report, reportPath, sarifPath)
  // The comment comes before the annotations so that a warning about it counts against (and is
  // kept within) GitHub's 10 warnings per step.
  const comment = await commentOnPullRequest(report, inputs, context)
  if (comment) warnings.push({ title: 'coexist', message: comment })
  const notices = report.notice ? [{ title: 'coexist', message: report.notice }] : []
  stdout.write(
    renderToString(
      await reporterFor('check', 'annotations', { run: { errors, warnings, notices } }),
      report,
    ),
  )

  const counts = countFindings(report)
  await setOutputs(env, {
    passed: String(report.passed),
    errors: String(counts.errors),
    warnings: String(counts.warnings),
    waived: String(counts.waived),
    report: reportPath ?? '',
    sarif: sarifPath ?? '',
  })
  // A file that could not be written is an input the run could not honour, whatever the verdict.
  return reportPath === undefined || sarifPath === undefined ? 2 : exitCodeOf(report)
}

/**
 * The step log, bounded at any size: the verdict and the counts first, visible when the rest is
 * collapsed; the text report with at most LOG_FINDINGS findings, worst first, in a `::group::`;
 * and, when findings were left out, where they are. The group is opened and closed outside the
 * stop-commands blocks, where the runner would not honour it; whatever came from the topology or
 * the inputs is printed inside one.
 */
async function writeLog(
  stdout: ActionDeps['stdout'],
  report: CheckReport,
  reportPath: string | undefined,
  sarifPath: string | undefined,
): Promise<void> {
  const places = [
    ...(reportPath ? [`the JSON report at ${reportPath} (output report) lists every result`] : []),
    ...(sarifPath
      ? [
          `the SARIF log at ${sarifPath} (output sarif) has the most severe ${formatCount(SARIF_MAX_RESULTS)}`,
        ]
      : []),
    'the job summary has the grid and the findings up to 1 MiB',
  ]
  const elsewhere = places.join('; ')
  const text = renderToString(
    await reporterFor('check', 'text', { limit: { findings: LOG_FINDINGS, elsewhere } }),
    report,
  )
  const total = report.files.reduce(
    (n, file) => n + (file.errors.length > 0 ? 0 : findingsOf(file).length),
    0,
  )
  const shown = Math.min(total, LOG_FINDINGS)
  stdout.write(`${verdictLine(report, false)}\n`)
  stdout.write(
    `::group::coexist report: ${shown === total ? plural(total, 'finding') : `the worst ${shown} of ${formatCount(total)} findings`}\n`,
  )
  stdout.write(stopCommands(text))
  stdout.write('::endgroup::\n')
  if (total > shown) {
    const left = total - shown
    stdout.write(
      stopCommands(
        `${formatCount(left)} more ${left === 1 ? 'finding is' : 'findings are'} not in this log: ${elsewhere}.`,
      ),
    )
  }
}

/**
 * Writes one output file (see writeFileInside for what is refused: the pull request shapes the
 * workspace) and returns its path; when that fails, adds an error for the annotations, says so in
 * the summary and returns undefined. The verdict, summary and other outputs stand either way.
 */
async function writeOutputFile(
  env: NodeJS.ProcessEnv,
  errors: RunMessage[],
  root: string,
  target: string,
  chunks: Iterable<string>,
  what: 'JSON report' | 'SARIF log',
): Promise<string | undefined> {
  const written = await writeFileInside(root, target, chunks)
  if (written.ok) return written.path
  const change =
    what === 'SARIF log'
      ? 'change the sarif input, or what is at that path in the workspace'
      : "check what is at that path in the runner's temporary directory"
  errors.push({
    title: `coexist: ${what} not written`,
    message: `The ${what} was not written: ${written.message}. The verdict stands; to get the file, ${change}.`,
  })
  await appendSummary(
    env,
    `\n> [!WARNING]\n> The ${what} was not written: ${escapeMarkup(written.message)}.\n`,
  )
  return undefined
}

/** Posts or updates the sticky PR comment; returns a warning when that did not work. */
async function commentOnPullRequest(
  report: CheckReport,
  inputs: ActionInputs,
  context: RunContext,
): Promise<string | undefined> {
  if (!context.pullRequest || inputs.prComment === 'never') return undefined
  if (!inputs.githubToken)
    return 'no github-token, so no pull request comment; the default `${{ github.token }}` works with `permissions: pull-requests: write`'
  // Loaded only here: runs that do not comment never pay for the GitHub client. A comment is a
  // courtesy: if even loading it fails, the verdict stands and a warning says why.
  try {
    const { publishPrComment } = await import('../github/pr-comment.js')
    const outcome = await publishPrComment(report, {
      mode: inputs.prComment,
      token: inputs.githubToken,
      context,
      deadlineMs: inputs.githubDeadlineMs,
    })
    return outcome.warning
  } catch (error) {
    return `the pull request comment was not posted: ${error instanceof Error ? error.message : String(error)}`
  }
}
