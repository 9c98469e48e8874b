// The action's file writes (the SARIF log at the `sarif` input, the JSON report in RUNNER_TEMP) when
// a pull request has put something hostile at the path: nothing outside the workspace is touched,
// and the run still gives its verdict, summary and every output, with one error saying why the file
// is missing and exit code 2.
import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { run } from '../../src/action/main.js'
import { capture, createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { parseJsonReport } from '../support/json-report.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { parseCommand, scanCommands } from '../support/workflow.js'

const EXAMPLE = path.join(REPO_ROOT, 'examples', 'coexist.yml')
const NOW = new Date('2026-06-01T12:00:00Z')

let runner: FakeRunner
afterEach(() => runner?.remove())

/** A fake runner with the example topology, and a file outside the workspace a pull request may aim at. */
function setup(): { outside: string } {
  runner = createFakeRunner('coexist-writes-')
  runner.addFile('coexist.yml', EXAMPLE)
  const outside = path.join(runner.root, 'outside.txt')
  writeFileSync(outside, 'keep')
  return { outside }
}

async function action(env: NodeJS.ProcessEnv) {
  const stdout = capture()
  const code = await run({ env, cwd: runner.workspace, stdout, now: () => NOW })
  const errors = scanCommands(stdout.text)
    .commands.map(parseCommand)
    .filter((c) => c.properties.title?.endsWith(' not written'))
  return { code, errors }
}

const reportFile = () => path.join(runner.runnerTemp, 'coexist-report.json')

/** What every refused SARIF write must leave: the example's verdict, all outputs, one error, a note. */
function expectSarifRefused(out: Awaited<ReturnType<typeof action>>, reason: RegExp) {
  expect(out.code).toBe(2)
  expect(out.errors).toHaveLength(1)
  expect(out.errors[0]?.name).toBe('error')
  expect(out.errors[0]?.properties.title).toBe('coexist: SARIF log not written')
  expect(out.errors[0]?.message).toMatch(/^The SARIF log was not written: /)
  expect(out.errors[0]?.message).toMatch(reason)
  expect(runner.outputs()).toEqual({
    passed: 'false',
    errors: '1',
    warnings: '2',
    waived: '1',
    report: reportFile(),
    sarif: '',
  })
  expect(parseJsonReport(readFileSync(reportFile(), 'utf8')).passed).toBe(false)
  const summary = runner.summary()
  expect(summary.startsWith('## ❌ coexist: compatibility check failed\n')).toBe(true)
  expect(summary).toContain('\n> [!WARNING]\n> The SARIF log was not written: ')
}

describe('a SARIF path the pull request has turned hostile', () => {
  it('a symbolic link to a file outside the workspace: refused, the file untouched', async () => {
    const { outside } = setup()
    symlinkSync(outside, path.join(runner.workspace, 'coexist.sarif'))
    expectSarifRefused(
      await action({ ...runner.env, INPUT_SARIF: 'coexist.sarif' }),
      /"coexist\.sarif" is a symbolic link/,
    )
    expect(readFileSync(outside, 'utf8')).toBe('keep')
  })

  it(
    'a symbolic link to /dev/stdin: refused at once, nothing opened',
    { timeout: 5000 },
    async () => {
      setup()
      symlinkSync('/dev/stdin', path.join(runner.workspace, 'coexist.sarif'))
      expectSarifRefused(
        await action({ ...runner.env, INPUT_SARIF: 'coexist.sarif' }),
        /"coexist\.sarif" is a symbolic link/,
      )
    },
  )

  it('a directory: refused, not an internal error', async () => {
    setup()
    mkdirSync(path.join(runner.workspace, 'coexist.sarif'))
    expectSarifRefused(
      await action({ ...runner.env, INPUT_SARIF: 'coexist.sarif' }),
      /"coexist\.sarif" is a directory/,
    )
  })

  it('a path under a symbolic link to a directory outside the workspace: refused, nothing written there', async () => {
    const { outside } = setup()
    const elsewhere = path.join(runner.root, 'elsewhere')
    mkdirSync(elsewhere)
    symlinkSync(elsewhere, path.join(runner.workspace, 'results'))
    expectSarifRefused(
      await action({ ...runner.env, INPUT_SARIF: 'results/coexist.sarif' }),
      /"results" in "results\/coexist\.sarif" is a symbolic link/,
    )
    expect(() => lstatSync(path.join(elsewhere, 'coexist.sarif'))).toThrow()
    expect(readFileSync(outside, 'utf8')).toBe('keep')
  })

  it('still writes a SARIF 2.1.0 log when the path is fine', async () => {
    setup()
    const out = await action({ ...runner.env, INPUT_SARIF: 'coexist.sarif' })
    expect(out).toEqual({ code: 1, errors: [] })
    const file = path.join(runner.workspace, 'coexist.sarif')
    expect(runner.outputs().sarif).toBe(file)
    expect((JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version).toBe('2.1.0')
    expect(runner.summary()).not.toContain('not written')
  })
})

describe('a JSON report that cannot be written', () => {
  it('leaves the report output empty, says why, and returns 2', async () => {
    const { outside } = setup()
    symlinkSync(outside, reportFile())
    const out = await action(runner.env)
    expect(out.code).toBe(2)
    expect(out.errors.map((e) => e.properties.title)).toEqual(['coexist: JSON report not written'])
    expect(out.errors[0]?.message).toContain(`"${reportFile()}" is a symbolic link`)
    expect(runner.outputs()).toEqual({
      passed: 'false',
      errors: '1',
      warnings: '2',
      waived: '1',
      report: '',
      sarif: '',
    })
    expect(runner.summary()).toContain('\n> [!WARNING]\n> The JSON report was not written: ')
    expect(readFileSync(outside, 'utf8')).toBe('keep')
  })
})
