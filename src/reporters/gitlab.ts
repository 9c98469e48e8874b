import type { Diagnostic, FileReport, Finding, Severity } from '../core/types.js'
import { CHUNK_LENGTH, type Reporter } from './reporter.js'
import {
  estateFingerprint,
  EXCEPTION_RULE,
  INVALID_MATRIX_RULE,
  INVALID_TOPOLOGY_RULE,
  inputFingerprints,
  pairFingerprint,
  SERVER_VERSION_RULE,
} from './finding-ids.js'
import { findingsOf, isPair, sentence, unlistedLines } from './shared.js'

// A GitLab Code Quality report (artifacts:reports:codequality): a JSON array of issues with the
// fields GitLab documents, which its merge request widget and diff show. GitLab tells new issues
// from old ones by fingerprint, comparing the merge request's report with the base branch's, so
// an issue's fingerprint is the SARIF log's fingerprint of the same finding: what the finding is
// about, never its line, so that moving a population does not make its finding look new.

/** GitLab's severities, from least to most severe. */
export type CodeQualitySeverity = 'info' | 'minor' | 'major' | 'critical' | 'blocker'

export interface CodeQualityIssue {
  description: string
  check_name: string
  fingerprint: string
  severity: CodeQualitySeverity
  location: { path: string; lines: { begin: number } }
}

/**
 * coexist's three severities on GitLab's five. An error fails coexist's verdict, so it blocks the
 * release: blocker. A warning (interoperable only, undocumented, an exception to review) needs
 * work but blocks nothing: major, above GitLab's minor, which linters use for style. A notice
 * (waived, supported with conditions, an exception expiring soon) is for information: info.
 * Critical and minor stay unused, so the scale keeps a step between each of coexist's.
 */
export const SEVERITY: Record<Exclude<Severity, 'none'>, CodeQualitySeverity> = {
  error: 'blocker',
  warning: 'major',
  notice: 'info',
}

/** Issues for what a file found beyond the problems it lists (limits.ts). */
export const UNLISTED_CHECK = 'coexist/unlisted'

export const gitlabReporter: Reporter = {
  *chunks(report) {
    let chunk = '['
    let count = 0
    for (const file of report.files)
      for (const issue of issuesOf(file)) {
        chunk += `${count++ === 0 ? '' : ','}\n  ${JSON.stringify(issue)}`
        if (chunk.length >= CHUNK_LENGTH) {
          yield chunk
          chunk = ''
        }
      }
    yield `${chunk}${count === 0 ? ']' : '\n]'}\n`
  },
}

/** A file's issues: its input problems, then the findings a person should read, worst first. */
function* issuesOf(file: FileReport): Generator<CodeQualityIssue> {
  const inputFingerprint = inputFingerprints()
  const input = (d: Diagnostic, check: string, severity: Exclude<Severity, 'none'>) => ({
    description: sentence(d.message),
    check_name: check,
    fingerprint: inputFingerprint(check, d),
    severity: SEVERITY[severity],
    location: location(d.file, d.line),
  })
  const errorCheck = file.kind === 'matrix' ? INVALID_MATRIX_RULE : INVALID_TOPOLOGY_RULE
  for (const d of file.errors) yield input(d, errorCheck, 'error')
  for (const d of file.warnings)
    yield input(d, d.topic === 'server-version' ? SERVER_VERSION_RULE : EXCEPTION_RULE, 'warning')
  for (const d of file.notices) yield input(d, EXCEPTION_RULE, 'notice')
  // unlistedLines gives one line per kind with problems beyond the listed ones, in this order.
  const kinds = (['error', 'warning', 'notice'] as const).filter(
    (severity) => (file.unlisted?.[`${severity}s`] ?? 0) > 0,
  )
  for (const [i, line] of unlistedLines(file).entries())
    yield input(
      { file: file.file, line: 1, column: 1, endLine: 1, endColumn: 1, message: line },
      UNLISTED_CHECK,
      kinds[i] as (typeof kinds)[number],
    )
  for (const finding of findingsOf(file)) yield findingIssue(finding)
}

function findingIssue(f: Finding): CodeQualityIssue {
  return {
    description: [
      sentence(f.title),
      sentence(f.message),
      ...f.footnotes.map((n) => `Footnote ${n.id}: ${sentence(n.text)}`),
    ].join(' '),
    check_name: isPair(f) ? `coexist/${f.status}` : `coexist/${f.kind}/${f.status}`,
    fingerprint: isPair(f) ? pairFingerprint(f) : estateFingerprint(f),
    severity: SEVERITY[f.severity as Exclude<Severity, 'none'>],
    location: location(f.file, f.line),
  }
}

/** GitLab wants the path relative to the repository's root, as reports give it, without "./". */
function location(file: string, line: number): CodeQualityIssue['location'] {
  return { path: file.replace(/^(?:\.\/)+/, ''), lines: { begin: line } }
}
