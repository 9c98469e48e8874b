// The committed action bundle, run the way a GitHub runner runs it: `node dist/index.js` as a child
// process with the runner's environment variables (and nothing else), in the workspace, on Node 24
// (what action.yml asks for) and on the machine's Node 20. Everything asserted is what a reviewer
// sees: the exit code, the annotations, the outputs, the JSON report and the job summary.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { expectWellBehaved, runActionIn, type ActionRun } from '../support/action-run.js'
import { createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { footnoteText, seedMatrix } from '../support/matrix.js'
import { ACTION_BUNDLE, REPO_ROOT, runtimes, type Runtime } from '../support/runtimes.js'
import {
  ATTENDEE_ALTERNATIVES,
  EXAMPLE_MESSAGES,
  EXAMPLE_RESULTS,
  EXAMPLE_TEXT,
  LYNC_2013_SOURCE_ESCAPED,
  resultRow,
} from '../support/expected-findings.js'
import { parseJsonReport } from '../support/json-report.js'
import { parseCommand } from '../support/workflow.js'

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures')
const fixture = (name: string) => path.join(FIXTURES, name)
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'coexist.yml')
const THREE_VERSIONS = path.join(REPO_ROOT, 'examples', 'three-versions.yml')

const runners: FakeRunner[] = []
afterAll(() => {
  for (const runner of runners) runner.remove()
})

interface Scenario {
  /** Workspace-relative path → fixture to copy there. */
  files: Record<string, string>
  /** INPUT_* and other variables; `undefined` leaves a variable unset. */
  env?: Record<string, string | undefined>
}

/** One action run in a fresh fake runner: workspace, RUNNER_TEMP, empty GITHUB_OUTPUT and summary files. */
async function runAction(runtime: Runtime, scenario: Scenario): Promise<ActionRun> {
  const runner = createFakeRunner('coexist-action-')
  runners.push(runner)
  for (const [relative, source] of Object.entries(scenario.files)) runner.addFile(relative, source)
  const env = { ...runner.env }
  for (const [name, value] of Object.entries(scenario.env ?? {})) {
    if (value === undefined) delete env[name]
    else env[name] = value
  }
  return runActionIn(runtime, runner, env)
}

/** Runs a scenario once, on first use, and hands every test the same run. */
function scenario(runtime: Runtime, definition: Scenario): () => Promise<ActionRun> {
  let run: Promise<ActionRun> | undefined
  return () => (run ??= runAction(runtime, definition))
}

const F1 = footnoteText('1')
const F2 = footnoteText('2')
const F3 = footnoteText('3')

// Annotation pieces for examples/coexist.yml. Product values start at column 14 (`    product: `);
// GitHub's endColumn is inclusive: 13 + the length of the product name.
const FIELD_ENGINEERS_MESSAGE = `${EXAMPLE_MESSAGES.fieldEngineers}%0A%0AFootnote 3: ${F3}${LYNC_2013_SOURCE_ESCAPED}. Derived from footnote 3: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013.`
const TRADING_FLOOR =
  '::warning file=coexist.yml,line=22,endLine=22,col=14,endColumn=33,title=Lync 2010 Group Chat on Lync Server 2013%3A not applicable::' +
  `${EXAMPLE_MESSAGES.tradingFloor}${LYNC_2013_SOURCE_ESCAPED}`
const SALES_DESKTOPS =
  '::warning file=coexist.yml,line=27,endLine=27,col=14,endColumn=40,title=Office Communicator 2007 R2 on Lync Server 2013%3A interoperable only::' +
  `${EXAMPLE_MESSAGES.salesDesktops}%0A%0AFootnote 3: ${F3}${LYNC_2013_SOURCE_ESCAPED}`
const EXTERNAL_PARTNERS =
  '::notice file=coexist.yml,line=37,endLine=37,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported (waived)::' +
  `${EXAMPLE_MESSAGES.externalPartners}%0A%0AFootnote 2: ${F2}${LYNC_2013_SOURCE_ESCAPED}`
// Supported, with a footnote to read: the last notice.
const TRADING_FLOOR_ON_2010 =
  '::notice file=coexist.yml,line=22,endLine=22,col=14,endColumn=33,title=Lync 2010 Group Chat on Lync Server 2010%3A supported::' +
  `${EXAMPLE_MESSAGES.tradingFloorOn2010}%0A%0AFootnote 1: ${F1}${LYNC_2013_SOURCE_ESCAPED}`
