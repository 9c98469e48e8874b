// `coexist plan` through runCli(argv, deps): options, output formats, exit codes and bad input.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { runCli, type CliDeps } from '../../src/cli/main.js'
import { capture } from '../support/fake-runner.js'
import { EXAMPLE_PLAN_TO_2013 } from '../support/expected-findings.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { stdinOf } from '../support/stdin.js'

const NOW = new Date('2026-06-01T12:00:00Z')
const ESC = '\u001b'
// The three pools the hand-worked table of test/core/plan.test.ts is about (Lync Server 2013, Lync
// Server 2010 and Office Communications Server 2007 R2); the default example, examples/coexist.yml,
// has the first two only.
const EXAMPLE = 'examples/three-versions.yml'
const ALL_2013 = ['--upgrade-all', 'Lync Server 2013']
/** Gg425764, quoted by the migration rules of the all-generations catalogue. */
const TO_2013_QUOTE =
  '"Lync Server 2013 supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office Communications Server 2007 R2"'
const EARLIER_QUOTE =
  '"Migration from earlier versions, such as Microsoft Office Communications Server 2007 or Live Communications Server 2005, is not supported."'

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})
/** A directory of its own holding `estate.yml` with `text`. */
function estateDir(text: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'coexist-plan-cli-'))
  roots.push(dir)
  writeFileSync(path.join(dir, 'estate.yml'), text)
  return dir
}

async function cli(
  argv: string[],
  options: { isTTY?: boolean; env?: NodeJS.ProcessEnv; cwd?: string } = {},
) {
  const stdout = capture(options.isTTY)
  const stderr = capture()
  const deps: CliDeps = {
    cwd: options.cwd ?? REPO_ROOT,
    stdin: stdinOf(),
    env: options.env ?? {},
    stdout,
    stderr,
    now: () => NOW,
    version: '9.8.7-test',
  }
  const code = await runCli(argv, deps)
  return { code, stdout: stdout.text, stderr: stderr.text }
}

/** The text output without the explanation lines under each changed pair (evaluate's wording). */
const skeleton = (text: string) => text.split('\n').filter((l) => !l.startsWith('        '))

interface JsonPlan {
  introducesFailures: boolean
  counts: Record<string, number>
  files: {
    file: string
    upgrades: {
      server: string
      from: string
      to: string
      migration?: { status: string; severity: string; statement: string }
    }[]
    populations: {
      client: string
      newlyFailing: { server: string }[]
      newlyPassing: { server: string }[]
      changed: { server: string }[]
      unchanged: { server: string }[]
    }[]
  }[]
}

