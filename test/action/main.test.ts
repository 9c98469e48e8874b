// run(deps): one action run against a fake runner (temp files for GITHUB_OUTPUT, GITHUB_STEP_SUMMARY
// and RUNNER_TEMP) with a stdout that keeps what is written, and a fixed clock.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { run, type ActionDeps } from '../../src/action/main.js'
import { capture, createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { initRepo, shallowClone } from '../support/git-repo.js'
import { parseJsonReport } from '../support/json-report.js'
import { footnoteText } from '../support/matrix.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { ATTENDEE_TITLE, poolTopology } from '../support/topologies.js'
import { ATTENDEE_ALTERNATIVES, LYNC_2013_SOURCE_ESCAPED } from '../support/expected-findings.js'
import { annotationLines, parseCommand, scanCommands } from '../support/workflow.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'coexist.yml')
const NOW = new Date('2026-06-01T12:00:00Z')

let runner: FakeRunner
const extraDirs: string[] = []
afterEach(() => {
  runner?.remove()
  for (const dir of extraDirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function setup(files: Record<string, string> = { 'coexist.yml': EXAMPLE }): FakeRunner {
  runner = createFakeRunner('coexist-run-')
  for (const [relative, source] of Object.entries(files)) runner.addFile(relative, source)
  return runner
}

async function action(env: NodeJS.ProcessEnv, overrides: Partial<ActionDeps> = {}) {
  const stdout = capture()
  const code = await run({ env, cwd: runner.workspace, stdout, now: () => NOW, ...overrides })
  return {
    code,
    stdout: stdout.text,
    annotations: annotationLines(stdout.text),
    scan: scanCommands(stdout.text),
  }
}

function without(env: Record<string, string>, ...names: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !names.includes(name)))
}

const reportOf = (file: string) => parseJsonReport(readFileSync(file, 'utf8'))

describe('run on the example topology', () => {
  it('returns 1, annotates, summarises, writes the report and sets the six outputs', async () => {
    setup()
    const out = await action(runner.env)
    expect(out.code).toBe(1)
    expect(
      out.annotations
        .map((l) => parseCommand(l))
        .map((c) => [c.name, c.properties.line, c.properties.title]),
    ).toEqual([
      [
        'error',
        '32',
        'Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported',
      ],
      ['warning', '22', 'Lync 2010 Group Chat on Lync Server 2013: not applicable'],
      ['warning', '27', 'Office Communicator 2007 R2 on Lync Server 2013: interoperable only'],
      ['notice', '37', 'Lync 2010 Attendee on Lync Server 2013: not supported (waived)'],
      // A supported pair with a footnote: a notice too, the last of them.
      ['notice', '22', 'Lync 2010 Group Chat on Lync Server 2010: supported'],
    ])
    expect(out.scan.commands).toEqual(out.annotations)
    expect(out.scan.inertBlocks).toHaveLength(1)
    expect(runner.outputs()).toEqual({
      passed: 'false',
      errors: '1',
      warnings: '2',
      waived: '1',
      report: path.join(runner.runnerTemp, 'coexist-report.json'),
      sarif: '',
    })
    expect(
      runner
        .summary()
        .startsWith(
          '## ❌ coexist: compatibility check failed\n\n1 error · 2 warnings · 2 notices · 10 pairs checked · 1 waived\n',
        ),
    ).toBe(true)
    const report = reportOf(path.join(runner.runnerTemp, 'coexist-report.json'))
    expect(report.passed).toBe(false)
    expect(report.counts).toEqual({
      errors: 1,
      warnings: 2,
      notices: 2,
      waived: 1,
      preexisting: 0,
      pairs: 10,
    })
  })

  it('writes the report of a large estate whole, in order, one result per line', async () => {
    setup({})
    const guests = Array.from({ length: 500 }, (_, i) => `guests-${i}`)
    runner.writeFile('coexist.yml', poolTopology(guests).text)
    expect((await action(runner.env)).code).toBe(1)
    const text = readFileSync(path.join(runner.runnerTemp, 'coexist-report.json'), 'utf8')
    expect(parseJsonReport(text).results.map((r) => r.client)).toEqual([
      'knowledge-workers',
      ...guests,
    ])
    expect(
      text.split('\n').filter((line) => line.startsWith('    {"file":"coexist.yml",')),
    ).toHaveLength(501)
  })

  it('writes each output with its own delimiter, which the value does not contain', async () => {
    setup()
    await action(runner.env)
    const lines = readFileSync(runner.outputFile, 'utf8').split('\n')
    expect(lines).toHaveLength(19)
    expect(lines.filter((_, i) => i % 3 === 0 && i < 18).map((l) => l.split('<<')[0])).toEqual([
      'passed',
      'errors',
      'warnings',
      'waived',
      'report',
      'sarif',
    ])
    const delimiters = [0, 3, 6, 9, 12, 15].map((i) => {
      const match =
        /^(passed|errors|warnings|waived|report|sarif)<<(ghadelimiter_[0-9a-f]{32})$/.exec(
          lines[i] as string,
        )
      expect(match, lines[i]).not.toBeNull()
      expect(lines[i + 2]).toBe(match?.[2])
      expect(lines[i + 1]).not.toContain(match?.[2])
      return match?.[2]
    })
    expect(new Set(delimiters).size).toBe(6)
    expect(lines[18]).toBe('')
  })

  it('appends to the output and summary files instead of replacing them', async () => {
    setup()
    writeFileSync(runner.outputFile, 'earlier=kept\n')
    writeFileSync(runner.summaryFile, '# Earlier step\n\n')
    await action(runner.env)
    expect(runner.outputs()).toMatchObject({ earlier: 'kept', passed: 'false' })
    expect(
      runner.summary().startsWith('# Earlier step\n\n## ❌ coexist: compatibility check failed\n'),
    ).toBe(true)
  })

  it('resolves topology paths from GITHUB_WORKSPACE, not from the process cwd', async () => {
    setup()
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'coexist-elsewhere-'))
    extraDirs.push(elsewhere)
    const out = await action(runner.env, { cwd: elsewhere })
    expect(out.code).toBe(1)
    expect(parseCommand(out.annotations[0] as string).properties.file).toBe('coexist.yml')
  })

  it('falls back to the cwd when GITHUB_WORKSPACE is unset', async () => {
    setup()
    const out = await action(without(runner.env, 'GITHUB_WORKSPACE'))
    expect(out.code).toBe(1)
    expect(parseCommand(out.annotations[0] as string).properties.file).toBe('coexist.yml')
  })

  it('still annotates and writes the report when GITHUB_OUTPUT and GITHUB_STEP_SUMMARY are unset', async () => {
    setup()
    const out = await action(without(runner.env, 'GITHUB_OUTPUT', 'GITHUB_STEP_SUMMARY'))
    expect(out.code).toBe(1)
    expect(out.annotations).toHaveLength(5)
    expect(readFileSync(runner.outputFile, 'utf8')).toBe('')
    expect(readFileSync(runner.summaryFile, 'utf8')).toBe('')
    expect(reportOf(path.join(runner.runnerTemp, 'coexist-report.json')).passed).toBe(false)
  })

  it('with fail-on none returns 0 and reports the former error as a warning', async () => {
    setup()
    const out = await action({ ...runner.env, 'INPUT_FAIL-ON': 'none' })
    expect(out.code).toBe(0)
    expect(out.annotations.map((l) => parseCommand(l).name)).toEqual([
      'warning',
      'warning',
      'warning',
      'notice',
      'notice',
    ])
    expect(runner.outputs()).toMatchObject({ passed: 'true', errors: '0', warnings: '3' })
  })

  it('with fail-on interoperable,not-applicable,not-supported fails on every non-supported pair', async () => {
    setup()
    const out = await action({
      ...runner.env,
      'INPUT_FAIL-ON': 'interoperable,not-applicable,not-supported',
    })
    expect(out.code).toBe(1)
    expect(out.annotations.map((l) => parseCommand(l).name)).toEqual([
      'error',
      'error',
      'error',
      'notice',
      'notice',
    ])
    expect(runner.outputs()).toMatchObject({ passed: 'false', errors: '3', warnings: '0' })
  })
})

