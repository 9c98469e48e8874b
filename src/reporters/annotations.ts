import { SEVERITY_RANK } from '../core/check.js'
import { compareText } from '../core/order.js'
import { STATUS_RANK } from '../core/statuses.js'
import type { Diagnostic, FindingBase, Report } from '../core/types.js'
import { matrixLabel } from './shared.js'
import type { Reporter } from './reporter.js'
import { formatCommand, type AnnotationLevel } from '../runner/protocol.js'

// GitHub shows at most 10 annotations of each level per step and drops the rest silently, so
// coexist picks the 10 that matter most itself and says how many it left out.
export const ANNOTATIONS_PER_LEVEL = 10

/** A message of the run itself (an input it could not honour, a comment not posted), not of a file. */
export interface RunMessage {
  title: string
  message: string
}

export interface RunMessages {
  errors?: readonly RunMessage[]
  warnings?: readonly RunMessage[]
  notices?: readonly RunMessage[]
}

interface Candidate {
  level: AnnotationLevel
  /** Higher first within a level: input errors, then the worse status; then by file and line. */
  rank: number
  file: string
  line: number
  command: string
}

/**
 * GitHub annotations as workflow commands: one per input error, per warning about the input, and
 * per finding that is new (pre-existing findings in new-only mode are not annotated), a supported
 * pair with a footnote included, as a notice: on the exact line and columns, with the footnotes
 * spelled out so a reviewer never has to open the matrix. At most 10 per level, the worst first;
 * then one notice counts the rest and points to the summary.
 * The run's own messages (new-only off, comment not posted, nothing checked) come first in their
 * level: the cap must not drop the one line that says why the run behaved differently.
 */
export function renderAnnotations(report: Report, run: RunMessages = {}): string {
  const own = (level: AnnotationLevel, { title, message }: RunMessage): Candidate => ({
    level,
    rank: 200,
    file: '',
    line: 0,
    command: formatCommand(level, { title }, message),
  })
  const candidates: Candidate[] = [
    ...(run.errors ?? []).map((m) => own('error', m)),
    ...(run.warnings ?? []).map((m) => own('warning', m)),
    ...(run.notices ?? []).map((m) => own('notice', m)),
  ]
  // Problems a file found beyond those it lists (limits.ts) are never annotated, only counted.
  let unlisted = 0
  for (const file of report.files) {
    unlisted +=
      (file.unlisted?.errors ?? 0) + (file.unlisted?.warnings ?? 0) + (file.unlisted?.notices ?? 0)
    for (const error of file.errors)
      candidates.push(
        diagnostic(
          'error',
          file.kind === 'matrix' ? 'coexist: invalid matrix' : 'coexist: invalid topology',
          error,
        ),
      )
    for (const warning of file.warnings)
      candidates.push(
        diagnostic(
          'warning',
          warning.topic === 'server-version' ? 'coexist: server version' : 'coexist: exception',
          warning,
        ),
      )
    for (const notice of file.notices)
      candidates.push(diagnostic('notice', 'coexist: exception expires soon', notice))
    for (const finding of file.estate ?? [])
      if (finding.severity !== 'none' && !finding.preexisting) candidates.push(annotated(finding))
    for (const result of file.results)
      if (result.severity !== 'none' && !result.preexisting)
        candidates.push(
          annotated(
            result,
            // Supported, with nothing to do but read a footnote: the first notice the cap drops.
            result.severity === 'notice' && result.status === 'supported' && !result.missingUpdate
              ? 0
              : undefined,
          ),
        )
  }
  const byLevel = (level: AnnotationLevel) =>
    candidates
      .filter((c) => c.level === level)
      .sort((a, b) => b.rank - a.rank || compareText(a.file, b.file) || a.line - b.line)
  const errors = byLevel('error')
  const warnings = byLevel('warning')
  const notices = byLevel('notice')
  const dropped = (list: Candidate[], slots: number) => Math.max(0, list.length - slots)
  const droppedOthers =
    dropped(errors, ANNOTATIONS_PER_LEVEL) + dropped(warnings, ANNOTATIONS_PER_LEVEL)
  // The roll-up is a notice too: when anything is dropped and notices are full, it takes a slot.
  const noticeSlots =
    droppedOthers + dropped(notices, ANNOTATIONS_PER_LEVEL) > 0 &&
    notices.length >= ANNOTATIONS_PER_LEVEL
      ? ANNOTATIONS_PER_LEVEL - 1
      : ANNOTATIONS_PER_LEVEL
  const left = droppedOthers + dropped(notices, noticeSlots) + unlisted
  const shown = [
    ...errors.slice(0, ANNOTATIONS_PER_LEVEL),
    ...warnings.slice(0, ANNOTATIONS_PER_LEVEL),
    ...notices.slice(0, noticeSlots),
  ]
  const lines = shown.map((c) => c.command)
  if (left > 0) {
    lines.push(
      formatCommand(
        'notice',
        { title: `coexist: ${left} more finding${left === 1 ? '' : 's'} not annotated` },
        `GitHub shows at most ${ANNOTATIONS_PER_LEVEL} annotations of each level per step, so ${left} more finding${left === 1 ? ' is' : 's are'} not annotated (the worst are shown first). The job summary and the JSON report list every finding.`,
      ),
    )
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : ''
}

export const annotationsReporter: Reporter = { chunks: (report) => [renderAnnotations(report)] }

/** `rank` by default: the worse severity, then the worse status, first. */
function annotated(
  result: FindingBase,
  rank = SEVERITY_RANK[result.severity] * 10 + STATUS_RANK[result.status],
): Candidate {
  const level: AnnotationLevel =
    result.severity === 'error' ? 'error' : result.severity === 'warning' ? 'warning' : 'notice'
  const footnotes = result.footnotes.map((f) => `Footnote ${f.id}: ${f.text}`)
  const { source } = result
  const cited =
    source.title === undefined
      ? `Source: none; ${matrixLabel(source)} states no verdict here.`
      : `Source: ${matrixLabel(source)}, "${source.title}"${source.table ? `, table "${source.table}"` : ''}${source.note ? `. ${source.note}` : ''}`
  const message = [result.message, ...footnotes, cited].join('\n\n')
  const command = formatCommand(
    level,
    { ...position(result), title: result.waived ? `${result.title} (waived)` : result.title },
    message,
  )
  return {
    level,
    rank,
    file: result.file,
    line: result.line,
    command,
  }
}

function diagnostic(level: AnnotationLevel, title: string, d: Diagnostic): Candidate {
  // Input errors come before failing pairs: until they are fixed, nothing else in the file counts.
  return {
    level,
    rank: 100,
    file: d.file,
    line: d.line,
    command: formatCommand(level, { ...position(d), title }, d.message),
  }
}

// GitHub's annotation columns are inclusive; our spans end one past the last character.
function position(d: Diagnostic | FindingBase) {
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
