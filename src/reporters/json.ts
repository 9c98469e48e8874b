import { countFindings } from '../core/check.js'
import type { FileReport, PairResult } from '../core/types.js'
import { CHUNK_LENGTH, type Reporter } from './reporter.js'

/**
 * The machine-readable report: one object with every evaluated pair (supported ones included),
 * every finding about the estate (capabilities, server rules, products supported nowhere), every
 * input error and every warning about the input, each with file, line and column.
 *
 * Each top-level key is on a line of its own and so is each element of the lists, in compact JSON:
 * a report of a large estate stays greppable and diffs line by line, and is serialized as it is
 * written rather than as one indented string.
 */
export const jsonReporter: Reporter = {
  chunks: (report) =>
    jsonLines([
      ['passed', JSON.stringify(report.passed)],
      ['counts', JSON.stringify(countFindings(report))],
      ...(report.baseline ? [['baseline', JSON.stringify(report.baseline)] as const] : []),
      ['results', resultLines(report.files)],
      ['findings', estateLines(report.files)],
      ['errors', diagnosticLines(report.files, 'errors')],
      ['warnings', diagnosticLines(report.files, 'warnings')],
      ['notices', diagnosticLines(report.files, 'notices')],
      // Only when a file found more problems than it lists (limits.ts): how many, per file and kind.
      ...(report.files.some((f) => f.unlisted)
        ? [['unlisted', unlistedLines(report.files)] as const]
        : []),
    ]),
}

/**
 * An object of the given members, each a serialized value or a list given element by element, in
 * pieces of about CHUNK_LENGTH.
 */
function* jsonLines(
  members: readonly (readonly [key: string, value: string | Iterable<string>])[],
): Generator<string> {
  let chunk = '{'
  for (const [index, [key, value]] of members.entries()) {
    chunk += `${index === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `
    if (typeof value === 'string') {
      chunk += value
      continue
    }
    let count = 0
    for (const element of value) {
      chunk += `${count++ === 0 ? '[' : ','}\n    ${element}`
      if (chunk.length >= CHUNK_LENGTH) {
        yield chunk
        chunk = ''
      }
    }
    chunk += count === 0 ? '[]' : '\n  ]'
  }
  yield `${chunk}\n}\n`
}

function* resultLines(files: readonly FileReport[]): Generator<string> {
  // Results share their nested values (footnotes, source, alternatives...) by identity and repeat
  // the same few servers, products and titles: each is serialized once per report and spliced
  // into every result that holds it.
  const serialized = new Map<string | object, string>()
  const recurring = (value: string | object) => {
    let json = serialized.get(value)
    if (json === undefined) {
      json = JSON.stringify(value)
      serialized.set(value, json)
    }
    return json
  }
  for (const file of files)
    for (const result of file.results) yield resultJson(result, file, recurring)
}

/** The estate findings, each with its kind and subject (a population, or the pools a server rule is about). */
function* estateLines(files: readonly FileReport[]): Generator<string> {
  for (const file of files) {
    for (const f of file.estate ?? []) {
      yield JSON.stringify({
        file: f.file,
        line: f.line,
        column: f.column,
        endLine: f.endLine,
        endColumn: f.endColumn,
        ...(file.matrix === undefined ? {} : { matrix: file.matrix }),
        ...(file.matrixFile === undefined ? {} : { matrixFile: file.matrixFile }),
        kind: f.kind,
        subject: f.subject,
        status: f.status,
        severity: f.severity,
        preexisting: f.preexisting,
        source: f.source,
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
  file: FileReport,
  recurring: (value: string | object) => string,
): string {
  let json = `{"file":${recurring(r.file)},"line":${r.line},"column":${r.column},"endLine":${r.endLine},"endColumn":${r.endColumn}`
  if (file.matrix !== undefined) json += `,"matrix":${recurring(file.matrix)}`
  if (file.matrixFile !== undefined) json += `,"matrixFile":${recurring(file.matrixFile)}`
  json += `,"client":${JSON.stringify(r.client)},"server":${recurring(r.server)},"clientProduct":${recurring(r.clientProduct)},"serverProduct":${recurring(r.serverProduct)}`
  json += `,"status":${recurring(r.status)},"severity":${recurring(r.severity)},"waived":${r.waived},"preexisting":${r.preexisting}`
  json += `,"workloads":${recurring(r.workloads)},"footnotes":${recurring(r.footnotes)}`
  if (r.replacement !== undefined) json += `,"replacement":${recurring(r.replacement)}`
  if (r.alternatives !== undefined) json += `,"alternatives":${recurring(r.alternatives)}`
  if (r.workloadVerdicts !== undefined)
    json += `,"workloadVerdicts":${recurring(r.workloadVerdicts)}`
  if (r.missingUpdate !== undefined) json += `,"missingUpdate":${recurring(r.missingUpdate)}`
  json += `,"source":${recurring(r.source)}`
  if (r.exception !== undefined) json += `,"exception":${recurring(r.exception)}`
  return `${json},"title":${recurring(r.title)},"message":${JSON.stringify(r.message)}}`
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
