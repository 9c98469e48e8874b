import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinMatrix, resolveBuiltinMatrix } from '../../src/core/builtin-matrices.js'
import { buildReport, checkTopology, unreadable } from '../../src/core/check.js'
import { Matrix, type MatrixData } from '../../src/core/matrix.js'
import type { FileReport, PairResult, Report, Status } from '../../src/core/types.js'
import {
  artifactLocation,
  sarifLog,
  sarifReporter,
  type SarifLog,
} from '../../src/reporters/sarif.js'
import { renderToString } from '../../src/reporters/reporter.js'
import {
  ACCEPTED_MULTITOOL_FINDINGS,
  FORMATS,
  loadSarifSchema,
  pack,
  runMultitool,
  SARIF_SCHEMA_TITLE,
  sarifSchemaErrors,
  unacceptedFindings,
  unanalysed,
  unpack,
} from '../support/sarif.js'
import { FIXED_NOW, REPO_ROOT } from '../support/runtimes.js'
import { check, checkFixture } from '../support/pipeline.js'
import {
  cleanFile,
  estateFinding,
  F1,
  F3,
  invalidFile,
  pair,
  reportOf,
  sampleFile,
} from '../support/sample-reports.js'
import { fixturePath } from '../support/fixtures.js'

const PACKAGE_VERSION = (
  JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }
).version
const SOURCE_URL = 'https://technet.microsoft.com/en-us/library/Gg398499(v=OCS.15)'
const footnote = (id: string) => builtinMatrix('lync-server-2013')?.footnote(id).text ?? ''

// Every log this file renders is recorded here, checked against the schema the moment it is
// rendered, and handed to the multitool by the last test, in one invocation.
const written = new Map<string, string>()

function render(name: string, report: Report): SarifLog {
  const text = renderToString(sarifReporter, report)
  const key = `${name}.sarif`
  if (written.has(key) && written.get(key) !== text)
    throw new Error(`two different logs named ${key}`)
  written.set(key, text)
  const log = JSON.parse(text) as SarifLog
  expect(sarifSchemaErrors(log), `${key} against the SARIF 2.1.0 schema`).toEqual([])
  return log
}

const run = (log: SarifLog) => log.runs[0]
const results = (log: SarifLog) => run(log).results
const rules = (log: SarifLog) => run(log).tool.driver.rules
const region = (log: SarifLog, i: number) => results(log)[i]?.locations[0]?.physicalLocation.region
const summary = (log: SarifLog) =>
  results(log).map((r) => [
    r.ruleId,
    r.level,
    r.locations[0]?.physicalLocation.region.startLine,
    r.suppressions ? 'suppressed' : '-',
  ])

/** ruleIndex points at the rule named by ruleId, every rule is used, and no rule appears twice. */
function expectConsistentRules(log: SarifLog): void {
  const ids = rules(log).map((r) => r.id)
  expect(new Set(ids).size).toBe(ids.length)
  for (const result of results(log)) expect(rules(log)[result.ruleIndex]?.id).toBe(result.ruleId)
  expect([...new Set(results(log).map((r) => r.ruleId))].sort()).toEqual([...ids].sort())
}

const sha256 = (...parts: string[]) =>
  createHash('sha256').update(parts.join('\u0000')).digest('hex')

describe('the SARIF schema the tests validate against', () => {
  it('is the SARIF 2.1.0 schema shipped with the multitool', () => {
    const schema = loadSarifSchema()
    expect(schema.title).toBe(SARIF_SCHEMA_TITLE)
    // Microsoft's copy carries no $id (the OASIS file has one); the title and content are the ones of 2.1.0.
    expect(schema.$id).toBeUndefined()
    expect(Object.keys(schema.definitions as object)).toContain('reportingDescriptor')
  })

  it('rejects what SARIF 2.1.0 forbids, so a passing log means something', () => {
    const valid = JSON.parse(renderToString(sarifReporter, reportOf(sampleFile()))) as SarifLog
    expect(sarifSchemaErrors(valid)).toEqual([])
    const broken = (change: (log: SarifLog & Record<string, unknown>) => void) => {
      const copy = structuredClone(valid) as SarifLog & Record<string, unknown>
      change(copy)
      return sarifSchemaErrors(copy)
    }
    expect(broken((l) => ((l as { version: string }).version = '2.0.0'))).not.toEqual([])
    expect(broken((l) => ((results(l)[0] as { level: string }).level = 'fatal'))).not.toEqual([])
    expect(broken((l) => ((region(l, 0) as { startLine: number }).startLine = 0))).not.toEqual([])
    expect(broken((l) => ((results(l)[0] as { extra?: number }).extra = 1))).not.toEqual([])
    expect(broken((l) => ((run(l).tool.driver as { name?: string }).name = undefined))).not.toEqual(
      [],
    )
    expect(
      broken(
        (l) =>
          ((results(l)[0]!.locations[0]!.physicalLocation.artifactLocation as { uri: string }).uri =
            'a b.yml'),
      ),
    ).not.toEqual([])
    expect(
      broken(
        (l) =>
          ((
            results(l).find((r) => r.suppressions)!.suppressions as unknown as { kind: string }[]
          )[0]!.kind = 'someday'),
      ),
    ).not.toEqual([])
  })

  it('checks the formats the schema uses', () => {
    expect(FORMATS.uri('https://json.schemastore.org/sarif-2.1.0.json')).toBe(true)
    expect(FORMATS.uri('examples/coexist.yml')).toBe(false)
    expect(FORMATS['uri-reference']('examples/my%20topology.yml')).toBe(true)
    expect(FORMATS['uri-reference']('examples/my topology.yml')).toBe(false)
    expect(FORMATS['uri-reference']('100%.yml')).toBe(false)
    expect(FORMATS['date-time']('2026-06-01T12:00:00Z')).toBe(true)
    expect(FORMATS['date-time']('2026-06-01')).toBe(false)
    expect(FORMATS.uuid('f81d4fae-7dec-11d0-a765-00a0c91e6bf6')).toBe(true)
    expect(FORMATS.uuid('f81d4fae')).toBe(false)
  })
})

