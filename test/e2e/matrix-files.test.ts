// Matrix files end to end: the committed action bundle, run as a GitHub runner runs it (a child
// process with the runner's environment only), on Node 24 and the system's Node, on a topology whose
// `matrix:` names a file in the repository that extends the built-in lync-server-2013 table.
import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { expectWellBehaved, runActionIn, type ActionRun } from '../support/action-run.js'
import { createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { parseJsonReport } from '../support/json-report.js'
import { runtimes, type Runtime } from '../support/runtimes.js'
import { parseCommand } from '../support/workflow.js'

const runners: FakeRunner[] = []
afterAll(() => {
  for (const runner of runners) runner.remove()
})

/**
 * Office Communicator 2007 on Lync Server 2010 is "Supported" in lync-server-2013; Contoso's house
 * rules make it not supported, citing their own standard. `status:` is on line 12.
 */
const HOUSE_RULES = [
  '# Contoso house rules on top of the Lync Server 2013 table.',
  'id: contoso-house-rules',
  'extends: lync-server-2013',
  'sources:',
  '  contoso-sec-42:',
  '    title: Contoso security standard SEC-42',
  '    table: Retired clients',
  '    url: https://intranet.contoso.example/standards/sec-42',
  'cells:',
  '  - client: office-communicator-2007',
  '    server: lync-server-2010',
  '    status: not-supported',
  '    replacement: lync-2010',
  "    source: {ref: contoso-sec-42, note: Overrides the table's Supported for this pair.}",
  '',
].join('\n')

/** The same file with a status that is not one: `maybe` at line 12, columns 13 to 17. */
const BROKEN_RULES = HOUSE_RULES.replace('    status: not-supported', '    status: maybe')

/** `matrix:` on line 1 (value at column 9); the population's product value on line 7, column 14. */
const topology = (matrix: string) =>
  [
    `matrix: ${matrix}`,
    'servers:',
    '  - name: lon-pool-2010',
    '    product: Lync Server 2010',
    'clients:',
    '  - name: back-office',
    '    product: Office Communicator 2007',
    '',
  ].join('\n')

async function runAction(
  runtime: Runtime,
  files: Record<string, string>,
  inputs: Record<string, string> = {},
): Promise<ActionRun> {
  const runner = createFakeRunner('coexist-matrix-e2e-')
  runners.push(runner)
  for (const [relative, text] of Object.entries(files)) runner.writeFile(relative, text)
  return runActionIn(runtime, runner, { ...runner.env, ...inputs })
}

function scenario(
  runtime: Runtime,
  files: Record<string, string>,
  inputs?: Record<string, string>,
): () => Promise<ActionRun> {
  let run: Promise<ActionRun> | undefined
  return () => (run ??= runAction(runtime, files, inputs))
}

const FLIPPED_TITLE = 'Office Communicator 2007 on Lync Server 2010: not supported'
const FLIPPED_MESSAGE = [
  'back-office (Office Communicator 2007) is not supported on lon-pool-2010 (Lync Server 2010). Use Lync 2010 instead.' +
    // The replacement (Lync 2010) first, then the clients Lync Server 2010 supports, in table order
    // (all but Lync Web App 2013, and now Office Communicator 2007), three in all: no workload is
    // declared, so none is ruled out. Office Communicator 2007 is still supported on OCS 2007 R2.
    ' Alternatives: Lync Server 2010 supports Lync 2010, Lync 2013, Lync 2010 Attendant; Office Communicator 2007 is supported on Office Communications Server 2007 R2.',
  'Source: custom matrix contoso-house-rules from uc/house-rules.yml, "Contoso security standard SEC-42", table "Retired clients". Overrides the table\'s Supported for this pair.',
].join('\n\n')

describe.each(runtimes())('matrix files in the action bundle on $label', (runtime) => {
  const custom = scenario(runtime, {
    'coexist.yml': topology('uc/house-rules.yml'),
    'uc/house-rules.yml': HOUSE_RULES,
  })
  const builtin = scenario(runtime, { 'coexist.yml': topology('lync-server-2013') })
  const viaInput = scenario(
    runtime,
    { 'coexist.yml': topology('lync-server-2013'), 'uc/house-rules.yml': HOUSE_RULES },
    { INPUT_MATRIX: 'uc/house-rules.yml' },
  )
  const broken = scenario(runtime, {
    'coexist.yml': topology('uc/house-rules.yml'),
    'uc/house-rules.yml': BROKEN_RULES,
  })

  it('on the built-in matrix the pair passes without an annotation (the baseline for the flip)', async () => {
    const run = await builtin()
    expectWellBehaved(run)
    expect(run.status).toBe(0)
    expect(run.annotations).toEqual([])
  })

  it("a topology naming a matrix file that flips one cell: the annotation shows the new status and cites the file's matrix and source", async () => {
    const run = await custom()
    expectWellBehaved(run)
    expect(run.status).toBe(1)
    expect(run.annotations.map((l) => parseCommand(l))).toEqual([
      {
        name: 'error',
        properties: {
          file: 'coexist.yml',
          line: '7',
          endLine: '7',
          col: '14',
          endColumn: '37',
          title: FLIPPED_TITLE,
        },
        message: FLIPPED_MESSAGE,
      },
    ])
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '1', warnings: '0' })
  })

  it("names the matrix file's id in the JSON report and the job summary", async () => {
    const run = await custom()
    const report = parseJsonReport(readFileSync(run.outputs.report as string, 'utf8'))
    expect(report.results).toHaveLength(1)
    const [result] = report.results
    expect(result).toMatchObject({
      matrix: 'contoso-house-rules',
      status: 'not-supported',
      source: {
        ref: expect.any(String) as string,
        note: "Overrides the table's Supported for this pair.",
      },
    })
    expect(Object.keys(result?.source ?? {})).toEqual(['ref', 'note'])
    // The matrix's entry names its file once, and holds the document the result cites.
    const matrix = report.matrices['contoso-house-rules']
    expect([matrix?.id, matrix?.file]).toEqual(['contoso-house-rules', 'uc/house-rules.yml'])
    expect(matrix?.sources[result!.source!.ref!]).toStrictEqual({
      title: 'Contoso security standard SEC-42',
      table: 'Retired clients',
      url: 'https://intranet.contoso.example/standards/sec-42',
    })
    expect(run.summary).toContain(
      '### <code>coexist.yml</code> · custom matrix <code>contoso-house-rules</code> from <code>uc/house-rules.yml</code>',
    )
  })

  it('the matrix input names the file for a topology on the built-in matrix: the same flip', async () => {
    const run = await viaInput()
    expectWellBehaved(run)
    expect(run.status).toBe(1)
    expect(run.annotations.map((l) => parseCommand(l).message)).toEqual([FLIPPED_MESSAGE])
  })

  it('a broken matrix file: exit 2, an error annotation in the matrix file at the line and column of the bad value, and no verdict', async () => {
    const run = await broken()
    expectWellBehaved(run)
    expect(run.status).toBe(2)
    expect(run.annotations).toEqual([
      '::error file=coexist.yml,line=1,endLine=1,col=9,endColumn=26,title=coexist%3A invalid topology::matrix file uc/house-rules.yml is invalid (see the error there)',
      '::error file=uc/house-rules.yml,line=12,endLine=12,col=13,endColumn=17,title=coexist%3A invalid matrix::cells[0].status: "maybe" is not one of the allowed values; allowed: supported, interoperable, not-supported, not-applicable, undocumented',
    ])
    expect(run.outputs).toMatchObject({ passed: 'false', errors: '2', warnings: '0' })
    const report = parseJsonReport(readFileSync(run.outputs.report as string, 'utf8'))
    expect(report.results).toEqual([])
    expect(report.errors.map((e) => [e.file, e.line, e.column])).toEqual([
      ['coexist.yml', 1, 9],
      ['uc/house-rules.yml', 12, 13],
    ])
  })
})
