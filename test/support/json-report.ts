// The JSON report's contract as one object, built the way the JSON reporter built it before it
// wrote one result per line: JSON.stringify of this is what its output must parse back to, key
// order and left-out `undefined` members included. And the report's schema: every report a test
// reads goes through parseJsonReport, which validates it against schema/report.schema.json.
import { readFileSync } from 'node:fs'
import { Ajv2020 } from 'ajv/dist/2020.js'
import { countFindings } from '../../src/core/check.js'
import type { FindingSource, Report } from '../../src/core/types.js'

const SCHEMA = JSON.parse(
  readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8'),
) as object
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(SCHEMA)

/** The problems schema/report.schema.json finds in a parsed report, as "path message" lines; none when valid. */
export function reportSchemaErrors(value: unknown): string[] {
  if (validate(value)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`)
}

/** A JSON report's text parsed, after checking it against the schema and that every id it uses resolves. */
export function parseJsonReport<T = JsonReport>(text: string): T {
  const value = JSON.parse(text) as unknown
  const problems = reportSchemaErrors(value)
  if (problems.length === 0) problems.push(...danglingReferences(value as JsonReport))
  if (problems.length > 0)
    throw new Error(
      `the JSON report does not match schema/report.schema.json:\n${problems.join('\n')}`,
    )
  return value as T
}

/** The references a schema cannot check: matrix keys, footnote ids, source refs, alternatives. */
function danglingReferences(report: JsonReport): string[] {
  const problems: string[] = []
  const check = (
    where: string,
    item: JsonReport['results'][number] | JsonReport['findings'][number],
  ) => {
    const matrix = report.matrices[item.matrix]
    if (!matrix) return void problems.push(`${where}: no matrix ${item.matrix}`)
    const refs = [item.source?.ref, ...(item.source?.conflicts ?? []).map((c) => c.ref)]
    for (const ref of refs)
      if (ref !== undefined && !(ref in matrix.sources)) problems.push(`${where}: no source ${ref}`)
    if ('workloads' in item) {
      const r = item as JsonReport['results'][number]
      for (const id of r.footnotes)
        if (!(id in matrix.footnotes)) problems.push(`${where}: no footnote ${id}`)
      if (r.alternatives !== undefined && !(r.alternatives in matrix.alternatives))
        problems.push(`${where}: no alternatives ${r.alternatives}`)
    }
  }
  report.results.forEach((r, i) => check(`/results/${i}`, r))
  report.findings.forEach((f, i) => check(`/findings/${i}`, f))
  return problems
}

type SourceReference = {
  ref?: string
  note?: string
  quote?: string
  conflicts?: { ref: string; status: string; note?: string }[]
}

/** The parts of a report tests read (schema/report.schema.json has all of it). */
export interface JsonReport {
  version: 2
  passed: boolean
  counts: Record<'errors' | 'warnings' | 'notices' | 'waived' | 'preexisting' | 'pairs', number>
  baseline?: { revision: string; problem?: string }
  matrices: Record<
    string,
    {
      id: string
      file?: string
      footnotes: Record<string, string>
      sources: Record<string, { title: string; table?: string; url?: string }>
      alternatives: Record<string, { clients: string[]; servers: string[] }>
    }
  >
  results: ({
    file: string
    line: number
    column: number
    matrix: string
    client: string
    server: string
    clientProduct: string
    serverProduct: string
    status: string
    severity: string
    waived: boolean
    preexisting: boolean
    workloads: string[]
    footnotes: string[]
    alternatives?: string
    source?: SourceReference
    title: string
    message: string
  } & Record<string, unknown>)[]
  findings: ({
    file: string
    line: number
    matrix: string
    kind: string
    subject: string
    status: string
    severity: string
    source?: SourceReference
    title: string
    message: string
  } & Record<string, unknown>)[]
  errors: ({ file: string; line: number; column: number; message: string } & Record<
    string,
    unknown
  >)[]
  warnings: ({ file: string; line: number; column: number; message: string } & Record<
    string,
    unknown
  >)[]
  notices: ({ file: string; line: number; column: number; message: string } & Record<
    string,
    unknown
  >)[]
  unlisted?: { file: string; errors: number; warnings: number; notices: number }[]
}

export function jsonReportObject(report: Report) {
  // Matrices in order of first use, results before findings; ids of documents and alternatives
  // count from 1 per matrix in the same order.
  const matrices: Record<
    string,
    {
      id: string
      file?: string
      footnotes: Record<string, string>
      sources: Record<string, object>
      alternatives: Record<string, object>
    }
  > = {}
  const matrixKey = (source: FindingSource) => {
    for (const [key, m] of Object.entries(matrices))
      if (m.id === source.matrix && m.file === source.matrixFile) return key
    const key = source.matrix in matrices ? `${source.matrix}@${source.matrixFile}` : source.matrix
    matrices[key] = {
      id: source.matrix,
      file: source.matrixFile,
      footnotes: {},
      sources: {},
      alternatives: {},
    }
    return key
  }
  const idOf = (table: Record<string, object>, value: object) => {
    const json = JSON.stringify(value)
    const found = Object.entries(table).find(([, v]) => JSON.stringify(v) === json)
    if (found) return found[0]
    const id = String(Object.keys(table).length + 1)
    table[id] = value
    return id
  }
  const sourceOf = (key: string, s: FindingSource) => {
    const sources = matrices[key]!.sources
    const document = (d: { title: string; table?: string; url?: string }) =>
      idOf(
        sources,
        JSON.parse(JSON.stringify({ title: d.title, table: d.table, url: d.url })) as object,
      )
    if (s.title === undefined && s.conflicts === undefined) return undefined
    return {
      ref:
        s.title === undefined
          ? undefined
          : document({ title: s.title, table: s.table, url: s.url }),
      note: s.note,
      quote: s.quote,
      conflicts: s.conflicts?.map((c) => ({ ref: document(c), status: c.status, note: c.note })),
    }
  }
  const results = report.files.flatMap((file) =>
    file.results.map((r) => {
      const matrix = matrixKey(r.source)
      const table = matrices[matrix]!
      for (const f of r.footnotes) table.footnotes[f.id] = f.text
      return {
        file: r.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        matrix,
        client: r.client,
        server: r.server,
        clientProduct: r.clientProduct,
        serverProduct: r.serverProduct,
        status: r.status,
        severity: r.severity,
        waived: r.waived,
        preexisting: r.preexisting,
        workloads: r.workloads,
        footnotes: r.footnotes.map((f) => f.id),
        replacement: r.replacement,
        alternatives: r.alternatives && idOf(table.alternatives, r.alternatives),
        workloadVerdicts: r.workloadVerdicts,
        missingUpdate: r.missingUpdate,
        source: sourceOf(matrix, r.source),
        exception: r.exception,
        title: r.title,
        message: r.message,
      }
    }),
  )
  const findings = report.files.flatMap((file) =>
    (file.estate ?? []).map((f) => {
      const matrix = matrixKey(f.source)
      return {
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        matrix,
        kind: f.kind,
        subject: f.subject,
        status: f.status,
        severity: f.severity,
        preexisting: f.preexisting,
        source: sourceOf(matrix, f.source),
        related: f.related,
        title: f.title,
        message: f.message,
      }
    }),
  )
  const diagnostics = (kind: 'errors' | 'warnings' | 'notices') =>
    report.files.flatMap((file) =>
      file[kind].map((d) => ({
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        topic: d.topic,
        message: d.message,
      })),
    )
  // Footnotes in the matrix's order of ids ("2" before "10"), as the reporter writes them.
  for (const m of Object.values(matrices))
    m.footnotes = Object.fromEntries(
      Object.entries(m.footnotes).sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true })),
    )
  return {
    version: 2,
    passed: report.passed,
    counts: countFindings(report),
    ...(report.baseline ? { baseline: report.baseline } : {}),
    matrices,
    results,
    findings,
    errors: diagnostics('errors'),
    warnings: diagnostics('warnings'),
    notices: diagnostics('notices'),
  }
}
