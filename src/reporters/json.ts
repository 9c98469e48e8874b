import { countFindings } from '../core/check.js'
import type { FileReport, FindingBase, FindingSource, PairResult } from '../core/types.js'
import { CHUNK_LENGTH, type Reporter } from './reporter.js'

/** The version of the JSON report's shape (schema/report.schema.json); a breaking change raises it. */
export const JSON_REPORT_VERSION = 2

/**
 * The machine-readable report: one object with every evaluated pair (supported ones included),
 * every finding about the estate (capabilities, server rules, products supported nowhere), every
 * input error and every warning about the input, each with file, line and column.
 *
 * What many results share is given once, as SARIF gives its rules: `matrices` holds, per matrix the
 * results cite, its footnotes (by the matrix's footnote id), the documents its verdicts cite and the
 * alternatives results propose (each by an id of the report's own, in order of first use). Results
 * and findings name their matrix and refer to these by id; schema/report.schema.json is the shape.
 *
 * Each top-level key is on a line of its own and so is each element of the lists (and each matrix),
 * in compact JSON: a report of a large estate stays greppable and diffs line by line, and is
 * serialized as it is written rather than as one indented string.
 */
export const jsonReporter: Reporter = {
  chunks: (report) => {
    const tables = new MatrixTables()
    for (const file of report.files) {
      for (const result of file.results) tables.addResult(result)
      for (const finding of file.estate ?? []) tables.addFinding(finding)
    }
    return jsonLines([
      ['version', String(JSON_REPORT_VERSION)],
      ['passed', JSON.stringify(report.passed)],
      ['counts', JSON.stringify(countFindings(report))],
      ...(report.baseline ? [['baseline', JSON.stringify(report.baseline)] as const] : []),
      ['matrices', { members: tables.entries() }],
      ['results', resultLines(report.files, tables)],
      ['findings', estateLines(report.files, tables)],
      ['errors', diagnosticLines(report.files, 'errors')],
      ['warnings', diagnosticLines(report.files, 'warnings')],
      ['notices', diagnosticLines(report.files, 'notices')],
      // Only when a file found more problems than it lists (limits.ts): how many, per file and kind.
      ...(report.files.some((f) => f.unlisted)
        ? [['unlisted', unlistedLines(report.files)] as const]
        : []),
    ])
  },
}

type Member = string | Iterable<string> | { members: Iterable<readonly [string, string]> }

/**
 * An object of the given members, each a serialized value, a list given element by element or an
 * object given member by member, in pieces of about CHUNK_LENGTH.
 */
function* jsonLines(
  members: readonly (readonly [key: string, value: Member])[],
): Generator<string> {
  let chunk = '{'
  for (const [index, [key, value]] of members.entries()) {
    chunk += `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `
    if (typeof value === 'string') {
      chunk += value
      continue
    }
    const object = 'members' in value
    const lines = object
      ? (function* () {
          for (const [k, v] of value.members) yield `${JSON.stringify(k)}:${v}`
        })()
      : value
    let count = 0
    for (const element of lines) {
      chunk += `${count++ === 0 ? (object ? '{' : '[') : ','}\n    ${element}`
      if (chunk.length >= CHUNK_LENGTH) {
        yield chunk
        chunk = ''
      }
    }
    chunk += count === 0 ? (object ? '{}' : '[]') : object ? '\n  }' : '\n  ]'
  }
  yield `${chunk}\n}\n`
}

/** A finding's matrix (the key of its table) and what it cites: absent when no source states the verdict. */
interface SourceReference {
  matrix: string
  cited?: { ref?: string; note?: string; quote?: string; conflicts?: object[] }
  /** The same, serialized: `"matrix":…` and `,"source":{…}` (empty without a source). */
  matrixJson: string
  sourceJson: string
}

interface MatrixTable {
  id: string
  file?: string
  footnotes: Map<string, string>
  /** Serialized document (title, table, url) → its id. */
  sources: Map<string, string>
  /** Serialized alternatives → their id. */
  alternatives: Map<string, string>
}

/**
 * The per-matrix tables, filled from every result and finding before any is written, and what each
 * result's shared values become: the serialized `"matrix":…,"footnotes":…` references, cached by
 * the identity of the values the core shares between results.
 */
