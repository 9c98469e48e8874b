// Property 2: on any well-formed topology with hostile names, the pipeline and its reporters hold:
// annotations round-trip through the runner's parser, SARIF is schema-valid with regions inside the
// file, the JSON report parses back to the report, evaluation is deterministic and independent of
// entry order, and a not-supported pair fails.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildReport, checkTopology, exitCodeOf } from '../../src/core/check.js'
import type {
  Diagnostic,
  EstateFinding,
  FileReport,
  FindingBase,
  Report,
} from '../../src/core/types.js'
import { ANNOTATIONS_PER_LEVEL, renderAnnotations } from '../../src/reporters/annotations.js'
import { jsonReporter } from '../../src/reporters/json.js'
import { sarifLog } from '../../src/reporters/sarif.js'
import { renderToString } from '../../src/reporters/reporter.js'
import { jsonReportObject, parseJsonReport } from '../support/json-report.js'
import { sarifSchemaErrors } from '../support/sarif.js'
import { parseCommand, scanCommands, type ParsedCommand } from '../support/workflow.js'
import {
  bytesOf,
  crowdedTopologySpec,
  lineCount,
  matrixOf,
  NOW,
  serialize,
  timeoutFor,
  topologySpec,
  type Format,
  type TopologySpec,
} from '../support/arbitraries.js'

const POLICY = { failOn: new Set(['not-supported'] as const), now: NOW, expiryWarningDays: 30 }
const FILES = ['coexist.yml', 'sites/a b/c,d:e%f.yml']
const format = fc.constantFrom<Format>('yml', 'json')
const fileName = fc.constantFrom(...FILES)

function check(
  spec: TopologySpec,
  fmt: Format,
  file: string,
): { text: string; fileReport: FileReport; report: Report } {
  const text = serialize(spec, fmt)
  const fileReport = checkTopology(file.replace(/\.yml$/, `.${fmt}`), bytesOf(text), {
    policy: POLICY,
  })
  return { text, fileReport, report: buildReport([fileReport]) }
}

/** What the reporter means to say for each finding: level, title, message and place, before escaping. */
function intendedAnnotations(file: FileReport): ParsedCommand[] {
  const place = (d: Diagnostic | FindingBase) => ({
    file: d.file,
    line: String(d.line),
    endLine: String(d.endLine),
    ...(d.endLine === d.line
      ? { col: String(d.column), endColumn: String(Math.max(d.column, d.endColumn - 1)) }
      : {}),
  })
  const diagnostic =
    (name: string, title: (d: Diagnostic) => string) =>
    (d: Diagnostic): ParsedCommand => ({
      name,
      properties: { ...place(d), title: title(d) },
      message: d.message,
    })
  const finding = (r: FindingBase): ParsedCommand => {
    const { source } = r
    // Built-in matrices only: "matrix <id>". No title: no source states the verdict.
    const cited =
      source.title === undefined
        ? `Source: none; matrix ${source.matrix} states no verdict here.`
        : `Source: matrix ${source.matrix}, "${source.title}"${source.table ? `, table "${source.table}"` : ''}${source.note ? `. ${source.note}` : ''}`
    return {
      name: r.severity === 'error' ? 'error' : r.severity === 'warning' ? 'warning' : 'notice',
      properties: { ...place(r), title: r.waived ? `${r.title} (waived)` : r.title },
      message: [r.message, ...r.footnotes.map((f) => `Footnote ${f.id}: ${f.text}`), cited].join(
        '\n\n',
      ),
    }
  }
  // Every new pair with a severity is annotated, a supported one with a footnote as a notice.
  const pairs = file.results.filter((r) => r.severity !== 'none' && !r.preexisting).map(finding)
  const estate = (file.estate ?? [])
    .filter((f) => f.severity !== 'none' && !f.preexisting)
    .map(finding)
  return [
    ...file.errors.map(diagnostic('error', () => 'coexist: invalid topology')),
    ...file.warnings.map(
      diagnostic('warning', (d) =>
        d.topic === 'server-version' ? 'coexist: server version' : 'coexist: exception',
      ),
    ),
    ...file.notices.map(diagnostic('notice', () => 'coexist: exception expires soon')),
    ...estate,
    ...pairs,
  ]
}

const key = (c: ParsedCommand) =>
  JSON.stringify([c.name, Object.entries(c.properties).sort(), c.message])

/** Results and diagnostics without their positions, in a canonical order. */
function positionless(file: FileReport) {
  const strip = <T extends object>(x: T) =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(x).filter(([k]) => !['line', 'column', 'endLine', 'endColumn'].includes(k)),
      ),
    )
  return {
    matrix: file.matrix,
    errors: file.errors.map(strip).sort(),
    results: file.results.map(strip).sort(),
    estate: (file.estate ?? []).map(estateInvariant).sort(),
    warnings: file.warnings.map(strip).sort(),
    notices: file.notices.map(strip).sort(),
  }
}

