import { countFindings } from '../core/check.js'
import type { FileReport, FindingBase, PairResult, Report, Status } from '../core/types.js'
import {
  baselineMarkdown,
  citedFootnotes,
  findingsOf,
  matrixHeading,
  STATUS_LABEL,
  unlistedLines,
  verdictHeading,
} from './shared.js'
import { plural } from '../core/format.js'
import { inertText } from './markup.js'
import type { Reporter } from './reporter.js'

/** The status marks of the grid, shared with the PR comment. */
export const MARK: Record<Status, string> = {
  supported: '✅',
  interoperable: '⚠️',
  'not-supported': '❌',
  'not-applicable': '➖',
  undocumented: '❔',
}

/**
 * The job summary: the verdict on top, then per file a grid with client populations as rows and
 * servers as columns, a status mark and footnote markers in each cell, the findings, and the
 * footnotes in full. Everything taken from the topology is HTML-escaped.
 */
export const summaryReporter: Reporter = {
  chunks(report: Report): string[] {
    const legend = `<sub>${Object.entries(MARK)
      .map(([status, mark]) => `${mark} ${STATUS_LABEL[status as Status]}`)
      .join(
        ' · ',
      )} · 🔕 waived by an exception · ⏮ already in the base commit · — not connected</sub>`
    return [fitSummary(summaryLines(report), [legend, ''])]
  },
}

/** The summary's lines before the legend, made one at a time: fitSummary stops asking at the cap. */
function* summaryLines(report: Report): Generator<string> {
  const counts = countFindings(report)
  yield* [
    verdictHeading(report),
    '',
    `${plural(counts.errors, 'error')} · ${plural(counts.warnings, 'warning')} · ${plural(counts.notices, 'notice')} · ${plural(counts.pairs, 'pair')} checked${counts.waived > 0 ? ` · ${counts.waived} waived` : ''}${counts.preexisting > 0 ? ` · ${counts.preexisting} pre-existing` : ''}`,
    '',
  ]
  yield* allowEmptyNote(report)
  if (report.baseline) yield* [baselineMarkdown(report.baseline, 'are marked ⏮'), '']
  for (const file of report.files) yield* fileSummaryLines(file)
}

/**
 * What allow-empty let pass, as a note under the counts, shared with the PR comment: without it a
 * run that matched no file reads as a plain pass.
 */
export function allowEmptyNote(report: Report): string[] {
  if (report.notice === undefined) return []
  const text = inertText(report.notice)
  return ['> [!NOTE]', `> ${text.charAt(0).toUpperCase()}${text.slice(1)}`, '']
}

/** One file's section: heading, grid, findings, warnings and notices, footnotes. */
export function renderFileSummary(file: FileReport): string[] {
  return [...fileSummaryLines(file)]
}

/** One file's section, line by line: a row or a finding is made only when it is asked for. */
function* fileSummaryLines(file: FileReport): Generator<string> {
  const heading = `### <code>${inertText(file.file)}</code>${matrixHeading(file, inertText)}`
  const unlisted = unlistedLines(file).map((line) => `- ${line}`)
  if (file.errors.length > 0 || !file.topology) {
    const what =
      file.kind === 'matrix'
        ? 'The matrix file is invalid, so the topologies that name it could not be evaluated; fix these first:'
        : 'The file could not be evaluated; fix these first:'
    yield* [heading, '', what, '']
    for (const e of file.errors)
      yield `- line ${e.line}, column ${e.column}: ${inertText(e.message)}`
    yield* [...unlisted, '']
    return
  }
  const { topology } = file
  const byPair = new Map(file.results.map((r) => [`${r.client}\u0000${r.server}`, r]))
  const footnotes = citedFootnotes(file.results)
  const header = topology.servers
    .map((s) => `<th>${inertText(s.name)}<br><sub>${inertText(s.product)}</sub></th>`)
    .join('')
  yield* [
    heading,
    '',
    '<table>',
    `<thead><tr><th align="left">Client population</th>${header}</tr></thead>`,
    '<tbody>',
  ]
  for (const c of topology.clients) {
    const cells = topology.servers.map((s) => {
      const result = byPair.get(`${c.name}\u0000${s.name}`)
      return `<td>${result ? cell(result) : '—'}</td>`
    })
    yield `<tr><th align="left">${inertText(c.name)}<br><sub>${inertText(c.product)}</sub></th>${cells.join('')}</tr>`
  }
  yield* ['</tbody>', '</table>', '']
  const findings = findingsOf(file)
  if (findings.length > 0) {
    yield* ['| | Line | Finding | What it means |', '|---|---|---|---|']
    for (const r of findings) {
      const severity = r.preexisting ? '⏮ pre-existing' : r.waived ? '🔕 waived' : r.severity
      yield `| ${severity} | ${r.line} | ${inertText(r.title)}${markers(r)} | ${inertText(r.message)} |`
    }
    yield ''
  }
  for (const w of file.warnings)
    yield* [`> [!WARNING]`, `> Line ${w.line}: ${inertText(w.message)}`, '']
  for (const n of file.notices)
    yield* [`> [!NOTE]`, `> Line ${n.line}: ${inertText(n.message)}`, '']
  if (unlisted.length > 0) yield* [...unlisted, '']
  if (footnotes.length > 0) {
    yield* ['**Footnotes**', '']
    for (const f of footnotes) yield* [`<sup>${inertText(f.id)}</sup> ${inertText(f.text)}`, '']
  }
}

function cell(result: PairResult): string {
  const mark = `${result.preexisting ? '⏮' : ''}${result.waived ? '🔕' : ''}${MARK[result.status]}`
  return `${mark} ${STATUS_LABEL[result.status]}${markers(result)}`
}

function markers(result: FindingBase): string {
  return result.footnotes.map((f) => `<sup>${inertText(f.id)}</sup>`).join('')
}

// GitHub rejects a job summary over 1 MiB per step. Leave room for the closing lines and the note.
export const SUMMARY_LIMIT_BYTES = 1024 * 1024 - 16 * 1024

/**
 * Joins the summary's lines, asking for no more of them once the limit is reached: an open HTML
 * table is then closed so the page still renders, and a note says what is missing and where to
 * find it. A 100,000-population estate is never rendered whole only to be cut.
 */
function fitSummary(lines: Iterable<string>, closing: string[]): string {
  const kept: string[] = []
  // Each kept line with its newline; the output has one newline fewer than lines.
  let bytes = 0
  let inTable = false
  let cut = false
  for (const line of lines) {
    const next = bytes + Buffer.byteLength(line) + 1
    if (next > SUMMARY_LIMIT_BYTES) {
      cut = true
      break
    }
    bytes = next
    kept.push(line)
    if (line === '<table>') inTable = true
    if (line === '</table>') inTable = false
  }
  let whole = bytes - 1
  for (const line of closing) whole += Buffer.byteLength(line) + 1
  if (!cut && whole <= SUMMARY_LIMIT_BYTES) return [...kept, ...closing].join('\n')
  const note = `> [!NOTE]\n> This summary was cut at ${kept.length} lines to stay under GitHub's 1 MiB limit for job summaries. The JSON report (output \`report\`) lists every result.`
  if (inTable) kept.push('</tbody>', '</table>')
  return [...kept, '', note, '', ...closing].join('\n')
}