class MatrixTables {
  private readonly tables = new Map<string, MatrixTable>()
  /** A matrix id (and file, for a custom matrix) → the key of its table. */
  private readonly keys = new Map<string, string>()
  private readonly sourceRefs = new Map<FindingSource, SourceReference>()
  private readonly footnoteRefs = new Map<PairResult['footnotes'], string>()
  private readonly alternativeRefs = new Map<object, string>()
  private readonly strings = new Map<string, string>()

  addResult(r: PairResult): void {
    const table = this.table(r.source)
    this.source(r.source)
    this.footnotes(r.footnotes, table)
    if (r.alternatives !== undefined) this.alternatives(r.alternatives, table)
  }

  addFinding(f: FindingBase): void {
    this.source(f.source)
  }

  /** The table of the source's matrix: keyed by the matrix id, or should another file take the id too, by id@file. */
  table(source: FindingSource): MatrixTable & { key: string } {
    const identity = `${source.matrix}\u0000${source.matrixFile ?? ''}`
    let key = this.keys.get(identity)
    if (key === undefined) {
      key = this.tables.has(source.matrix) ? `${source.matrix}@${source.matrixFile}` : source.matrix
      this.keys.set(identity, key)
      this.tables.set(key, {
        id: source.matrix,
        ...(source.matrixFile === undefined ? {} : { file: source.matrixFile }),
        footnotes: new Map(),
        sources: new Map(),
        alternatives: new Map(),
      })
    }
    return Object.assign(this.tables.get(key)!, { key })
  }

  /** The key of the finding's matrix and, when some source states the verdict, its reference. */
  source(source: FindingSource): SourceReference {
    let reference = this.sourceRefs.get(source)
    if (reference === undefined) {
      const table = this.table(source)
      const ref = (document: { title: string; table?: string; url?: string }) => {
        const serialized = JSON.stringify({
          title: document.title,
          ...(document.table === undefined ? {} : { table: document.table }),
          ...(document.url === undefined ? {} : { url: document.url }),
        })
        let id = table.sources.get(serialized)
        if (id === undefined) {
          id = String(table.sources.size + 1)
          table.sources.set(serialized, id)
        }
        return id
      }
      const cited =
        source.title === undefined && source.conflicts === undefined
          ? undefined
          : {
              ...(source.title === undefined
                ? {}
                : { ref: ref({ title: source.title, table: source.table, url: source.url }) }),
              ...(source.note === undefined ? {} : { note: source.note }),
              ...(source.quote === undefined ? {} : { quote: source.quote }),
              ...(source.conflicts === undefined
                ? {}
                : {
                    conflicts: source.conflicts.map((c) => ({
                      ref: ref(c),
                      status: c.status,
                      ...(c.note === undefined ? {} : { note: c.note }),
                    })),
                  }),
            }
      reference = {
        matrix: table.key,
        cited,
        matrixJson: `"matrix":${this.string(table.key)}`,
        sourceJson: cited === undefined ? '' : `,"source":${JSON.stringify(cited)}`,
      }
      this.sourceRefs.set(source, reference)
    }
    return reference
  }

  /** The footnote ids, as a JSON list; their texts go to the matrix's table. */
  footnotes(footnotes: PairResult['footnotes'], table: MatrixTable): string {
    let json = this.footnoteRefs.get(footnotes)
    if (json === undefined) {
      for (const { id, text } of footnotes)
        if (!table.footnotes.has(id)) table.footnotes.set(id, text)
      json = JSON.stringify(footnotes.map((f) => f.id))
      this.footnoteRefs.set(footnotes, json)
    }
    return json
  }

  /** The id of the alternatives in the matrix's table, as a JSON string. */
  alternatives(alternatives: object, table: MatrixTable): string {
    let json = this.alternativeRefs.get(alternatives)
    if (json === undefined) {
      const serialized = JSON.stringify(alternatives)
      let id = table.alternatives.get(serialized)
      if (id === undefined) {
        id = String(table.alternatives.size + 1)
        table.alternatives.set(serialized, id)
      }
      json = JSON.stringify(id)
      this.alternativeRefs.set(alternatives, json)
    }
    return json
  }

  /** A string serialized once per report: results repeat the same few servers, products and titles. */
  string(value: string): string {
    let json = this.strings.get(value)
    if (json === undefined) {
      json = JSON.stringify(value)
      this.strings.set(value, json)
    }
    return json
  }

