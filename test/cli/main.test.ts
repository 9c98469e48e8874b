// runCli(argv, deps): the CLI without a process, with stdout/stderr that keep what is written and
// say whether they are a terminal.
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, type CliDeps } from '../../src/cli/main.js'
import { capture, type Capture } from '../support/fake-runner.js'
import { initRepo, type GitRepo } from '../support/git-repo.js'
import { parseJsonReport } from '../support/json-report.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { SITE_FILES } from '../support/sites.js'
import { stdinOf } from '../support/stdin.js'
import { ATTENDEE_TITLE, poolTopology } from '../support/topologies.js'

const NOW = new Date('2026-06-01T12:00:00Z')
const ESC = '\u001b'

interface Outcome {
  code: number
  stdout: string
  stderr: string
}

async function cli(
  argv: string[],
  options: { isTTY?: boolean; env?: NodeJS.ProcessEnv; cwd?: string; stdin?: string[] } = {},
): Promise<Outcome> {
  const stdout: Capture = capture(options.isTTY)
  const stderr: Capture = capture()
  const deps: CliDeps = {
    cwd: options.cwd ?? REPO_ROOT,
    stdin: stdinOf(...(options.stdin ?? [])),
    env: options.env ?? {},
    stdout,
    stderr,
    now: () => NOW,
    version: '9.8.7-test',
  }
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
    expect(lines[0]).toBe(
      `${ESC}[1m${EXAMPLE}${ESC}[0m${ESC}[2m  (matrix lync-server-2013)${ESC}[0m`,
    )
    expect(lines[1]).toBe(
      `  ${EXAMPLE}:32:14: ${red('error')}: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]`,
    )
    expect(lines[3]).toBe(
      `  ${EXAMPLE}:22:14: ${yellow('warning')}: Lync 2010 Group Chat on Lync Server 2013: not applicable`,
    )
    expect(lines[7]).toBe(
      `  ${EXAMPLE}:22:14: ${blue('notice')}: Lync 2010 Group Chat on Lync Server 2010: supported [1]`,
    )
    expect(lines[9]).toBe(
      `  ${EXAMPLE}:37:14: ${blue('notice')}: Lync 2010 Attendee on Lync Server 2013: not supported [2]${ESC}[2m (waived)${ESC}[0m`,
    )
    expect(lines.at(-2)).toBe(red('✖ Failed: 1 error, 2 warnings, 2 notices in 10 pairs, 1 waived'))
  })

  it('a passing run on a terminal ends in green', async () => {
    const out = await cli(['check', CLEAN], { isTTY: true })
    expect(out.code).toBe(0)
    expect(out.stdout.split('\n').slice(-4)).toEqual([
      `${ESC}[32m  1 of 1 pair supported without remarks${ESC}[0m`,
      '',
      `${ESC}[32m✔ Passed: 0 errors, 0 warnings, 0 notices in 1 pair${ESC}[0m`,
      '',
    ])
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
    expect(out.stdout.split('\n')[1]).toBe(
      `  ${EXAMPLE}:32:14: error: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]`,
    )
  })

  it('an empty NO_COLOR does not count as set (no-color.org)', async () => {
    const out = await cli(['check', EXAMPLE], { isTTY: true, env: { NO_COLOR: '' } })
    expect(out.stdout).toContain(red('error'))
  })

  it('never in JSON, even on a terminal', async () => {
    const out = await cli(['check', '--format', 'json', EXAMPLE], { isTTY: true })
    expect(out.stdout).not.toContain(ESC)
    expect(parseJsonReport(out.stdout).passed).toBe(false)
  })

  it('escape sequences in a population name never reach the terminal', async () => {
    const out = await cli(['check', 'test/cli/fixtures/terminal-escapes.yml'], { isTTY: false })
    expect(out.code).toBe(1)
    expect(out.stdout).not.toContain(ESC)
    expect(out.stdout).toContain(
      '      ?[2J?[31mboss (Office Live Meeting 2007) is not supported on ams-pool01 (Lync Server 2013). Alternatives: Lync Server 2013 supports Lync 2013, Lync Web App 2013, Lync 2010; Office Live Meeting 2007 is supported on Lync Server 2010, Office Communications Server 2007 R2.\n',
    )
    const onTerminal = await cli(['check', 'test/cli/fixtures/terminal-escapes.yml'], {
      isTTY: true,
    })
    expect(onTerminal.stdout).not.toContain(`${ESC}[2J`)
    expect(onTerminal.stdout).not.toContain(`${ESC}[31mboss`)
  })
})