describe('coexist plan on examples/three-versions.yml, every server to Lync Server 2013', () => {
  // The expectations are worked out by hand from the seed table in test/core/plan.test.ts.
  it('text: per population what changes, the footnotes once, and exit 1 for the two new failures', async () => {
    const out = await cli(['plan', EXAMPLE, ...ALL_2013])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe('')
    expect(out.stdout).not.toContain(ESC)
    expect(skeleton(out.stdout)).toEqual(EXAMPLE_PLAN_TO_2013(EXAMPLE))
    // Each changed pair is explained by its verdict after the upgrade.
    expect(out.stdout).toContain(
      '    newly failing on nyc-ocs: supported → not supported\n        reception (Microsoft Office Communications Server 2007 R2 Attendant) is not supported on nyc-ocs (Lync Server 2013).',
    )
    expect(out.stdout).toContain(
      '    newly failing on lon-pool-2010: supported → not supported [2]\n        external-partners (Lync 2010 Attendee) is not supported on lon-pool-2010 (Lync Server 2013). Use Lync Web App 2013 instead.',
    )
  })

  it('json: the same lists, introducesFailures and the counts', async () => {
    const out = await cli(['plan', '--format', 'json', EXAMPLE, ...ALL_2013])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe('')
    const plan = JSON.parse(out.stdout) as JsonPlan
    expect(plan.introducesFailures).toBe(true)
    expect(plan.counts).toEqual({
      newlyFailing: 2,
      newlyPassing: 0,
      changed: 2,
      unchanged: 6,
      stillFailing: 1,
      pairs: 10,
    })
    expect(
      plan.files[0]?.upgrades.map((u) => [
        u.server,
        u.to,
        u.migration?.status,
        u.migration?.severity,
        u.migration?.statement,
      ]),
    ).toEqual([
      ['ams-pool01', 'Lync Server 2013', undefined, undefined, undefined],
      [
        'lon-pool-2010',
        'Lync Server 2013',
        'supported',
        'none',
        `migration from Lync Server 2010 to Lync Server 2013 is supported: ${TO_2013_QUOTE}`,
      ],
      [
        'nyc-ocs',
        'Lync Server 2013',
        'supported',
        'none',
        `migration from Office Communications Server 2007 R2 to Lync Server 2013 is supported: ${TO_2013_QUOTE}`,
      ],
    ])
    const servers = (pairs: { server: string }[]) => pairs.map((p) => p.server).join(',')
    expect(
      plan.files[0]?.populations.map(
        (p) =>
          `${p.client}: failing ${servers(p.newlyFailing)}; passing ${servers(p.newlyPassing)}; changed ${servers(p.changed)}; unchanged ${servers(p.unchanged)}`,
      ),
    ).toEqual([
      'knowledge-workers: failing ; passing ; changed ; unchanged ams-pool01,lon-pool-2010',
      'trading-floor: failing ; passing ; changed lon-pool-2010; unchanged ams-pool01',
      'sales-desktops: failing ; passing ; changed nyc-ocs; unchanged ams-pool01',
      'field-engineers: failing ; passing ; changed ; unchanged ams-pool01',
      'external-partners: failing lon-pool-2010; passing ; changed ; unchanged ams-pool01',
      'reception: failing nyc-ocs; passing ; changed ; unchanged ',
    ])
  })

  it('markdown: one row per pair with its status today and after', async () => {
    const out = await cli(['plan', '--format', 'markdown', EXAMPLE, ...ALL_2013])
    expect(out.code).toBe(1)
    expect(out.stderr).toBe('')
    const lines = out.stdout.split('\n')
    expect(lines.slice(0, 3)).toEqual([
      '## ❌ coexist plan: the upgrade introduces failures',
      '',
      '2 newly failing · 0 newly passing · 2 changed · 6 unchanged · 10 pairs · 1 still failing',
    ])
    const quoted = TO_2013_QUOTE.replaceAll('"', '&quot;')
    expect(
      lines.slice(
        lines.indexOf('| Server | Runs now | After the upgrade | Migration path |'),
        lines.indexOf('| Client population | Server | Change | Now | After the upgrade |'),
      ),
    ).toEqual([
      '| Server | Runs now | After the upgrade | Migration path |',
      '|---|---|---|---|',
      '| ams-pool01 | Lync Server 2013 | Lync Server 2013 (no change) | — |',
      `| lon-pool-2010 | Lync Server 2010 | Lync Server 2013 | ✅ migration from Lync Server 2010 to Lync Server 2013 is supported: ${quoted} |`,
      `| nyc-ocs | Office Communications Server 2007 R2 | Lync Server 2013 | ✅ migration from Office Communications Server 2007 R2 to Lync Server 2013 is supported: ${quoted} |`,
      '',
    ])
    expect(lines.filter((l) => /^\| [a-z]/.test(l) && l.includes('<br>'))).toEqual([
      '| knowledge-workers<br><sub>Lync 2013</sub> | ams-pool01 | unchanged | ✅ supported | ✅ supported |',
      '| knowledge-workers<br><sub>Lync 2013</sub> | lon-pool-2010 | unchanged | ✅ supported | ✅ supported |',
      '| trading-floor<br><sub>Lync 2010 Group Chat</sub> | lon-pool-2010 | 🔁 changed | ✅ supported<sup>1</sup> | ➖ not applicable |',
      '| trading-floor<br><sub>Lync 2010 Group Chat</sub> | ams-pool01 | unchanged | ➖ not applicable | ➖ not applicable |',
      '| sales-desktops<br><sub>Office Communicator 2007 R2</sub> | nyc-ocs | 🔁 changed | ✅ supported | ⚠️ interoperable<sup>3</sup> |',
      '| sales-desktops<br><sub>Office Communicator 2007 R2</sub> | ams-pool01 | unchanged | ⚠️ interoperable<sup>3</sup> | ⚠️ interoperable<sup>3</sup> |',
      '| field-engineers<br><sub>Office Communicator 2007 R2</sub> | ams-pool01 | unchanged (still failing) | ❌ not supported<sup>3</sup> | ❌ not supported<sup>3</sup> |',
      '| external-partners<br><sub>Lync 2010 Attendee</sub> | lon-pool-2010 | ⛔ **newly failing** | ✅ supported | ❌ not supported<sup>2</sup> |',
      '| external-partners<br><sub>Lync 2010 Attendee</sub> | ams-pool01 | unchanged | 🔕❌ not supported<sup>2</sup> | 🔕❌ not supported<sup>2</sup> |',
      '| reception<br><sub>Microsoft Office Communications Server 2007 R2 Attendant</sub> | nyc-ocs | ⛔ **newly failing** | ✅ supported | ❌ not supported |',
    ])
  })
})

