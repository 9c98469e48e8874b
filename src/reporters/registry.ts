import type { Matrix } from '../core/matrix.js'
import type { UpgradePlan } from '../core/plan.js'
import type { Report } from '../core/types.js'
import { renderAnnotations, type RunMessages } from './annotations.js'
import { jsonReporter } from './json.js'
import type { PrCommentRenderOptions } from './pr-comment.js'
import type { Reporter } from './reporter.js'
import { sarifReporter } from './sarif.js'
import { summaryReporter } from './summary.js'
import { textReporter, type TextOptions } from './text.js'

// Every output format, by what it reports on and its name. The CLI's --format choices, their
// check and its help come from here, and so do the reporters the action writes; adding a format
// is one entry here and one module beside this one.

/** What a format may be told about where its output goes; each takes what it needs. */
export interface ReporterOptions {
  /** ANSI colour for a terminal (text formats). */
  color?: boolean
  /** How much the text report lists (the action's step log). */
  limit?: TextOptions['limit']
  /** The run's own messages, annotated first (annotations). */
  run?: RunMessages
  /** Links to the workflow run and to each line (the pull request comment). */
  links?: PrCommentRenderOptions
}

export interface Format<Subject> {
  /** Offered by the CLI's `--format`, in this order; the first so marked is the default. */
  cli: boolean
  /** Words after the name in the CLI's help, e.g. "(SARIF 2.1.0)". */
  help?: string
  create(options: ReporterOptions): Promise<Reporter<Subject>>
}

const whole = <Subject>(render: (subject: Subject) => string): Reporter<Subject> => ({
  chunks: (subject) => [render(subject)],
})

// Every workflow run starts the action's bundle, and the action reports on checks only. Plans,
// matrices, the PR comment's body (which src/github renders when it posts) and the CLI's reports
// for other CI systems are loaded when asked for, so that the action's bundle does not carry them
// (ncc puts them in chunks of their own).

/** What each command reports on, and in which formats. */
export const FORMATS = {
  check: {
    text: {
      cli: true,
      create: async (o) =>
        textReporter({ color: o.color === true, ...(o.limit ? { limit: o.limit } : {}) }),
    },
    json: { cli: true, create: async () => jsonReporter },
    sarif: { cli: true, help: '(SARIF 2.1.0)', create: async () => sarifReporter },
    junit: {
      cli: true,
      help: '(JUnit XML)',
      create: async () => (await import('./junit.js')).junitReporter,
    },
    gitlab: {
      cli: true,
      help: '(GitLab Code Quality)',
      create: async () => (await import('./gitlab.js')).gitlabReporter,
    },
    // The job summary's Markdown, for a CI system's own summary page or a file.
    markdown: { cli: true, create: async () => summaryReporter },
    summary: { cli: false, create: async () => summaryReporter },
    annotations: {
      cli: false,
      create: async (o) => whole((report) => renderAnnotations(report, o.run)),
    },
    'pr-comment': {
      cli: false,
      create: async (o) => {
        const { renderPrComment } = await import('./pr-comment.js')
        return whole((report) => renderPrComment(report, o.links))
      },
    },
  } satisfies Record<string, Format<Report>>,
  plan: {
    text: {
      cli: true,
      create: async (o) => {
        const { renderPlanText } = await import('./plan-text.js')
        return whole((plans) => renderPlanText(plans, { color: o.color === true }))
      },
    },
    json: { cli: true, create: async () => whole((await import('./plan-json.js')).renderPlanJson) },
    markdown: {
      cli: true,
      create: async () => whole((await import('./plan-markdown.js')).renderPlanMarkdown),
    },
  } satisfies Record<string, Format<readonly UpgradePlan[]>>,
  matrix: {
    markdown: {
      cli: true,
      create: async () => whole((await import('./matrix-markdown.js')).renderMatrixMarkdown),
    },
    json: { cli: true, create: async () => (await import('./matrix-json.js')).matrixJsonReporter },
  } satisfies Record<string, Format<Matrix>>,
}

export type ReportedThing = keyof typeof FORMATS
export type FormatName<Thing extends ReportedThing> = keyof (typeof FORMATS)[Thing] & string
type SubjectOf<Thing extends ReportedThing> =
  (typeof FORMATS)[Thing] extends Record<string, Format<infer Subject>> ? Subject : never

/** The reporter for `thing` in `format`. */
export function reporterFor<Thing extends ReportedThing>(
  thing: Thing,
  format: FormatName<Thing>,
  options: ReporterOptions = {},
): Promise<Reporter<SubjectOf<Thing>>> {
  const formats = FORMATS[thing] as Record<string, Format<SubjectOf<Thing>>>
  return (formats[format] as Format<SubjectOf<Thing>>).create(options)
}

/** The formats the CLI offers for `thing`, the default first. */
export function cliFormats(thing: ReportedThing): string[] {
  return Object.entries(FORMATS[thing] as Record<string, Format<unknown>>)
    .filter(([, format]) => format.cli)
    .map(([name]) => name)
}

/** `thing`'s CLI formats for help, e.g. "text (default), json, or sarif (SARIF 2.1.0)". */
export function cliFormatsHelp(thing: ReportedThing): string {
  const formats = FORMATS[thing] as Record<string, Format<unknown>>
  const names = cliFormats(thing).map((name, i) =>
    [name, i === 0 ? '(default)' : undefined, formats[name]?.help].filter(Boolean).join(' '),
  )
  return names.length <= 2
    ? names.join(' or ')
    : `${names.slice(0, -1).join(', ')}, or ${names.at(-1)}`
}
