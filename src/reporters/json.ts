import { countFindings } from '../core/check.js'
import type { Report } from '../core/types.js'
import type { Reporter } from './reporter.js'

/**
 * The machine-readable report: one object with every evaluated pair (supported ones included),
 * every input error and every warning about the input, each with file, line and column.
 */
export const jsonReporter: Reporter = {
  render(report: Report): string {
    const results = report.files.flatMap((file) =>
      file.results.map((r) => ({
        file: r.file,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        matrix: file.matrix,
        client: r.client,
        server: r.server,
        clientProduct: r.clientProduct,
        serverProduct: r.serverProduct,
        status: r.status,
        severity: r.severity,
        waived: r.waived,
        preexisting: r.preexisting,
        workloads: r.workloads,
        footnotes: r.footnotes,
        replacement: r.replacement,
        alternatives: r.alternatives,
        source: r.source,
        exception: r.exception,
        title: r.title,
        message: r.message,
      })),
    )
    const diagnostics = (kind: 'errors' | 'warnings' | 'notices') =>
      report.files.flatMap((file) => file[kind].map((d) => ({ file: d.file, line: d.line, column: d.column, endLine: d.endLine, endColumn: d.endColumn, message: d.message })))
    const body = { passed: report.passed, counts: countFindings(report), ...(report.baseline ? { baseline: report.baseline } : {}), results, errors: diagnostics('errors'), warnings: diagnostics('warnings'), notices: diagnostics('notices') }
    return `${JSON.stringify(body, null, 2)}\n`
  },
}