const FIELD_ENGINEERS = (level: 'error' | 'warning') =>
  `::${level} file=coexist.yml,line=32,endLine=32,col=14,endColumn=40,title=Office Communicator 2007 R2 on Lync Server 2013%3A conferencing (meetings) not supported::${FIELD_ENGINEERS_MESSAGE}`

// examples/three-versions.yml: the example's populations, plus nyc-ocs (Office Communications
// Server 2007 R2) beside ams-pool01 (Lync Server 2013, line 9) and lon-pool-2010 (Lync Server
// 2010, line 11). Microsoft's "Supported server migration paths and coexistence scenarios in Lync
// Server 2013" (Gg425764) rules that out in so many words; the finding points at the last of the
// three pools, nyc-ocs's product on line 13 (columns 14 to 49, 36 characters), quotes the page
// and names the other two pools with their lines.
const THREE_VERSIONS_QUOTE =
  'Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.'
const THREE_VERSIONS_NOTE =
  'Likewise for migration: "Migration from an environment running both of these previous versions is not supported."'
const THREE_VERSIONS_TITLE =
  'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported'
const THREE_VERSIONS_MESSAGE =
  'Lync Server 2013 ("ams-pool01", line 9), Lync Server 2010 ("lon-pool-2010", line 11) and Office Communications Server 2007 R2 ("nyc-ocs", line 13) run side by side, which is not supported.' +
  ` The source: "${THREE_VERSIONS_QUOTE}"`
const THREE_VERSIONS_SOURCE = `Source: matrix lync-server-2013, "Supported server migration paths and coexistence scenarios in Lync Server 2013". ${THREE_VERSIONS_NOTE}`
const SERVER_RULE =
  '::error file=coexist.yml,line=13,endLine=13,col=14,endColumn=49,title=Lync Server 2013%2C Lync Server 2010 and Office Communications Server 2007 R2 side by side%3A not supported::' +
  `${THREE_VERSIONS_MESSAGE}%0A%0A${THREE_VERSIONS_SOURCE}`

// Office Live Meeting 2007 on Lync Server 2013: no replacement and no declared workloads, so the
// first three of the four clients Lync Server 2013 supports, in matrix order; Live Meeting is
// supported on Lync Server 2010 and OCS 2007 R2.
const LIVE_MEETING_ALTERNATIVES =
  'Alternatives: Lync Server 2013 supports Lync 2013, Lync Web App 2013, Lync 2010; Office Live Meeting 2007 is supported on Lync Server 2010, Office Communications Server 2007 R2.'

const RUNTIMES = runtimes()

describe('the runtimes', () => {
  it('are Node 24 from the node package and a different, older system Node', () => {
    const [bundled, system] = RUNTIMES as [Runtime, Runtime]
    expect(bundled.major).toBe(24)
    expect(system.executable).not.toContain('node_modules')
    expect(system.major).toBeGreaterThanOrEqual(20)
    expect(system.major).toBeLessThan(24)
  })
})

