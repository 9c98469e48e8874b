import { countFindings } from '../core/check.js'
import type {
  Diagnostic,
  FileReport,
  FindingBase,
  PairResult,
  Report,
  Status,
} from '../core/types.js'
import {
  baselineMarkdown,
  baseRevisionCode,
  findingsOf,
  matrixHeading,
  STATUS_LABEL,
  unlistedLines,
  verdictHeading,
} from './shared.js'
import { plural } from '../core/format.js'
import { inertText } from './markup.js'
import type { Reporter } from './reporter.js'
import { allowEmptyNote, MARK } from './summary.js'

// The sticky pull-request comment, as a pure function of the report. src/github/pr-comment.ts
// decides whether to post it; this module only decides what it says.

/** The body's first line: how coexist finds its own comment again (together with a Bot author). */
export const PR_COMMENT_MARKER = '<!-- coexist:pr-comment -->'

/** GitHub refuses comment bodies of 65,536 characters or more. */
export const GITHUB_COMMENT_LIMIT = 65_536

/**
 * What the renderer aims for by default: well under GitHub's limit, whichever way it counts
 * characters (a JavaScript length counts UTF-16 units, never fewer than code points).
 */
export const PR_COMMENT_MAX_LENGTH = 60_000

export interface PrCommentRenderOptions {
  /** Link to the workflow run; its job summary has the whole report. */
  runUrl?: string
  /** `https://github.com/OWNER/REPO/blob/HEAD_SHA/`: each finding links to its line. */
  blobUrl?: string
  /** Length cap for the body (JavaScript string length); PR_COMMENT_MAX_LENGTH by default. */
  maxLength?: number
}

const SEVERITY_MARK = { error: '❌', warning: '⚠️', notice: 'ℹ️', none: '' } as const
const PREEXISTING = '⏮'

/** True when the body is coexist's: its first line is the marker. */
export function isPrCommentBody(body: string | null | undefined): boolean {
  if (typeof body !== 'string') return false
  const firstLine = body.split('\n', 1)[0] as string
  return firstLine.replace(/\r$/, '').trim() === PR_COMMENT_MARKER
}

/** `auto` mode comments only when this is true: a new error or warning, or input errors. */
export function needsAttention(report: Report): boolean {
  const counts = countFindings(report)
  return counts.errors > 0 || counts.warnings > 0
}

/** The whole comment: verdict, findings, pre-existing findings, the grid, and a link to the run. */
export function renderPrComment(report: Report, options: PrCommentRenderOptions = {}): string {
  // Room for the note that says the body was cut is kept only when it was.
  return render(report, options, false) ?? (render(report, options, true) as string)
}

/** The body, or undefined when it had to be cut and `cut` is false. */
function render(report: Report, options: PrCommentRenderOptions, cut: boolean): string | undefined {
  const body = new Body(options, cut)
  const counts = countFindings(report)
  body.add([verdictHeading(report), '', countsLine(counts), '', ...allowEmptyNote(report)])
  if (report.baseline)
    body.add([baselineMarkdown(report.baseline, `are listed apart, marked ${PREEXISTING},`), ''])
  // Findings of every file before any grid: if the body must be cut, the grids go first.
  for (const file of report.files) {
    if (!renderFindings(body, file, options, report.files.length > 1)) break
  }
  const grids = report.files.filter((f) => f.topology && f.errors.length === 0)
  if (grids.length > 0 && body.add(['### Topology grid', ''])) {
    for (const file of grids) {
      if (!renderGrid(body, file)) break
    }
    body.add([LEGEND, ''])
  }
  return body.truncated && !cut ? undefined : body.finish()
}

/** The short body that replaces the comment once there is nothing left to warn about. */
export function renderAllClear(report: Report, options: PrCommentRenderOptions = {}): string {
  const counts = countFindings(report)
  const lines = [
    PR_COMMENT_MARKER,
    '## ✅ coexist: all clear',
    '',
    `The errors and warnings coexist reported on this pull request are gone: ${plural(counts.pairs, 'pair')} checked, none with an error or a warning${counts.notices > 0 ? ` (${plural(counts.notices, 'notice')} ${counts.notices === 1 ? 'remains' : 'remain'}, see the job summary)` : ''}.`,
    '',
    ...allowEmptyNote(report),
  ]
  if (counts.preexisting > 0) {
    lines.push(
      `${PREEXISTING} ${plural(counts.preexisting, 'finding')} already in the base commit ${baseRevision(report)}${counts.preexisting === 1 ? 'does' : 'do'} not count; the job summary lists them.`,
      '',
    )
  }
  lines.push(runLine(options.runUrl), '')
  return lines.join('\n')
}