  *entries(): Generator<readonly [string, string]> {
    const object = (entries: Iterable<readonly [string, string]>) =>
      `{${[...entries].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`
    for (const [key, t] of this.tables) {
      const swap = (m: Map<string, string>) => [...m].map(([json, id]) => [id, json] as const)
      yield [
        key,
        `{"id":${JSON.stringify(t.id)}${t.file === undefined ? '' : `,"file":${JSON.stringify(t.file)}`}` +
          `,"footnotes":${object([...t.footnotes].sort(([a], [b]) => byId(a, b)).map(([id, text]) => [id, JSON.stringify(text)] as const))}` +
          `,"sources":${object(swap(t.sources))},"alternatives":${object(swap(t.alternatives))}}`,
      ]
    }
  }
}

/** Footnote ids in the matrix's order: "2" before "10", then "sfb-1"... */
const byId = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true })

function* resultLines(files: readonly FileReport[], tables: MatrixTables): Generator<string> {
  // Results share their nested values (footnotes, source, alternatives...) by identity and repeat
  // the same few servers, products and titles: each is serialized once per report and spliced
  // into every result that holds it.
  const serialized = new Map<object, string>()
  const recurring = (value: object) => {
    let json = serialized.get(value)
    if (json === undefined) {
      json = JSON.stringify(value)
      serialized.set(value, json)
    }
    return json
  }
  for (const file of files)
    for (const result of file.results) yield resultJson(result, tables, recurring)
}

/** The estate findings, each with its kind and subject (a population, or the pools a server rule is about). */
function* estateLines(files: readonly FileReport[], tables: MatrixTables): Generator<string> {
  for (const file of files) {
    for (const f of file.estate ?? []) {
      const { matrix, cited } = tables.source(f.source)
      yield JSON.stringify({
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
        ...(cited ? { source: cited } : {}),
        ...(f.related ? { related: f.related } : {}),
        title: f.title,
        message: f.message,
      })
    }
  }
}

function* unlistedLines(files: readonly FileReport[]): Generator<string> {
  for (const file of files)
    if (file.unlisted) yield JSON.stringify({ file: file.file, ...file.unlisted })
}

/**
 * A result as JSON.stringify would give its object form: keys in this order, `undefined` members
 * left out. Positions are whole numbers and flags booleans, which print the same either way.
 */
function resultJson(
  r: PairResult,
  tables: MatrixTables,
  recurring: (value: object) => string,
): string {
  const s = (value: string) => tables.string(value)
  const table = tables.table(r.source)
  const { matrixJson, sourceJson } = tables.source(r.source)
  let json = `{"file":${s(r.file)},"line":${r.line},"column":${r.column},"endLine":${r.endLine},"endColumn":${r.endColumn}`
  json += `,${matrixJson}`
  json += `,"client":${JSON.stringify(r.client)},"server":${s(r.server)},"clientProduct":${s(r.clientProduct)},"serverProduct":${s(r.serverProduct)}`
  json += `,"status":${s(r.status)},"severity":${s(r.severity)},"waived":${r.waived},"preexisting":${r.preexisting}`
  json += `,"workloads":${recurring(r.workloads)},"footnotes":${tables.footnotes(r.footnotes, table)}`
  if (r.replacement !== undefined) json += `,"replacement":${s(r.replacement)}`
  if (r.alternatives !== undefined)
    json += `,"alternatives":${tables.alternatives(r.alternatives, table)}`
  if (r.workloadVerdicts !== undefined)
    json += `,"workloadVerdicts":${recurring(r.workloadVerdicts)}`
  if (r.missingUpdate !== undefined) json += `,"missingUpdate":${recurring(r.missingUpdate)}`
  json += sourceJson
  if (r.exception !== undefined) json += `,"exception":${recurring(r.exception)}`
  return `${json},"title":${s(r.title)},"message":${JSON.stringify(r.message)}}`
}

function* diagnosticLines(
  files: readonly FileReport[],
  kind: 'errors' | 'warnings' | 'notices',
): Generator<string> {
  for (const file of files) {
    for (const d of file[kind])
      yield JSON.stringify({
        file: d.file,
        line: d.line,
        column: d.column,
        endLine: d.endLine,
        endColumn: d.endColumn,
        ...(d.topic ? { topic: d.topic } : {}),
        message: d.message,
      })
  }
}