describe('sarifReporter', () => {
  describe('the log', () => {
    it('is SARIF 2.1.0 with one run of the coexist driver, versioned from package.json', () => {
      const log = render('sample', reportOf(sampleFile(), invalidFile(), cleanFile()))
      expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json')
      expect(log.version).toBe('2.1.0')
      expect(log.runs).toHaveLength(1)
      expect(run(log).tool.driver).toMatchObject({
        name: 'coexist',
        version: PACKAGE_VERSION,
        semanticVersion: PACKAGE_VERSION,
      })
      expect(Object.keys(run(log).tool.driver)).toEqual([
        'name',
        'version',
        'semanticVersion',
        'rules',
      ])
      expect(run(log).columnKind).toBe('utf16CodeUnits')
      expect(Object.keys(run(log).originalUriBaseIds)).toEqual(['%SRCROOT%'])
      expect(run(log).invocations).toBeUndefined()
      expect(run(log).properties).toBeUndefined()
    })

    it('leaves the report as it was, and renders a report without files as an empty run', () => {
      const report = reportOf(
        sampleFile(),
        invalidFile(),
        checkFixture('reporters', 'sarif-hostile.yml'),
      )
      const before = structuredClone(report)
      renderToString(sarifReporter, report)
      expect(report).toStrictEqual(before)
      const empty = render('no-files', buildReport([]))
      expect([results(empty), rules(empty)]).toEqual([[], []])
    })

    it('is deterministic: the same report renders the same bytes, with no clock or machine in them', () => {
      const report = reportOf(sampleFile(), invalidFile())
      const text = renderToString(sarifReporter, report)
      expect(renderToString(sarifReporter, reportOf(sampleFile(), invalidFile()))).toBe(text)
      expect(text.endsWith('}\n')).toBe(true)
      expect(text).not.toMatch(/Utc"|\d{4}-\d{2}-\d{2}T\d{2}/)
      expect(text).not.toContain(REPO_ROOT)
    })
  })

  describe('the example topology', () => {
    const example = checkTopology(
      'examples/coexist.yml',
      readFileSync(path.join(REPO_ROOT, 'examples', 'coexist.yml')),
      {
        policy: { failOn: new Set(['not-supported']), now: FIXED_NOW },
      },
    )
    const log = render('example', buildReport([example]))

    it("has one result per finding, worst first, at the population's product: line", () => {
      expect(summary(log)).toEqual([
        ['coexist/not-supported/footnote-3', 'error', 32, '-'],
        ['coexist/not-applicable', 'warning', 22, '-'],
        ['coexist/interoperable/footnote-3', 'warning', 27, '-'],
        ['coexist/supported/footnote-1', 'note', 22, '-'],
        ['coexist/not-supported/footnote-2', 'note', 37, 'suppressed'],
      ])
      expectConsistentRules(log)
    })

    it("gives each result the exact span of the product value, in SARIF's own conventions", () => {
      // "    product: Office Communicator 2007 R2": the value starts at column 14; endColumn is one past its end.
      expect(region(log, 0)).toStrictEqual({
        startLine: 32,
        startColumn: 14,
        endLine: 32,
        endColumn: 41,
      })
      const line =
        readFileSync(path.join(REPO_ROOT, 'examples', 'coexist.yml'), 'utf8').split('\n')[31] ?? ''
      expect(line.slice(13, 40)).toBe('Office Communicator 2007 R2')
      expect(results(log)[0]?.locations[0]?.physicalLocation.artifactLocation).toStrictEqual({
        uri: 'examples/coexist.yml',
        uriBaseId: '%SRCROOT%',
      })
    })

    it('says in the message what the annotation says: title, explanation, footnotes in full, and the source of the verdict', () => {
      expect(results(log)[0]?.message.text).toBe(
        [
          'Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported.',
          // Lync Web App 2013, the footnote's replacement, offers no IM or presence, which the population declares.
          'field-engineers (Office Communicator 2007 R2) declares conferencing (meetings), which is not supported on ams-pool01 (Lync Server 2013). Join Lync Server 2013 meetings with Lync Web App 2013.' +
            ' Alternatives: Lync Server 2013 supports Lync 2013, Lync 2010; Office Communicator 2007 R2 is supported on Lync Server 2010, Office Communications Server 2007 R2.',
          `Footnote 3: ${footnote('3')}`,
          `Source: Supported clients from previous deployments in Lync Server 2013, table "Supported Server and Client Combinations" (${SOURCE_URL}), as matrix lync-server-2013 cites it.`,
        ].join('\n\n'),
      )
      // No footnote: title, explanation and source.
      expect(results(log)[1]?.message.text.split('\n\n')).toHaveLength(3)
      expect(results(log)[1]?.message.text.split('\n\n').at(-1)).toBe(
        `Source: Supported clients from previous deployments in Lync Server 2013, table "Supported Server and Client Combinations" (${SOURCE_URL}), as matrix lync-server-2013 cites it.`,
      )
    })

    it('waives with an accepted external suppression that carries the reason, the expiry, the owner and the ticket', () => {
      const waived = results(log)[4]
      expect(waived?.suppressions).toStrictEqual([
        {
          kind: 'external',
          status: 'accepted',
          justification:
            'Partners switch to Lync Web App 2013 in migration wave 3. Waived until the end of 2027-03-31 (UTC) by uc-platform-team (CHG-1234).',
        },
      ])
      expect(waived?.properties).toMatchObject({
        client: 'external-partners',
        server: 'ams-pool01',
        status: 'not-supported',
        exception: { expires: '2027-03-31' },
      })
    })

    it('names the owner and the ticket only when the exception has them', () => {
      const waiver = (extra: string) =>
        [
          'servers:',
          '  - {name: ams-pool01, product: Lync Server 2013}',
          'clients:',
          '  - {name: guests, product: Lync 2010 Attendee}',
          'exceptions:',
          '  - {client: guests, server: ams-pool01, product: Lync 2010 Attendee, reason: Guests move to Lync Web App 2013 in wave 3, expires: 2099-06-30' +
            extra +
            '}',
          '',
        ].join('\n')
      const justification = (name: string, extra: string) =>
        results(render(name, reportOf(check(waiver(extra)))))[0]?.suppressions?.[0]?.justification
      expect(justification('waiver-plain', '')).toBe(
        'Guests move to Lync Web App 2013 in wave 3. Waived until the end of 2099-06-30 (UTC).',
      )
      expect(justification('waiver-owner', ', owner: uc-team')).toBe(
        'Guests move to Lync Web App 2013 in wave 3. Waived until the end of 2099-06-30 (UTC) by uc-team.',
      )
      expect(justification('waiver-ticket', ', ticket: CHG-9')).toBe(
        'Guests move to Lync Web App 2013 in wave 3. Waived until the end of 2099-06-30 (UTC) (CHG-9).',
      )
    })
  })

  describe('rules', () => {
    const log = render(
      'estate',
      reportOf(checkFixture('reporters', 'sarif-estate.yml'), invalidFile()),
    )

    it('are only the kinds that occur, sorted by id, each once', () => {
      expect(rules(log).map((r) => r.id)).toEqual([
        'coexist/exception',
        'coexist/interoperable/footnote-3',
        'coexist/invalid-topology',
        'coexist/not-applicable',
        'coexist/not-supported/footnote-2',
        'coexist/not-supported/footnote-3',
        // The three pools side by side: sarif-estate.yml runs all three versions.
        'coexist/server-rule/not-supported',
        'coexist/supported/footnote-1',
      ])
      expectConsistentRules(log)
    })

    it('have a name, descriptions, help in text and markdown, and tags', () => {
      for (const rule of rules(log)) {
        expect(rule.name).toMatch(/^[A-Z][A-Za-z0-9]+$/)
        expect(rule.shortDescription.text.length).toBeGreaterThan(0)
        expect(
          rule.fullDescription.text.length,
          `${rule.id}: a full description that says more than the short one`,
        ).toBeGreaterThan(rule.shortDescription.text.length)
        expect(rule.help.text.length).toBeGreaterThan(0)
        expect(rule.help.markdown?.length).toBeGreaterThan(0)
        expect(rule.properties.tags.length).toBeGreaterThan(0)
      }
    })

    it('have a default level: error for what fail-on fails by default', () => {
      const level = Object.fromEntries(rules(log).map((r) => [r.id, r.defaultConfiguration.level]))
      expect(level).toStrictEqual({
        'coexist/exception': 'warning',
        'coexist/interoperable/footnote-3': 'warning',
        'coexist/invalid-topology': 'error',
        'coexist/not-applicable': 'warning',
        'coexist/not-supported/footnote-2': 'error',
        'coexist/not-supported/footnote-3': 'error',
        'coexist/server-rule/not-supported': 'error',
        'coexist/supported/footnote-1': 'note',
      })
    })

    it('carry what the status means and the full text of their footnote, and no source: each result cites its own', () => {
      const byId = new Map(rules(log).map((r) => [r.id, r]))
      const notSupported2 = byId.get('coexist/not-supported/footnote-2')
      expect(notSupported2?.help.text).toMatch(
        /^Not supported: Microsoft does not support this client on this server\./,
      )
      expect(notSupported2?.help.text).toContain(
        `Footnote 2 of matrix lync-server-2013: ${footnote('2')}`,
      )
      expect(notSupported2?.help.markdown).toContain(
        `**Footnote 2** of matrix \`lync-server-2013\`: ${footnote('2')}`,
      )
      expect(notSupported2?.shortDescription.text).toBe(
        'Client not supported on server (footnote 2)',
      )
      expect(byId.get('coexist/interoperable/footnote-3')?.help.text).toContain(footnote('3'))
      expect(byId.get('coexist/supported/footnote-1')?.help.text).toContain(footnote('1'))
      expect(byId.get('coexist/not-applicable')?.help.text).toMatch(/^Not applicable: /)
      expect(byId.get('coexist/not-applicable')?.help.text).not.toContain('Footnote')
      // Cells under one rule can come from different documents: no rule names one.
      for (const rule of rules(log)) {
        expect(rule.helpUri).toBeUndefined()
        expect(rule.help.text).not.toContain('Source:')
        expect(rule.help.markdown).not.toContain('Source:')
      }
      expect(byId.get('coexist/not-supported/footnote-2')?.properties.tags).toEqual([
        'compatibility',
        'not-supported',
        'footnote',
      ])
      expect(byId.get('coexist/invalid-topology')?.properties.tags).toEqual([
        'input',
        'configuration',
      ])
    })

    it('name every footnote of a kind, and scope the footnotes of another matrix by its id', () => {
      const two = pair({
        client: 'c',
        server: 's',
        clientProduct: 'A',
        serverProduct: 'B',
        line: 3,
        status: 'not-supported',
        severity: 'error',
        footnotes: [F3, F1],
      })
      const multi = render(
        'two-footnotes',
        reportOf({ ...cleanFile('two.yml'), results: [{ ...two, file: 'two.yml' }] }),
      )
      expect(rules(multi).map((r) => r.id)).toEqual(['coexist/not-supported/footnote-1/footnote-3'])
      expect(rules(multi)[0]?.shortDescription.text).toBe(
        'Client not supported on server (footnotes 1, 3)',
      )

      const tiny = Matrix.load(
        JSON.parse(
          readFileSync(
            path.join(REPO_ROOT, 'test', 'core', 'fixtures', 'matrix-tiny.json'),
            'utf8',
          ),
        ) as MatrixData,
      )
      if (!tiny.ok) throw new Error(tiny.problems.join('; '))
      const text =
        'matrix: tiny\nservers:\n  - name: old\n    product: Server Old\nclients:\n  - name: a\n    product: Client A\n    workloads: [video]\n'
      const file = checkTopology('tiny.yml', new TextEncoder().encode(text), {
        policy: { failOn: new Set(['not-supported']), now: FIXED_NOW },
        matrices: (id) =>
          id === 'tiny' ? { ok: true, matrix: tiny.matrix } : resolveBuiltinMatrix(id),
      })
      const scoped = render('other-matrix', reportOf(file))
      // The pair's footnotes are the cell's own (1) and its applying refinement's (n2).
      expect(rules(scoped).map((r) => r.id)).toEqual([
        'coexist/tiny/not-supported/footnote-1/footnote-n2',
      ])
      expect(rules(scoped)[0]?.help.text).toContain('Footnote 1 of matrix tiny: First footnote.')
      expect(rules(scoped)[0]?.help.text).toContain('Footnote n2 of matrix tiny: Second footnote.')
      // Not a built-in matrix: the result cites the document its own cell cites, never a built-in matrix's.
      expect(rules(scoped)[0]?.helpUri).toBeUndefined()
      expect(results(scoped)[0]?.message.text.split('\n\n').at(-1)).toBe(
        'Source: The test table (https://example.com/table), as matrix tiny cites it.',
      )
    })
  })

  describe('results', () => {
    it('cover every finding and input problem, and no plain supported pair', () => {
      const log = render(
        'estate',
        reportOf(checkFixture('reporters', 'sarif-estate.yml'), invalidFile()),
      )
      expect(summary(log)).toEqual([
        ['coexist/exception', 'warning', 40, '-'],
        ['coexist/server-rule/not-supported', 'error', 9, '-'],
        ['coexist/not-supported/footnote-3', 'error', 22, '-'],
        ['coexist/not-supported/footnote-2', 'error', 29, '-'],
        ['coexist/not-applicable', 'warning', 15, '-'],
        ['coexist/interoperable/footnote-3', 'warning', 18, '-'],
        ['coexist/supported/footnote-1', 'note', 15, '-'],
        ['coexist/not-supported/footnote-2', 'note', 26, 'suppressed'],
        ['coexist/invalid-topology', 'error', 3, '-'],
        ['coexist/invalid-topology', 'error', 7, '-'],
      ])
      const expired = results(log)[0]
      expect(expired?.message.text).toMatch(
        /^Exception to review\.\n\nthe exception for "visitors" on "pool13" expired at the end of 2020-01-31 \(UTC\)/,
      )
      expect(expired?.locations[0]?.physicalLocation.region).toStrictEqual({
        startLine: 40,
        startColumn: 14,
        endLine: 40,
        endColumn: 24,
      })
      expect(results(log).every((r) => r.message.text.endsWith('.'))).toBe(true)
    })

    it('map levels error, warning and notice to error, warning and note, as the policy decided them', () => {
      const levels = (failOn: Status[]) => {
        const log = render(
          `estate-fail-on-${failOn.join('-') || 'none'}`,
          reportOf(checkFixture('reporters', 'sarif-estate.yml', { failOn })),
        )
        return results(log).map(
          (r) => `${r.ruleId} ${r.level} ${rules(log)[r.ruleIndex]?.defaultConfiguration.level}`,
        )
      }
      // fail-on none: nothing is an error, though the rule still says what not-supported is by default.
      expect(levels([])).toEqual([
        'coexist/exception warning warning',
        'coexist/server-rule/not-supported warning error',
        'coexist/not-applicable warning warning',
        'coexist/interoperable/footnote-3 warning warning',
        'coexist/not-supported/footnote-3 warning error',
        'coexist/not-supported/footnote-2 warning error',
        'coexist/supported/footnote-1 note note',
        'coexist/not-supported/footnote-2 note error',
      ])
      expect(levels(['interoperable', 'not-supported'])).toContain(
        'coexist/interoperable/footnote-3 error warning',
      )
      // fail-on supported turns plain supported pairs into findings of their own kind.
      const supported = levels(['supported'])
      expect(supported).toContain('coexist/supported error note')
      expect(supported).toContain('coexist/supported/footnote-1 error note')
    })

    it('report the input errors of a file that could not be evaluated, at their place', () => {
      const file = checkFixture('reporters', 'sarif-invalid.yml')
      expect(file.errors.length).toBeGreaterThanOrEqual(3)
      const log = render('invalid', reportOf(file))
      expect(results(log).map((r) => r.ruleId)).toEqual(
        file.errors.map(() => 'coexist/invalid-topology'),
      )
      expect(results(log).map((r) => r.level)).toEqual(file.errors.map(() => 'error'))
      expect(results(log).map((r) => r.locations[0]?.physicalLocation.region)).toEqual(
        file.errors.map((e) => ({
          startLine: e.line,
          startColumn: e.column,
          endLine: e.endLine,
          endColumn: e.endColumn,
        })),
      )
      expect(results(log).map((r) => r.message.text)).toEqual(
        file.errors.map(
          (e) =>
            `Invalid topology.\n\n${e.message.replace(/[\\[\]]/g, '\\$&')}${/[.!?]$/.test(e.message) ? '' : '.'}`,
        ),
      )
      expect(rules(log).map((r) => r.id)).toEqual(['coexist/invalid-topology'])
    })

    it('of a clean topology: none, and no rules, in a log that is still valid', () => {
      const log = render('clean', reportOf(checkFixture('reporters', 'sarif-clean.yml')))
      expect(checkFixture('reporters', 'sarif-clean.yml').results).toHaveLength(3)
      expect(results(log)).toEqual([])
      expect(rules(log)).toEqual([])
    })

    it('of a file that does not exist: one error at its start, an empty region', () => {
      const log = render(
        'missing',
        reportOf(
          unreadable(
            'sarif-no-such-file.yml',
            'no such file; check the path (relative paths start at the current directory: for the action, the repository root)',
          ),
        ),
      )
      expect(region(log, 0)).toStrictEqual({
        startLine: 1,
        startColumn: 1,
        endLine: 1,
        endColumn: 1,
      })
    })
  })

  describe('fingerprints', () => {
    const estate = readFileSync(fixturePath('reporters', 'sarif-estate.yml'), 'utf8')
    const fingerprints = (log: SarifLog) =>
      new Map(
        results(log).map((r) => [
          `${r.ruleId} ${r.properties?.client ?? r.properties?.subject ?? r.message.text}`,
          r.partialFingerprints,
        ]),
      )

    it('hash the file, client, server and status of a pair, not its line', () => {
      const log = render('estate-plain', reportOf(check(estate, { file: 'sarif-estate.yml' })))
      const moved = render(
        'estate-moved',
        reportOf(check(`# moved down\n\n\n${estate}`, { file: 'sarif-estate.yml' })),
      )
      expect(region(moved, 1)?.startLine).toBe((region(log, 1)?.startLine ?? 0) + 3)
      expect(fingerprints(moved)).toEqual(fingerprints(log))
      const field = results(log).find((r) => r.properties?.client === 'field')
      expect(field?.partialFingerprints).toStrictEqual({
        'coexist/pair/v1': sha256('sarif-estate.yml', 'field', 'pool13', 'not-supported'),
      })
      expect(new Set(results(log).map((r) => Object.values(r.partialFingerprints)[0])).size).toBe(
        results(log).length,
      )
    })

    it('change with the status, and with the file', () => {
      const interoperable = render(
        'estate-im-only',
        reportOf(
          check(estate.replace('workloads: [im, conferencing]', 'workloads: [im]'), {
            file: 'sarif-estate.yml',
          }),
        ),
      )
      const field = results(interoperable).find((r) => r.properties?.client === 'field')
      expect(field?.ruleId).toBe('coexist/interoperable/footnote-3')
      expect(field?.partialFingerprints['coexist/pair/v1']).toBe(
        sha256('sarif-estate.yml', 'field', 'pool13', 'interoperable'),
      )
      expect(field?.partialFingerprints['coexist/pair/v1']).not.toBe(
        sha256('sarif-estate.yml', 'field', 'pool13', 'not-supported'),
      )
      const renamed = render('estate-renamed', reportOf(check(estate, { file: 'other.yml' })))
      const before = render('estate-plain', reportOf(check(estate, { file: 'sarif-estate.yml' })))
      const after = results(renamed).map((r) => r.partialFingerprints['coexist/pair/v1'])
      for (const r of results(before))
        if (r.partialFingerprints['coexist/pair/v1'])
          expect(after).not.toContain(r.partialFingerprints['coexist/pair/v1'])
    })

    it('of input problems hash the file and message, and keep two equal messages apart', () => {
      const text = readFileSync(fixturePath('reporters', 'sarif-invalid.yml'), 'utf8')
      const log = render('invalid-plain', reportOf(check(text, { file: 'sarif-invalid.yml' })))
      const moved = render(
        'invalid-moved',
        reportOf(check(`\n\n${text}`, { file: 'sarif-invalid.yml' })),
      )
      const prints = (l: SarifLog) =>
        results(l).map((r) => r.partialFingerprints['coexist/input/v1'])
      expect(prints(moved)).toEqual(prints(log))
      expect(new Set(prints(log)).size).toBe(prints(log).length)
      const errors = check(text, { file: 'sarif-invalid.yml' }).errors
      const twice = errors.filter((e) => errors.filter((o) => o.message === e.message).length > 1)
      // The unknown product is named twice (pool and pool2): same message, two alerts.
      expect(twice).toHaveLength(2)
      expect(prints(log)[errors.indexOf(twice[0]!)]).toBe(
        sha256('sarif-invalid.yml', twice[0]!.message),
      )
      expect(prints(log)[errors.indexOf(twice[1]!)]).toBe(
        sha256('sarif-invalid.yml', twice[1]!.message, '1'),
      )
    })
  })

  describe('hostile names', () => {
    const file = checkFixture('reporters', 'sarif-hostile.yml')
    const log = render('hostile', reportOf(file))

    it('stay inert text in messages: no control or bidi characters, no embedded links, no placeholders', () => {
      expect(results(log).length).toBe(2)
      expect(file.results.some((r) => r.client.includes('\n') && r.client.includes('\u202e'))).toBe(
        true,
      )
      for (const r of results(log)) {
        const text = r.message.text
        const paragraphs = text.split('\n\n')
        // Line breaks only between paragraphs we made: a name cannot start one.
        for (const p of paragraphs)
          expect(p).not.toMatch(
            /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/,
          )
        // Every bracket is escaped, so no "[text](uri)" embedded link survives (SARIF §3.11.6).
        expect(text.replace(/\\[\\[\]]/g, '')).not.toMatch(/[[\]]/)
        // Braces are doubled, so no "{0}" placeholder survives (SARIF §3.11.5).
        expect(text.replace(/\{\{|\}\}/g, '')).not.toMatch(/[{}]/)
      }
      const waived = results(log).find((r) => r.suppressions)
      expect(waived?.message.text).toContain('line one?line two??::error::three ?evil? ?bell')
      expect(waived?.message.text).toContain('\\[link\\](https://evil.example) {{0}} `x` \\\\ end')
      expect(waived?.suppressions?.[0]?.justification).toBe(
        '<img src=x onerror=alert(1)> \\[click\\](javascript:alert(1))?second line {{2}}. Waived until the end of 2099-01-01 (UTC).',
      )
    })

    it('never reach the rules, which come from the matrix alone', () => {
      const rulesJson = JSON.stringify(rules(log))
      for (const fragment of ['<script>', 'evil', 'line one', 'heading', 'onerror', '**pool**'])
        expect(rulesJson).not.toContain(fragment)
    })

    it('are kept verbatim as data in the result properties', () => {
      const names = results(log).map((r) => r.properties?.client)
      expect(names).toContain(file.results.find((r) => r.waived)?.client)
    })

    it('of files are percent-encoded in URIs, relative to the repository root when they can be', () => {
      expect(artifactLocation('examples/coexist.yml')).toStrictEqual({
        uri: 'examples/coexist.yml',
        uriBaseId: '%SRCROOT%',
      })
      expect(artifactLocation('topologies/my estate #1?.yml')).toStrictEqual({
        uri: 'topologies/my%20estate%20%231%3F.yml',
        uriBaseId: '%SRCROOT%',
      })
      expect(artifactLocation('a:b/100%.yml')).toStrictEqual({
        uri: 'a%3Ab/100%25.yml',
        uriBaseId: '%SRCROOT%',
      })
      expect(artifactLocation('/tmp/outside repo/coexist.yml')).toStrictEqual({
        uri: 'file:///tmp/outside%20repo/coexist.yml',
      })
      expect(artifactLocation('C:/work/coexist.yml')).toStrictEqual({
        uri: 'file:///C:/work/coexist.yml',
      })
      const log = render(
        'odd-paths',
        reportOf(cleanFile('my estate #1.yml'), {
          ...invalidFile(),
          file: '/tmp/x y.yml',
          errors: invalidFile().errors.map((e) => ({ ...e, file: '/tmp/x y.yml' })),
        }),
      )
      expect(
        results(log).map((r) => r.locations[0]?.physicalLocation.artifactLocation.uri),
      ).toEqual(['file:///tmp/x%20y.yml', 'file:///tmp/x%20y.yml'])
    })
  })

  describe('new-only mode', () => {
    const withPreexisting = (): FileReport => {
      const file = sampleFile()
      file.results = file.results.map((r): PairResult =>
        r.client === 'legacy' || r.client === 'attendees' ? { ...r, preexisting: true } : r,
      )
      return file
    }

    it('marks findings the base commit had as unchanged and the others as new', () => {
      const log = render(
        'baseline',
        buildReport([withPreexisting(), invalidFile()], { revision: '0123abcd' }),
      )
      expect(
        results(log).map((r) => [r.ruleId, r.properties?.client ?? '-', r.baselineState]),
      ).toEqual([
        ['coexist/exception', '-', 'new'],
        ['coexist/not-supported/footnote-2', 'attendees', 'unchanged'],
        ['coexist/interoperable/footnote-3', 'legacy', 'unchanged'],
        ['coexist/supported/footnote-1', 'chat', 'new'],
        ['coexist/not-supported/footnote-2', 'partners', 'new'],
        ['coexist/invalid-topology', '-', 'new'],
        ['coexist/invalid-topology', '-', 'new'],
      ])
      // A pre-existing error is still an error; GitHub decides what is new in a pull request itself.
      expect(results(log)[1]?.level).toBe('error')
      expect(run(log).properties).toStrictEqual({ baseline: { revision: '0123abcd' } })
    })

    it('says nothing about novelty when there was no baseline', () => {
      expect(
        results(render('sample', reportOf(sampleFile(), invalidFile(), cleanFile()))).some(
          (r) => 'baselineState' in r,
        ),
      ).toBe(false)
    })

    it('says nothing about novelty when the base could not be read, and reports why', () => {
      const log = render(
        'baseline-problem',
        buildReport([sampleFile()], {
          revision: '0123abcd',
          problem: 'the base commit 0123abcd is not in the checkout',
        }),
      )
      expect(results(log).some((r) => 'baselineState' in r)).toBe(false)
      expect(run(log).invocations).toStrictEqual([
        {
          executionSuccessful: true,
          toolExecutionNotifications: [
            {
              level: 'warning',
              message: {
                text: 'Could not compare with 0123abcd: the base commit 0123abcd is not in the checkout.\n\nEvery finding is reported as new.',
              },
            },
          ],
        },
      ])
    })
  })

  describe('findings about the estate', () => {
    const estate = readFileSync(fixturePath('reporters', 'sarif-estate.yml'), 'utf8')
    const RULE_TITLE =
      'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported'
    const QUOTE =
      'Concurrent deployment of Lync Server 2013 with both Lync Server 2010 and Office Communications Server 2007 R2 (concurrent deployment of all three versions) is not supported.'
    const LIKEWISE =
      'Likewise for migration: "Migration from an environment running both of these previous versions is not supported."'
    const MIGRATION_URL = 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)'
    const serverRule = (log: SarifLog) =>
      results(log).find((r) => r.ruleId === 'coexist/server-rule/not-supported')
    /** sarif-estate.yml, `down` lines further down the file. */
    const estateLog = (name: string, down = 0) =>
      render(
        name,
        reportOf(check(`${'# moved down\n'.repeat(down)}${estate}`, { file: 'sarif-estate.yml' })),
      )
    const at = (line: number, endColumn: number) => ({
      physicalLocation: {
        artifactLocation: { uri: 'sarif-estate.yml', uriBaseId: '%SRCROOT%' },
        region: { startLine: line, startColumn: 14, endLine: line, endColumn },
      },
    })

    it('give a server rule its own rule, with what it means and its status, no source and no helpUri', () => {
      const rule = rules(estateLog('estate-plain')).find(
        (r) => r.id === 'coexist/server-rule/not-supported',
      )
      const help =
        'The topology runs server products side by side (a coexistence or a migration) that the sources do not support together, or that no source speaks of. The result quotes the source and names every server involved. Complete or undo the migration step, or split the estate; fail-on decides whether undocumented combinations fail the run. Status of this rule: not supported.'
      expect(rule?.name).toBe('ServerCoexistenceNotSupported')
      expect(rule?.shortDescription).toStrictEqual({
        text: 'Server products side by side that the sources do not support (not supported)',
      })
      expect(rule?.help).toStrictEqual({ text: help, markdown: help })
      expect(rule?.helpUri).toBeUndefined()
      expect(rule?.defaultConfiguration).toStrictEqual({ level: 'error' })
      expect(rule?.properties).toStrictEqual({
        tags: ['compatibility', 'server-rule', 'not-supported'],
      })
    })

    it('report a server rule at the last of its pools, the others as related locations, with its kind, subject, status, matrix and source', () => {
      expect(serverRule(estateLog('estate-plain'))).toStrictEqual({
        ruleId: 'coexist/server-rule/not-supported',
        ruleIndex: 5,
        level: 'error',
        message: {
          text: [
            `${RULE_TITLE}.`,
            `Lync Server 2013 ("pool13", line 5), Lync Server 2010 ("pool10", line 7) and Office Communications Server 2007 R2 ("ocs", line 9) run side by side, which is not supported. The source: "${QUOTE}"`,
            `Source: Supported server migration paths and coexistence scenarios in Lync Server 2013 (${MIGRATION_URL}), as matrix lync-server-2013 cites it.`,
          ].join('\n\n'),
        },
        locations: [at(9, 25)],
        relatedLocations: [
          { id: 1, ...at(5, 30), message: { text: 'server "pool13" (Lync Server 2013)' } },
          { id: 2, ...at(7, 30), message: { text: 'server "pool10" (Lync Server 2010)' } },
        ],
        partialFingerprints: {
          'coexist/estate/v1': sha256(
            'sarif-estate.yml',
            'server-rule',
            'ocs, pool10, pool13',
            RULE_TITLE,
            'not-supported',
          ),
        },
        properties: {
          kind: 'server-rule',
          subject: 'ocs, pool10, pool13',
          status: 'not-supported',
          matrix: 'lync-server-2013',
          source: {
            matrix: 'lync-server-2013',
            title: 'Supported server migration paths and coexistence scenarios in Lync Server 2013',
            url: MIGRATION_URL,
            note: LIKEWISE,
            quote: QUOTE,
          },
        },
      })
    })

    it('keep the fingerprint of an estate finding when its lines move, and change it with the pools it is about', () => {
      const plain = serverRule(estateLog('estate-plain'))
      const moved = serverRule(estateLog('estate-moved', 3))
      expect(moved?.locations[0]?.physicalLocation.region.startLine).toBe(12)
      expect(moved?.relatedLocations?.map((r) => r.physicalLocation.region.startLine)).toEqual([
        8, 10,
      ])
      expect(moved?.partialFingerprints).toStrictEqual(plain?.partialFingerprints)
      // The message names the lines; the fingerprint does not hash it.
      expect(moved?.message.text).not.toBe(plain?.message.text)
      const renamed = serverRule(
        render(
          'estate-ocs-renamed',
          reportOf(check(estate.replace(/\bocs\b/g, 'nyc-ocs'), { file: 'sarif-estate.yml' })),
        ),
      )
      expect(renamed?.properties?.subject).toBe('nyc-ocs, pool10, pool13')
      expect(renamed?.partialFingerprints['coexist/estate/v1']).toBe(
        sha256(
          'sarif-estate.yml',
          'server-rule',
          'nyc-ocs, pool10, pool13',
          RULE_TITLE,
          'not-supported',
        ),
      )
      expect(renamed?.partialFingerprints['coexist/estate/v1']).not.toBe(
        plain?.partialFingerprints['coexist/estate/v1'],
      )
    })

    it('scope the rule of an estate finding by a matrix other than the default, as pair rules are', () => {
      const text = [
        'matrix: all-generations',
        'servers:',
        '  - name: pool13',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: web',
        '    product: Lync Web App 2013',
        '    workloads: [im]',
        '',
      ].join('\n')
      const log = render('capability', reportOf(check(text, { file: 'web.yml' })))
      expect(rules(log).map((r) => [r.id, r.name, r.shortDescription.text])).toEqual([
        [
          'coexist/all-generations/capability/not-supported',
          'WorkloadNotSupportedInAllGenerations',
          'Client population declares a workload its client does not fully offer (not supported)',
        ],
      ])
      const [result] = results(log)
      expect(result?.relatedLocations).toBeUndefined()
      expect(result?.locations[0]?.physicalLocation.region).toStrictEqual({
        startLine: 8,
        startColumn: 17,
        endLine: 8,
        endColumn: 19,
      })
      const title = 'Lync Web App 2013 does not offer instant messaging'
      expect(result?.partialFingerprints).toStrictEqual({
        'coexist/estate/v1': sha256('web.yml', 'capability', 'web', title, 'not-supported'),
      })
      expect(result?.message.text.split('\n\n')).toEqual([
        `${title}.`,
        'web (Lync Web App 2013) declares instant messaging, which Lync Web App 2013 does not offer at all: Table 2 of Client interoperability in Lync 2013 says "Lync Web App and Lync 2010 Attendee are meeting-only clients". Remove im from the population, or use a client that offers every workload it declares and is supported on its servers: Skype for Business 2016, Skype for Business 2015, Skype for Business on Mac.',
        'Source: Desktop client comparison tables for Lync Server 2013, table "Enhanced Presence Support, IM Support, Conferencing Support (columns of all tables)" (https://technet.microsoft.com/en-us/library/Gg425836(v=OCS.15)), as matrix all-generations cites it.',
      ])
      expect(result?.properties).toStrictEqual({
        kind: 'capability',
        subject: 'web',
        status: 'not-supported',
        matrix: 'all-generations',
        source: {
          matrix: 'all-generations',
          title: 'Desktop client comparison tables for Lync Server 2013',
          table:
            'Enhanced Presence Support, IM Support, Conferencing Support (columns of all tables)',
          url: 'https://technet.microsoft.com/en-us/library/Gg425836(v=OCS.15)',
          note: 'Desktop client comparison tables for Lync Server 2013, IM Support, column "Lync Web App": "Initiate IM or email to a contact" is not marked.',
        },
      })
    })

    it('mark a pre-existing estate finding unchanged, and a new one new', () => {
      const file = cleanFile()
      file.estate = [
        estateFinding({
          file: 'clean.yml',
          kind: 'server-rule',
          subject: 'pool13, pool10',
          line: 4,
          preexisting: true,
        }),
        estateFinding({
          file: 'clean.yml',
          kind: 'server-product',
          subject: 'old',
          line: 8,
          status: 'not-supported',
        }),
      ]
      const log = render('estate-baseline', buildReport([file], { revision: 'abc' }))
      expect(results(log).map((r) => [r.ruleId, r.properties?.subject, r.baselineState])).toEqual([
        ['coexist/server-rule/not-supported', 'pool13, pool10', 'unchanged'],
        ['coexist/server-product/not-supported', 'old', 'new'],
      ])
      // Rules sorted by id.
      expect(rules(log).map((r) => [r.id, r.name])).toEqual([
        ['coexist/server-product/not-supported', 'ServerProductSupportedNowhereNotSupported'],
        ['coexist/server-rule/not-supported', 'ServerCoexistenceNotSupported'],
      ])
    })
  })

  describe('the source of each result', () => {
    it('is cited by the result itself: two cells of different documents under one rule each cite their own', () => {
      const text = [
        'matrix: all-generations',
        'servers:',
        '  - name: pool10',
        '    product: Lync Server 2010',
        '  - name: ocs',
        '    product: Office Communications Server 2007 R2',
        'clients:',
        '  - name: web',
        '    product: Lync Web App 2013',
        '    servers: [pool10]',
        '  - name: basic',
        '    product: Lync 2013 Basic',
        '    servers: [ocs]',
        '',
      ].join('\n')
      const log = render('two-documents', reportOf(check(text)))
      expect(rules(log).map((r) => r.id)).toEqual(['coexist/all-generations/not-supported'])
      expect(rules(log)[0]?.helpUri).toBeUndefined()
      expect(
        results(log).map((r) => [
          r.ruleId,
          r.properties?.client,
          r.message.text.split('\n\n').at(-1),
        ]),
      ).toEqual([
        [
          'coexist/all-generations/not-supported',
          'web',
          `Source: Supported clients from previous deployments in Lync Server 2013, table "Supported Server and Client Combinations" (${SOURCE_URL}), as matrix all-generations cites it.`,
        ],
        [
          'coexist/all-generations/not-supported',
          'basic',
          'Source: Client interoperability in Lync 2013, table "Table 1 - Server and Client Compatibility" (https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)), as matrix all-generations cites it.',
        ],
      ])
      expect(results(log).map((r) => r.properties?.source)).toEqual([
        {
          matrix: 'all-generations',
          title: 'Supported clients from previous deployments in Lync Server 2013',
          table: 'Supported Server and Client Combinations',
          url: SOURCE_URL,
        },
        {
          matrix: 'all-generations',
          title: 'Client interoperability in Lync 2013',
          table: 'Table 1 - Server and Client Compatibility',
          url: 'https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)',
          note: 'The seed table (Gg398499) has no row for Lync 2013 Basic.',
        },
      ])
    })

    it('says that no source states an undocumented verdict', () => {
      const text = [
        'matrix: all-generations',
        'servers:',
        '  - name: pool13',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: office',
        '    product: Skype for Business 2019',
        '',
      ].join('\n')
      const log = render('undocumented', reportOf(check(text)))
      expect(rules(log).map((r) => [r.id, r.name, r.defaultConfiguration.level])).toEqual([
        ['coexist/all-generations/undocumented', 'UndocumentedInAllGenerations', 'warning'],
      ])
      const [result] = results(log)
      expect(result?.level).toBe('warning')
      expect(result?.message.text.split('\n\n')).toEqual([
        'Skype for Business 2019 on Lync Server 2013: stated by no source.',
        'office (Skype for Business 2019) on pool13 (Lync Server 2013): no source states this combination, so coexist does not call it supported. Alternatives: Lync Server 2013 supports Skype for Business 2016, Skype for Business 2015, Skype for Business on Mac; Skype for Business 2019 is supported on Skype for Business Server 2019, Skype for Business Server 2015.',
        'Source: none; no source states this, so matrix all-generations states no verdict.',
      ])
      expect(result?.properties?.source).toStrictEqual({ matrix: 'all-generations' })
    })

    it("keeps a conflicting source in the properties, and its footnote among the pair's, in the rule id", () => {
      const text = [
        'matrix: all-generations',
        'servers:',
        '  - name: pool13',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: guests',
        '    product: Lync 2010 Attendee',
        '',
      ].join('\n')
      const log = render('conflict', reportOf(check(text)))
      // seed-2 is the seed table's own; interop-3 is Table 1's, which states the pair otherwise.
      expect(rules(log).map((r) => [r.id, r.shortDescription.text])).toEqual([
        [
          'coexist/all-generations/not-supported/footnote-interop-3/footnote-seed-2',
          'Client not supported on server (footnotes interop-3, seed-2)',
        ],
      ])
      const [result] = results(log)
      expect(result?.message.text.split('\n\n').map((p) => p.slice(0, p.indexOf(':')))).toEqual([
        'Lync 2010 Attendee on Lync Server 2013',
        'guests (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Client interoperability in Lync 2013, Table 1 - Server and Client Compatibility, states it otherwise (not supported)',
        'Footnote seed-2',
        'Footnote interop-3',
        'Source',
      ])
      expect(result?.properties?.source).toStrictEqual({
        matrix: 'all-generations',
        title: 'Supported clients from previous deployments in Lync Server 2013',
        table: 'Supported Server and Client Combinations',
        url: SOURCE_URL,
        conflicts: [
          {
            title: 'Client interoperability in Lync 2013',
            table: 'Table 1 - Server and Client Compatibility',
            url: 'https://technet.microsoft.com/en-us/library/JJ204672(v=OCS.15)',
            status: 'not-supported',
            note: 'Table 1 says "Not Supported3": the same status, with a footnote that adds "Lync 2010 Attendee will connect to Lync Server 2013 only when you are using an unsupported browser (Internet Explorer 6 or Internet Explorer 7) and Windows XP."',
          },
        ],
      })
    })

    it('names a custom matrix and the file it came from', () => {
      const file: FileReport = {
        ...cleanFile('house.yml'),
        matrix: 'house',
        matrixFile: 'rules/house.yml',
        results: [
          pair({
            file: 'house.yml',
            client: 'c',
            server: 's',
            clientProduct: 'A',
            serverProduct: 'B',
            line: 3,
            status: 'not-supported',
            severity: 'error',
            message: 'Msg.',
            source: {
              matrix: 'house',
              matrixFile: 'rules/house.yml',
              title: 'Our table',
              table: 'Table 2',
              url: 'https://example.com/t',
              note: 'Board decision.',
            },
          }),
        ],
      }
      const log = render('custom-matrix', reportOf(file))
      expect(results(log)[0]?.message.text).toBe(
        'A on B: not-supported.\n\nMsg.\n\nSource: Our table, table "Table 2" (https://example.com/t), as custom matrix house from rules/house.yml cites it.',
      )
      expect(results(log)[0]?.properties?.source).toStrictEqual({
        matrix: 'house',
        matrixFile: 'rules/house.yml',
        title: 'Our table',
        table: 'Table 2',
        url: 'https://example.com/t',
        note: 'Board decision.',
      })
      expect(rules(log).map((r) => r.id)).toEqual(['coexist/house/not-supported'])
    })

    it('goes with the workload verdicts in the properties of a pair', () => {
      const field = results(
        render(
          'estate-plain',
          reportOf(
            check(readFileSync(fixturePath('reporters', 'sarif-estate.yml'), 'utf8'), {
              file: 'sarif-estate.yml',
            }),
          ),
        ),
      ).find((r) => r.properties?.client === 'field')
      expect(field?.properties).toStrictEqual({
        client: 'field',
        server: 'pool13',
        clientProduct: 'Office Communicator 2007 R2',
        serverProduct: 'Lync Server 2013',
        status: 'not-supported',
        matrix: 'lync-server-2013',
        workloads: ['conferencing'],
        replacement: 'Lync Web App 2013',
        workloadVerdicts: [
          { workload: 'im', status: 'interoperable', from: 'pair' },
          { workload: 'conferencing', status: 'not-supported', from: 'workload' },
        ],
        source: {
          matrix: 'lync-server-2013',
          title: 'Supported clients from previous deployments in Lync Server 2013',
          table: 'Supported Server and Client Combinations',
          url: SOURCE_URL,
          note: 'Derived from footnote 3: conferencing features of Office Communicator 2007 R2 are not compatible with Lync Server 2013.',
        },
      })
    })
  })

  describe('warnings about a server version', () => {
    it('have a rule of their own, coexist/server-version, and are warnings at the server', () => {
      const text = [
        'matrix: all-generations',
        'servers:',
        '  - name: pool13',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: office',
        '    product: Skype for Business 2016',
        '',
      ].join('\n')
      const file = check(text)
      expect(file.warnings.map((w) => w.topic)).toEqual(['server-version'])
      const log = render('server-version', reportOf(file))
      expect(
        rules(log).map((r) => [
          r.id,
          r.name,
          r.shortDescription.text,
          r.defaultConfiguration.level,
          r.properties.tags,
        ]),
      ).toEqual([
        [
          'coexist/server-version',
          'ServerVersionToDeclare',
          'Server version to declare',
          'warning',
          ['version', 'configuration'],
        ],
      ])
      expect(summary(log)).toEqual([['coexist/server-version', 'warning', 4, '-']])
      expect(results(log)[0]?.message.text).toMatch(
        /^Server version to declare\.\n\nserver "pool13" \(Lync Server 2013\) declares no version, and Skype for Business 2016 on it needs the December 2014 cumulative update \(5\.0\.8308\.857\) or later: /,
      )
    })
  })

  // Last: the multitool sees every log rendered above, in one invocation, plus a broken control log.
  describe('the SARIF multitool', () => {
    it('accepts every log this file wrote, with only the listed notes and warnings', async () => {
      expect(written.size).toBeGreaterThanOrEqual(19)
      const broken = JSON.parse(written.get('sample.sarif') ?? '{}') as SarifLog
      results(broken)[0]!.ruleIndex = 99
      Object.assign(region(broken, 1) ?? {}, { startLine: 9, endLine: 2 })
      // Our logs go packed into one file (see `pack`); the control goes as a file of its own.
      const packs = pack(written)
      const outcome = await runMultitool(
        new Map([
          ...packs.map((p): [string, string] => [p.file, p.text]),
          ['control-broken.sarif', JSON.stringify(broken, null, 2)],
        ]),
      )
      const findings = unpack(outcome.findings, packs)
      expect(outcome.status).toBe(0)
      expect(outcome.toolProblems).toEqual([])
      expect(unanalysed([...written.keys(), 'control-broken.sarif'], findings)).toEqual([])
      // The control proves the multitool reads what we give it and can fail the test.
      const control = findings
        .filter((f) => f.file === 'control-broken.sarif' && f.level === 'error')
        .map((f) => f.ruleId)
      expect(control).toEqual(expect.arrayContaining(['SARIF1007', 'SARIF1009']))
      const ours = findings.filter((f) => f.file !== 'control-broken.sarif')
      expect(ours.filter((f) => !written.has(f.file)).map((f) => f.text)).toEqual([])
      expect(unacceptedFindings(ours).map((f) => `${f.file}: ${f.text}`)).toEqual([])
      // Each accepted finding is one we expected to see, so the list does not keep stale entries.
      expect([...new Set(ours.map((f) => f.ruleId))].sort()).toEqual(
        Object.keys(ACCEPTED_MULTITOOL_FINDINGS).sort(),
      )
    })
  })
})