describe('--format json on a large estate', () => {
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'coexist-cli-large-'))
    writeFileSync(
      path.join(dir, 'coexist.yml'),
      `matrix: lync-server-2013\n${poolTopology(Array.from({ length: 500 }, (_, i) => `guests-${i}`)).text}`,
    )
  })
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is written in pieces as it is produced, one result per line', async () => {
    const writes: string[] = []
    const stdout = { write: (text: string) => writes.push(text) }
    const code = await runCli(['check', '--format', 'json', 'coexist.yml'], {
      cwd: dir,
      stdin: stdinOf(),
      env: {},
      stdout,
      stderr: capture(),
      now: () => NOW,
      version: '9.8.7-test',
    })
    expect(code).toBe(1)
    expect(writes.length).toBeGreaterThan(1)
    const text = writes.join('')
    expect(parseJsonReport(text).results).toHaveLength(501)
    expect(
      text.split('\n').filter((line) => line.startsWith('    {"file":"coexist.yml","line":')),
    ).toHaveLength(501)
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
    expect(out.stdout).toContain(
      `  ${CLEAN}:6:14: error: Lync 2013 on Lync Server 2013: supported\n`,
    )
  })

  it('2 when a file cannot be evaluated, even next to a failing one', async () => {
    const out = await cli(['check', EXAMPLE, 'nowhere.yml'])
    expect(out.code).toBe(2)
    expect(out.stdout).toContain(
      '  nowhere.yml:1:1: error: no such file; check the path (relative paths start at the current directory: for the action, the repository root)\n',
    )
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ Could not evaluate: 2 errors, 2 warnings, 2 notices in 10 pairs, 1 waived',
    )
  })

  it('2 for an unknown option: one line with the closest option, one saying where the rest is', async () => {
    const out = await cli(['check', '--fromat', 'json', EXAMPLE])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'coexist: unknown option --fromat (did you mean --format?)\nRun coexist check --help for the options.\n',
    })
  })

  it.each([
    [['check', '--colour', EXAMPLE], 'unknown option --colour'],
    [['check', '-x', EXAMPLE], 'unknown option -x'],
    [['check', EXAMPLE, '--format'], 'option --format needs a value'],
    [['check', '--format', '--fail-on', 'none', EXAMPLE], 'option --format needs a value'],
    [['check', '--allow-empty=yes', EXAMPLE], 'option --allow-empty takes no value'],
    [['matrix', 'lync-server-2013'], 'unexpected argument "lync-server-2013"'],
    [['matrix', '--matrx', 'x'], 'unknown option --matrx (did you mean --matrix?)'],
  ])('2 for %j: the problem in one line, no usage', async (argv, problem) => {
    const out = await cli(argv)
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr: `coexist: ${problem}\nRun coexist ${argv[0]} --help for the options.\n`,
    })
  })

  it('2 for an unknown command, with the closest one', async () => {
    const out = await cli(['matirx'])
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toBe(
      'coexist: unknown command "matirx" (did you mean "matrix"?)\nRun coexist --help for the commands.\n',
    )
  })

  it('2 for a bad --format and a bad --fail-on', async () => {
    const format = await cli(['check', '--format', 'xml', EXAMPLE])
    expect([format.code, format.stdout, format.stderr.split('\n')[0]]).toEqual([
      2,
      '',
      'coexist: --format must be text, json, sarif, junit, gitlab or markdown, not "xml"',
    ])
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
    expect(out.stderr.split('\n')[0]).toBe(
      'coexist: unknown matrix "lync-server-2010" (did you mean "lync-server-2013"?); built-in matrices: lync-server-2013, all-generations, lync-2013-client-interoperability, skype-for-business-server; a matrix file is named by its path (.yml, .yaml or .json)',
    )
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
    expect(out.stdout.split('\n')[1]).toBe(
      '  coexist.yml:32:14: error: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]',
    )
  })

  it('shows a file outside cwd but in the repository relative to cwd, as it was typed or not', async () => {
    for (const given of ['../examples/coexist.yml', path.join(REPO_ROOT, EXAMPLE)]) {
      const out = await cli(['check', given], { cwd: path.join(REPO_ROOT, 'test') })
      expect([given, out.code, out.stdout.split('\n')[0]]).toEqual([
        given,
        1,
        '../examples/coexist.yml  (matrix lync-server-2013)',
      ])
    }
  })

  it('shows a file outside the repository by its absolute path', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'coexist-cli-outside-'))
    try {
      const file = path.join(dir, 'coexist.yml')
      writeFileSync(file, poolTopology(['guests']).text)
      const out = await cli(['check', file])
      expect([out.code, out.stdout.split('\n')[0]]).toEqual([
        1,
        `${file}  (matrix lync-server-2013)`,
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
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

  const finding = (name: string, remark = '') =>
    `  coexist.yml:${head.productLine.get(name)}:14: error: ${ATTENDEE_TITLE} [2]${remark}`

  it('fails on the one new pair only, and shows the three old ones as pre-existing', async () => {
    const out = await cli(['check', '--base', base], { cwd: repo.dir })
    expect(out.code).toBe(1)
    expect(out.stderr).toBe('')
    const lines = out.stdout.split('\n')
    for (const name of OLD)
      expect(lines).toContain(finding(name, ` (pre-existing: already at ${base})`))
    expect(lines).toContain(finding('guests-d'))
    expect(lines.at(-2)).toBe('✖ Failed: 1 error, 0 warnings, 0 notices in 5 pairs, 3 pre-existing')
  })

  it('takes a revision name as well, HEAD~1, and --base=REV', async () => {
    for (const argv of [
      ['check', '--base', 'HEAD~1'],
      ['check', `--base=${base.slice(0, 8)}`, 'coexist.yml'],
    ]) {
      const out = await cli(argv, { cwd: repo.dir })
      expect([argv.join(' '), out.code, out.stdout.split('\n').at(-2)]).toEqual([
        argv.join(' '),
        1,
        '✖ Failed: 1 error, 0 warnings, 0 notices in 5 pairs, 3 pre-existing',
      ])
    }
  })

  it('passes when every failing pair was already there', async () => {
    const out = await cli(['check', 'same.yml', '--base', base], { cwd: repo.dir })
    expect(out.code).toBe(0)
    expect(out.stdout.split('\n').at(-2)).toBe(
      '✔ Passed: 0 errors, 0 warnings, 0 notices in 4 pairs, 3 pre-existing',
    )
  })

  it('writes the baseline and preexisting into --format json', async () => {
    const out = await cli(['check', '--format', 'json', '--base', base], { cwd: repo.dir })
    expect(out.code).toBe(1)
    const json = parseJsonReport(out.stdout)
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

  it.each([
    [['--base', 'nosuchref'], '--base nosuchref: no such revision in this repository'],
    [['--base=--output=x'], '--base --output=x: not a revision coexist will pass to git'],
    [['-', '--base', 'HEAD'], '--base HEAD: standard input (-) has no history to compare with'],
  ])(
    'a base it cannot use is a usage error, before anything is read: %j',
    async (args, problem) => {
      const out = await cli(['check', ...args], { cwd: repo.dir })
      expect(out).toEqual({
        code: 2,
        stdout: '',
        stderr: `coexist: ${problem}\nRun coexist check --help for the options.\n`,
      })
      expect(existsSync(path.join(repo.dir, 'x'))).toBe(false)
    },
  )

  it('outside a git checkout: a usage error naming the folder', async () => {
    const out = await cli(['check', path.join(REPO_ROOT, EXAMPLE), '--base', 'HEAD'], { cwd: root })
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr: `coexist: --base HEAD: ${root} is not in a git repository\nRun coexist check --help for the options.\n`,
    })
  })

  it('from a subfolder: the file as the base commit had it, found from the repository root', async () => {
    repo.write('sites/ams/coexist.yml', poolTopology(OLD).text)
    const sub = repo.commit('sites/ams')
    repo.write('sites/ams/coexist.yml', head.text)
    try {
      const out = await cli(['check', 'coexist.yml', '--base', sub], {
        cwd: path.join(repo.dir, 'sites', 'ams'),
      })
      expect([out.code, out.stderr, out.stdout.split('\n').at(-2)]).toEqual([
        1,
        '',
        '✖ Failed: 1 error, 0 warnings, 0 notices in 5 pairs, 3 pre-existing',
      ])
    } finally {
      repo.git('reset', '--quiet', '--hard', 'HEAD~1')
    }
  })

  it('is in the usage', async () => {
    const out = await cli(['check', '--help'])
    expect(out.stdout).toContain('[--base REF]')
    expect(out.stdout).toContain(
      '--base     new-only: findings the file already had at git revision REF',
    )
  })
})

describe('check with glob patterns (quoted, so coexist expands them)', () => {
  let sites: string
  beforeAll(() => {
    sites = mkdtempSync(path.join(tmpdir(), 'coexist-cli-globs-'))
    for (const [relative, text] of Object.entries(SITE_FILES)) {
      mkdirSync(path.dirname(path.join(sites, relative)), { recursive: true })
      writeFileSync(path.join(sites, relative), text)
    }
  })
  afterAll(() => rmSync(sites, { recursive: true, force: true }))

  it('checks every matched file with its own matrix, grouped by file in sorted order', async () => {
    const out = await cli(['check', '**/coexist.yml'], { cwd: sites })
    expect([out.code, out.stderr]).toEqual([1, ''])
    const headings = out.stdout.split('\n').filter((line) => /^\S/.test(line))
    expect(headings).toEqual([
      'sites/ams/coexist.yml  (matrix lync-server-2013)',
      'sites/ber/coexist.yml  (matrix lync-2013-client-interoperability)',
      'sites/chi/coexist.yml  (matrix skype-for-business-server)',
      '✖ Failed: 1 error, 1 warning, 1 notice in 4 pairs',
    ])
    expect(out.stdout).toContain(
      '  sites/ams/coexist.yml:7:14: warning: Lync 2010 Group Chat on Lync Server 2013: not applicable\n',
    )
    expect(out.stdout).toContain(
      '  sites/ber/coexist.yml:7:14: notice: Lync 2010 Group Chat on Lync Server 2013: supported [1]\n',
    )
    expect(out.stdout).toContain(
      '  sites/chi/coexist.yml:7:14: error: Lync 2010 on Skype for Business Server 2019: not supported [1]\n',
    )
  })

  it('a pattern and a plain path to the same file: checked once', async () => {
    const out = await cli(
      ['check', '--format', 'json', 'sites/chi/coexist.yml', 'sites/*/coexist.yml'],
      { cwd: sites },
    )
    const report = parseJsonReport(out.stdout)
    expect(report.results.map((r) => r.file)).toEqual([
      'sites/chi/coexist.yml',
      'sites/ams/coexist.yml',
      'sites/ber/coexist.yml',
      'sites/ber/coexist.yml',
    ])
  })

  it('a pattern matching nothing: exit 2, an error naming the pattern and what was searched', async () => {
    const out = await cli(['check', 'sites/*/coexist.yaml'], { cwd: sites })
    expect(out.code).toBe(2)
    expect(out.stdout.split('\n').slice(0, 2)).toEqual([
      'sites/*/coexist.yaml',
      '  sites/*/coexist.yaml:1:1: error: no file matches this pattern: searched sites/ (1 directory listed, 8 entries looked at; * and ** skip names starting with a dot, .git, node_modules and links to directories). Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file',
    ])
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ Could not evaluate: 1 error, 0 warnings, 0 notices in 0 pairs',
    )
  })

  it('--allow-empty with nothing matched: exit 0, and a line on stderr says nothing was checked', async () => {
    const out = await cli(['check', '--allow-empty', 'sites/*/coexist.yaml'], { cwd: sites })
    expect(out).toEqual({
      code: 0,
      stdout: '✔ Passed: 0 errors, 0 warnings, 0 notices in 0 pairs\n',
      stderr:
        'coexist: nothing was checked: no topology file matches "sites/*/coexist.yaml" (allow-empty is set, so this passes)\n',
    })
  })

  it('--allow-empty keeps JSON on stdout clean', async () => {
    const out = await cli(['check', '--allow-empty', '--format', 'json', 'nothing/**/*.yml'], {
      cwd: sites,
    })
    expect(out.code).toBe(0)
    expect(parseJsonReport(out.stdout)).toMatchObject({ passed: true, results: [], errors: [] })
    expect(out.stderr).toMatch(/^coexist: nothing was checked: /)
  })

  it('--allow-empty does not excuse a missing plain path or a pattern leaving the directory', async () => {
    expect((await cli(['check', '--allow-empty', 'missing.yml'], { cwd: sites })).code).toBe(2)
    const out = await cli(['check', '--allow-empty', '../*.yml'], { cwd: sites })
    expect(out.code).toBe(2)
    expect(out.stdout).toContain(
      '../*.yml:1:1: error: this pattern has a ".." segment; patterns must stay inside the repository',
    )
  })

  it('is in the usage', async () => {
    const out = await cli(['check', '--help'])
    expect(out.stdout).toContain('[--allow-empty]')
    expect(out.stdout).toContain("'**/coexist.yml'")
  })
})