describe('exit codes', () => {
  it('0 when the upgrade introduces no failure, even though a pair fails today and still fails', async () => {
    const out = await cli(['plan', EXAMPLE, '--upgrade', 'ams-pool01=Lync Server 2013'])
    expect(out.code).toBe(0)
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ No new failures: 0 newly failing, 0 newly passing, 0 changed, 10 unchanged in 10 pairs, 1 still failing',
    )
  })

  it('0 when the upgrade only makes pairs pass', async () => {
    const out = await cli(['plan', EXAMPLE, '--upgrade', 'ams-pool01=Lync Server 2010'])
    expect(out.code).toBe(0)
    expect(out.stdout).toContain('    newly passing on ams-pool01: not supported [3] → supported\n')
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ No new failures: 0 newly failing, 1 newly passing, 3 changed, 6 unchanged in 10 pairs',
    )
  })

  it('--fail-on decides what failing means, before and after', async () => {
    const none = await cli(['plan', '--fail-on', 'none', EXAMPLE, ...ALL_2013])
    expect(none.code).toBe(0)
    expect(none.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ No new failures: 0 newly failing, 0 newly passing, 4 changed, 6 unchanged in 10 pairs',
    )
    const strict = await cli([
      'plan',
      '--fail-on',
      'not-supported,not-applicable',
      EXAMPLE,
      ...ALL_2013,
    ])
    expect(strict.code).toBe(1)
    expect(strict.stdout).toContain(
      '    newly failing on lon-pool-2010: supported [1] → not applicable\n',
    )
    expect(strict.stdout).toContain('    unchanged on ams-pool01: not applicable (still failing)\n')
  })

  it('--upgrade is repeatable and wins over --upgrade-all for its server', async () => {
    // No source states a migration from OCS 2007 R2 to Lync Server 2010: a warning, not a failure.
    const out = await cli([
      'plan',
      EXAMPLE,
      '--upgrade',
      'nyc-ocs=Lync Server 2010',
      ...ALL_2013,
      '--upgrade',
      'lon-pool-2010=lync-server-2010',
    ])
    expect(out.code).toBe(0)
    expect(out.stdout.split('\n').slice(1, 6)).toEqual([
      '  upgrade ams-pool01: already runs Lync Server 2013',
      '  upgrade lon-pool-2010: already runs Lync Server 2010',
      '  upgrade nyc-ocs: Office Communications Server 2007 R2 → Lync Server 2010',
      '      warning: no source states a migration path from Office Communications Server 2007 R2 to Lync Server 2010, so coexist does not call it supported',
      '',
    ])
  })

  it('the default example: lon-pool-2010 takes a supported migration path, and the attendees newly fail', async () => {
    const out = await cli([
      'plan',
      'examples/coexist.yml',
      '--upgrade',
      'lon-pool-2010=Lync Server 2013',
    ])
    expect(out.code).toBe(1)
    expect(out.stdout.split('\n').slice(0, 4)).toEqual([
      'examples/coexist.yml  (matrix lync-server-2013)',
      '  upgrade lon-pool-2010: Lync Server 2010 → Lync Server 2013',
      `      migration from Lync Server 2010 to Lync Server 2013 is supported: ${TO_2013_QUOTE}`,
      '',
    ])
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ The upgrade introduces failures: 1 newly failing, 0 newly passing, 2 changed, 7 unchanged in 10 pairs, 1 still failing',
    )
  })

  it('1 for a migration path the sources rule out, although no pair newly fails; 0 under --fail-on none', async () => {
    // The OCS 2007 pool serves no population (coexist checks no pair on it); Lync 2013 on the Lync
    // Server 2013 pool is unchanged.
    const cwd = estateDir(
      [
        'servers:',
        '  - name: legacy',
        '    product: Office Communications Server 2007',
        '  - name: pool',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: workers',
        '    product: Lync 2013',
        '    servers: [pool]',
        '',
      ].join('\n'),
    )
    const out = await cli(['plan', 'estate.yml', '--upgrade', 'legacy=Lync Server 2013'], { cwd })
    expect(out).toEqual({
      code: 1,
      stderr: '',
      stdout: [
        'estate.yml  (matrix lync-server-2013)',
        '  upgrade legacy: Office Communications Server 2007 → Lync Server 2013',
        `      error: migration from Office Communications Server 2007 to Lync Server 2013 is not supported: ${EARLIER_QUOTE}`,
        '',
        '  estate.yml:8:14: workers (Lync 2013)',
        '    unchanged on pool: supported',
        '',
        '✖ The upgrade introduces failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair; 1 migration path that fails',
        '',
      ].join('\n'),
    })
    const json = await cli(
      ['plan', '--format', 'json', 'estate.yml', '--upgrade', 'legacy=Lync Server 2013'],
      { cwd },
    )
    expect(json.code).toBe(1)
    const plan = JSON.parse(json.stdout) as JsonPlan
    expect(plan.introducesFailures).toBe(true)
    expect(plan.files[0]?.upgrades[0]?.migration).toMatchObject({
      status: 'not-supported',
      severity: 'error',
    })
    const lenient = await cli(
      ['plan', '--fail-on', 'none', 'estate.yml', '--upgrade', 'legacy=Lync Server 2013'],
      { cwd },
    )
    expect(lenient.code).toBe(0)
    expect(lenient.stdout.split('\n')[2]).toBe(
      `      warning: migration from Office Communications Server 2007 to Lync Server 2013 is not supported: ${EARLIER_QUOTE}`,
    )
    expect(lenient.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✔ No new failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair',
    )
  })

  it('reads coexist.yml from the working directory when no file is named', async () => {
    const out = await cli(['plan', ...ALL_2013], { cwd: path.join(REPO_ROOT, 'examples') })
    expect(out.code).toBe(1)
    expect(out.stdout.split('\n')[0]).toBe('coexist.yml  (matrix lync-server-2013)')
  })

  it('several files: one plan each, one verdict', async () => {
    const out = await cli(['plan', EXAMPLE, 'test/cli/fixtures/clean.yml', ...ALL_2013])
    expect(out.code).toBe(1)
    expect(out.stdout).toContain(
      '\ntest/cli/fixtures/clean.yml  (matrix lync-server-2013)\n  upgrade ams-pool01: already runs Lync Server 2013\n',
    )
    expect(out.stdout.trimEnd().split('\n').at(-1)).toBe(
      '✖ The upgrade introduces failures: 2 newly failing, 0 newly passing, 2 changed, 7 unchanged in 11 pairs, 1 still failing',
    )
  })
})