/** The comment as a Reporter (no run link): what `always` mode posts, for tools that want the text. */
export const prCommentReporter: Reporter = {
  chunks: (report) => [renderPrComment(report)],
}

function countsLine(counts: ReturnType<typeof countFindings>): string {
  return (
    `${plural(counts.errors, 'error')} · ${plural(counts.warnings, 'warning')} · ${plural(counts.notices, 'notice')} · ${plural(counts.pairs, 'pair')} checked` +
    `${counts.waived > 0 ? ` · ${counts.waived} waived` : ''}${counts.preexisting > 0 ? ` · ${counts.preexisting} pre-existing` : ''}`
  )
}

function baseRevision(report: Report): string {
  return report.baseline ? `${baseRevisionCode(report.baseline.revision)} ` : ''
}

function fileHeading(file: FileReport): string {
  return `### <code>${inertText(file.file)}</code>${matrixHeading(file, inertText)}`
}

/** One file's findings; false once the body is full. */
function renderFindings(
  body: Body,
  file: FileReport,
  options: PrCommentRenderOptions,
  several: boolean,
): boolean {
  const all = findingsOf(file)
  const fresh = all.filter((r) => !r.preexisting)
  const preexisting = all.filter((r) => r.preexisting)
  if (file.errors.length === 0 && all.length === 0 && file.warnings.length === 0) {
    // A clean file needs no section of its own unless several files are listed.
    return several
      ? body.add([
          fileHeading(file),
          '',
          'No findings: every pair is supported without remarks.',
          '',
        ])
      : true
  }
  if (!body.add([fileHeading(file), ''])) return false
  const unlisted = unlistedLines(file).map((line) => `- ${line}`)
  if (file.errors.length > 0 || !file.topology) {
    const what =
      file.kind === 'matrix'
        ? 'The matrix file is invalid, so the topologies that name it could not be evaluated; fix these first:'
        : 'The file could not be evaluated; fix these first:'
    if (!body.add([what, ''])) return false
    for (const error of file.errors) {
      if (!body.add([`- ${lineRef(error, options)}: ${inertText(error.message)}`])) return false
    }
    return body.add([...unlisted, ''])
  }
  for (const result of fresh) {
    if (!body.add(finding(result, options))) return false
  }
  for (const warning of file.warnings) {
    if (
      !body.add([
        `- ${SEVERITY_MARK.warning} **warning** · ${lineRef(warning, options)} · ${inertText(warning.message)}`,
      ])
    )
      return false
  }
  if (
    (fresh.length > 0 || file.warnings.length > 0 || unlisted.length > 0) &&
    !body.add([...unlisted, ''])
  )
    return false
  if (preexisting.length > 0) {
    const close = ['', '</details>', '']
    if (
      !body.add(
        [
          `<details><summary>${PREEXISTING} ${plural(preexisting.length, 'pre-existing finding')}: already in the base commit, not counted</summary>`,
          '',
        ],
        close,
      )
    )
      return false
    for (const result of preexisting) {
      if (!body.add(finding(result, options), close)) {
        body.close(close)
        return false
      }
    }
    body.close(close)
  }
  return true
}

/** A finding as a list item: severity, line, title and footnote markers; the message; the replacement; the footnotes in full. */
function finding(result: FindingBase, options: PrCommentRenderOptions): string[] {
  const label = result.preexisting
    ? `${PREEXISTING} **pre-existing ${result.severity}**`
    : result.waived
      ? '🔕 **waived**'
      : `${SEVERITY_MARK[result.severity]} **${result.severity}**`
  const lines = [
    `- ${label} · ${lineRef(result, options)} · **${inertText(result.title)}**${markers(result)}`,
    `  ${inertText(result.message)}`,
  ]
  if (result.replacement)
    lines.push(`  Suggested replacement: **${inertText(result.replacement)}**`)
  for (const footnote of result.footnotes)
    lines.push(`  > <sup>${inertText(footnote.id)}</sup> ${inertText(footnote.text)}`)
  return lines
}