describe('exceptions and the clock', () => {
  it('waives the pair through the last second of its expires day (UTC)', async () => {
    setup({ 'coexist.yml': path.join(FIXTURES, 'waiver.yml') })
    const out = await action(runner.env, { now: () => new Date('2026-06-30T23:59:59.999Z') })
    expect(out.code).toBe(0)
    expect(out.annotations).toEqual([
      // Within the default 30 days of expiry: a notice at the expires line.
      '::notice file=coexist.yml,line=11,endLine=11,col=14,endColumn=23,title=coexist%3A exception expires soon::' +
        'the exception for "guests" on "ams-pool01" expires at the end of 2026-06-30 (UTC), today',
      '::notice file=coexist.yml,line=6,endLine=6,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported (waived)::' +
        `guests (Lync 2010 Attendee) is not supported on ams-pool01 (Lync Server 2013). Use Lync Web App 2013 instead. ${ATTENDEE_ALTERNATIVES} Waived until the end of 2026-06-30 (UTC): Guests move to Lync Web App 2013 in wave 3%0A%0AFootnote 2: ${footnoteText('2')}${LYNC_2013_SOURCE_ESCAPED}`,
    ])
    expect(runner.outputs()).toMatchObject({ passed: 'true', errors: '0', warnings: '0' })
  })

  it('from the next day on, fails the pair and warns at the expires line', async () => {
    setup({ 'coexist.yml': path.join(FIXTURES, 'waiver.yml') })
    const out = await action(runner.env, { now: () => new Date('2026-07-01T00:00:00Z') })
    expect(out.code).toBe(1)
    expect(out.annotations).toEqual([
      '::error file=coexist.yml,line=6,endLine=6,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported::' +
        `guests (Lync 2010 Attendee) is not supported on ams-pool01 (Lync Server 2013). Use Lync Web App 2013 instead. ${ATTENDEE_ALTERNATIVES}%0A%0AFootnote 2: ${footnoteText('2')}${LYNC_2013_SOURCE_ESCAPED}`,
      '::warning file=coexist.yml,line=11,endLine=11,col=14,endColumn=23,title=coexist%3A exception::' +
        'the exception for "guests" on "ams-pool01" expired at the end of 2026-06-30 (UTC) and waives nothing; fix the pair or renew the exception with a new date',
    ])
    expect(runner.outputs()).toMatchObject({ passed: 'false', errors: '1', warnings: '1' })
    expect(runner.summary()).toContain(
      '> [!WARNING]\n> Line 11: the exception for &quot;guests&quot; on &quot;ams-pool01&quot; expired',
    )
  })
})