describe('colour', () => {
  it('on a terminal only, and never with NO_COLOR', async () => {
    const tty = await cli(['plan', EXAMPLE, ...ALL_2013], { isTTY: true })
    expect(tty.stdout).toContain(
      `    ${ESC}[31mnewly failing${ESC}[0m on nyc-ocs: supported → not supported\n`,
    )
    // A migration path's severity is painted; a supported path has none.
    expect(tty.stdout).toContain(
      `  upgrade nyc-ocs: Office Communications Server 2007 R2 → Lync Server 2013\n      migration from Office Communications Server 2007 R2 to Lync Server 2013 is supported: ${TO_2013_QUOTE}\n`,
    )
    const warned = await cli(['plan', EXAMPLE, '--upgrade', 'nyc-ocs=Lync Server 2010'], {
      isTTY: true,
    })
    expect(warned.stdout).toContain(
      `\n      ${ESC}[33mwarning${ESC}[0m: no source states a migration path from Office Communications Server 2007 R2 to Lync Server 2010, so coexist does not call it supported\n`,
    )
    const noColor = await cli(['plan', EXAMPLE, ...ALL_2013], {
      isTTY: true,
      env: { NO_COLOR: '1' },
    })
    expect(noColor.stdout).not.toContain(ESC)
    const json = await cli(['plan', '--format', 'json', EXAMPLE, ...ALL_2013], { isTTY: true })
    expect(json.stdout).not.toContain(ESC)
  })
})