/** "line 32", linked to the line at the pull request's head when the file is in the repository. */
function lineRef(where: FindingBase | Diagnostic, options: PrCommentRenderOptions): string {
  const text = `line ${where.line}`
  const base = options.blobUrl && safeUrl(options.blobUrl)
  const relative = where.file.split('/')
  const inRepo =
    !where.file.startsWith('/') &&
    !/^[A-Za-z]:/.test(where.file) &&
    relative.every((s) => s !== '' && s !== '.' && s !== '..')
  if (!base || !inRepo) return text
  const path = relative
    .map((s) =>
      encodeURIComponent(s).replace(
        /[!'()*]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
      ),
    )
    .join('/')
  return `[${text}](${base.endsWith('/') ? base : `${base}/`}${path}#L${where.line})`
}

function markers(result: FindingBase): string {
  return result.footnotes.map((f) => `<sup>${inertText(f.id)}</sup>`).join('')
}

/** One file's grid, as the job summary draws it; false once the body is full. */
function renderGrid(body: Body, file: FileReport): boolean {
  const { topology } = file
  if (!topology) return true
  const byPair = new Map(file.results.map((r) => [`${r.client}\u0000${r.server}`, r]))
  const header = topology.servers
    .map((s) => `<th>${inertText(s.name)}<br><sub>${inertText(s.product)}</sub></th>`)
    .join('')
  const close = ['</tbody>', '</table>', '']
  const open = [
    `<code>${inertText(file.file)}</code>`,
    '',
    '<table>',
    `<thead><tr><th align="left">Client population</th>${header}</tr></thead>`,
    '<tbody>',
  ]
  if (!body.add(open, close)) return false
  for (const client of topology.clients) {
    const cells = topology.servers.map((s) => {
      const result = byPair.get(`${client.name}\u0000${s.name}`)
      return `<td>${result ? cell(result) : '—'}</td>`
    })
    if (
      !body.add(
        [
          `<tr><th align="left">${inertText(client.name)}<br><sub>${inertText(client.product)}</sub></th>${cells.join('')}</tr>`,
        ],
        close,
      )
    ) {
      body.close(close)
      return false
    }
  }
  body.close(close)
  return true
}

function cell(result: PairResult): string {
  const mark = `${result.preexisting ? PREEXISTING : ''}${result.waived ? '🔕' : ''}${MARK[result.status]}`
  return `${mark} ${STATUS_LABEL[result.status]}${markers(result)}`
}

const LEGEND = `<sub>${Object.entries(MARK)
  .map(([status, mark]) => `${mark} ${STATUS_LABEL[status as Status]}`)
  .join(
    ' · ',
  )} · 🔕 waived by an exception · ${PREEXISTING} already in the base commit · — not connected</sub>`

function runLine(runUrl: string | undefined): string {
  const url = runUrl && safeUrl(runUrl)
  return url ? `<sub>[Workflow run and job summary](${url}) · coexist</sub>` : '<sub>coexist</sub>'
}

/** An http(s) URL that cannot break out of a Markdown link; undefined for anything else. */
function safeUrl(text: string): string | undefined {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return undefined
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
  return url.href.replace(
    /[()<>"'`\s\\[\]]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`,
  )
}

/**
 * The body under construction: lines are added while they fit below the cap (minus room for the
 * footer); the first line that does not fit stops everything after it, and the footer then says
 * that the comment was cut and where the whole report is.
 */
class Body {
  private readonly lines: string[] = [PR_COMMENT_MARKER]
  private length = PR_COMMENT_MARKER.length + 1
  private readonly limit: number
  private readonly footer: string
  private readonly cutNote: string
  truncated = false

  constructor(options: PrCommentRenderOptions, reserveForNote: boolean) {
    this.footer = runLine(options.runUrl)
    const url = options.runUrl && safeUrl(options.runUrl)
    this.cutNote =
      '> [!NOTE]\n> This comment was cut short to stay within GitHub’s size limit for comments. ' +
      (url
        ? `The [job summary of this run](${url}) has the whole report.`
        : 'The job summary of this run has the whole report.')
    const cap = Math.min(options.maxLength ?? PR_COMMENT_MAX_LENGTH, GITHUB_COMMENT_LIMIT - 1)
    // `length` counts each line with its line break; finish() adds the footer and its line break,
    // and when cut, the note and two blank lines before it.
    this.limit = cap - (this.footer.length + 1) - (reserveForNote ? this.cutNote.length + 3 : 0)
  }

  /** Adds `lines` if they fit with `reserve` lines (closing tags) still to come; after the first refusal, refuses all. */
  add(lines: readonly string[], reserve: readonly string[] = []): boolean {
    if (this.truncated) return false
    if (this.length + sizeOf(lines) + sizeOf(reserve) > this.limit) {
      this.truncated = true
      return false
    }
    this.lines.push(...lines)
    this.length += sizeOf(lines)
    return true
  }

  /** Closing lines that were reserved for: always added. */
  close(lines: readonly string[]): void {
    this.lines.push(...lines)
    this.length += sizeOf(lines)
  }

  finish(): string {
    const end = this.truncated ? ['', this.cutNote, '', this.footer, ''] : [this.footer, '']
    return [...this.lines, ...end].join('\n')
  }
}

function sizeOf(lines: readonly string[]): number {
  return lines.reduce((n, line) => n + line.length + 1, 0)
}
