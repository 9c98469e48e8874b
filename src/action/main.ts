import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { countFindings, exitCodeOf } from '../core/check.js'
import { checkFiles } from '../io/check-files.js'
import { annotationsReporter } from '../reporters/annotations.js'
import { jsonReporter } from '../reporters/json.js'
import { summaryReporter } from '../reporters/summary.js'
import { textReporter } from '../reporters/text.js'
import { escapeHtml } from '../reporters/html.js'
import { formatCommand } from '../reporters/workflow-command.js'
import { readInputs } from './inputs.js'
import { appendSummary, inert, setOutputs } from './runner.js'

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
 * One action run: check the topology files, annotate, summarise, set outputs. Returns the exit
 * code: 0 passed, 1 the policy failed, 2 the input could not be evaluated.
 */
export async function run(deps: ActionDeps = defaultDeps): Promise<number> {
  const { env, stdout } = deps
  const read = readInputs(env)
  if (!read.ok) {
    // Outputs and summary still say what happened: a later step reading `passed` must not see nothing.
    stdout.write(`${formatCommand('error', { title: 'coexist: invalid input' }, read.message)}\n`)
    await appendSummary(env, `## ❌ coexist could not run\n\n${escapeHtml(read.message)}\n`)
    await setOutputs(env, { passed: 'false', errors: '1', warnings: '0', report: '' })
    return 2
  }
  const { inputs } = read
  const workspace = env.GITHUB_WORKSPACE || deps.cwd
  const report = await checkFiles(inputs.topology, workspace, { policy: { failOn: inputs.failOn, now: deps.now() } })

  stdout.write(inert(textReporter({ color: false }).render(report)))
  stdout.write(annotationsReporter.render(report))
  await appendSummary(env, summaryReporter.render(report))
  const reportPath = path.join(env.RUNNER_TEMP || tmpdir(), 'coexist-report.json')
  await writeFile(reportPath, jsonReporter.render(report))
  const counts = countFindings(report)
  await setOutputs(env, { passed: String(report.passed), errors: String(counts.errors), warnings: String(counts.warnings), report: reportPath })
  return exitCodeOf(report)
}