describe('check --matrix and --expiry-warning-days', () => {
  // Lync 2010 Group Chat on Lync Server 2013 is "not applicable" in lync-server-2013 and "supported"
  // in lync-2013-client-interoperability; house.yml (on top of lync-server-2013) says not supported.
  const TOPOLOGY = [
    'matrix: lync-server-2013',
    'servers:',
    '  - name: ams-pool01',
    '    product: Lync Server 2013',
    'clients:',
    '  - name: trading-floor',
    '    product: Lync 2010 Group Chat',
    '  - name: partners',
    '    product: Lync 2010 Attendee',
    'exceptions:',
    '  - client: partners',
    '    server: ams-pool01',
    '    product: Lync 2010 Attendee',
    '    reason: Lync Web App 2013 in wave 3',
    '    owner: uc-platform-team',
    '    ticket: CHG-1234',
    '    expires: 2026-06-10',
    '',
  ].join('\n')
  const HOUSE = [
    'id: house-rules',
    'extends: lync-server-2013',
    'sources:',
    '  house:',
    '    title: Contoso house rules',
    '    url: https://intranet.contoso.example/uc',
    'cells:',
    '  - client: lync-2010-group-chat',
    '    server: lync-server-2013',
    '    status: not-supported',
    '    source: {ref: house, note: Group Chat is retired.}',
    '',
  ].join('\n')
  const EXPIRING =
    'coexist.yml:17:14: notice: the exception for "partners" on "ams-pool01" (CHG-1234) expires at the end of 2026-06-10 (UTC), in 9 days; owner: uc-platform-team'
  let dir: string
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'coexist-cli-matrix-'))
    mkdirSync(path.join(dir, 'matrices'))
    writeFileSync(path.join(dir, 'coexist.yml'), TOPOLOGY)
    writeFileSync(path.join(dir, 'matrices', 'house.yml'), HOUSE)
    writeFileSync(
      path.join(dir, 'matrices', 'broken.yml'),
      'id: broken\nextends: lync-server-2013\ncells: 7\n',
    )
    writeFileSync(path.join(path.dirname(dir), `${path.basename(dir)}-outside.yml`), HOUSE)
  })
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true })
    rmSync(path.join(path.dirname(dir), `${path.basename(dir)}-outside.yml`), { force: true })
  })
  const inDir = (argv: string[]) => cli(argv, { cwd: dir })
  const headingAndFinding = (stdout: string) =>
    stdout.split('\n').filter((l) => /^\S/.test(l) || l.includes(':7:14:'))

  it("without --matrix, the file's matrix: decides", async () => {
    const out = await inDir(['check', 'coexist.yml'])
    expect(out.code).toBe(0)
    expect(headingAndFinding(out.stdout)).toEqual([
      'coexist.yml  (matrix lync-server-2013)',
      '  coexist.yml:7:14: warning: Lync 2010 Group Chat on Lync Server 2013: not applicable',
      '✔ Passed: 0 errors, 1 warning, 2 notices in 2 pairs, 1 waived',
    ])
  })

  it("--matrix with a built-in id wins over the file's matrix:", async () => {
    const out = await inDir([
      'check',
      '--matrix',
      'lync-2013-client-interoperability',
      'coexist.yml',
    ])
    expect(out.code).toBe(0)
    expect(headingAndFinding(out.stdout)).toEqual([
      'coexist.yml  (matrix lync-2013-client-interoperability)',
      '  coexist.yml:7:14: notice: Lync 2010 Group Chat on Lync Server 2013: supported [1]',
      '✔ Passed: 0 errors, 0 warnings, 3 notices in 2 pairs, 1 waived',
    ])
  })

  it('--matrix with a matrix file: its verdict and its source, and the check fails on it', async () => {
    const out = await inDir(['check', '--matrix', 'matrices/house.yml', 'coexist.yml'])
    expect(out.code).toBe(1)
    expect(headingAndFinding(out.stdout)).toEqual([
      'coexist.yml  (custom matrix house-rules from matrices/house.yml)',
      '  coexist.yml:7:14: error: Lync 2010 Group Chat on Lync Server 2013: not supported',
      '✖ Failed: 1 error, 0 warnings, 2 notices in 2 pairs, 1 waived',
    ])
    const json = parseJsonReport(
      (await inDir(['check', '--format', 'json', '--matrix', 'matrices/house.yml', 'coexist.yml']))
        .stdout,
    )
    const first = json.results[0]!
    expect(first).toMatchObject({
      matrix: 'house-rules',
      status: 'not-supported',
      source: { ref: expect.any(String) as string, note: 'Group Chat is retired.' },
    })
    expect(Object.keys(first.source ?? {})).toEqual(['ref', 'note'])
    const matrix = json.matrices['house-rules']
    expect([matrix?.id, matrix?.file]).toEqual(['house-rules', 'matrices/house.yml'])
    expect(matrix?.sources[first.source!.ref!]).toStrictEqual({
      title: 'Contoso house rules',
      url: 'https://intranet.contoso.example/uc',
    })
  })

  it('an unknown --matrix: exit 2 before any file is read, one line naming the option, with the closest id', async () => {
    const out = await inDir(['check', '--matrix', 'lync-server-2031', 'coexist.yml'])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'coexist: --matrix: unknown matrix "lync-server-2031" (did you mean "lync-server-2013"?); built-in matrices: lync-server-2013, all-generations, lync-2013-client-interoperability, skype-for-business-server; a matrix file is named by its path (.yml, .yaml or .json)\n',
    })
  })

  it('a --matrix file that is broken, missing or outside the directory: exit 2, each said where it is, no report', async () => {
    // The matrix applies to every file: its own problems once, each at its place, as `coexist matrix` prints them.
    const broken = await inDir(['check', '--matrix', 'matrices/broken.yml', 'coexist.yml'])
    expect(broken).toEqual({
      code: 2,
      stdout: '',
      stderr: 'matrices/broken.yml:3:8: error: cells: must be a list, not number 7\n',
    })
    const missing = await inDir(['check', '--matrix', 'matrices/nope.yml', 'coexist.yml'])
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'coexist: --matrix: matrix file matrices/nope.yml: no such file (paths are relative to the repository root)\n',
    })
    const outside = await inDir([
      'check',
      '--matrix',
      `../${path.basename(dir)}-outside.yml`,
      'coexist.yml',
    ])
    expect([
      outside.code,
      outside.stderr.includes('the path leaves the repository; name a matrix file inside it'),
    ]).toEqual([2, true])
  })

  it('coexist matrix --matrix FILE renders the merged matrix file; a broken one is exit 2 with its errors on stderr', async () => {
    const markdown = await inDir(['matrix', '--matrix', 'matrices/house.yml'])
    expect(markdown.code).toBe(0)
    expect(markdown.stdout).toContain('Matrix `house-rules`')
    expect(markdown.stdout).toContain(
      '| Lync 2010 Group Chat | Not supported | Supported<sup>1</sup> | Not applicable |',
    )
    const json = await inDir(['matrix', '--matrix', 'matrices/house.yml', '--format', 'json'])
    const data = JSON.parse(json.stdout) as {
      id: string
      cells: { client: string; server: string; status: string }[]
      sources: Record<string, unknown>
    }
    expect([data.id, Object.keys(data.sources)]).toEqual(['house-rules', ['gg398499', 'house']])
    expect(
      data.cells.find((c) => c.client === 'lync-2010-group-chat' && c.server === 'lync-server-2013')
        ?.status,
    ).toBe('not-supported')
    expect(data.cells).toHaveLength(33)
    const broken = await inDir(['matrix', '--matrix', 'matrices/broken.yml'])
    expect(broken).toEqual({
      code: 2,
      stdout: '',
      stderr: 'matrices/broken.yml:3:8: error: cells: must be a list, not number 7\n',
    })
  })

  it('--expiry-warning-days: a notice for an exception within the default 30 days, none with 0 or with fewer days than are left', async () => {
    expect((await inDir(['check', 'coexist.yml'])).stdout).toContain(`  ${EXPIRING}\n`)
    expect((await inDir(['check', '--expiry-warning-days', '10', 'coexist.yml'])).stdout).toContain(
      `  ${EXPIRING}\n`,
    )
    for (const days of ['0', '8']) {
      const out = await inDir(['check', '--expiry-warning-days', days, 'coexist.yml'])
      expect(out.code).toBe(0)
      expect(out.stdout).not.toContain('expires at the end of')
      expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
        '✔ Passed: 0 errors, 1 warning, 1 notice in 2 pairs, 1 waived',
      )
    }
  })

  it('--expiry-warning-days: the notice in JSON', async () => {
    const json = parseJsonReport((await inDir(['check', '--format', 'json', 'coexist.yml'])).stdout)
    expect(json.notices).toEqual([
      {
        file: 'coexist.yml',
        line: 17,
        column: 14,
        endLine: 17,
        endColumn: 24,
        message:
          'the exception for "partners" on "ams-pool01" (CHG-1234) expires at the end of 2026-06-10 (UTC), in 9 days; owner: uc-platform-team',
      },
    ])
    expect(json.counts.notices).toBe(2)
  })

  it.each(['-1', 'x', '1.5', '3651', '', '1e2', ' 7'])(
    '--expiry-warning-days=%j: exit 2 with a usage error, nothing on stdout',
    async (days) => {
      const out = await inDir(['check', `--expiry-warning-days=${days}`, 'coexist.yml'])
      expect([out.code, out.stdout]).toEqual([2, ''])
      expect(out.stderr.split('\n')[0]).toBe(
        `coexist: --expiry-warning-days must be a whole number of days from 0 to 3650, not "${days}"`,
      )
    },
  )

  it('--max-waiver-days: an exception further ahead gets a warning, and still waives; 0 turns it off', async () => {
    const far = await inDir(['check', '--max-waiver-days', '5', 'coexist.yml'])
    expect(far.code).toBe(0)
    expect(far.stdout).toContain('runs until 2026-06-10, more than 5 days ahead (max-waiver-days)')
    expect((await inDir(['check', '--max-waiver-days', '0', 'coexist.yml'])).stdout).not.toContain(
      'max-waiver-days',
    )
  })

  it('--max-nodes and --max-pairs: a run past either is refused with the option named; a bad value is a usage error', async () => {
    const nodes = await inDir(['check', '--max-nodes', '10', 'coexist.yml'])
    expect([
      nodes.code,
      nodes.stdout.includes("than the run's limit of 10 (max-nodes) leaves for it"),
    ]).toEqual([2, true])
    const pairs = await inDir(['check', '--max-pairs', '1', 'coexist.yml'])
    expect([
      pairs.code,
      pairs.stdout.includes(
        "this file has 2 client/server pairs, more than the run's limit of 1 (max-pairs) leaves for it",
      ),
    ]).toEqual([2, true])
    const bad = await inDir(['check', '--max-pairs', '3M', 'coexist.yml'])
    expect([bad.code, bad.stdout, bad.stderr.split('\n')[0]]).toEqual([
      2,
      '',
      'coexist: --max-pairs must be a whole number from 1 to 500,000 (250000, 250k or 1M), not "3M"',
    ])
  })

  it('takes 3650 days, the most it allows', async () => {
    expect((await inDir(['check', '--expiry-warning-days', '3650', 'coexist.yml'])).code).toBe(0)
  })

  it('both options are in the usage', async () => {
    const out = await cli(['check', '--help'])
    expect(out.stdout).toContain('[--matrix ID|FILE]\n                [--expiry-warning-days N]')
    expect(out.stdout).toContain('coexist matrix [--matrix ID|FILE] [--format markdown|json]')
  })
})

