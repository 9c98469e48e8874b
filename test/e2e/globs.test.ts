// Glob patterns in the action's `topology` input, run the way a GitHub runner runs the committed
// bundle (child process, the runner's variables only, in the workspace) on Node 24 and Node 20:
// one pattern over three site folders whose files name three different built-in matrices; a
// pattern that matches nothing; the same with allow-empty.
import { readFileSync, symlinkSync } from 'node:fs'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { expectWellBehaved, runActionIn, type ActionRun } from '../support/action-run.js'
import { createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { parseJsonReport } from '../support/json-report.js'
import { runtimes, type Runtime } from '../support/runtimes.js'
import { CHI_TOPOLOGY, CLEAN_TOPOLOGY, SITE_FILES } from '../support/sites.js'
import { parseCommand } from '../support/workflow.js'

const runners: FakeRunner[] = []
afterAll(() => {
  for (const runner of runners) runner.remove()
})

/** A fresh fake runner with `files` (workspace-relative → text), run once with `inputs` added. */
function scenario(
  runtime: Runtime,
  files: Record<string, string>,
  inputs: Record<string, string>,
  prepare?: (runner: FakeRunner) => void,
): () => Promise<ActionRun> {
  let run: Promise<ActionRun> | undefined
  return () =>
    (run ??= (async () => {
      const runner = createFakeRunner('coexist-globs-')
      runners.push(runner)
      for (const [relative, text] of Object.entries(files)) runner.writeFile(relative, text)
      prepare?.(runner)
      return runActionIn(runtime, runner, { ...runner.env, ...inputs })
    })())
}

const jsonReport = (run: ActionRun) =>
  parseJsonReport(readFileSync(run.outputs.report as string, 'utf8'))

// Files a careless walk would pick up too: each would add a failing pair (or, for the .yaml file,
// a clean one) to the run.
const DECOYS: Record<string, string> = {
  'node_modules/some-package/coexist.yml': CHI_TOPOLOGY,
  'sites/ams/node_modules/coexist.yml': CHI_TOPOLOGY,
  '.github/coexist.yml': CHI_TOPOLOGY,
  'sites/.archive/coexist.yml': CHI_TOPOLOGY,
  'sites/ams/coexist.yaml': CLEAN_TOPOLOGY,
}

const NO_MATCH =
  'no file matches this pattern: configs/ does not exist. Check the pattern (it is resolved from the repository root), or set allow-empty to accept a run that matches no file'

describe.each(runtimes())(
  'glob patterns in the topology input, action bundle on $label',
  (runtime) => {
    const sites = scenario(
      runtime,
      { ...SITE_FILES, ...DECOYS },
      { INPUT_TOPOLOGY: '**/coexist.yml' },
      (runner) => {
        // A link back up the tree: a walk that followed it would never end (or find everything twice).
        symlinkSync('..', path.join(runner.workspace, 'sites', 'loop'))
      },
    )
    const braces = scenario(runtime, SITE_FILES, {
      INPUT_TOPOLOGY: 'sites/{chi,ber}/coexist.yml, sites/a*/*.yml\nsites/chi/coexist.yml',
    })
    const none = scenario(runtime, SITE_FILES, { INPUT_TOPOLOGY: 'configs/**/coexist.yml' })
    const allowEmpty = scenario(runtime, SITE_FILES, {
      INPUT_TOPOLOGY: 'configs/**/coexist.yml',
      'INPUT_ALLOW-EMPTY': 'true',
    })

    describe("INPUT_TOPOLOGY='**/coexist.yml' over three site folders", () => {
      it('fails the step (exit 1) on the one unsupported pair, with nothing on stderr', async () => {
        const run = await sites()
        expect(run.status).toBe(1)
        expectWellBehaved(run)
        expect(run.outputs).toMatchObject({ passed: 'false', errors: '1', warnings: '1' })
      })

      it('evaluates each file with the matrix it names', async () => {
        const report = jsonReport(await sites())
        expect(
          report.results.map((r) => [
            r.file,
            r.matrix,
            r.line,
            r.client,
            r.status,
            r.severity,
            r.footnotes,
          ]),
        ).toEqual([
          [
            'sites/ams/coexist.yml',
            'lync-server-2013',
            7,
            'trading-floor',
            'not-applicable',
            'warning',
            [],
          ],
          [
            'sites/ber/coexist.yml',
            'lync-2013-client-interoperability',
            7,
            'trading-floor',
            'supported',
            'notice',
            ['1'],
          ],
          [
            'sites/ber/coexist.yml',
            'lync-2013-client-interoperability',
            9,
            'kiosks',
            'supported',
            'none',
            [],
          ],
          [
            'sites/chi/coexist.yml',
            'skype-for-business-server',
            7,
            'legacy-desktops',
            'not-supported',
            'error',
            ['1'],
          ],
        ])
        expect(report.counts).toMatchObject({ errors: 1, warnings: 1, notices: 1, pairs: 4 })
        expect(report.errors).toEqual([])
      })

      it('annotates each finding at its workspace-relative path, worst first', async () => {
        const run = await sites()
        const parsed = run.annotations.map(parseCommand)
        // The Berlin pair is supported under its matrix, with a footnote (a notice, the last);
        // under the Amsterdam file's matrix the same pair is the warning.
        expect(
          parsed.map((c) => [
            c.name,
            c.properties.file,
            c.properties.line,
            c.properties.col,
            c.properties.title,
          ]),
        ).toEqual([
          [
            'error',
            'sites/chi/coexist.yml',
            '7',
            '14',
            'Lync 2010 on Skype for Business Server 2019: not supported',
          ],
          [
            'warning',
            'sites/ams/coexist.yml',
            '7',
            '14',
            'Lync 2010 Group Chat on Lync Server 2013: not applicable',
          ],
          [
            'notice',
            'sites/ber/coexist.yml',
            '7',
            '14',
            'Lync 2010 Group Chat on Lync Server 2013: supported',
          ],
        ])
        expect(parsed[1]?.message).toContain('matrix lync-server-2013 marks not applicable')
      })

      it('groups the job summary by file, in sorted order, each with its matrix', async () => {
        const { summary } = await sites()
        expect(summary.split('\n')[0]).toBe('## ❌ coexist: compatibility check failed')
        expect(summary.split('\n').filter((l) => l.startsWith('### '))).toEqual([
          '### <code>sites/ams/coexist.yml</code> · matrix <code>lync-server-2013</code>',
          '### <code>sites/ber/coexist.yml</code> · matrix <code>lync-2013-client-interoperability</code>',
          '### <code>sites/chi/coexist.yml</code> · matrix <code>skype-for-business-server</code>',
        ])
      })

      it('prints the text report grouped by the same files', async () => {
        const text = (await sites()).scan.inertBlocks[0] as string
        expect(text.split('\n').filter((l) => /^\S/.test(l))).toEqual([
          'sites/ams/coexist.yml  (matrix lync-server-2013)',
          'sites/ber/coexist.yml  (matrix lync-2013-client-interoperability)',
          'sites/chi/coexist.yml  (matrix skype-for-business-server)',
          '✖ Failed: 1 error, 1 warning, 1 notice in 4 pairs',
        ])
      })
    })

    it('splits the input at commas outside braces; a file also named as a plain path is checked once, there', async () => {
      const run = await braces()
      expect(run.status).toBe(1)
      expectWellBehaved(run)
      const files = jsonReport(run).results.map((r) => r.file)
      expect(files).toEqual([
        'sites/ber/coexist.yml',
        'sites/ber/coexist.yml',
        'sites/ams/coexist.yml',
        'sites/chi/coexist.yml',
      ])
    })

    describe('a pattern that matches nothing', () => {
      it('exits 2 with one error annotation naming the pattern and what was searched', async () => {
        const run = await none()
        expect(run.status).toBe(2)
        expectWellBehaved(run)
        expect(run.annotations.map(parseCommand)).toEqual([
          {
            name: 'error',
            properties: {
              file: 'configs/**/coexist.yml',
              line: '1',
              endLine: '1',
              col: '1',
              endColumn: '1',
              title: 'coexist: invalid topology',
            },
            message: NO_MATCH,
          },
        ])
        expect(run.outputs).toMatchObject({ passed: 'false', errors: '1', warnings: '0' })
        expect(jsonReport(run).errors).toEqual([
          {
            file: 'configs/**/coexist.yml',
            line: 1,
            column: 1,
            endLine: 1,
            endColumn: 1,
            message: NO_MATCH,
          },
        ])
        expect(run.summary.split('\n')[0]).toBe('## ❌ coexist could not evaluate the topology')
      })

      it('with allow-empty: true, passes (exit 0) with one notice saying nothing was checked', async () => {
        const run = await allowEmpty()
        expect(run.status).toBe(0)
        expectWellBehaved(run)
        expect(run.annotations.map(parseCommand)).toEqual([
          {
            name: 'notice',
            properties: { title: 'coexist' },
            message:
              'nothing was checked: no topology file matches "configs/**/coexist.yml" (allow-empty is set, so this passes)',
          },
        ])
        expect(run.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: '0' })
        expect(jsonReport(run)).toMatchObject({ passed: true, results: [], errors: [] })
      })
    })
  },
)