describe('bad input', () => {
  it('a server product used as a client: exit 2, one error annotation at the value, no pair results', async () => {
    setup({ 'estate/uc.yml': path.join(FIXTURES, 'server-as-client.yml') })
    const out = await action({ ...runner.env, INPUT_TOPOLOGY: 'estate/uc.yml' })
    expect(out.code).toBe(2)
    expect(out.annotations).toEqual([
      '::error file=estate/uc.yml,line=6,endLine=6,col=14,endColumn=29,title=coexist%3A invalid topology::' +
        '"Lync Server 2010" is a server product, not a client; clients of matrix lync-server-2013: Lync 2013, Lync Web App 2013, Lync 2010, Lync 2010 Attendant, Lync 2010 Group Chat, Lync Web App 2010, Lync 2010 Attendee, Office Communicator 2007 R2, Microsoft Office Communications Server 2007 R2 Attendant, Office Communicator 2007, Office Live Meeting 2007',
    ])
    expect(runner.outputs()).toMatchObject({ passed: 'false', errors: '1', warnings: '0' })
    expect(reportOf(path.join(runner.runnerTemp, 'coexist-report.json')).results).toEqual([])
    expect(runner.summary().split('\n')[0]).toBe('## ❌ coexist could not evaluate the topology')
  })

  // README "Bad input": a misspelled key is reported "with the closest allowed key".
  it('a misspelled key: the annotation names the closest allowed key and lists the allowed ones', async () => {
    setup({ 'coexist.yml': path.join(FIXTURES, 'misspelled-key.yml') })
    const out = await action(runner.env)
    expect(out.code).toBe(2)
    expect(out.annotations).toEqual([
      '::error file=coexist.yml,line=7,endLine=7,col=5,endColumn=12,title=coexist%3A invalid topology::' +
        'clients[0]: unknown key "workload" (did you mean "workloads"?); allowed: name, product, servers, workloads, users',
    ])
  })

  it('a missing default coexist.yml: exit 2, one annotation on it', async () => {
    setup({})
    const out = await action(runner.env)
    expect(out.code).toBe(2)
    expect(out.annotations).toEqual([
      '::error file=coexist.yml,line=1,endLine=1,col=1,endColumn=1,title=coexist%3A invalid topology::no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
    ])
  })

  it('an invalid fail-on: exit 2 and exactly one error annotation', async () => {
    setup()
    const out = await action({ ...runner.env, 'INPUT_FAIL-ON': 'sometimes' })
    expect(out.code).toBe(2)
    expect(out.stdout).toBe(
      '::error title=coexist%3A invalid input::input fail-on: unknown status "sometimes"; use a comma-separated list of supported, interoperable, not-supported, not-applicable, undocumented, or none\n',
    )
  })
})