describe('reports for other CI systems', () => {
  it('check --format junit, gitlab and markdown: each report, and the exit code of the verdict', async () => {
    const junit = await cli(['check', EXAMPLE, '--format', 'junit'])
    expect([junit.code, junit.stderr]).toEqual([1, ''])
    expect(junit.stdout).toContain(`<testsuite name="${EXAMPLE}" `)
    expect(junit.stdout).toContain(
      '<failure message="Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported" type="not-supported">',
    )
    const gitlab = await cli(['check', `./${EXAMPLE}`, '--format', 'gitlab'])
    expect([gitlab.code, gitlab.stderr]).toEqual([1, ''])
    const issues = JSON.parse(gitlab.stdout) as { location: { path: string } }[]
    expect(new Set(issues.map((i) => i.location.path))).toEqual(new Set([EXAMPLE]))
    const markdown = await cli(['check', CLEAN, '--format', 'markdown'])
    expect([markdown.code, markdown.stdout.split('\n')[0]]).toEqual([
      0,
      '## ✅ coexist: compatibility check passed',
    ])
  })
})

describe('from any folder: paths from the current directory, reads kept inside the root', () => {
  // repo/ is a git repository; sites/ a subfolder of it, where the user stands.
  let repo: GitRepo
  let sites: string
  const matrixFile = (id: string) => `id: ${id}\nextends: lync-server-2013\n`
  const withMatrix = (ref: string) => `matrix: ${ref}\n${poolTopology(['guests']).text}`
  beforeAll(() => {
    repo = initRepo(mkdtempSync(path.join(tmpdir(), 'coexist-cli-anywhere-')))
    repo.write('house.yml', matrixFile('house-rules'))
    repo.write('site.yml', poolTopology(['guests']).text)
    repo.write('escape.yml', withMatrix('../../etc/passwd'))
    repo.write('sites/ams/coexist.yml', withMatrix('house.yml'))
    repo.write('sites/ber/coexist.yml', withMatrix('house.yml'))
    repo.write('sites/ber/house.yml', matrixFile('ber-rules'))
    repo.write('sites/chi/coexist.yaml', poolTopology(['guests']).text)
    mkdirSync(path.join(repo.dir, 'sites', 'empty'))
    sites = path.join(repo.dir, 'sites')
  })
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }))
  const fromSites = (argv: string[], stdin?: string[]) =>
    cli(argv, { cwd: sites, ...(stdin ? { stdin } : {}) })
  const headings = (stdout: string) => stdout.split('\n').filter((l) => /^\S.*\(.*matrix/.test(l))

  it('reads ../site.yml from a subfolder and shows it so, in text and in JSON', async () => {
    const text = await fromSites(['check', '../site.yml'])
    expect([text.code, text.stderr, headings(text.stdout)]).toEqual([
      1,
      '',
      ['../site.yml  (matrix lync-server-2013)'],
    ])
    const json = parseJsonReport(
      (await fromSites(['check', '--format', 'json', '../site.yml'])).stdout,
    )
    expect(new Set(json.results.map((r) => r.file))).toEqual(new Set(['../site.yml']))
  })

  it('finds matrix: next to the topology first, then at the repository root', async () => {
    const out = await fromSites(['check', 'ams/coexist.yml', 'ber/coexist.yml'])
    expect([out.code, out.stderr, headings(out.stdout)]).toEqual([
      1,
      '',
      [
        'ams/coexist.yml  (custom matrix house-rules from ../house.yml)',
        'ber/coexist.yml  (custom matrix ber-rules from ber/house.yml)',
      ],
    ])
  })

  it('expands a pattern from the current directory, and "../" in its literal start', async () => {
    for (const pattern of ['*/coexist.yml', '../sites/*/coexist.yml']) {
      const out = await fromSites(['check', pattern])
      expect([pattern, headings(out.stdout).map((h) => h.split(' ')[0])]).toEqual([
        pattern,
        ['ams/coexist.yml', 'ber/coexist.yml'],
      ])
    }
  })

  it('checks the coexist.yml, coexist.yaml or coexist.json of a folder named as a path', async () => {
    const out = await fromSites(['check', 'ber', 'chi'])
    expect(headings(out.stdout).map((h) => h.split(' ')[0])).toEqual([
      'ber/coexist.yml',
      'chi/coexist.yaml',
    ])
    const empty = await fromSites(['check', 'empty'])
    expect([empty.code, empty.stdout.split('\n')[1]]).toEqual([
      2,
      '  empty:1:1: error: this is a directory with no coexist.yml, coexist.yaml or coexist.json in it; name a topology file',
    ])
  })

  it("still refuses a topology's matrix: that leaves the repository", async () => {
    const out = await cli(['check', 'escape.yml'], { cwd: repo.dir })
    expect(out.code).toBe(2)
    expect(out.stdout).toContain(
      'matrix file ../../etc/passwd: the path leaves the repository; name a matrix file inside it',
    )
  })

  it('--root DIR replaces the git top-level: ../ may not leave it, matrix: falls back to it', async () => {
    const out = await fromSites(['check', '--root', '.', '../site.yml', 'ams/coexist.yml'])
    expect(out.code).toBe(2)
    const errors = out.stdout.split('\n').filter((l) => l.includes(': error: '))
    expect(errors).toEqual([
      `  ${path.join(repo.dir, 'site.yml')}:1:1: error: this path leaves the repository (by ".." or a symbolic link); coexist reads only files inside it, or a file named by an absolute path outside it`,
      "  ams/coexist.yml:1:9: error: matrix file house.yml: no such file (paths are relative to the topology's folder, then the repository root)",
    ])
    const missing = await fromSites(['check', '--root', 'nowhere'])
    expect(missing).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'coexist: --root nowhere: no such folder\nRun coexist check --help for the options.\n',
    })
  })

  it('coexist matrix --matrix FILE: relative to the current directory', async () => {
    const out = await fromSites(['matrix', '--matrix', '../house.yml', '--format', 'json'])
    expect([out.code, JSON.parse(out.stdout).id]).toEqual([0, 'house-rules'])
  })

  it('- reads a topology from standard input, shown as <stdin>', async () => {
    const { text, productLine } = poolTopology(['guests'])
    const out = await fromSites(['check', '-'], [text.slice(0, 20), text.slice(20)])
    expect(out.code).toBe(1)
    expect(out.stdout.split('\n').slice(0, 2)).toEqual([
      '<stdin>  (matrix lync-server-2013)',
      `  <stdin>:${productLine.get('guests')}:14: error: ${ATTENDEE_TITLE} [2]`,
    ])
  })

  it('- takes JSON as well (YAML reads it)', async () => {
    const json = JSON.stringify({
      servers: [{ name: 'pool', product: 'Lync Server 2013' }],
      clients: [{ name: 'guests', product: 'Lync 2010 Attendee' }],
    })
    const out = await fromSites(['check', '-'], [json])
    expect([out.code, out.stdout.split('\n')[1]]).toEqual([
      1,
      `  <stdin>:1:${json.indexOf('Lync 2010 Attendee') + 1}: error: ${ATTENDEE_TITLE} [2]`,
    ])
  })

  it('- : matrix: is looked for in the current directory, then at the root', async () => {
    const out = await cli(['check', '-'], {
      cwd: path.join(sites, 'ber'),
      stdin: [withMatrix('house.yml')],
    })
    expect(headings(out.stdout)).toEqual(['<stdin>  (custom matrix ber-rules from house.yml)'])
    const atRoot = await fromSites(['check', '-'], [withMatrix('house.yml')])
    expect(headings(atRoot.stdout)).toEqual([
      '<stdin>  (custom matrix house-rules from ../house.yml)',
    ])
    const nowhere = await cli(['check', '-'], { cwd: sites, stdin: [withMatrix('none.yml')] })
    expect(nowhere.stdout).toContain(
      'matrix file none.yml: no such file (paths are relative to the current directory, then the repository root)',
    )
  })

  it('- is refused past --max-bytes, and read only once', async () => {
    const big = await fromSites(
      ['check', '--max-bytes', '100', '-'],
      ['x'.repeat(60), 'y'.repeat(60)],
    )
    expect([big.code, big.stdout.split('\n')[1]]).toEqual([
      2,
      '  <stdin>:1:1: error: standard input is more than 100 bytes; coexist reads topologies up to 100 bytes (max-bytes)',
    ])
    const twice = await fromSites(['check', '-', '-'], [poolTopology(['guests']).text])
    expect(twice.code).toBe(2)
    expect(twice.stdout).toContain('-:1:1: error: standard input can be read only once')
  })
})