/**
 * What an estate finding says whatever the order of the entries: a server rule names its pools in
 * the order of the file and points at the last of them (with the lines of the others), so only its
 * kind, status, severity and source are compared; a finding about one population or server whole.
 */
function estateInvariant(f: EstateFinding): string {
  const { kind, status, severity, waived, preexisting, footnotes, source } = f
  return JSON.stringify(
    kind === 'server-rule'
      ? { kind, status, severity, waived, preexisting, footnotes, source }
      : { ...f, line: 0, column: 0, endLine: 0, endColumn: 0 },
  )
}

const shuffled = <T>(items: readonly T[]) =>
  fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length })

describe('well-formed topologies with hostile names', () => {
  it(
    'evaluate without errors; annotations parse back to exactly the findings meant',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 3, arbitrary: topologySpec },
            { weight: 1, arbitrary: crowdedTopologySpec },
          ),
          format,
          fileName,
          (spec, fmt, file) => {
            const { fileReport, report } = check(spec, fmt, file)
            expect(fileReport.errors).toEqual([])
            const rendered = renderAnnotations(report)
            const lines = rendered === '' ? [] : rendered.replace(/\n$/, '').split('\n')
            // One command per line, and nothing else the runner would execute.
            expect(scanCommands(rendered)).toEqual({
              commands: lines,
              inertBlocks: [],
              tokens: [],
              unterminated: false,
            })
            const parsed = lines.map(parseCommand)
            const intended = intendedAnnotations(fileReport)
            const byLevel = (list: ParsedCommand[], name: string) =>
              list.filter((c) => c.name === name).length
            const over = ['error', 'warning', 'notice'].some(
              (level) => byLevel(intended, level) > ANNOTATIONS_PER_LEVEL,
            )
            if (!over) {
              expect(parsed.map(key).sort()).toEqual(intended.map(key).sort())
              return
            }
            // Over GitHub's cap: every shown annotation is one meant, and one last notice counts the rest.
            const rollup = parsed[parsed.length - 1] as ParsedCommand
            const shown = parsed.slice(0, -1)
            const meant = new Map<string, number>()
            for (const c of intended) meant.set(key(c), (meant.get(key(c)) ?? 0) + 1)
            for (const c of shown) {
              expect(meant.get(key(c)), key(c)).toBeGreaterThan(0)
              meant.set(key(c), (meant.get(key(c)) ?? 0) - 1)
            }
            for (const level of ['error', 'warning', 'notice']) {
              expect(byLevel(shown, level)).toBe(
                Math.min(
                  byLevel(intended, level),
                  ANNOTATIONS_PER_LEVEL -
                    (level === 'notice' && byLevel(intended, 'notice') >= ANNOTATIONS_PER_LEVEL
                      ? 1
                      : 0),
                ),
              )
            }
            const left = intended.length - shown.length
            expect(rollup.name).toBe('notice')
            expect(rollup.properties.title).toBe(
              `coexist: ${left} more finding${left === 1 ? '' : 's'} not annotated`,
            )
          },
        ),
      )
    },
    timeoutFor(20),
  )

  it(
    'give schema-valid SARIF whose regions lie inside the file',
    () => {
      fc.assert(
        fc.property(topologySpec, format, fileName, (spec, fmt, file) => {
          const { text, report } = check(spec, fmt, file)
          const log = sarifLog(report)
          expect(sarifSchemaErrors(JSON.parse(JSON.stringify(log)))).toEqual([])
          const lines = lineCount(text)
          for (const result of log.runs[0].results) {
            // The related locations of a server rule (its other pools) too.
            for (const { physicalLocation } of [
              ...result.locations,
              ...(result.relatedLocations ?? []),
            ]) {
              const { startLine, startColumn, endLine, endColumn } = physicalLocation.region
              expect(startLine).toBeGreaterThanOrEqual(1)
              expect(endLine).toBeGreaterThanOrEqual(startLine)
              expect(endLine).toBeLessThanOrEqual(lines)
              expect(startColumn).toBeGreaterThanOrEqual(1)
              if (endLine === startLine) expect(endColumn).toBeGreaterThanOrEqual(startColumn)
            }
          }
        }),
      )
    },
    timeoutFor(20),
  )

  it(
    'evaluate deterministically and independently of the order of servers, clients and exceptions',
    () => {
      const reordered = topologySpec.chain((spec) =>
        fc
          .tuple(shuffled(spec.servers), shuffled(spec.clients), shuffled(spec.exceptions ?? []))
          .map(([servers, clients, exceptions]): [TopologySpec, TopologySpec] => [
            spec,
            { ...spec, servers, clients, ...(spec.exceptions ? { exceptions } : {}) },
          ]),
      )
      fc.assert(
        fc.property(
          reordered,
          format,
          fc.constantFrom<Format>('yml', 'json'),
          ([spec, other], fmt, otherFmt) => {
            const first = check(spec, fmt, 'coexist.yml')
            const again = check(spec, fmt, 'coexist.yml')
            expect(renderToString(jsonReporter, again.report)).toBe(
              renderToString(jsonReporter, first.report),
            )
            const moved = check(other, otherFmt, 'coexist.yml')
            // Same file name for both formats, so only the order (and so the lines) differ.
            const sameName = (f: FileReport) =>
              positionless({
                ...f,
                results: f.results.map((r) => ({ ...r, file: 'x' })),
                estate: f.estate?.map((e) => ({ ...e, file: 'x' })),
                warnings: f.warnings.map((d) => ({ ...d, file: 'x' })),
                notices: f.notices.map((d) => ({ ...d, file: 'x' })),
              })
            expect(sameName(moved.fileReport)).toEqual(sameName(first.fileReport))
            expect(moved.report.passed).toBe(first.report.passed)
          },
        ),
      )
    },
    timeoutFor(20),
  )

  it(
    'give a JSON report that parses back to exactly the report as one object, a line per result and per estate finding',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            { weight: 3, arbitrary: topologySpec },
            { weight: 1, arbitrary: crowdedTopologySpec },
          ),
          format,
          fileName,
          (spec, fmt, file) => {
            const { report } = check(spec, fmt, file)
            const output = renderToString(jsonReporter, report)
            expect(JSON.stringify(parseJsonReport(output))).toBe(
              JSON.stringify(jsonReportObject(report)),
            )
            const lines = output.split('\n')
            // The element lines of a list: from the line of its key to the line of the next key.
            const elements = (key: string, next: string) => {
              const start = lines.findIndex((line) => line.startsWith(`  "${key}": [`))
              const end = lines.findIndex((line) => line.startsWith(`  "${next}": [`))
              expect(end).toBeGreaterThan(start)
              return lines.slice(start + 1, end).filter((line) => line !== '  ],')
            }
            expect(elements('results', 'findings')).toHaveLength(
              report.files[0]?.results.length ?? 0,
            )
            expect(elements('findings', 'errors')).toHaveLength(
              report.files[0]?.estate?.length ?? 0,
            )
          },
        ),
      )
    },
    timeoutFor(20),
  )

  it(
    'fail (exit code 1) once one pair is a not-supported cell, with the default fail-on',
    () => {
      const withBadPair = topologySpec.chain((spec) => {
        const matrix = matrixOf(spec)
        const cells = matrix.data.cells.filter((c) => c.status === 'not-supported')
        return fc.tuple(
          fc.constant(spec),
          fc.constantFrom(...cells),
          fc.nat(spec.clients.length - 1),
          fc.nat(spec.servers.length - 1),
        )
      })
      fc.assert(
        fc.property(withBadPair, format, ([spec, cell, c, s], fmt) => {
          const matrix = matrixOf(spec)
          const clientName = matrix.data.clients.find((p) => p.id === cell.client)?.name as string
          const serverName = matrix.data.servers.find((p) => p.id === cell.server)?.name as string
          const server = {
            ...(spec.servers[s] as TopologySpec['servers'][number]),
            product: serverName,
          }
          const target = spec.clients[c] as TopologySpec['clients'][number]
          const client = {
            ...target,
            product: clientName,
            ...(target.servers && !target.servers.includes(server.name)
              ? { servers: [...target.servers, server.name] }
              : {}),
          }
          const changed: TopologySpec = {
            ...spec,
            servers: spec.servers.map((x, i) => (i === s ? server : x)),
            clients: spec.clients.map((x, i) => (i === c ? client : x)),
            // An exception on that very pair would waive it: drop it.
            ...(spec.exceptions
              ? {
                  exceptions: spec.exceptions.filter(
                    (e) => !(e.client === client.name && e.server === server.name),
                  ),
                }
              : {}),
          }
          const { fileReport, report } = check(changed, fmt, 'coexist.yml')
          expect(fileReport.errors).toEqual([])
          expect(
            fileReport.results.some(
              (r) =>
                r.client === client.name &&
                r.server === server.name &&
                r.status === 'not-supported' &&
                r.severity === 'error',
            ),
          ).toBe(true)
          expect(exitCodeOf(report)).toBe(1)
        }),
      )
    },
    timeoutFor(20),
  )
})