describe('bad input: exit 2, nothing on stdout', () => {
  it.each([
    [
      'an unknown server, with the closest name',
      ['--upgrade', 'ams-pool1=Lync Server 2013'],
      `${EXAMPLE}: error: unknown server "ams-pool1" (did you mean "ams-pool01"?)\n`,
    ],
    [
      'an unknown product, with suggestions',
      ['--upgrade', 'nyc-ocs=Ofice Communications Server 2007 R2'],
      `${EXAMPLE}: error: unknown server product "Ofice Communications Server 2007 R2" in matrix lync-server-2013; did you mean "Office Communications Server 2007 R2"?\n`,
    ],
    [
      'an unknown product that is no slip of a name (another version), with the server products',
      ['--upgrade', 'nyc-ocs=OCS 2007 R3'],
      `${EXAMPLE}: error: unknown server product "OCS 2007 R3" in matrix lync-server-2013; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2\n`,
    ],
    [
      'a client product given as the server product',
      ['--upgrade-all', 'Lync 2013'],
      `${EXAMPLE}: error: "Lync 2013" is a client product, not a server; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2\n`,
    ],
    [
      'every problem at once',
      [
        '--upgrade',
        'paris=Lync Server 2013',
        '--upgrade',
        'nyc-ocs=Lync Server 2010',
        '--upgrade',
        'nyc-ocs=Lync Server 2013',
      ],
      `${EXAMPLE}: error: unknown server "paris"; its servers are "ams-pool01", "lon-pool-2010", "nyc-ocs"\n${EXAMPLE}: error: server "nyc-ocs" is upgraded to both "Lync Server 2010" and "Lync Server 2013"\n`,
    ],
  ])('%s: the problem on stderr, without the usage', async (_name, options, stderr) => {
    const out = await cli(['plan', EXAMPLE, ...options])
    expect(out).toEqual({ code: 2, stdout: '', stderr })
  })

  it.each([
    [
      'a malformed SERVER=PRODUCT',
      ['--upgrade', 'nyc-ocs'],
      'coexist: --upgrade "nyc-ocs" is not SERVER=PRODUCT; for example --upgrade "ams-pool01=Lync Server 2013"',
    ],
    [
      'an empty product',
      ['--upgrade', 'nyc-ocs='],
      'coexist: --upgrade "nyc-ocs=" is not SERVER=PRODUCT; for example --upgrade "ams-pool01=Lync Server 2013"',
    ],
    [
      'no --upgrade at all',
      [],
      'coexist: plan needs at least one --upgrade SERVER=PRODUCT or --upgrade-all PRODUCT',
    ],
    [
      'a bad --format',
      ['--format', 'sarif', ...ALL_2013],
      'coexist: --format must be text, json or markdown, not "sarif"',
    ],
    [
      'a bad --fail-on',
      ['--fail-on', 'interop', ...ALL_2013],
      'coexist: fail-on: unknown status "interop" (did you mean "interoperable"?); use a comma-separated list of supported, interoperable, not-supported, not-applicable, undocumented, or none',
    ],
    [
      'an unknown option',
      ['--upgrade-every', 'Lync Server 2013'],
      'coexist: unknown option --upgrade-every (did you mean --upgrade or --upgrade-all?)',
    ],
  ])('%s: the problem and where the options are, on stderr', async (_name, options, problem) => {
    const out = await cli(['plan', EXAMPLE, ...options])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr: `${problem}\nRun coexist plan --help for the options.\n`,
    })
  })

  it('a file that cannot be read or evaluated: each error as file:line:column: error: message, and no plan for the others', async () => {
    const out = await cli([
      'plan',
      EXAMPLE,
      'nowhere.yml',
      'test/e2e/fixtures/unknown-product.yml',
      ...ALL_2013,
    ])
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    const lines = out.stderr.trimEnd().split('\n')
    expect(lines[0]).toBe(
      'nowhere.yml:1:1: error: no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
    )
    expect(lines[1]).toMatch(
      /^test\/e2e\/fixtures\/unknown-product\.yml:7:14: error: "Skype for Business 2015" is not a client of matrix lync-server-2013\b/,
    )
    expect(lines).toHaveLength(2)
  })

  it('checks each file on its own: a server only one file declares is unknown in the other', async () => {
    const out = await cli([
      'plan',
      EXAMPLE,
      'test/cli/fixtures/clean.yml',
      '--upgrade',
      'nyc-ocs=Lync Server 2013',
    ])
    expect(out).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'test/cli/fixtures/clean.yml: error: unknown server "nyc-ocs"; its servers are "ams-pool01"\n',
    })
  })
})

