// The committed CLI bundle, dist/cli/index.js, run as a person or a script runs it: a child process
// with a clean environment and stdout on a pipe, on Node 24 and on the machine's Node 20.
import { spawn } from 'node:child_process'
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { initRepo } from '../support/git-repo.js'
import { parseJsonReport } from '../support/json-report.js'
import { footnoteText, MATRIX_PATH, seedMatrix } from '../support/matrix.js'
import {
  CLI_BUNDLE,
  cleanEnv,
  REPO_ROOT,
  runNode,
  runtimes,
  type Runtime,
} from '../support/runtimes.js'
import {
  EXAMPLE_MESSAGES,
  EXAMPLE_RESULTS,
  EXAMPLE_TEXT,
  resultRow,
} from '../support/expected-findings.js'

const PACKAGE_VERSION = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
).version

const roots: string[] = []
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true })
})
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'coexist-cli-'))
  roots.push(dir)
  return dir
}

const coexist = (runtime: Runtime, args: readonly string[], cwd = REPO_ROOT) =>
  runNode(runtime, CLI_BUNDLE, args, { cwd, env: cleanEnv(), timeout: 15_000 })

const F1 = footnoteText('1')
const F2 = footnoteText('2')
const F3 = footnoteText('3')

const RUNTIMES = runtimes()

