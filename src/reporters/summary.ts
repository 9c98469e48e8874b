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
    const counts = countFindings(report)
    const parts = [
      verdictHeading(report),
      '',
      `${plural(counts.errors, 'error')} · ${plural(counts.warnings, 'warning')} · ${plural(counts.notices, 'notice')} · ${plural(counts.pairs, 'pair')} checked${counts.waived > 0 ? ` · ${counts.waived} waived` : ''}${counts.preexisting > 0 ? ` · ${counts.preexisting} pre-existing` : ''}`,
      '',
    ]
    parts.push(...allowEmptyNote(report))
    if (report.baseline) parts.push(baselineMarkdown(report.baseline, 'are marked ⏮'), '')
    for (const file of report.files) for (const line of renderFileSummary(file)) parts.push(line)
    const legend = `<sub>${Object.entries(MARK)
      .map(([status, mark]) => `${mark} ${STATUS_LABEL[status as Status]}`)
      .join(
        ' · ',
      )} · 🔕 waived by an exception · ⏮ already in the base commit · — not connected</sub>`
    return [fitSummary(parts, [legend, ''])]
  },
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
  const heading = `### <code>${inertText(file.file)}</code>${matrixHeading(file, inertText)}`
  const unlisted = unlistedLines(file).map((line) => `- ${line}`)
  if (file.errors.length > 0 || !file.topology) {
    const what =
      file.kind === 'matrix'
        ? 'The matrix file is invalid, so the topologies that name it could not be evaluated; fix these first:'
        : 'The file could not be evaluated; fix these first:'
    return [
      heading,
      '',
      what,
      '',
      ...file.errors.map((e) => `- line ${e.line}, column ${e.column}: ${inertText(e.message)}`),
      ...unlisted,
      '',
    ]
  }
  const { topology } = file
  const byPair = new Map(file.results.map((r) => [`${r.client}\u0000${r.server}`, r]))
  const footnotes = citedFootnotes(file.results)
  const header = topology.servers
    .map((s) => `<th>${inertText(s.name)}<br><sub>${inertText(s.product)}</sub></th>`)
    .join('')
  const rows = topology.clients.map((c) => {
    const cells = topology.servers.map((s) => {
      const result = byPair.get(`${c.name}\u0000${s.name}`)
      return `<td>${result ? cell(result) : '—'}</td>`
    })
    return `<tr><th align="left">${inertText(c.name)}<br><sub>${inertText(c.product)}</sub></th>${cells.join('')}</tr>`
  })
  const lines = [
    heading,
    '',
    '<table>',
    `<thead><tr><th align="left">Client population</th>${header}</tr></thead>`,
    '<tbody>',
    ...rows,
    '</tbody>',
    '</table>',
    '',
  ]
  const findings = findingsOf(file)
  if (findings.length > 0) {
    lines.push('| | Line | Finding | What it means |', '|---|---|---|---|')
    for (const r of findings) {
      const severity = r.preexisting ? '⏮ pre-existing' : r.waived ? '🔕 waived' : r.severity
      lines.push(
        `| ${severity} | ${r.line} | ${inertText(r.title)}${markers(r)} | ${inertText(r.message)} |`,
      )
    }
    lines.push('')
  }
  for (const w of file.warnings)
    lines.push(`> [!WARNING]`, `> Line ${w.line}: ${inertText(w.message)}`, '')
  for (const n of file.notices)
    lines.push(`> [!NOTE]`, `> Line ${n.line}: ${inertText(n.message)}`, '')
  if (unlisted.length > 0) lines.push(...unlisted, '')
  if (footnotes.length > 0) {
    lines.push('**Footnotes**', '')
    for (const f of footnotes) lines.push(`<sup>${inertText(f.id)}</sup> ${inertText(f.text)}`, '')
  }
  return lines
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
 * Joins the summary's lines, cutting it off before the limit when it would exceed it: an open HTML
 * table is closed so the page still renders, and a note says what is missing and where to find it.
 */
function fitSummary(lines: string[], closing: string[]): string {
  // Measured line by line (n lines, n - 1 newlines): joining the summary of a 100,000-population
  // estate, some 30 MB, only to find it too long took longer than rendering it.
  let whole = -1
  for (const line of lines) whole += Buffer.byteLength(line) + 1
  for (const line of closing) whole += Buffer.byteLength(line) + 1
  if (whole <= SUMMARY_LIMIT_BYTES) return [...lines, ...closing].join('\n')
  const kept: string[] = []
  let bytes = 0
  let inTable = false
  for (const line of lines) {
    bytes += Buffer.byteLength(line) + 1
    if (bytes > SUMMARY_LIMIT_BYTES) break
    kept.push(line)
    if (line === '<table>') inTable = true
    if (line === '</table>') inTable = false
  }
  const note = `> [!NOTE]\n> This summary was cut at ${kept.length} of ${lines.length} lines to stay under GitHub's 1 MiB limit for job summaries. The JSON report (output \`report\`) lists every result.`
  if (inTable) kept.push('</tbody>', '</table>')
  return [...kept, '', note, '', ...closing].join('\n')
}
