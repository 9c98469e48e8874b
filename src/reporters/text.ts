import { countFindings } from '../core/check.js'
import type { Diagnostic, Report, Severity } from '../core/types.js'
import { citedFootnotes, findingsOf, isPair, matrixLabel, unlistedLines } from './shared.js'
import type { Reporter } from './reporter.js'
import { formatCount, plural } from '../core/format.js'

export interface TextOptions {
  /** ANSI colour; the CLI turns it on only for a terminal, and never when NO_COLOR is set. */
  color: boolean
  /**
   * At most this many findings over all files, the worst of each file first; then one line says
   * how many more there are and where they are (`elsewhere`). The action's step log is for people
   * and has no use for 100,000 findings; the CLI lists them all.
   */
  limit?: { findings: number; elsewhere: string }
}

/**
 * Names come from the file: a terminal escape sequence must not reach the terminal, and a line
 * break must not start a line that reads like a finding of its own.
 */
export function terminalSafe(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
}

/**
 * Problems of a file that could not be used, one `file:line:column: error: message` line each, and
 * how many more it found than it lists: for standard error, where no report is written.
 */
export function renderErrorLines(
  file: string,
  errors: readonly Diagnostic[],
  unlisted = 0,
): string {
  const lines = errors.map(
    (e) => `${terminalSafe(e.file)}:${e.line}:${e.column}: error: ${terminalSafe(e.message)}\n`,
  )
  if (unlisted > 0)
    lines.push(`${terminalSafe(file)}: ${formatCount(unlisted)} more errors not listed\n`)
  return lines.join('')
}

const SGR = { red: 31, yellow: 33, blue: 34, green: 32, dim: 2, bold: 1 } as const

/** Paints text in one of the SGR styles, or leaves it as it is without colour. */
export function painter(color: boolean): (style: keyof typeof SGR, text: string) => string {
  return (style, text) => (color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text)
}

/**
 * For people at a terminal: per file the findings worst first as `file:line:col` (so editors can
 * jump to them), each explained, the footnotes they cite printed once, and the verdict last.
 */
export function textReporter({ color, limit }: TextOptions): Reporter {
  const paint = painter(color)
  const label: Record<Severity, string> = {
    error: paint('red', 'error'),
    warning: paint('yellow', 'warning'),
    notice: paint('blue', 'notice'),
    none: 'ok',
  }

  return {
    chunks(report: Report): string[] {
      const out: string[] = []
      let shown = 0
      let withheld = 0
      for (const file of report.files) {
        const matrix = matrixLabel(file)
        out.push(
          paint('bold', terminalSafe(file.file)) +
            (matrix ? paint('dim', `  (${terminalSafe(matrix)})`) : ''),
        )
        for (const e of file.errors)
          out.push(
            `  ${terminalSafe(e.file)}:${e.line}:${e.column}: ${label.error}: ${terminalSafe(e.message)}`,
          )
        if (file.errors.length > 0) {
          for (const line of unlistedLines(file)) out.push(`  ${line}`)
          out.push(
            paint(
              'dim',
              file.kind === 'matrix'
                ? '  The matrix file is invalid; no verdict for the topologies that name it.'
                : '  The file could not be evaluated; no verdict for its pairs.',
            ),
            '',
          )
          continue
        }
        for (const w of file.warnings)
          out.push(
            `  ${terminalSafe(w.file)}:${w.line}:${w.column}: ${label.warning}: ${terminalSafe(w.message)}`,
          )
        for (const n of file.notices)
          out.push(
            `  ${terminalSafe(n.file)}:${n.line}:${n.column}: ${label.notice}: ${terminalSafe(n.message)}`,
          )
        for (const line of unlistedLines(file)) out.push(`  ${line}`)
        const findings = findingsOf(file)
        const room = limit === undefined ? findings.length : Math.max(0, limit.findings - shown)
        withheld += Math.max(0, findings.length - room)
        shown += Math.min(room, findings.length)
        for (const r of findings.slice(0, room)) {
          const refs = r.footnotes.map((f) => `[${f.id}]`).join('')
          // Printed with its severity, an old finding must say why it does not count.
          const remark = r.preexisting
            ? paint(
                'dim',
                report.baseline
                  ? ` (pre-existing: already at ${terminalSafe(report.baseline.revision)})`
                  : ' (pre-existing)',
              )
            : r.waived
              ? paint('dim', ' (waived)')
              : ''
          out.push(
            `  ${terminalSafe(r.file)}:${r.line}:${r.column}: ${label[r.severity]}: ${terminalSafe(r.title)}${refs ? ` ${refs}` : ''}${remark}`,
          )
          out.push(`      ${terminalSafe(r.message)}`)
        }
        const supported = file.results.length - findings.filter(isPair).length
        if (supported > 0)
          out.push(
            paint(
              'green',
              `  ${supported} of ${plural(file.results.length, 'pair')} supported without remarks`,
            ),
          )
        const footnotes = citedFootnotes(findings.slice(0, room))
        if (footnotes.length > 0) {
          out.push('', '  Footnotes:')
          for (const f of footnotes) out.push(`  [${f.id}] ${f.text}`)
        }
        out.push('')
      }
      if (limit && withheld > 0)
        out.push(
          `${formatCount(withheld)} more ${withheld === 1 ? 'finding is' : 'findings are'} not shown here (the first ${limit.findings} are listed above, worst first in each file): ${limit.elsewhere}`,
          '',
        )
      if (report.baseline?.problem)
        out.push(
          `${label.warning}: new-only mode is off, every finding counts: ${terminalSafe(report.baseline.problem)}`,
          '',
        )
      out.push(verdictLine(report, color))
      return [`${out.join('\n')}\n`]
    },
  }
}

/**
 * The verdict and the counts on one line, the text report's last. It holds nothing taken from the
 * topology (words and numbers only), so the action prints it outside the log's collapsed group.
 */
export function verdictLine(report: Report, color: boolean): string {
  const paint = painter(color)
  const c = countFindings(report)
  const tally = `${plural(c.errors, 'error')}, ${plural(c.warnings, 'warning')}, ${plural(c.notices, 'notice')} in ${plural(c.pairs, 'pair')}${c.waived > 0 ? `, ${c.waived} waived` : ''}${c.preexisting > 0 ? `, ${c.preexisting} pre-existing` : ''}`
  const unreadable = report.files.some((f) => f.errors.length > 0)
  return unreadable
    ? paint('red', `✖ Could not evaluate: ${tally}`)
    : report.passed
      ? paint('green', `✔ Passed: ${tally}`)
      : paint('red', `✖ Failed: ${tally}`)
}