describe('the options plan shares with check (app/options.ts)', () => {
  it('--max-bytes: a larger file is refused unread, exit 2', async () => {
    const out = await cli(['plan', EXAMPLE, '--max-bytes', '100', ...ALL_2013])
    expect(out.code).toBe(2)
    expect(out.stdout).toBe('')
    expect(out.stderr).toMatch(
      new RegExp(
        `^${EXAMPLE}:1:1: error: the file is \\d+ bytes; coexist reads topologies up to 100 bytes \\(max-bytes\\)\n$`,
      ),
    )
  })

  it('--allow-empty: a pattern matching nothing is a notice, not an error; without it, exit 2', async () => {
    const without = await cli(['plan', 'nowhere/*.yml', ...ALL_2013])
    expect([without.code, without.stdout]).toEqual([2, ''])
    expect(without.stderr).toMatch(/^nowhere\/\*\.yml:1:1: error: no file matches this pattern/)
    const allowed = await cli(['plan', 'nowhere/*.yml', '--allow-empty', ...ALL_2013])
    expect(allowed.code).toBe(0)
    expect(allowed.stderr).toBe(
      'coexist: nothing was checked: no topology file matches "nowhere/*.yml" (allow-empty is set, so this passes)\n',
    )
  })

  it("--max-pairs and --max-nodes: the run's limits, each pair counted twice (as it is and as upgraded)", async () => {
    const pairs = await cli(['plan', EXAMPLE, '--max-pairs', '10', ...ALL_2013])
    expect([pairs.code, pairs.stdout]).toEqual([2, ''])
    expect(pairs.stderr).toContain(
      `${EXAMPLE}: error: this file has 20 pair evaluations (each pair as it is and as upgraded), more than the run's limit of 10 (max-pairs) leaves for it`,
    )
    const nodes = await cli(['plan', EXAMPLE, '--max-nodes', '10', ...ALL_2013])
    expect([nodes.code, nodes.stdout]).toEqual([2, ''])
    expect(nodes.stderr).toContain("than the run's limit of 10 (max-nodes) leaves for it")
  })

  it('--expiry-warning-days and --max-waiver-days are checked as check checks them', async () => {
    const bad = await cli(['plan', EXAMPLE, '--max-waiver-days', 'soon', ...ALL_2013])
    expect([bad.code, bad.stdout, bad.stderr.split('\n')[0]]).toEqual([
      2,
      '',
      'coexist: --max-waiver-days must be a whole number of days from 0 to 3650, not "soon"',
    ])
    expect((await cli(['plan', EXAMPLE, '--expiry-warning-days', '0', ...ALL_2013])).code).toBe(1)
  })

  it('--matrix is resolved once, before any file: an unknown one is exit 2 with one line', async () => {
    const out = await cli(['plan', EXAMPLE, '--matrix', 'lync-server-2031', ...ALL_2013])
    expect([out.code, out.stdout]).toEqual([2, ''])
    expect(out.stderr).toMatch(
      /^coexist: --matrix: unknown matrix "lync-server-2031" \(did you mean "lync-server-2013"\?\)/,
    )
  })

  it("--base is check's alone: a plan compares with the upgrade, not with a commit", async () => {
    const out = await cli(['plan', EXAMPLE, '--base', 'HEAD', ...ALL_2013])
    expect([out.code, out.stderr.split('\n')[0]]).toEqual([2, 'coexist: unknown option --base'])
  })
})

describe('help and commands', () => {
  it('plan --help prints the usage, plan included, on stdout', async () => {
    const out = await cli(['plan', '--help'])
    expect(out.code).toBe(0)
    expect(out.stderr).toBe('')
    expect(out.stdout).toContain(
      '  coexist plan [FILES...] (--upgrade SERVER=PRODUCT | --upgrade-all PRODUCT)...\n               [--format text|json|markdown] [--fail-on LIST] [--matrix ID|FILE]\n',
    )
    expect(out.stdout).toContain('\nplan    What-if of a server upgrade:')
  })

  it('a misspelt plan is suggested', async () => {
    const out = await cli(['plna'])
    expect(out.code).toBe(2)
    expect(out.stderr.split('\n')[0]).toBe('coexist: unknown command "plna" (did you mean "plan"?)')
  })
})
