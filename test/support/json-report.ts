// The JSON report's contract as one object, built the way the JSON reporter built it before it
// wrote one result per line: JSON.stringify of this is what its output must parse back to, key
// order and left-out `undefined` members included.
import { countFindings } from '../../src/core/check.js'
import type { Report } from '../../src/core/types.js'

export function jsonReportObject(report: Report) {
  const results = report.files.flatMap((file) =>
    file.results.map((r) => ({
      file: r.file,
      line: r.line,
      column: r.column,
      endLine: r.endLine,
      endColumn: r.endColumn,
      matrix: file.matrix,
      matrixFile: file.matrixFile,
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
      workloadVerdicts: r.workloadVerdicts,
      missingUpdate: r.missingUpdate,
      source: r.source,
      exception: r.exception,
      title: r.title,
      message: r.message,
    })),
  )
  const findings = report.files.flatMap((file) =>
    (file.estate ?? []).map((f) => ({
      file: f.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      matrix: file.matrix,
      matrixFile: file.matrixFile,
      kind: f.kind,
      subject: f.subject,
      status: f.status,
      severity: f.severity,
      preexisting: f.preexisting,
      source: f.source,
      related: f.related,
      title: f.title,
      message: f.message,
    })),
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
  return {
    passed: report.passed,
    counts: countFindings(report),
    ...(report.baseline ? { baseline: report.baseline } : {}),
    results,
    findings,
    errors: diagnostics('errors'),
    warnings: diagnostics('warnings'),
    notices: diagnostics('notices'),
  }
}
