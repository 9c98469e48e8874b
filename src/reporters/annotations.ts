import type { Diagnostic, PairResult, Report } from '../core/types.js'
import { findingsOf } from './findings.js'
import type { Reporter } from './reporter.js'
import { formatCommand, type AnnotationLevel } from './workflow-command.js'

/**
 * GitHub annotations as workflow commands: one per input error, per warning about the input, and
 * per non-supported pair, on the exact line and columns, with the footnotes spelled out so a
 * reviewer never has to open the matrix.
 */
export const annotationsReporter: Reporter = {
  render(report: Report): string {
    const lines: string[] = []
    for (const file of report.files) {
      for (const error of file.errors) lines.push(diagnostic('error', 'coexist: invalid topology', error))
      for (const warning of file.warnings) lines.push(diagnostic('warning', 'coexist: expired exception', warning))
      for (const result of findingsOf(file)) {
        if (result.status !== 'supported') lines.push(pair(result))
      }
    }
    return lines.length > 0 ? `${lines.join('\n')}\n` : ''
  },
}

function pair(result: PairResult): string {
  const level: AnnotationLevel = result.severity === 'error' ? 'error' : result.severity === 'warning' ? 'warning' : 'notice'
  const footnotes = result.footnotes.map((f) => `Footnote ${f.id}: ${f.text}`)
  const message = [result.message, ...footnotes].join('\n\n')
  return formatCommand(level, { ...position(result), title: result.waived ? `${result.title} (waived)` : result.title }, message)
}

function diagnostic(level: AnnotationLevel, title: string, d: Diagnostic): string {
  return formatCommand(level, { ...position(d), title }, d.message)
}

// GitHub's annotation columns are inclusive; our spans end one past the last character.
function position(d: Diagnostic | PairResult) {
  const sameLine = d.endLine === d.line
  return {
    file: d.file,
    line: d.line,
    endLine: d.endLine,
    // GitHub ignores columns on annotations that span lines, so give them only on one line.
    col: sameLine ? d.column : undefined,
    endColumn: sameLine ? Math.max(d.column, d.endColumn - 1) : undefined,
  }
}