describe.each(RUNTIMES)('action bundle on $label', (runtime) => {
  const example = scenario(runtime, {
    files: { 'coexist.yml': EXAMPLE },
    env: { INPUT_TOPOLOGY: undefined },
  })
  const failOnNone = scenario(runtime, {
    files: { 'coexist.yml': EXAMPLE },
    env: { INPUT_TOPOLOGY: 'coexist.yml', 'INPUT_FAIL-ON': 'none' },
  })
  const clean = scenario(runtime, {
    files: { 'clean.yml': fixture('clean.yml') },
    env: { INPUT_TOPOLOGY: 'clean.yml' },
  })
  const several = scenario(runtime, {
    files: {
      'coexist.yml': EXAMPLE,
      'clean.yml': fixture('clean.yml'),
      'configs/legacy/clean.json': fixture('clean.json'),
    },
    env: { INPUT_TOPOLOGY: 'coexist.yml\n  clean.yml ,configs/legacy/clean.json,\n\n' },
  })
  const bad = scenario(runtime, {
    files: { 'bad.yml': fixture('bad.yml'), 'coexist.yml': EXAMPLE },
    env: { INPUT_TOPOLOGY: 'bad.yml\ncoexist.yml' },
  })
  const missing = scenario(runtime, {
    files: { 'clean.yml': fixture('clean.yml') },
    env: { INPUT_TOPOLOGY: 'clean.yml, topology/missing.yml' },
  })
  const badFailOn = scenario(runtime, {
    files: { 'coexist.yml': EXAMPLE },
    env: { 'INPUT_FAIL-ON': 'not-suported' },
  })
  const hostile = scenario(runtime, {
    files: { 'hostile.yml': fixture('hostile.yml') },
    env: { INPUT_TOPOLOGY: 'hostile.yml' },
  })
  const html = scenario(runtime, {
    files: { 'html-name.yml': fixture('html-name.yml') },
    env: { INPUT_TOPOLOGY: 'html-name.yml' },
  })
  const threeVersions = scenario(runtime, {
    files: { 'coexist.yml': THREE_VERSIONS },
    env: { INPUT_TOPOLOGY: undefined },
  })

  describe('on examples/coexist.yml with the default topology input', () => {
    it('fails the step with exit code 1 and nothing on stderr', async () => {
      const run = await example()
      expect(run.status).toBe(1)
      expectWellBehaved(run)
    })

    it('annotates each non-supported pair on its product line, worst first, with the footnote text', async () => {
      const run = await example()
      expect(run.annotations).toEqual([
        FIELD_ENGINEERS('error'),
        TRADING_FLOOR,
        SALES_DESKTOPS,
        EXTERNAL_PARTNERS,
        TRADING_FLOOR_ON_2010,
      ])
      // What the runner makes of the first one: the colon in the title and the blank lines before the footnote.
      expect(parseCommand(run.annotations[0] as string)).toEqual({
        name: 'error',
        properties: {
          file: 'coexist.yml',
          line: '32',
          endLine: '32',
          col: '14',
          endColumn: '40',
          title:
            'Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported',
        },
        message: `${FIELD_ENGINEERS_MESSAGE.replace(/%0A/g, '\n')}`,
      })
    })

    it('prints the verdict, then the text report in a group, inside one stop-commands block with an unguessable token', async () => {
      const run = await example()
      const lines = run.stdout.split('\n')
      const token = run.scan.tokens[0] as string
      expect(run.scan.tokens).toHaveLength(1)
      expect(token).toMatch(/^[0-9a-f]{32}$/)
      // The verdict and the counts stay visible when the group is collapsed.
      expect(lines.slice(0, 3)).toEqual([
        '✖ Failed: 1 error, 2 warnings, 2 notices in 10 pairs, 1 waived',
        '::group::coexist report: 5 findings',
        `::stop-commands::${token}`,
      ])
      const end = lines.indexOf(`::${token}::`)
      expect(end).toBeGreaterThan(0)
      expect(lines[end + 1]).toBe('::endgroup::')
      expect(run.scan.groups).toEqual(['::group::coexist report: 5 findings', '::endgroup::'])
      // After the group: the annotations and the final newline, nothing else.
      expect(lines.slice(end + 2)).toEqual([...run.annotations, ''])
      const text = run.scan.inertBlocks[0] as string
      expect(text).not.toContain(token)
      expect(text).not.toContain('\u001b[')
      // The text report, exactly as the CLI prints it (test/e2e/cli.test.ts).
      expect(`${text}\n`).toBe(EXAMPLE_TEXT('coexist.yml'))
    })

    it('sets passed=false, errors=1, warnings=2, waived=1 and the report path under RUNNER_TEMP', async () => {
      const run = await example()
      expect(run.outputs).toEqual({
        passed: 'false',
        errors: '1',
        warnings: '2',
        waived: '1',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
    })

    it('writes a JSON report with one result per evaluated pair', async () => {
      const run = await example()
      const report = parseJsonReport<{
        passed: boolean
        counts: Record<string, number>
        results: {
          file: string
          line: number
          client: string
          server: string
          status: string
          severity: string
          waived: boolean
          footnotes: string[]
        }[]
        matrices: Record<string, { footnotes: Record<string, string> }>
        findings: unknown[]
        errors: unknown[]
        warnings: unknown[]
      }>(readFileSync(run.outputs.report as string, 'utf8'))
      expect(report.passed).toBe(false)
      expect(report.counts).toEqual({
        errors: 1,
        warnings: 2,
        notices: 2,
        waived: 1,
        preexisting: 0,
        pairs: 10,
      })
      expect(report.results.map(resultRow)).toEqual(EXAMPLE_RESULTS)
      expect(report.results.every((r) => r.file === 'coexist.yml')).toBe(true)
      // Version 2: a result names its footnotes by id; their texts are given once, per matrix.
      expect(report.results.find((r) => r.client === 'field-engineers')?.footnotes).toEqual(['3'])
      expect(report.matrices['lync-server-2013']?.footnotes['3']).toBe(F3)
      // Two pools, Lync Server 2013 beside Lync Server 2010, and workloads every client offers: nothing about the estate.
      expect(report.findings).toEqual([])
      expect(report.errors).toEqual([])
      expect(report.warnings).toEqual([])
    })

    it('writes a job summary: verdict on top, the grid, marks, footnote markers and the footnotes in full', async () => {
      const { summary } = await example()
      const lines = summary.split('\n')
      expect(lines[0]).toBe('## ❌ coexist: compatibility check failed')
      expect(lines[2]).toBe('1 error · 2 warnings · 2 notices · 10 pairs checked · 1 waived')
      expect(lines).toContain('### <code>coexist.yml</code> · matrix <code>lync-server-2013</code>')
      expect(lines).toContain(
        '<thead><tr><th align="left">Client population</th>' +
          '<th>ams-pool01<br><sub>Lync Server 2013</sub></th>' +
          '<th>lon-pool-2010<br><sub>Lync Server 2010</sub></th></tr></thead>',
      )
      const rows = lines.filter((l) => l.startsWith('<tr><th align="left">'))
      expect(rows).toEqual([
        '<tr><th align="left">knowledge-workers<br><sub>Lync 2013</sub></th><td>✅ supported</td><td>✅ supported</td></tr>',
        '<tr><th align="left">trading-floor<br><sub>Lync 2010 Group Chat</sub></th><td>➖ not applicable</td><td>✅ supported<sup>1</sup></td></tr>',
        '<tr><th align="left">sales-desktops<br><sub>Office Communicator 2007 R2</sub></th><td>⚠️ interoperable<sup>3</sup></td><td>✅ supported</td></tr>',
        '<tr><th align="left">field-engineers<br><sub>Office Communicator 2007 R2</sub></th><td>❌ not supported<sup>3</sup></td><td>—</td></tr>',
        '<tr><th align="left">external-partners<br><sub>Lync 2010 Attendee</sub></th><td>🔕❌ not supported<sup>2</sup></td><td>✅ supported</td></tr>',
        '<tr><th align="left">reception<br><sub>Lync 2010 Attendant</sub></th><td>—</td><td>✅ supported</td></tr>',
      ])
      expect(lines).toContain(
        `| error | 32 | Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported<sup>3</sup> | ${EXAMPLE_MESSAGES.fieldEngineers} |`,
      )
      const footnotes = lines.filter((l) => /^<sup>\d+<\/sup> /.test(l))
      expect(footnotes).toEqual([`<sup>1</sup> ${F1}`, `<sup>2</sup> ${F2}`, `<sup>3</sup> ${F3}`])
      expect(lines.indexOf('**Footnotes**')).toBeGreaterThan(lines.indexOf('</table>'))
    })
  })

  describe('on examples/three-versions.yml: Lync Server 2013 beside both Lync Server 2010 and OCS 2007 R2', () => {
    it('fails the step with a server-rule error at the last of the three pools, quoting the source, before the pairs', async () => {
      const run = await threeVersions()
      expect(run.status).toBe(1)
      expectWellBehaved(run)
      // The pairs are annotated as in the two-pool example (sales-desktops and reception are supported on nyc-ocs).
      expect(run.annotations).toEqual([
        SERVER_RULE,
        FIELD_ENGINEERS('error'),
        TRADING_FLOOR,
        SALES_DESKTOPS,
        EXTERNAL_PARTNERS,
        TRADING_FLOOR_ON_2010,
      ])
      expect(parseCommand(run.annotations[0] as string)).toEqual({
        name: 'error',
        properties: {
          file: 'coexist.yml',
          line: '13',
          endLine: '13',
          col: '14',
          endColumn: '49',
          title: THREE_VERSIONS_TITLE,
        },
        message: `${THREE_VERSIONS_MESSAGE}\n\n${THREE_VERSIONS_SOURCE}`,
      })
      expect(run.outputs).toEqual({
        passed: 'false',
        errors: '2',
        warnings: '2',
        waived: '1',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
      const report = parseJsonReport<{
        counts: Record<string, number>
        findings: {
          kind: string
          subject: string
          line: number
          status: string
          severity: string
          title: string
          source: { quote?: string }
          related: { line: number }[]
        }[]
      }>(readFileSync(run.outputs.report as string, 'utf8'))
      expect(report.counts).toEqual({
        errors: 2,
        warnings: 2,
        notices: 2,
        waived: 1,
        preexisting: 0,
        pairs: 10,
      })
      expect(
        report.findings.map((f) => [
          f.kind,
          f.subject,
          f.line,
          f.status,
          f.severity,
          f.title,
          f.source.quote,
          f.related.map((r) => r.line),
        ]),
      ).toEqual([
        [
          'server-rule',
          'ams-pool01, lon-pool-2010, nyc-ocs',
          13,
          'not-supported',
          'error',
          THREE_VERSIONS_TITLE,
          THREE_VERSIONS_QUOTE,
          [9, 11],
        ],
      ])
      const lines = run.summary.split('\n')
      expect(lines[2]).toBe('2 errors · 2 warnings · 2 notices · 10 pairs checked · 1 waived')
      expect(lines.filter((l) => l.startsWith('| error | '))).toEqual([
        `| error | 13 | ${THREE_VERSIONS_TITLE} | ${THREE_VERSIONS_MESSAGE.replace(/"/g, '&quot;')} |`,
        `| error | 32 | Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported<sup>3</sup> | ${EXAMPLE_MESSAGES.fieldEngineers} |`,
      ])
    })
  })

  describe('with fail-on: none', () => {
    it('passes with exit code 0, and the former error is a warning annotation, first among the warnings as the worst status', async () => {
      const run = await failOnNone()
      expect(run.status).toBe(0)
      expectWellBehaved(run)
      expect(run.annotations).toEqual([
        FIELD_ENGINEERS('warning'),
        TRADING_FLOOR,
        SALES_DESKTOPS,
        EXTERNAL_PARTNERS,
        TRADING_FLOOR_ON_2010,
      ])
      expect(run.outputs).toEqual({
        passed: 'true',
        errors: '0',
        warnings: '3',
        waived: '1',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
      expect(run.summary.split('\n')[0]).toBe('## ✅ coexist: compatibility check passed')
      const report = parseJsonReport<{
        passed: boolean
        results: { client: string; severity: string }[]
      }>(readFileSync(run.outputs.report as string, 'utf8'))
      expect(report.passed).toBe(true)
      expect(report.results.find((r) => r.client === 'field-engineers')?.severity).toBe('warning')
    })
  })

  describe('on a topology where every pair is supported', () => {
    it('passes without a single annotation and says so in the summary', async () => {
      const run = await clean()
      expect(run.status).toBe(0)
      expectWellBehaved(run)
      expect(run.annotations).toEqual([])
      expect(run.scan.commands).toEqual([])
      expect(run.outputs).toEqual({
        passed: 'true',
        errors: '0',
        warnings: '0',
        waived: '0',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
      const lines = run.summary.split('\n')
      expect(lines[0]).toBe('## ✅ coexist: compatibility check passed')
      expect(lines[2]).toBe('0 errors · 0 warnings · 0 notices · 5 pairs checked')
      expect(lines.filter((l) => l.startsWith('<tr><th align="left">'))).toEqual([
        '<tr><th align="left">knowledge-workers<br><sub>Lync 2013</sub></th><td>✅ supported</td><td>✅ supported</td></tr>',
        '<tr><th align="left">contractors<br><sub>Lync 2010</sub></th><td>✅ supported</td><td>✅ supported</td></tr>',
        '<tr><th align="left">meeting-guests<br><sub>Lync Web App 2013</sub></th><td>✅ supported</td><td>—</td></tr>',
      ])
      expect(run.summary).not.toContain('**Footnotes**')
    })
  })

  describe('with several topology files separated by a newline and a comma', () => {
    it('checks each file, annotates with workspace-relative paths and adds up the outputs', async () => {
      const run = await several()
      expect(run.status).toBe(1)
      expectWellBehaved(run)
      expect(run.annotations).toEqual([
        FIELD_ENGINEERS('error'),
        TRADING_FLOOR,
        SALES_DESKTOPS,
        EXTERNAL_PARTNERS,
        TRADING_FLOOR_ON_2010,
      ])
      expect(run.outputs).toEqual({
        passed: 'false',
        errors: '1',
        warnings: '2',
        waived: '1',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
      const headings = run.summary.split('\n').filter((l) => l.startsWith('### '))
      expect(headings).toEqual([
        '### <code>coexist.yml</code> · matrix <code>lync-server-2013</code>',
        '### <code>clean.yml</code> · matrix <code>lync-server-2013</code>',
        '### <code>configs/legacy/clean.json</code> · matrix <code>lync-server-2013</code>',
      ])
      expect(run.summary.split('\n')[2]).toBe(
        '1 error · 2 warnings · 2 notices · 17 pairs checked · 1 waived',
      )
      const report = parseJsonReport<{
        results: { file: string }[]
      }>(readFileSync(run.outputs.report as string, 'utf8'))
      const perFile = new Map<string, number>()
      for (const r of report.results) perFile.set(r.file, (perFile.get(r.file) ?? 0) + 1)
      expect([...perFile]).toEqual([
        ['coexist.yml', 10],
        ['clean.yml', 5],
        ['configs/legacy/clean.json', 2],
      ])
    })
  })

  describe('on bad input', () => {
    it('a misspelled key and an unknown product: exit 2, passed=false, nothing on stderr', async () => {
      const run = await bad()
      expect(run.status).toBe(2)
      expectWellBehaved(run)
      expect(run.outputs.passed).toBe('false')
      expect(run.summary.split('\n')[0]).toBe('## ❌ coexist could not evaluate the topology')
    })

    it('gives no verdict on the pairs of the bad file, while the good file beside it is still annotated', async () => {
      const run = await bad()
      const badFile = run.annotations
        .map(parseCommand)
        .filter((c) => c.properties.file === 'bad.yml')
      expect(badFile.length).toBeGreaterThan(0)
      expect(
        badFile.every(
          (c) => c.name === 'error' && c.properties.title === 'coexist: invalid topology',
        ),
      ).toBe(true)
      const pairs = run.annotations.filter((l) => l.includes('file=coexist.yml'))
      expect(pairs).toEqual([
        FIELD_ENGINEERS('error'),
        TRADING_FLOOR,
        SALES_DESKTOPS,
        EXTERNAL_PARTNERS,
        TRADING_FLOOR_ON_2010,
      ])
      const report = parseJsonReport<{
        passed: boolean
        results: { file: string }[]
      }>(readFileSync(run.outputs.report as string, 'utf8'))
      expect(report.passed).toBe(false)
      expect(report.results.filter((r) => r.file === 'bad.yml')).toEqual([])
    })

    // README "Bad input": "all problems of the file at once".
    it('reports both problems of the file at once, each at its line and column', async () => {
      const run = await bad()
      expect(run.annotations.filter((l) => l.startsWith('::error file=bad.yml,'))).toEqual([
        '::error file=bad.yml,line=8,endLine=8,col=5,endColumn=11,title=coexist%3A invalid topology::' +
          'clients[0]: unknown key "sevrers" (did you mean "servers"?); allowed: name, product, servers, workloads, users',
        // "Lync 2099" is no spelling slip of a product (its number is no product's): no "did you mean", the matrix's clients instead.
        '::error file=bad.yml,line=10,endLine=10,col=14,endColumn=22,title=coexist%3A invalid topology::' +
          `unknown client product "Lync 2099" in matrix lync-server-2013; clients of matrix lync-server-2013: ${seedMatrix()
            .clients.map((c) => c.name)
            .join(', ')}`,
      ])
      expect(run.outputs).toEqual({
        passed: 'false',
        errors: '3',
        warnings: '2',
        waived: '1',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
    })

    // README "Bad input": "a misspelled key (with the closest allowed key)".
    it('names the closest allowed key and lists the allowed ones for the misspelled key', async () => {
      const run = await bad()
      const misspelled = run.annotations.find((l) => l.startsWith('::error file=bad.yml,line=8,'))
      expect(misspelled).toBe(
        '::error file=bad.yml,line=8,endLine=8,col=5,endColumn=11,title=coexist%3A invalid topology::clients[0]: unknown key "sevrers" (did you mean "servers"?); allowed: name, product, servers, workloads, users',
      )
    })

    it('a missing file: exit 2 and one error annotation naming it', async () => {
      const run = await missing()
      expect(run.status).toBe(2)
      expectWellBehaved(run)
      expect(run.annotations).toEqual([
        '::error file=topology/missing.yml,line=1,endLine=1,col=1,endColumn=1,title=coexist%3A invalid topology::no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
      ])
      expect(run.outputs).toEqual({
        passed: 'false',
        errors: '1',
        warnings: '0',
        waived: '0',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
      expect(run.summary).toContain('### <code>topology/missing.yml</code>')
      expect(run.summary).toContain(
        '- line 1, column 1: no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
      )
    })

    it('an invalid fail-on input: exit 2 and exactly one error annotation', async () => {
      const run = await badFailOn()
      expect(run.status).toBe(2)
      expectWellBehaved(run)
      expect(run.stdout).toBe(
        '::error title=coexist%3A invalid input::input fail-on: unknown status "not-suported" (did you mean "not-supported"?); use a comma-separated list of supported, interoperable, not-supported, not-applicable, undocumented, or none\n',
      )
    })

    // action.yml: passed is "'true' when every topology was evaluated and no result has a fail-on
    // status, else 'false'". A workflow that branches on it must see 'false' here too.
    it('an invalid fail-on input still sets passed=false', async () => {
      const run = await badFailOn()
      expect(run.outputs.passed).toBe('false')
    })
  })

  describe('on hostile population names', () => {
    it('emits only the two annotations it means; the forged commands stay escaped or inert', async () => {
      const run = await hostile()
      expect(run.status).toBe(1)
      expectWellBehaved(run)
      expect(run.scan.commands.map((l) => parseCommand(l).name)).toEqual(['error', 'error'])
      expect(run.scan.commands).toEqual([
        '::error file=hostile.yml,line=8,endLine=8,col=14,endColumn=31,title=Lync 2010 Attendee on Lync Server 2013%3A not supported::' +
          `x::error file=evil.yml::forged (Lync 2010 Attendee) is not supported on ams-pool01 (Lync Server 2013). Use Lync Web App 2013 instead. ${ATTENDEE_ALTERNATIVES}%0A%0AFootnote 2: ${F2}${LYNC_2013_SOURCE_ESCAPED}`,
        '::error file=hostile.yml,line=10,endLine=10,col=14,endColumn=37,title=Office Live Meeting 2007 on Lync Server 2013%3A not supported::' +
          `y%0A::add-mask::secret (Office Live Meeting 2007) is not supported on ams-pool01 (Lync Server 2013). ${LIVE_MEETING_ALTERNATIVES}${LYNC_2013_SOURCE_ESCAPED}`,
      ])
      // The runner reads the names back intact, inside the message of coexist's own annotation.
      expect(parseCommand(run.scan.commands[1] as string).message.split('\n\n')[0]).toBe(
        `y\n::add-mask::secret (Office Live Meeting 2007) is not supported on ams-pool01 (Lync Server 2013). ${LIVE_MEETING_ALTERNATIVES}`,
      )
      // Outside the annotations, the forged text occurs only inside the stop-commands block.
      const outsideBlock = run.stdout.split(run.scan.inertBlocks[0] as string).join('')
      for (const annotation of run.scan.commands)
        expect(outsideBlock.split(annotation).length).toBe(2)
      const rest = run.scan.commands.reduce(
        (text, annotation) => text.split(annotation).join(''),
        outsideBlock,
      )
      expect(rest).not.toContain('evil.yml')
      expect(rest).not.toContain('add-mask')
      expect(run.scan.inertBlocks[0]).toContain('::add-mask::secret (Office Live Meeting 2007)')
      expect(run.outputs).toEqual({
        passed: 'false',
        errors: '2',
        warnings: '0',
        waived: '0',
        report: path.join(run.runnerTemp, 'coexist-report.json'),
        sarif: '',
      })
    })
  })

  describe('on a topology holding all 33 cells of the matrix', () => {
    // 3 servers and 11 populations that reach every server: one pair per cell of the seed's table.
    // Running all three server versions side by side is itself not supported: one server-rule
    // finding, at the product line of the last of the three pools (line 7).
    const matrix = seedMatrix()
    const allCells = path.join(mkdtempSync(path.join(tmpdir(), 'coexist-cells-')), 'all-cells.yml')
    writeFileSync(
      allCells,
      [
        'servers:',
        ...matrix.servers.flatMap((s) => [`  - name: s-${s.id}`, `    product: ${s.name}`]),
        'clients:',
        ...matrix.clients.flatMap((c) => [`  - name: c-${c.id}`, `    product: ${c.name}`]),
        '',
      ].join('\n'),
    )
    const cells = scenario(runtime, { files: { 'coexist.yml': allCells } })
    const THREE_VERSIONS =
      'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported'

    it("reports every cell with its status and footnotes, and annotates the non-supported ones up to GitHub's 10 per level", async () => {
      const run = await cells()
      expectWellBehaved(run)
      expect(run.status).toBe(1)
      const report = parseJsonReport<{
        results: {
          client: string
          server: string
          status: string
          severity: string
          line: number
          title: string
          footnotes: string[]
        }[]
        findings: { kind: string; line: number; status: string; severity: string; title: string }[]
      }>(readFileSync(run.outputs.report as string, 'utf8'))
      const actual = report.results.map(
        (r) => `${r.client} on ${r.server}: ${r.status} [${r.footnotes.join(',')}]`,
      )
      const expected = matrix.clients.flatMap((c) =>
        matrix.servers.map((s) => {
          const cell = matrix.cells.find((x) => x.client === c.id && x.server === s.id)
          return `c-${c.id} on s-${s.id}: ${cell?.status} [${(cell?.footnotes ?? []).join(',')}]`
        }),
      )
      expect(expected).toHaveLength(33)
      expect(actual).toEqual(expected)
      expect(report.findings.map((f) => [f.kind, f.line, f.status, f.severity, f.title])).toEqual([
        ['server-rule', 7, 'not-supported', 'error', THREE_VERSIONS],
      ])
      const parsed = run.annotations.map((a) => parseCommand(a))
      const failing = matrix.cells.filter((c) => c.status === 'not-supported').length
      const warned = matrix.cells.filter(
        (c) => c.status === 'interoperable' || c.status === 'not-applicable',
      ).length
      // The seed has 12 not-supported cells and the server rule makes 13 errors: more than GitHub
      // shows, so 10 are annotated and one notice counts the rest.
      expect(failing).toBe(12)
      expect(warned).toBeLessThanOrEqual(10)
      const errors = parsed.filter((c) => c.name === 'error')
      expect(errors).toHaveLength(10)
      expect(parsed.filter((c) => c.name === 'warning')).toHaveLength(warned)
      // All errors are equally bad (not supported): the first 10 in the file are shown, by line, the
      // server rule at line 7 first.
      const firstNine = report.results.filter((r) => r.severity === 'error').slice(0, 9)
      expect(errors.map((c) => [c.properties.line, c.properties.title])).toEqual([
        ['7', THREE_VERSIONS],
        ...firstNine.map((r) => [String(r.line), r.title]),
      ])
      // Group Chat on Lync Server 2010 is supported with footnote 1: a notice, then the roll-up.
      expect(parsed.filter((c) => c.name === 'notice').map((c) => c.properties.title)).toEqual([
        'Lync 2010 Group Chat on Lync Server 2010: supported',
        'coexist: 3 more findings not annotated',
      ])
      expect(parsed.at(-1)).toEqual({
        name: 'notice',
        properties: { title: 'coexist: 3 more findings not annotated' },
        message:
          'GitHub shows at most 10 annotations of each level per step, so 3 more findings are not annotated (the worst are shown first). The job summary and the JSON report list every finding.',
      })
      // The job summary still has every failing pair, and the server rule.
      expect(run.summary.split('\n').filter((l) => l.startsWith('| error | '))).toHaveLength(
        failing + 1,
      )
      expect(run.outputs.errors).toBe(String(failing + 1))
    })
  })

  describe('on names that are HTML', () => {
    it('escapes them in the job summary', async () => {
      const run = await html()
      expect(run.status).toBe(1)
      expectWellBehaved(run)
      expect(run.summary).not.toContain('<img')
      expect(run.summary).not.toContain('<script')
      const escapedImg = '&lt;img src=x onerror=alert(1)&gt;'
      // Every occurrence of the name is the escaped one: the grid row and the findings table.
      expect(run.summary.split('onerror=alert(1)').length).toBe(
        run.summary.split(escapedImg).length,
      )
      expect(run.summary).toContain(
        `<tr><th align="left">${escapedImg}<br><sub>Lync 2010 Attendee</sub></th><td>❌ not supported<sup>2</sup></td></tr>`,
      )
      expect(run.summary).toContain(
        '<th>&lt;script&gt;alert(2)&lt;/script&gt;<br><sub>Lync Server 2013</sub></th>',
      )
      expect(run.summary).toContain(
        `| error | 7 | Lync 2010 Attendee on Lync Server 2013: not supported<sup>2</sup> | ${escapedImg} (Lync 2010 Attendee) is not supported on &lt;script&gt;alert(2)&lt;/script&gt; (Lync Server 2013). Use Lync Web App 2013 instead. ${ATTENDEE_ALTERNATIVES} |`,
      )
    })
  })

  describe('with its output read by a reader that stops early (a local run piped to head)', () => {
    it('ends with exit 2 and one line on stderr, no stack trace, its outputs and summary written', async () => {
      // 3,000 failing populations make a step log (the 200 worst findings) larger than a pipe
      // holds, so the action is still writing when the reader goes away.
      const runner = createFakeRunner('coexist-action-epipe-')
      runners.push(runner)
      runner.writeFile(
        'coexist.yml',
        `servers:\n  - name: ams-pool01\n    product: Lync Server 2013\nclients:\n${Array.from({ length: 3_000 }, (_, i) => `  - name: guests-${i}\n    product: Lync 2010 Attendee\n`).join('')}`,
      )
      const child = spawn(runtime.executable, [ACTION_BUNDLE], {
        cwd: runner.workspace,
        env: { ...runner.env, INPUT_TOPOLOGY: 'coexist.yml' },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      child.stdout.once('data', () => child.stdout.destroy())
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect(stderr).toBe('coexist: the output was closed before the whole report was written\n')
      expect(status).toBe(2)
      expect(runner.outputs()).toMatchObject({ passed: 'false', errors: '3000' })
      expect(runner.summary()).toContain('## ❌ coexist: compatibility check failed')
    })
  })
})
