// The one registry of output formats: what the CLI offers and says in its help, and what each
// entry renders.
import { describe, expect, it } from 'vitest'
import { resolveBuiltinMatrix } from '../../src/core/builtin-matrices.js'
import { renderAnnotations } from '../../src/reporters/annotations.js'
import { gitlabReporter } from '../../src/reporters/gitlab.js'
import { jsonReporter } from '../../src/reporters/json.js'
import { junitReporter } from '../../src/reporters/junit.js'
import { renderMatrixMarkdown } from '../../src/reporters/matrix-markdown.js'
import { renderPlanJson } from '../../src/reporters/plan-json.js'
import { renderPlanText } from '../../src/reporters/plan-text.js'
import { renderPrComment } from '../../src/reporters/pr-comment.js'
import { cliFormats, cliFormatsHelp, FORMATS, reporterFor } from '../../src/reporters/registry.js'
import { renderToString } from '../../src/reporters/reporter.js'
import { sarifReporter } from '../../src/reporters/sarif.js'
import { summaryReporter } from '../../src/reporters/summary.js'
import { textReporter } from '../../src/reporters/text.js'
import { samplePlan } from '../support/sample-plans.js'
import { reportOf, sampleFile } from '../support/sample-reports.js'

describe('the CLI formats', () => {
  it("are the registry's, the default first", () => {
    expect(cliFormats('check')).toEqual(['text', 'json', 'sarif', 'junit', 'gitlab', 'markdown'])
    expect(cliFormats('plan')).toEqual(['text', 'json', 'markdown'])
    expect(cliFormats('matrix')).toEqual(['markdown', 'json'])
  })

  it('are said in the help as a list', () => {
    expect(cliFormatsHelp('check')).toBe(
      'text (default), json, sarif (SARIF 2.1.0), junit (JUnit XML), gitlab (GitLab Code Quality), or markdown',
    )
    expect(cliFormatsHelp('plan')).toBe('text (default), json, or markdown')
    expect(cliFormatsHelp('matrix')).toBe('markdown (default) or json')
  })
})

describe('reporterFor', () => {
  const report = reportOf(sampleFile())
  it.each([
    ['text', textReporter({ color: false })],
    ['json', jsonReporter],
    ['sarif', sarifReporter],
    ['junit', junitReporter],
    ['gitlab', gitlabReporter],
    ['markdown', summaryReporter],
    ['summary', summaryReporter],
  ] as const)('check %s renders what its module renders', async (format, reporter) => {
    expect(renderToString(await reporterFor('check', format), report)).toBe(
      renderToString(reporter, report),
    )
  })

  it("passes each format what it takes: colour, the run's messages, links", async () => {
    expect(renderToString(await reporterFor('check', 'text', { color: true }), report)).toBe(
      renderToString(textReporter({ color: true }), report),
    )
    const run = { errors: [{ title: 'coexist: invalid input', message: 'input x' }] }
    expect(renderToString(await reporterFor('check', 'annotations', { run }), report)).toBe(
      renderAnnotations(report, run),
    )
    const links = { runUrl: 'https://github.com/o/r/actions/runs/1' }
    expect(renderToString(await reporterFor('check', 'pr-comment', { links }), report)).toBe(
      renderPrComment(report, links),
    )
  })

  it('renders plans and matrices behind the same interface', async () => {
    const plans = [samplePlan()]
    expect(renderToString(await reporterFor('plan', 'text', { color: false }), plans)).toBe(
      renderPlanText(plans, { color: false }),
    )
    expect(renderToString(await reporterFor('plan', 'json'), plans)).toBe(renderPlanJson(plans))
    const matrix = resolveBuiltinMatrix('lync-server-2013')
    if (!matrix.ok) throw new Error(matrix.message)
    expect(renderToString(await reporterFor('matrix', 'markdown'), matrix.matrix)).toBe(
      renderMatrixMarkdown(matrix.matrix),
    )
    expect(JSON.parse(renderToString(await reporterFor('matrix', 'json'), matrix.matrix))).toEqual(
      JSON.parse(JSON.stringify(matrix.matrix.data)),
    )
  })

  it('every entry creates a reporter', async () => {
    for (const formats of Object.values(FORMATS))
      for (const format of Object.values(formats))
        expect(typeof (await format.create({})).chunks).toBe('function')
  })
})