describe('new-only on a pull request', () => {
  // The base commit: three failing populations. The pull request's head: a fourth.
  const OLD = ['guests-a', 'guests-b', 'guests-c']
  const head = poolTopology([...OLD, 'guests-d'])

  /** A fake runner whose workspace is a git checkout of base + head, and a pull_request event naming base. */
  function pullRequest(options: { shallow?: boolean; eventName?: string } = {}) {
    setup({})
    const origin = options.shallow
      ? mkdtempSync(path.join(tmpdir(), 'coexist-origin-'))
      : runner.workspace
    if (options.shallow) extraDirs.push(origin)
    const repo = initRepo(options.shallow ? path.join(origin, 'repo') : origin)
    repo.write('coexist.yml', poolTopology(OLD).text)
    const base = repo.commit('base')
    repo.write('coexist.yml', head.text)
    const headSha = repo.commit('head')
    if (options.shallow) {
      rmSync(runner.workspace, { recursive: true })
      shallowClone(repo.dir, runner.workspace)
    }
    writeFileSync(
      runner.eventFile,
      JSON.stringify({
        number: 7,
        pull_request: {
          number: 7,
          base: { sha: base, repo: { full_name: 'contoso/uc-estate' } },
          head: { sha: headSha, repo: { full_name: 'contoso/uc-estate' } },
        },
      }),
    )
    const env = {
      ...runner.env,
      GITHUB_EVENT_NAME: options.eventName ?? 'pull_request',
      GITHUB_REPOSITORY: 'contoso/uc-estate',
      'INPUT_NEW-ONLY': 'true',
      'INPUT_PR-COMMENT': 'never',
    }
    return { base, env }
  }

  const where = (annotations: string[]) =>
    annotations
      .map((l) => parseCommand(l))
      .map((c) => `${c.name}:${c.properties.line ?? '-'}:${c.properties.title}`)

  it('annotates and fails on the new pair only; the old ones are in the summary and the report as pre-existing', async () => {
    const { base, env } = pullRequest()
    const out = await action(env)
    expect(out.code).toBe(1)
    expect(where(out.annotations)).toEqual([
      `error:${head.productLine.get('guests-d')}:${ATTENDEE_TITLE}`,
    ])
    expect(out.scan.commands).toEqual(out.annotations)
    expect(runner.outputs()).toEqual({
      passed: 'false',
      errors: '1',
      warnings: '0',
      waived: '0',
      report: path.join(runner.runnerTemp, 'coexist-report.json'),
      sarif: '',
    })
    const summary = runner.summary()
    expect(summary.split('\n')[2]).toBe(
      '1 error · 0 warnings · 0 notices · 5 pairs checked · 3 pre-existing',
    )
    expect(summary).toContain(
      `New-only mode: findings already present in the base commit <code>${base.slice(0, 12)}</code> are marked ⏮ and do not fail the run.`,
    )
    expect(summary.split('\n').filter((l) => l.startsWith('| ⏮ pre-existing |'))).toHaveLength(3)
    const report = parseJsonReport(
      readFileSync(path.join(runner.runnerTemp, 'coexist-report.json'), 'utf8'),
    )
    expect(report.baseline).toEqual({ revision: base })
    expect(report.results.filter((r) => r.preexisting).map((r) => r.client)).toEqual(OLD)
  })

  it('works the same on pull_request_target', async () => {
    const { env } = pullRequest({ eventName: 'pull_request_target' })
    const out = await action(env)
    expect(out.code).toBe(1)
    expect(out.annotations).toHaveLength(1)
    expect(runner.outputs()).toMatchObject({ errors: '1' })
  })

  it('with new-only false, every finding counts', async () => {
    const { env } = pullRequest()
    const out = await action({ ...env, 'INPUT_NEW-ONLY': 'false' })
    expect(out.code).toBe(1)
    expect(out.annotations.map((l) => parseCommand(l).name)).toEqual([
      'error',
      'error',
      'error',
      'error',
    ])
    expect(runner.outputs()).toMatchObject({ errors: '4' })
    expect(runner.summary()).not.toContain('New-only')
  })

  it('in a shallow checkout without the base commit: one warning naming fetch-depth, and every finding counts', async () => {
    const { env } = pullRequest({ shallow: true })
    const out = await action(env)
    expect(out.code).toBe(1)
    const parsed = out.annotations.map((l) => parseCommand(l))
    expect(parsed.filter((c) => c.name === 'error')).toHaveLength(4)
    const warnings = parsed.filter((c) => c.name === 'warning')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.properties).toEqual({ title: 'coexist' })
    expect(warnings[0]?.message).toMatch(
      /^new-only could not compare with the base commit, so every finding counts: .*`fetch-depth: 0`/,
    )
    expect(runner.outputs()).toMatchObject({ passed: 'false', errors: '4' })
    expect(runner.summary()).toContain(
      '> [!WARNING]\n> New-only mode could not read the base commit',
    )
  })

  it('on a push event: a warning that new-only applies to pull requests, and every finding counts', async () => {
    const { env } = pullRequest({ eventName: 'push' })
    const out = await action(env)
    expect(out.code).toBe(1)
    const parsed = out.annotations.map((l) => parseCommand(l))
    expect(parsed.map((c) => c.name)).toEqual(['error', 'error', 'error', 'error', 'warning'])
    expect(parsed[4]?.message).toBe(
      'new-only applies to pull requests; on this push event every finding counts',
    )
    expect(runner.summary()).not.toContain('New-only')
  })

  it("keeps its own warning within GitHub's 10 warnings per step when the findings fill them", async () => {
    // 12 interoperable populations: 12 warnings, of which 10 are annotated. The warning that
    // new-only did not apply must not be an 11th, which GitHub would drop without a word.
    setup({})
    const lines = ['servers:', '  - name: ams-pool01', '    product: Lync Server 2013', 'clients:']
    for (let i = 1; i <= 12; i++)
      lines.push(`  - name: legacy-${i}`, '    product: Office Communicator 2007 R2')
    runner.writeFile('coexist.yml', `${lines.join('\n')}\n`)
    const out = await action({ ...runner.env, 'INPUT_NEW-ONLY': 'true' })
    expect(out.code).toBe(0)
    const warnings = out.annotations.map((l) => parseCommand(l)).filter((c) => c.name === 'warning')
    expect(warnings.length).toBeLessThanOrEqual(10)
    expect(warnings.map((c) => c.message)).toContain(
      'new-only applies to pull requests; on this push event every finding counts',
    )
  })

  it('an invalid new-only: exit 2, one error annotation, and all six outputs set', async () => {
    setup()
    const out = await action({ ...runner.env, 'INPUT_NEW-ONLY': 'yes' })
    expect(out.code).toBe(2)
    expect(out.stdout).toBe(
      '::error title=coexist%3A invalid input::input new-only: "yes" is not true or false\n',
    )
    expect(runner.outputs()).toEqual({
      passed: 'false',
      errors: '1',
      warnings: '0',
      waived: '0',
      report: '',
      sarif: '',
    })
  })

  it('an invalid pr-comment: exit 2 and the error names the values', async () => {
    setup()
    const out = await action({ ...runner.env, 'INPUT_PR-COMMENT': 'sometimes' })
    expect(out.code).toBe(2)
    expect(out.stdout).toBe(
      '::error title=coexist%3A invalid input::input pr-comment: "sometimes" is not one of auto, always, never\n',
    )
  })
})

