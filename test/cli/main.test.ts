// runCli(argv, deps): the CLI without a process, with stdout/stderr that keep what is written and
// say whether they are a terminal.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliDeps } from '../../src/cli/main.js'
import { capture, type Capture } from '../support/fake-runner.js'
import { initRepo, type GitRepo } from '../support/git-repo.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { ATTENDEE_TITLE, poolTopology } from '../support/topologies.js'

const NOW = new Date('2026-06-01T12:00:00Z')
const ESC = '\u001b'

interface Outcome {
  code: number
  stdout: string
  stderr: string
}

async function cli(argv: string[], options: { isTTY?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Outcome> {
  const stdout: Capture = capture(options.isTTY)
  const stderr: Capture = capture()
  const deps: CliDeps = { cwd: options.cwd ?? REPO_ROOT, env: options.env ?? {}, stdout, stderr, now: () => NOW, version: '9.8.7-test' }
  const code = await runCli(argv, deps)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

const EXAMPLE = 'examples/coexist.yml'
const CLEAN = 'test/cli/fixtures/clean.yml'
const red = (text: string) => `${ESC}[31m${text}${ESC}[0m`
const yellow = (text: string) => `${ESC}[33m${text}${ESC}[0m`
const blue = (text: string) => `${ESC}[34m${text}${ESC}[0m`

describe('colour', () => {
  it('on a terminal: the file name bold, levels and the verdict coloured', async () => {
    const out = await cli(['check', EXAMPLE], { isTTY: true })
    expect(out.code).toBe(1)
    const lines = out.stdout.split('\n')
    expect(lines[0]).toBe(`${ESC}[1m${EXAMPLE}${ESC}[0m${ESC}[2m  (matrix lync-server-2013)${ESC}[0m`)
    expect(lines[1]).toBe(`  ${EXAMPLE}:32:14: ${red('error')}: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]`)
    expect(lines[3]).toBe(`  ${EXAMPLE}:22:14: ${yellow('warning')}: Lync 2010 Group Chat on Lync Server 2013: not applicable`)
    expect(lines[7]).toBe(`  ${EXAMPLE}:22:14: ${blue('notice')}: Lync 2010 Group Chat on Lync Server 2010: supported [1]`)
    expect(lines[9]).toBe(`  ${EXAMPLE}:37:14: ${blue('notice')}: Lync 2010 Attendee on Lync Server 2013: not supported [2]${ESC}[2m (waived)${ESC}[0m`)
    expect(lines.at(-2)).toBe(red('✖ Failed: 1 error, 2 warnings, 2 notices in 10 pairs, 1 waived'))
  })

  it('a passing run on a terminal ends in green', async () => {
    const out = await cli(['check', CLEAN], { isTTY: true })
    expect(out.code).toBe(0)
    expect(out.stdout.split('\n').slice(-4)).toEqual([`${ESC}[32m  1 of 1 pair supported without remarks${ESC}[0m`, '', `${ESC}[32m✔ Passed: 0 errors, 0 warnings, 0 notices in 1 pair${ESC}[0m`, ''])
  })

  it.each([
    ['stdout is not a terminal', { isTTY: false }],
    ['stdout does not say (isTTY undefined)', {}],
    ['NO_COLOR is set on a terminal', { isTTY: true, env: { NO_COLOR: '1' } }],
    ['TERM is dumb on a terminal', { isTTY: true, env: { TERM: 'dumb' } }],
  ])('none when %s', async (_name, options) => {
    const out = await cli(['check', EXAMPLE], options)
    expect(out.code).toBe(1)
    expect(out.stdout).not.toContain(ESC)
    expect(out.stdout.split('\n')[1]).toBe(`  ${EXAMPLE}:32:14: error: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]`)
  })

  it('an empty NO_COLOR does not count as set (no-color.org)', async () => {
    const out = await cli(['check', EXAMPLE], { isTTY: true, env: { NO_COLOR: '' } })
    expect(out.stdout).toContain(red('error'))
  })

  it('never in JSON, even on a terminal', async () => {
    const out = await cli(['check', '--format', 'json', EXAMPLE], { isTTY: true })
    expect(out.stdout).not.toContain(ESC)
    expect((JSON.parse(out.stdout) as { passed: boolean }).passed).toBe(false)
  })

  it('escape sequences in a population name never reach the terminal', async () => {
    const out = await cli(['check', 'test/cli/fixtures/terminal-escapes.yml'], { isTTY: false })
    expect(out.code).toBe(1)
    expect(out.stdout).not.toContain(ESC)
    expect(out.stdout).toContain('      ?[2J?[31mboss (Office Live Meeting 2007) is not supported on ams-pool01 (Lync Server 2013).\n')
    const onTerminal = await cli(['check', 'test/cli/fixtures/terminal-escapes.yml'], { isTTY: true })
    expect(onTerminal.stdout).not.toContain(`${ESC}[2J`)
    expect(onTerminal.stdout).not.toContain(`${ESC}[31mboss`)
  })
})

describe('exit codes', () => {
  it('0 when the check passes', async () => {
    expect((await cli(['check', CLEAN])).code).toBe(0)
  })

  it('0 when nothing fails under --fail-on none', async () => {
    expect((await cli(['check', '--fail-on', 'none', EXAMPLE])).code).toBe(0)
  })

  it('1 when the policy fails', async () => {
    const out = await cli(['check', EXAMPLE])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe('')
  })

  it('1 under a stricter --fail-on on a file that passes by default', async () => {
    const out = await cli(['check', '--fail-on', 'supported', CLEAN])
    expect(out.code).toBe(1)
    expect(out.stdout).toContain(`  ${CLEAN}:6:14: error: Lync 2013 on Lync Server 2013: supported\n`)
  })

  it('2 when a file cannot be evaluated, even next to a failing one', async () => {
    const out = await cli(['check', EXAMPLE, 'nowhere.yml'])
    expect(out.code).toBe(2)
    expect(out.stdout).toContain('  nowhere.yml:1:1: error: no such file; check the path (it is resolved from the repository root)\n')
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe('✖ Could not evaluate: 2 errors, 2 warnings, 2 notices in 10 pairs, 1 waived')
  })

  it('2 with the usage on stderr for an unknown option, nothing on stdout', async () => {
    const out = await cli(['check', '--colour', EXAMPLE])
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(/^coexist: Unknown option '--colour'/)
    expect(out.stderr).toContain('\n\nUsage:\n')
  })

  it('2 for an unknown command, with the closest one', async () => {
    const out = await cli(['matirx'])
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr.split('\n')[0]).toBe('coexist: unknown command "matirx" (did you mean "matrix"?)')
  })

  it('2 for a bad --format and a bad --fail-on', async () => {
    const format = await cli(['check', '--format', 'xml', EXAMPLE])
    expect([format.code, format.stdout, format.stderr.split('\n')[0]]).toEqual([2, '', 'coexist: --format must be text, json or sarif, not "xml"'])
    const failOn = await cli(['check', '--fail-on', 'interop', EXAMPLE])
    expect(failOn.code).toBe(2)
    expect(failOn.stdout).toBe('')
    expect(failOn.stderr.split('\n')[0]).toMatch(/^coexist: fail-on: unknown status "interop"/)
  })

  // parseFailOn reads a list of only commas as an empty set: nothing would fail, silently.
  it('--fail-on "," does not switch the gate off', async () => {
    const out = await cli(['check', '--fail-on', ',', EXAMPLE])
    expect(out.code).not.toBe(0)
  })

  it('2 for an unknown matrix', async () => {
    const out = await cli(['matrix', '--matrix', 'lync-server-2010'])
    expect(out.code).toBe(2)
    expect(out.stderr.split('\n')[0]).toBe('coexist: unknown matrix "lync-server-2010" (did you mean "lync-server-2013"?); built-in matrices: lync-server-2013, lync-2013-client-interoperability, skype-for-business-server')
  })

  it('2 for no command at all', async () => {
    const out = await cli([])
    expect(out.code).toBe(2)
    expect(out.stdout + out.stderr).toContain('Usage:')
  })

  it('0 for --help, -h, help and check --help, with the usage on stdout', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help'], ['matrix', '-h']]) {
      const out = await cli(argv)
      expect([argv.join(' '), out.code, out.stderr]).toEqual([argv.join(' '), 0, ''])
      expect(out.stdout.startsWith('Usage:\n  coexist check [FILES...]')).toBe(true)
    }
  })

  it('0 for --version and -v, printing the version it was given', async () => {
    expect(await cli(['--version'])).toEqual({ code: 0, stdout: '9.8.7-test\n', stderr: '' })
    expect(await cli(['-v'])).toEqual({ code: 0, stdout: '9.8.7-test\n', stderr: '' })
  })
})