describe.each(RUNTIMES)('coexist CLI bundle on $label', (runtime) => {
  describe('check', () => {
    it('prints the findings as file:line:col, each footnote once, no colour on a pipe, and exits 1', async () => {
      const run = await coexist(runtime, ['check', 'examples/coexist.yml'])
      expect(run.status).toBe(1)
      expect(run.stderr).toBe('')
      expect(run.stdout).not.toContain('\u001b')
      expect(run.stdout).toBe(EXAMPLE_TEXT('examples/coexist.yml'))
      for (const text of [F1, F2, F3]) expect(run.stdout.split(text).length).toBe(2)
    })

    it('--format json: one object with every pair, supported ones included', async () => {
      const run = await coexist(runtime, ['check', '--format', 'json', 'examples/coexist.yml'])
      expect(run.status).toBe(1)
      expect(run.stderr).toBe('')
      const report = parseJsonReport(run.stdout)
      expect(report.passed).toBe(false)
      expect(report.errors).toEqual([])
      expect(report.results).toHaveLength(10)
      expect(report.results.map(resultRow)).toEqual(EXAMPLE_RESULTS)
      const failing = report.results.find((r) => r.severity === 'error')
      expect(failing).toMatchObject({
        file: 'examples/coexist.yml',
        line: 32,
        column: 14,
        client: 'field-engineers',
        server: 'ams-pool01',
        clientProduct: 'Office Communicator 2007 R2',
        serverProduct: 'Lync Server 2013',
        status: 'not-supported',
        severity: 'error',
        waived: false,
        footnotes: ['3'],
        message: EXAMPLE_MESSAGES.fieldEngineers,
      })
      expect(report.matrices[failing!.matrix]?.footnotes['3']).toBe(F3)
      // The matrix's table holds each footnote the results cite, once, with its text.
      expect(report.matrices).toStrictEqual({
        'lync-server-2013': expect.objectContaining({
          id: 'lync-server-2013',
          footnotes: { '1': F1, '2': F2, '3': F3 },
        }) as unknown,
      })
      for (const result of report.results) {
        expect(Object.keys(result)).toEqual(
          expect.arrayContaining([
            'file',
            'line',
            'column',
            'client',
            'server',
            'clientProduct',
            'serverProduct',
            'status',
            'severity',
            'waived',
            'footnotes',
            'message',
          ]),
        )
      }
    })

    it('--fail-on none exits 0', async () => {
      const run = await coexist(runtime, ['check', '--fail-on', 'none', 'examples/coexist.yml'])
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
      expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
        '✔ Passed: 0 errors, 3 warnings, 2 notices in 10 pairs, 1 waived',
      )
      expect(run.stdout).toContain(
        '  examples/coexist.yml:32:14: warning: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]',
      )
    })

    it('reads coexist.yml from the working directory when no file is named', async () => {
      const dir = tempDir()
      copyFileSync(path.join(REPO_ROOT, 'examples', 'coexist.yml'), path.join(dir, 'coexist.yml'))
      const run = await coexist(runtime, ['check'], dir)
      expect(run.status).toBe(1)
      expect(run.stderr).toBe('')
      expect(run.stdout).toBe(EXAMPLE_TEXT('coexist.yml'))
    })

    it('a bad input file: exit 2 and file:line:column: message', async () => {
      const run = await coexist(runtime, ['check', 'test/e2e/fixtures/unknown-product.yml'])
      expect(run.status).toBe(2)
      expect(run.stderr).toBe('')
      const clients = seedMatrix().clients.map((c) => c.name)
      expect(run.stdout.split('\n')).toEqual([
        'test/e2e/fixtures/unknown-product.yml',
        // A product of other built-in matrices (matrices/all-generations.json and skype-for-business-server.json list it): named as such, no guess.
        `  test/e2e/fixtures/unknown-product.yml:7:14: error: "Skype for Business 2015" is not a client of matrix lync-server-2013 (built-in matrices that have it: all-generations, skype-for-business-server); clients of matrix lync-server-2013: ${clients.join(', ')}`,
        '  The file could not be evaluated; no verdict for its pairs.',
        '',
        '✖ Could not evaluate: 1 error, 0 warnings, 0 notices in 0 pairs',
        '',
      ])
    })

    it('a missing file: exit 2 and file:1:1 with what is wrong', async () => {
      const run = await coexist(runtime, ['check', 'nowhere/coexist.yml'])
      expect(run.status).toBe(2)
      expect(run.stderr).toBe('')
      expect(run.stdout).toContain(
        '  nowhere/coexist.yml:1:1: error: no such file; check the path (relative paths start at the current directory: for the action, the repository root)\n',
      )
    })

    it('gives every one of the 33 matrix cells its status and footnotes', async () => {
      const matrix = seedMatrix()
      const dir = tempDir()
      // One file: the 3 servers, and 11 client populations that reach every server (no `servers:` key).
      const yaml = [
        'matrix: lync-server-2013',
        'servers:',
        ...matrix.servers.flatMap((s) => [`  - name: s-${s.id}`, `    product: ${s.name}`]),
        'clients:',
        ...matrix.clients.flatMap((c) => [`  - name: c-${c.id}`, `    product: ${c.name}`]),
        '',
      ].join('\n')
      writeFileSync(path.join(dir, 'all-cells.yml'), yaml)
      const run = await coexist(
        runtime,
        ['check', '--format', 'json', '--fail-on', 'none', 'all-cells.yml'],
        dir,
      )
      expect(run.stderr).toBe('')
      expect(run.status).toBe(0)
      const report = parseJsonReport(run.stdout)
      expect(report.errors).toEqual([])
      const byPair = new Map(report.results.map((r) => [`${r.client} on ${r.server}`, r]))
      const expected: string[] = []
      const actual: string[] = []
      for (const client of matrix.clients) {
        for (const server of matrix.servers) {
          const cell = matrix.cells.find((c) => c.client === client.id && c.server === server.id)
          expect(cell, `${client.id} × ${server.id}`).toBeDefined()
          const result = byPair.get(`c-${client.id} on s-${server.id}`)
          expected.push(
            `${client.name} on ${server.name}: ${cell?.status} [${(cell?.footnotes ?? []).join(',')}]`,
          )
          actual.push(
            `${result?.clientProduct} on ${result?.serverProduct}: ${result?.status} [${(result?.footnotes ?? []).join(',')}]`,
          )
        }
      }
      // Every footnote id resolves to the matrix's text.
      for (const r of report.results)
        for (const id of r.footnotes)
          expect(report.matrices[r.matrix]?.footnotes[id], `${r.client} [${id}]`).toBe(
            footnoteText(id),
          )
      expect(expected).toHaveLength(33)
      expect(report.results).toHaveLength(33)
      expect(actual).toEqual(expected)
    })
  })

  describe('matrix', () => {
    it('--format markdown: the grid with all 11 clients and 3 servers, and the 3 footnotes', async () => {
      const run = await coexist(runtime, ['matrix', '--format', 'markdown'])
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
      const matrix = seedMatrix()
      const lines = run.stdout.split('\n')
      expect(lines[0]).toBe('# Supported clients from previous deployments in Lync Server 2013')
      expect(lines).toContain(`| Client | ${matrix.servers.map((s) => s.name).join(' | ')} |`)
      const rows = lines.filter((l) => l.startsWith('| ') && !l.startsWith('| Client |'))
      expect(rows.map((r) => r.split(' | ')[0]?.slice(2))).toEqual(
        matrix.clients.map((c) => c.name),
      )
      expect(rows).toContain(
        '| Office Communicator 2007 R2 | Interoperable<sup>3</sup> | Supported | Supported |',
      )
      expect(rows).toContain(
        '| Lync 2010 Group Chat | Not applicable | Supported<sup>1</sup> | Not applicable |',
      )
      expect(rows).toContain(
        '| Lync 2010 Attendee | Not supported<sup>2</sup> | Supported | Not supported |',
      )
      expect(lines.filter((l) => /^<sup>\d<\/sup> /.test(l))).toEqual([
        `<sup>1</sup> ${F1}`,
        `<sup>2</sup> ${F2}`,
        `<sup>3</sup> ${F3}`,
      ])
    })

    it('--format json: the built-in matrix file itself', async () => {
      const run = await coexist(runtime, ['matrix', '--format', 'json'])
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
      expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(MATRIX_PATH, 'utf8')))
    })
  })

  describe('reports for other CI systems', () => {
    it('--format junit: one suite for the file, the failing pairs failures, the exit code the verdict', async () => {
      const run = await coexist(runtime, ['check', 'examples/coexist.yml', '--format', 'junit'])
      expect(run.status).toBe(1)
      expect(run.stderr).toBe('')
      expect(
        run.stdout.startsWith(
          '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="coexist" ',
        ),
      ).toBe(true)
      expect(run.stdout).toContain('<testsuite name="examples/coexist.yml" ')
      const failures = run.stdout.split('<failure ').length - 1
      expect(failures).toBeGreaterThan(0)
      expect(run.stdout).toMatch(new RegExp(`<testsuites [^>]*failures="${failures}" errors="0">`))
    })

    it('--format gitlab: a Code Quality array with the repository path and a blocker per error', async () => {
      const run = await coexist(runtime, ['check', './examples/coexist.yml', '--format', 'gitlab'])
      expect(run.status).toBe(1)
      expect(run.stderr).toBe('')
      const issues = JSON.parse(run.stdout) as { severity: string; location: { path: string } }[]
      expect(issues.length).toBeGreaterThan(0)
      expect(new Set(issues.map((i) => i.location.path))).toEqual(new Set(['examples/coexist.yml']))
      expect(issues.some((i) => i.severity === 'blocker')).toBe(true)
    })

    it('--format markdown: the job summary', async () => {
      const run = await coexist(runtime, ['check', 'examples/coexist.yml', '--format', 'markdown'])
      expect(run.status).toBe(1)
      expect(run.stdout.split('\n')[0]).toBe('## ❌ coexist: compatibility check failed')
      expect(run.stdout).toContain('### <code>examples/coexist.yml</code>')
    })
  })

  describe('help, version and usage errors', () => {
    it('--help prints the usage and exits 0', async () => {
      const run = await coexist(runtime, ['--help'])
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
      const lines = run.stdout.split('\n')
      expect(lines.slice(0, 2)).toEqual([
        'Usage:',
        '  coexist check [FILES...] [--format text|json|sarif|junit|gitlab|markdown]',
      ])
      expect(lines[2]).toBe('                [--fail-on LIST] [--base REF] [--matrix ID|FILE]')
      expect(lines[3]).toBe('                [--expiry-warning-days N] [--max-waiver-days N]')
      expect(lines[4]).toBe('                [--allow-empty] [--max-bytes SIZE] [--max-nodes N]')
      expect(lines[5]).toBe('                [--max-pairs N] [--root DIR]')
      // Help is read in a terminal: no line is wider than 80 columns.
      expect(lines.filter((l) => l.length > 80)).toEqual([])
      expect(lines[6]).toBe(
        '  coexist matrix [--matrix ID|FILE] [--format markdown|json] [--root DIR]',
      )
      expect(lines).toContain('  coexist --help | --version')
    })

    it('a reader that stops early (| head): exit 2 and one line saying the report was cut off', async () => {
      // 3,000 populations make a JSON report far larger than a pipe holds, so the writes outlive the reader.
      const file = path.join(tempDir(), 'coexist.yml')
      writeFileSync(
        file,
        `servers:\n  - name: ams-pool01\n    product: Lync Server 2013\nclients:\n${Array.from({ length: 3_000 }, (_, i) => `  - name: population-${i}\n    product: Lync 2013\n`).join('')}`,
      )
      const child = spawn(runtime.executable, [CLI_BUNDLE, 'check', file, '--format', 'json'], {
        env: cleanEnv(),
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let stderr = ''
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
      child.stdout.once('data', () => child.stdout.destroy())
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect(status).toBe(2)
      expect(stderr).toBe('coexist: the output was closed before the whole report was written\n')
    })

    it('--version prints the package.json version', async () => {
      const run = await coexist(runtime, ['--version'])
      expect(run.status).toBe(0)
      expect(run.stderr).toBe('')
      expect(run.stdout).toBe(`${PACKAGE_VERSION}\n`)
    })

    it.each([
      [
        'an unknown option',
        ['check', '--fromat', 'json', 'examples/coexist.yml'],
        'coexist: unknown option --fromat (did you mean --format?)\n',
      ],
      [
        'an option without its value',
        ['check', 'examples/coexist.yml', '--fail-on'],
        'coexist: option --fail-on needs a value\n',
      ],
      [
        'an unknown command',
        ['chekc'],
        'coexist: unknown command "chekc" (did you mean "check"?)\n',
      ],
      [
        'a bad --format for check',
        ['check', '--format', 'xml', 'examples/coexist.yml'],
        'coexist: --format must be text, json, sarif, junit, gitlab or markdown, not "xml"\n',
      ],
      [
        'a bad --format for matrix',
        ['matrix', '--format', 'html'],
        'coexist: --format must be markdown or json, not "html"\n',
      ],
      [
        'a bad --fail-on',
        ['check', '--fail-on', 'everything', 'examples/coexist.yml'],
        'coexist: fail-on: unknown status "everything"',
      ],
    ])(
      '%s: exit 2, the problem and a hint on stderr, nothing on stdout',
      async (_name, args, problem) => {
        const run = await coexist(runtime, args)
        expect(run.status).toBe(2)
        expect(run.stdout).toBe('')
        expect(run.stderr.startsWith(problem)).toBe(true)
        // The problem, then one line saying where the rest is: not the whole usage.
        expect(run.stderr.split('\n').slice(-2)).toEqual([
          args[0] === 'chekc'
            ? 'Run coexist --help for the commands.'
            : `Run coexist ${args[0]} --help for the options.`,
          '',
        ])
        expect(run.stderr.split('\n')).toHaveLength(3)
      },
    )
  })

  describe('from a subfolder of a git repository', () => {
    const topology =
      'servers:\n  - name: pool\n    product: Lync Server 2013\nclients:\n  - name: guests\n    product: Lync 2010 Attendee\n'
    let sites: string
    beforeAll(() => {
      const repo = initRepo(path.join(tempDir(), 'repo'))
      repo.write('site.yml', topology)
      repo.write('house.yml', 'id: house-rules\nextends: lync-server-2013\n')
      repo.write('sites/ams/coexist.yml', `matrix: house.yml\n${topology}`)
      repo.commit('sites')
      sites = path.join(repo.dir, 'sites')
    })

    it('reads ../site.yml, finds matrix: at the root, and names the files from here', async () => {
      const run = await coexist(runtime, ['check', '../site.yml', 'ams'], sites)
      expect([run.status, run.stderr]).toEqual([1, ''])
      expect(run.stdout.split('\n').filter((l) => /^\S.*\(/.test(l))).toEqual([
        '../site.yml  (matrix lync-server-2013)',
        'ams/coexist.yml  (custom matrix house-rules from ../house.yml)',
      ])
    })

    it('--base with no such revision: exit 2, a usage error, no checkout advice', async () => {
      const run = await coexist(runtime, ['check', '../site.yml', '--base', 'nosuchref'], sites)
      expect([run.status, run.stdout, run.stderr]).toEqual([
        2,
        '',
        'coexist: --base nosuchref: no such revision in this repository\nRun coexist check --help for the options.\n',
      ])
    })

    it('- reads the topology from standard input', async () => {
      const child = spawn(runtime.executable, [CLI_BUNDLE, 'check', '-'], {
        cwd: sites,
        env: cleanEnv(),
        stdio: ['pipe', 'pipe', 'pipe'],
      })
      let stdout = ''
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
      child.stdin.end(topology)
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
      expect([status, stdout.split('\n')[0]]).toEqual([1, '<stdin>  (matrix lync-server-2013)'])
    })
  })
})