describe("sarifLog within GitHub code scanning's limit on results", () => {
  const many: FileReport = {
    ...cleanFile('many.yml'),
    results: [
      ...Array.from({ length: 6 }, (_, i) =>
        pair({
          client: `w${i}`,
          server: 's1',
          clientProduct: 'Office Communicator 2007 R2',
          serverProduct: 'Lync Server 2013',
          line: 10 + i,
          status: 'interoperable',
          severity: 'warning',
        }),
      ),
      ...Array.from({ length: 3 }, (_, i) =>
        pair({
          client: `e${i}`,
          server: 's1',
          clientProduct: 'Lync 2010 Attendee',
          serverProduct: 'Lync Server 2013',
          line: 20 + i,
          status: 'not-supported',
          severity: 'error',
        }),
      ),
    ],
  }

  it('keeps the most severe results and says in the run how many it left out', () => {
    const log = sarifLog(reportOf(many), 5)
    const [run] = log.runs
    expect(run.results.map((r) => r.level)).toEqual([
      'error',
      'error',
      'error',
      'warning',
      'warning',
    ])
    expect(run.invocations?.[0]?.toolExecutionNotifications.map((n) => n.message.text)).toEqual([
      '4 more results are not in this log: GitHub code scanning accepts at most 25,000 results per run, so the most severe are kept. The JSON report lists every result.',
    ])
  })

  it('keeps every result, and says nothing, when they fit', () => {
    expect(sarifLog(reportOf(many), 9).runs[0].invocations).toBeUndefined()
  })

  it('streams one compact result per line into an otherwise indented log', () => {
    const text = renderToString(sarifReporter, reportOf(many))
    expect(JSON.parse(text)).toEqual(sarifLog(reportOf(many)))
    const resultLines = text.split('\n').filter((l) => l.trimStart().startsWith('{"ruleId"'))
    expect(resultLines).toHaveLength(9)
  })

  it('counts the problems a file did not list in a notification', () => {
    const log = sarifLog(
      reportOf({ ...invalidFile(), unlisted: { errors: 12, warnings: 0, notices: 0 } }),
    )
    expect(
      log.runs[0].invocations?.[0]?.toolExecutionNotifications.map((n) => n.message.text),
    ).toEqual([
      'broken.yml: 12 more errors not listed (coexist lists the first 100 of each kind in a file).',
    ])
  })
})