describe('the github-token', () => {
  const TOKEN = 'ghs_S3cr3tT0k3nValue0123456789'

  it('is masked before anything else is printed, and printed nowhere else', async () => {
    setup()
    const out = await action({ ...runner.env, 'INPUT_GITHUB-TOKEN': TOKEN })
    expect(out.code).toBe(1)
    expect(out.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`)
    expect(out.stdout.split(TOKEN)).toHaveLength(2)
    expect(runner.summary()).not.toContain(TOKEN)
    expect(readFileSync(runner.outputFile, 'utf8')).not.toContain(TOKEN)
    expect(readFileSync(path.join(runner.runnerTemp, 'coexist-report.json'), 'utf8')).not.toContain(
      TOKEN,
    )
  })

  it('without one, nothing is masked', async () => {
    setup()
    const out = await action(runner.env)
    expect(out.stdout).not.toContain('::add-mask::')
  })
})

describe('the sarif input', () => {
  it('writes a SARIF 2.1.0 log at the workspace-relative path, creating folders, and sets the sarif output to it', async () => {
    setup()
    const out = await action({ ...runner.env, INPUT_SARIF: 'results/coexist/log.sarif' })
    expect(out.code).toBe(1)
    const file = path.join(runner.workspace, 'results', 'coexist', 'log.sarif')
    expect(runner.outputs().sarif).toBe(file)
    const log = JSON.parse(readFileSync(file, 'utf8')) as { version: string; runs: unknown[] }
    expect(log.version).toBe('2.1.0')
    expect(log.runs).toHaveLength(1)
  })

  it('writes no SARIF and sets sarif to empty when the input is empty', async () => {
    setup()
    await action({ ...runner.env, INPUT_SARIF: '' })
    expect(runner.outputs().sarif).toBe('')
  })
})

describe('the pull request comment without a token', () => {
  it('warns once on a pull request, and the verdict stays the same', async () => {
    setup()
    writeFileSync(
      runner.eventFile,
      JSON.stringify({
        pull_request: { number: 3, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } },
      }),
    )
    const out = await action({
      ...runner.env,
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'contoso/uc-estate',
    })
    expect(out.code).toBe(1)
    const warnings = out.annotations
      .map((l) => parseCommand(l))
      .filter((c) => c.properties.title === 'coexist')
    expect(warnings).toHaveLength(1)
    expect(warnings[0]?.name).toBe('warning')
    expect(warnings[0]?.message).toMatch(/^no github-token, so no pull request comment; /)
    expect(runner.outputs()).toMatchObject({ passed: 'false', errors: '1', warnings: '2' })
  })

  it('says nothing with pr-comment never, or on a push event', async () => {
    setup()
    writeFileSync(
      runner.eventFile,
      JSON.stringify({
        pull_request: { number: 3, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } },
      }),
    )
    const never = await action({
      ...runner.env,
      GITHUB_EVENT_NAME: 'pull_request',
      'INPUT_PR-COMMENT': 'never',
    })
    expect(never.annotations.filter((l) => l.includes('title=coexist::'))).toEqual([])
    const push = await action(runner.env)
    expect(push.annotations.filter((l) => l.includes('title=coexist::'))).toEqual([])
  })
})

describe('the matrix and expiry-warning-days inputs', () => {
  // Lync 2010 Group Chat on Lync Server 2013: not applicable in lync-server-2013 (the file's matrix:),
  // supported in lync-2013-client-interoperability, not supported in the house rules.
  const TOPOLOGY = [
    'matrix: lync-server-2013',
    'servers:',
    '  - {name: ams-pool01, product: Lync Server 2013}',
    'clients:',
    '  - {name: trading-floor, product: Lync 2010 Group Chat}',
    '',
  ].join('\n')
  const HOUSE = [
    'id: house-rules',
    'extends: lync-server-2013',
    'sources:',
    '  house: {title: Contoso house rules, url: "https://intranet.contoso.example/uc"}',
    'cells:',
    '  - {client: lync-2010-group-chat, server: lync-server-2013, status: not-supported, source: {ref: house}}',
    '',
  ].join('\n')
  const titles = (annotations: string[]) =>
    annotations
      .map((l) => parseCommand(l))
      .map((c) => [c.name, c.properties.file, c.properties.line, c.properties.title])

  it("matrix with a matrix file wins over the topology's matrix:, and the annotation cites it", async () => {
    setup({})
    runner.writeFile('coexist.yml', TOPOLOGY)
    runner.writeFile('uc/house.yml', HOUSE)
    const out = await action({ ...runner.env, INPUT_MATRIX: 'uc/house.yml' })
    expect(out.code).toBe(1)
    expect(titles(out.annotations)).toEqual([
      ['error', 'coexist.yml', '5', 'Lync 2010 Group Chat on Lync Server 2013: not supported'],
    ])
    // Named as a custom matrix, with its file: no report may mistake it for a built-in one.
    expect(
      parseCommand(out.annotations[0] ?? '')
        .message.split('\n\n')
        .at(-1),
    ).toBe('Source: custom matrix house-rules from uc/house.yml, "Contoso house rules"')
    expect(
      reportOf(path.join(runner.runnerTemp, 'coexist-report.json')).results.map((r) => [
        r.client,
        r.severity,
      ]),
    ).toEqual([['trading-floor', 'error']])
  })

  it("a topology's matrix: is looked for next to it first, then at the workspace root", async () => {
    setup({})
    const topology = TOPOLOGY.replace(/^matrix: .*$/m, 'matrix: house.yml')
    runner.writeFile('sites/ams/coexist.yml', topology)
    runner.writeFile('sites/ams/house.yml', HOUSE)
    runner.writeFile('sites/ber/coexist.yml', topology)
    runner.writeFile('house.yml', HOUSE.replace('id: house-rules', 'id: shared-rules'))
    const out = await action({ ...runner.env, INPUT_TOPOLOGY: 'sites/*/coexist.yml' })
    expect(out.code).toBe(1)
    expect(
      out.annotations.map((a) => {
        const { properties, message } = parseCommand(a)
        return [properties.file, message.split('\n\n').at(-1)]
      }),
    ).toEqual([
      [
        'sites/ams/coexist.yml',
        'Source: custom matrix house-rules from sites/ams/house.yml, "Contoso house rules"',
      ],
      [
        'sites/ber/coexist.yml',
        'Source: custom matrix shared-rules from house.yml, "Contoso house rules"',
      ],
    ])
  })

  it('matrix with a built-in id wins too', async () => {
    setup({})
    runner.writeFile('coexist.yml', TOPOLOGY)
    const out = await action({ ...runner.env, INPUT_MATRIX: 'lync-2013-client-interoperability' })
    expect(out.code).toBe(0)
    // That matrix supports Group Chat on Lync Server 2013, with its footnote: a notice, nothing worse.
    expect(
      out.annotations.map((l) => [parseCommand(l).name, parseCommand(l).properties.title]),
    ).toEqual([['notice', 'Lync 2010 Group Chat on Lync Server 2013: supported']])
    expect(runner.summary()).toContain('lync-2013-client-interoperability')
  })

  it('an unknown matrix: exit 2 and an input error that names the matrix input; nothing is checked', async () => {
    setup({})
    runner.writeFile('coexist.yml', TOPOLOGY)
    const out = await action({ ...runner.env, INPUT_MATRIX: 'lync-server-2031' })
    expect(out.code).toBe(2)
    expect(out.stdout).toBe(
      '::error title=coexist%3A invalid input::input matrix: unknown matrix "lync-server-2031" (did you mean "lync-server-2013"?); built-in matrices: lync-server-2013, all-generations, lync-2013-client-interoperability, skype-for-business-server; a matrix file is named by its path (.yml, .yaml or .json)\n',
    )
    expect(runner.outputs()).toEqual({
      passed: 'false',
      errors: '1',
      warnings: '0',
      waived: '0',
      report: '',
      sarif: '',
    })
    expect(runner.summary()).toContain(
      '## ❌ coexist could not run\n\ninput matrix: unknown matrix &quot;lync-server-2031&quot;',
    )
    expect(existsSync(path.join(runner.runnerTemp, 'coexist-report.json'))).toBe(false)
  })

  it('a broken matrix file: exit 2, the input error, and one invalid-matrix annotation per error at its line', async () => {
    setup({})
    runner.writeFile('coexist.yml', TOPOLOGY)
    runner.writeFile('uc/house.yml', HOUSE.replace('status: not-supported', 'status: nope'))
    const out = await action({ ...runner.env, INPUT_MATRIX: 'uc/house.yml' })
    expect(out.code).toBe(2)
    expect(out.stdout).toBe(
      [
        '::error title=coexist%3A invalid input::input matrix: matrix file uc/house.yml is invalid (see the error there)',
        // At the status value: line 6, column 70.
        '::error file=uc/house.yml,line=6,endLine=6,col=70,endColumn=73,title=coexist%3A invalid matrix::cells[0].status: "nope" is not one of the allowed values; allowed: supported, interoperable, not-supported, not-applicable, undocumented',
        '',
      ].join('\n'),
    )
    expect(runner.outputs()).toEqual({
      passed: 'false',
      errors: '2',
      warnings: '0',
      waived: '0',
      report: '',
      sarif: '',
    })
    expect(existsSync(path.join(runner.runnerTemp, 'coexist-report.json'))).toBe(false)
  })

  it('a matrix outside the workspace is refused, though the file exists', async () => {
    setup({})
    runner.writeFile('coexist.yml', TOPOLOGY)
    writeFileSync(path.join(runner.root, 'house.yml'), HOUSE)
    const out = await action({ ...runner.env, INPUT_MATRIX: path.join(runner.root, 'house.yml') })
    expect(out.code).toBe(2)
    expect(out.annotations.map((l) => parseCommand(l).message)).toEqual([
      `input matrix: matrix file ${path.join(runner.root, 'house.yml')}: the path leaves the repository; name a matrix file inside it`,
    ])
    expect(runner.outputs()).toMatchObject({
      passed: 'false',
      errors: '1',
      waived: '0',
      report: '',
    })
  })

  it('expiry-warning-days: a notice at the expires line within the window, none with 0', async () => {
    setup({ 'coexist.yml': path.join(FIXTURES, 'waiver.yml') })
    // waiver.yml's exception lasts through 2026-06-30: 29.5 days after NOW.
    const inside = await action(runner.env)
    expect(titles(inside.annotations)[0]).toEqual([
      'notice',
      'coexist.yml',
      '11',
      'coexist: exception expires soon',
    ])
    expect(runner.summary()).toContain(
      '> [!NOTE]\n> Line 11: the exception for &quot;guests&quot; on &quot;ams-pool01&quot; expires at the end of 2026-06-30 (UTC), in 29 days',
    )
    const off = await action({ ...runner.env, 'INPUT_EXPIRY-WARNING-DAYS': '0' })
    expect(titles(off.annotations)).toEqual([
      ['notice', 'coexist.yml', '6', `${ATTENDEE_TITLE} (waived)`],
    ])
    const short = await action({ ...runner.env, 'INPUT_EXPIRY-WARNING-DAYS': '28' })
    expect(short.annotations.some((l) => l.includes('expires soon'))).toBe(false)
  })

  it('an invalid expiry-warning-days: exit 2 and one input error, before anything is checked', async () => {
    setup()
    const out = await action({ ...runner.env, 'INPUT_EXPIRY-WARNING-DAYS': 'soon' })
    expect(out.code).toBe(2)
    expect(out.stdout).toBe(
      '::error title=coexist%3A invalid input::input expiry-warning-days: "soon" is not a whole number of days from 0 to 3650\n',
    )
    expect(runner.outputs()).toMatchObject({ passed: 'false', errors: '1', report: '' })
  })
})

describe('the step log of a large estate', () => {
  it('prints the verdict, then the worst 200 findings in a group, then where the others are', async () => {
    const names = Array.from({ length: 5_000 }, (_, i) => `attendees-${i}`)
    const dir = mkdtempSync(path.join(tmpdir(), 'coexist-large-'))
    extraDirs.push(dir)
    writeFileSync(path.join(dir, 'coexist.yml'), poolTopology(names).text)
    setup({ 'coexist.yml': path.join(dir, 'coexist.yml') })
    const out = await action({
      ...runner.env,
      INPUT_TOPOLOGY: 'coexist.yml',
      INPUT_SARIF: 'coexist.sarif',
    })
    expect(out.code).toBe(1)
    const lines = out.stdout.split('\n')
    const [first, second] = out.scan.tokens as [string, string]
    expect(out.scan.tokens).toHaveLength(2)
    // The verdict and the counts first, outside the group: visible when it is collapsed.
    expect(lines[0]).toBe('✖ Failed: 5,000 errors, 0 warnings, 0 notices in 5,001 pairs')
    expect(lines[1]).toBe('::group::coexist report: the worst 200 of 5,000 findings')
    // The group is opened and closed outside the stop-commands block, where the runner honours it.
    expect(lines[2]).toBe(`::stop-commands::${first}`)
    const end = lines.indexOf(`::${first}::`)
    expect(lines[end + 1]).toBe('::endgroup::')
    expect(out.scan.groups).toEqual([lines[1], '::endgroup::'])
    const listed = (out.scan.inertBlocks[0] as string).split('\n').filter((l) => / error: /.test(l))
    expect(listed).toHaveLength(200)
    // Then, visible too, where the other 4,800 are.
    expect(lines[end + 2]).toBe(`::stop-commands::${second}`)
    const report = path.join(runner.runnerTemp, 'coexist-report.json')
    const sarif = path.join(runner.workspace, 'coexist.sarif')
    expect(out.scan.inertBlocks[1]).toBe(
      `4,800 more findings are not in this log: the JSON report at ${report} (output report) lists every result; the SARIF log at ${sarif} (output sarif) has the most severe 25,000; the job summary has the grid and the findings up to 1 MiB.`,
    )
    expect(lines[end + 4]).toBe(`::${second}::`)
    // After it, only annotations.
    expect(lines.slice(end + 5)).toEqual([...out.annotations, ''])
    expect(out.scan.commands).toEqual(out.annotations)
    // Bounded: 200 findings of two lines each, and a few lines around them.
    expect(lines.length).toBeLessThan(200 * 2 + 50)
  })
})