describe('paths', () => {
  it('reads coexist.yml from deps.cwd when no file is named, and shows paths relative to it', async () => {
    const out = await cli(['check'], { cwd: path.join(REPO_ROOT, 'examples') })
    expect(out.code).toBe(1)
    expect(out.stdout.split('\n')[1]).toBe('  coexist.yml:32:14: error: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]')
  })

  it('shows a file outside cwd by its absolute path', async () => {
    const out = await cli(['check', '../examples/coexist.yml'], { cwd: path.join(REPO_ROOT, 'test') })
    expect(out.stdout.split('\n')[0]).toBe(`${path.join(REPO_ROOT, 'examples', 'coexist.yml')}  (matrix lync-server-2013)`)
  })
})

describe('check --base (new-only)', () => {
  // The base commit: three failing populations. The working tree (and head commit): a fourth.
  const OLD = ['guests-a', 'guests-b', 'guests-c']
  const head = poolTopology([...OLD, 'guests-d'])
  let root: string
  let repo: GitRepo
  let base: string
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'coexist-cli-base-'))
    repo = initRepo(path.join(root, 'repo'))
    repo.write('coexist.yml', poolTopology(OLD).text)
    repo.write('same.yml', poolTopology(OLD).text)
    base = repo.commit('base')
    repo.write('coexist.yml', head.text)
    repo.commit('head')
  })
  afterAll(() => rmSync(root, { recursive: true, force: true }))

  const finding = (name: string, remark = '') => `  coexist.yml:${head.productLine.get(name)}:14: error: ${ATTENDEE_TITLE} [2]${remark}`

  it('fails on the one new pair only, and shows the three old ones as pre-existing', async () => {
    const out = await cli(['check', '--base', base], { cwd: repo.dir })
    expect(out.code).toBe(1)
    expect(out.stderr).toBe('')
    const lines = out.stdout.split('\n')
    for (const name of OLD) expect(lines).toContain(finding(name, ' (pre-existing)'))
    expect(lines).toContain(finding('guests-d'))
    expect(lines.at(-2)).toBe('✖ Failed: 1 error, 0 warnings, 0 notices in 5 pairs, 3 pre-existing')
  })

  it('takes a revision name as well, HEAD~1, and --base=REV', async () => {
    for (const argv of [['check', '--base', 'HEAD~1'], ['check', `--base=${base.slice(0, 8)}`, 'coexist.yml']]) {
      const out = await cli(argv, { cwd: repo.dir })
      expect([argv.join(' '), out.code, out.stdout.split('\n').at(-2)]).toEqual([argv.join(' '), 1, '✖ Failed: 1 error, 0 warnings, 0 notices in 5 pairs, 3 pre-existing'])
    }
  })

  it('passes when every failing pair was already there', async () => {
    const out = await cli(['check', 'same.yml', '--base', base], { cwd: repo.dir })
    expect(out.code).toBe(0)
    expect(out.stdout.split('\n').at(-2)).toBe('✔ Passed: 0 errors, 0 warnings, 0 notices in 4 pairs, 3 pre-existing')
  })

  it('writes the baseline and preexisting into --format json', async () => {
    const out = await cli(['check', '--format', 'json', '--base', base], { cwd: repo.dir })
    expect(out.code).toBe(1)
    const json = JSON.parse(out.stdout) as { passed: boolean; counts: Record<string, number>; baseline: unknown; results: { client: string; preexisting: boolean }[] }
    expect(json.passed).toBe(false)
    expect(json.baseline).toEqual({ revision: base })
    expect(json.counts).toMatchObject({ errors: 1, preexisting: 3 })
    expect(json.results.map((r) => [r.client, r.preexisting])).toEqual([
      ['knowledge-workers', false],
      ['guests-a', true],
      ['guests-b', true],
      ['guests-c', true],
      ['guests-d', false],
    ])
  })

  it('counts every finding, and says why, when the revision is not there', async () => {
    const out = await cli(['check', '--base', 'no-such-branch'], { cwd: repo.dir })
    expect(out.code).toBe(1)
    const lines = out.stdout.split('\n')
    expect(lines.filter((l) => l.endsWith('(pre-existing)'))).toEqual([])
    expect(lines.at(-4)).toMatch(/^warning: new-only mode is off, every finding counts: the base commit no-such-branch is not in the checkout; .*`fetch-depth: 0`/)
    expect(lines.at(-2)).toBe('✖ Failed: 4 errors, 0 warnings, 0 notices in 5 pairs')
  })

  it('refuses a revision that git would read as an option, and writes no file', async () => {
    const out = await cli(['check', '--base=--output=x'], { cwd: repo.dir })
    expect(out.code).toBe(1)
    expect(out.stdout).toContain('warning: new-only mode is off, every finding counts: "--output=x" is not a revision coexist will pass to git')
    expect(existsSync(path.join(repo.dir, 'x'))).toBe(false)
  })

  it('outside a git checkout: every finding counts, and it says so', async () => {
    const out = await cli(['check', path.join(REPO_ROOT, EXAMPLE), '--base', 'HEAD'], { cwd: root })
    expect(out.code).toBe(1)
    expect(out.stdout).toContain('warning: new-only mode is off, every finding counts: the workspace is not a git checkout')
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe('✖ Failed: 1 error, 2 warnings, 2 notices in 10 pairs, 1 waived')
  })

  it('is in the usage', async () => {
    const out = await cli(['check', '--help'])
    expect(out.stdout).toContain('[--base REF]')
    expect(out.stdout).toContain('--base     new-only: findings the file already had at git revision REF')
  })
})
