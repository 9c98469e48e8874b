import packageJson from '../../package.json' with { type: 'json' }
import { DEFAULT_MATRIX_ID } from '../core/builtin-matrices.js'
import { formatCount, plural } from '../core/format.js'
import { compareIds } from '../core/order.js'
import { parseFailOn } from '../core/policy.js'
import type {
  Diagnostic,
  EstateFinding,
  EstateFindingKind,
  FindingBase,
  FindingSource,
  Footnote,
  PairResult,
  Report,
  Severity,
  Status,
} from '../core/types.js'
import {
  estateFingerprint,
  EXCEPTION_RULE,
  INVALID_MATRIX_RULE,
  INVALID_TOPOLOGY_RULE,
  inputFingerprints,
  pairFingerprint,
  SERVER_VERSION_RULE,
} from './finding-ids.js'
import {
  findingsOf,
  isPair,
  sentence,
  sourceSentence,
  STATUS_LABEL,
  unlistedLines,
} from './shared.js'
import { escapeMarkup } from './markup.js'
import { CHUNK_LENGTH, type Reporter } from './reporter.js'

// SARIF 2.1.0 for GitHub code scanning (and any other SARIF viewer). One run; one rule per kind of
// finding (status plus the footnotes the matrix attached), so an alert's help carries the footnote
// that explains it; every finding a person should read is a result at its exact span. The output
// is a pure function of the report: no clock, no machine paths, no environment.

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json'

/** The partialFingerprints keys; bump the version when what they hash changes. */
export const PAIR_FINGERPRINT = 'coexist/pair/v1'
export const ESTATE_FINGERPRINT = 'coexist/estate/v1'
export const INPUT_FINGERPRINT = 'coexist/input/v1'

/** GitHub code scanning's limit on the results of one run. */
export const SARIF_MAX_RESULTS = 25_000

const LEVEL_RANK: Record<Level, number> = { error: 2, warning: 1, note: 0 }

type Level = 'error' | 'warning' | 'note'

interface MultiformatMessage {
  text: string
  markdown?: string
}

interface Rule {
  id: string
  name: string
  shortDescription: MultiformatMessage
  fullDescription: MultiformatMessage
  help: MultiformatMessage
  helpUri?: string
  defaultConfiguration: { level: Level }
  properties: { tags: string[] }
}

interface Region {
  startLine: number
  startColumn: number
  endLine: number
  endColumn: number
}

interface Location {
  physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Region }
}

interface SarifResult {
  ruleId: string
  ruleIndex: number
  level: Level
  message: { text: string }
  locations: Location[]
  relatedLocations?: (Location & { id: number; message: { text: string } })[]
  partialFingerprints: Record<string, string>
  baselineState?: 'new' | 'unchanged'
  suppressions?: { kind: 'external'; status: 'accepted'; justification: string }[]
  properties?: Record<string, unknown>
}

export interface SarifLog {
  $schema: string
  version: '2.1.0'
  runs: [
    {
      tool: { driver: { name: string; version: string; semanticVersion: string; rules: Rule[] } }
      originalUriBaseIds: Record<string, { description: { text: string } }>
      columnKind: 'utf16CodeUnits'
      results: SarifResult[]
      invocations?: {
        executionSuccessful: boolean
        toolExecutionNotifications: { level: Level; message: { text: string } }[]
      }[]
      properties?: Record<string, unknown>
    },
  ]
}

export const sarifReporter: Reporter = {
  *chunks(report) {
    // The log is indented for people, except its results: one compact result per line, written
    // piece by piece, so a log of 25,000 results is never one string of tens of megabytes.
    const log = sarifLog(report)
    const [run] = log.runs
    const { results } = run
    const skeleton = JSON.stringify(
      { ...log, runs: [{ ...run, results: [RESULTS_MARK] }] },
      null,
      2,
    )
    const at = skeleton.indexOf(JSON.stringify(RESULTS_MARK))
    const indent = skeleton.slice(skeleton.lastIndexOf('\n', at) + 1, at)
    let chunk = skeleton.slice(0, at)
    for (const [i, result] of results.entries()) {
      chunk += `${i === 0 ? '' : `,\n${indent}`}${JSON.stringify(result)}`
      if (chunk.length >= CHUNK_LENGTH) {
        yield chunk
        chunk = ''
      }
    }
    yield `${chunk}${skeleton.slice(at + JSON.stringify(RESULTS_MARK).length)}\n`
  },
}

/** Stands in for the results while the rest of the log is serialized (a string no result can be). */
const RESULTS_MARK = '\u0000coexist-results\u0000'

/** The log as an object; the reporter's output is this, serialized. `maxResults` is for tests. */
export function sarifLog(report: Report, maxResults = SARIF_MAX_RESULTS): SarifLog {
  const rules = new Map<string, Rule>()
  /** Every result the log could hold, made only if it is kept (see SARIF_MAX_RESULTS). */
  const pending: {
    level: Level
    make: () => { rule: Rule; result: Omit<SarifResult, 'ruleIndex' | 'ruleId'> }
  }[] = []
  // A baseline that could not be read marked nothing pre-existing: saying "new" would be a guess.
  const baselineUsed = report.baseline !== undefined && report.baseline.problem === undefined

  for (const file of report.files) {
    const inputFingerprint = inputFingerprints()
    const diagnostic = (rule: Rule, d: Diagnostic, level: Level, title: string) => {
      const made = {
        rule,
        result: {
          level,
          message: { text: plainText([sentence(title), sentence(d.message)]) },
          locations: [location(d)],
          partialFingerprints: { [INPUT_FINGERPRINT]: inputFingerprint(rule.id, d) },
          // Input problems always count in this run, whatever the base commit had.
          ...(baselineUsed ? { baselineState: 'new' as const } : {}),
        },
      }
      pending.push({ level, make: () => made })
    }
    for (const error of file.errors) {
      if (file.kind === 'matrix') diagnostic(INVALID_MATRIX, error, 'error', 'Invalid matrix file')
      else diagnostic(INVALID_TOPOLOGY, error, 'error', 'Invalid topology')
    }
    for (const warning of file.warnings) {
      if (warning.topic === 'server-version')
        diagnostic(SERVER_VERSION, warning, 'warning', 'Server version to declare')
      else diagnostic(EXCEPTION_TO_REVIEW, warning, 'warning', 'Exception to review')
    }

    for (const finding of findingsOf(file)) {
      const level = LEVEL[finding.severity as Exclude<Severity, 'none'>]
      if (isPair(finding))
        pending.push({
          level,
          make: () => ({
            rule: pairRule(finding, file.matrix),
            result: pairResult(finding, file.matrix, baselineUsed),
          }),
        })
      else
        pending.push({
          level,
          make: () => ({
            rule: estateRule(finding, file.matrix),
            result: estateResult(finding, file.matrix, baselineUsed),
          }),
        })
    }
  }
  const notifications = [
    ...(report.baseline?.problem === undefined
      ? []
      : [
          plainText([
            sentence(
              `Could not compare with ${report.baseline.revision}: ${report.baseline.problem}`,
            ),
            'Every finding is reported as new.',
          ]),
        ]),
    ...report.files.flatMap((file) =>
      unlistedLines(file).map((line) => `${file.file}: ${line.replace(/^… and /, '')}.`),
    ),
  ]

  // GitHub code scanning rejects a run of more than 25,000 results: past that, the most severe are
  // kept (input problems, then errors, warnings, notes) and a notification says how many are not.
  const chosen =
    pending.length <= maxResults
      ? pending
      : [...pending].sort((a, b) => LEVEL_RANK[b.level] - LEVEL_RANK[a.level]).slice(0, maxResults)
  const kept = chosen.map((item) => item.make())
  if (kept.length < pending.length) {
    const left = pending.length - kept.length
    notifications.push(
      `${plural(left, 'more result')} ${left === 1 ? 'is' : 'are'} not in this log: GitHub code scanning accepts at most ${formatCount(SARIF_MAX_RESULTS)} results per run, so the most severe are kept. The JSON report lists every result.`,
    )
  }
  for (const { rule } of kept) rules.set(rule.id, rule)
  const ordered = [...rules.values()].sort((a, b) => compareIds(a.id, b.id))
  const index = new Map(ordered.map((rule, i) => [rule.id, i]))
  const results = kept.map(({ rule, result }) => ({
    ruleId: rule.id,
    ruleIndex: index.get(rule.id) as number,
    ...result,
  }))

  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'coexist',
            version: packageJson.version,
            semanticVersion: packageJson.version,
            rules: ordered,
          },
        },
        originalUriBaseIds: {
          '%SRCROOT%': {
            description: { text: 'The repository root: topology paths are relative to it.' },
          },
        },
        // Our columns count UTF-16 code units (JavaScript string offsets); SARIF's default is code points.
        columnKind: 'utf16CodeUnits',
        results,
        ...(notifications.length === 0
          ? {}
          : {
              invocations: [
                {
                  executionSuccessful: true,
                  toolExecutionNotifications: notifications.map((text) => ({
                    level: 'warning' as const,
                    message: { text },
                  })),
                },
              ],
            }),
        ...(report.baseline ? { properties: { baseline: { ...report.baseline } } } : {}),
      },
    ],
  }
}

// ---------------------------------------------------------------------------------------------
// Results
// ---------------------------------------------------------------------------------------------

const LEVEL: Record<Exclude<Severity, 'none'>, Level> = {
  error: 'error',
  warning: 'warning',
  notice: 'note',
}

function pairResult(
  r: PairResult,
  matrix: string | undefined,
  baselineUsed: boolean,
): Omit<SarifResult, 'ruleIndex' | 'ruleId'> {
  return {
    // A waived result keeps the level coexist gives it (a notice, so "note"), not the level of its
    // status. GitHub code scanning cannot be relied on to honour `suppressions` in an uploaded log
    // (tools exist just to dismiss such alerts through its API afterwards): where it opens an alert
    // anyway, an "error" would fail the pull request's code scanning check for an accepted risk.
    // A note keeps the risk visible without blocking anything, as the annotations and the exit
    // code treat it; viewers that honour suppressions hide it, and the rule's
    // defaultConfiguration still says how severe the status itself is.
    level: LEVEL[r.severity as Exclude<Severity, 'none'>],
    message: { text: findingText(r) },
    locations: [location(r)],
    partialFingerprints: { [PAIR_FINGERPRINT]: pairFingerprint(r) },
    ...(baselineUsed
      ? { baselineState: r.preexisting ? ('unchanged' as const) : ('new' as const) }
      : {}),
    ...(r.waived && r.exception
      ? {
          suppressions: [
            {
              kind: 'external' as const,
              status: 'accepted' as const,
              justification: plainText([
                `${sentence(r.exception.reason)} Waived until the end of ${r.exception.expires} (UTC)${r.exception.owner ? ` by ${r.exception.owner}` : ''}${r.exception.ticket ? ` (${r.exception.ticket})` : ''}.`,
              ]),
            },
          ],
        }
      : {}),
    properties: {
      client: r.client,
      server: r.server,
      clientProduct: r.clientProduct,
      serverProduct: r.serverProduct,
      status: r.status,
      ...(matrix === undefined ? {} : { matrix }),
      ...(r.workloads.length > 0 ? { workloads: [...r.workloads] } : {}),
      ...(r.replacement === undefined ? {} : { replacement: r.replacement }),
      ...(r.exception === undefined ? {} : { exception: { ...r.exception } }),
      ...(r.workloadVerdicts === undefined
        ? {}
        : { workloadVerdicts: r.workloadVerdicts.map((w) => ({ ...w })) }),
      source: sourceProperty(r.source),
    },
  }
}

function estateResult(
  f: EstateFinding,
  matrix: string | undefined,
  baselineUsed: boolean,
): Omit<SarifResult, 'ruleIndex' | 'ruleId'> {
  return {
    level: LEVEL[f.severity as Exclude<Severity, 'none'>],
    message: { text: findingText(f) },
    locations: [location(f)],
    ...(f.related
      ? {
          relatedLocations: f.related.map((r, i) => ({
            id: i + 1,
            ...location({ file: f.file, ...r }),
            message: { text: plainText([r.message]) },
          })),
        }
      : {}),
    partialFingerprints: { [ESTATE_FINGERPRINT]: estateFingerprint(f) },
    ...(baselineUsed
      ? { baselineState: f.preexisting ? ('unchanged' as const) : ('new' as const) }
      : {}),
    properties: {
      kind: f.kind,
      subject: f.subject,
      status: f.status,
      ...(matrix === undefined ? {} : { matrix }),
      source: sourceProperty(f.source),
    },
  }
}

/** A result's message: its title and explanation, the footnotes in full, and where the verdict is stated (or that nothing states it). */
function findingText(f: FindingBase): string {
  return plainText([
    sentence(f.title),
    sentence(f.message),
    ...f.footnotes.map((n) => `Footnote ${n.id}: ${sentence(n.text)}`),
    sourceSentence(f.source),
  ])
}

function sourceProperty(source: FindingSource): Record<string, unknown> {
  return JSON.parse(JSON.stringify(source)) as Record<string, unknown>
}

function location(span: Diagnostic | FindingBase): Location {
  // Our spans are 1-based and end one past the last character, which is SARIF's own convention.
  const region = {
    startLine: span.line,
    startColumn: span.column,
    endLine: span.endLine,
    endColumn: span.endColumn,
  }
  return { physicalLocation: { artifactLocation: artifactLocation(span.file), region } }
}

/**
 * Report paths are repository-relative with forward slashes (absolute only for a file outside the
 * working directory, which a CLI user may name). Each segment is percent-encoded, so a space, "#",
 * "?" or ":" in a file name cannot change what the URI means.
 */
export function artifactLocation(file: string): { uri: string; uriBaseId?: string } {
  const encode = (path: string) => path.split('/').map(encodeURIComponent).join('/')
  const drive = /^([A-Za-z]):\//.exec(file)
  if (drive) return { uri: `file:///${drive[1]}:/${encode(file.slice(3))}` }
  if (file.startsWith('/')) return { uri: `file://${encode(file)}` }
  return { uri: encode(file), uriBaseId: '%SRCROOT%' }
}

/**
 * A SARIF plain text message from paragraphs. Names come from the topology file: control and
 * bidirectional-override characters become "?" (a line break in a name must not start a paragraph
 * of its own); "[", "]" and "\" are backslash-escaped so `[text](https://…)` in a name cannot
 * become an embedded link (SARIF §3.11.6); "{" and "}" are doubled, as §3.11.5 requires of every
 * message string, so a viewer never takes them for placeholders.
 */
export function plainText(paragraphs: readonly string[]): string {
  return paragraphs
    .map((p) =>
      p
        .replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '?')
        .replace(/[\\[\]]/g, (c) => `\\${c}`)
        .replace(/[{}]/g, (c) => c + c),
    )
    .join('\n\n')
}

// ---------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------

const DEFAULT_FAIL_ON = (() => {
  const parsed = parseFailOn('')
  if (!parsed.ok) throw new Error(parsed.message)
  return parsed.failOn
})()

interface StatusText {
  name: string
  short: string
  full: string
  meaning: string
}

const STATUS_TEXT: Record<Status, StatusText> = {
  supported: {
    name: 'Supported',
    short: 'Supported client and server, with conditions',
    full: 'A client population connects to a server the compatibility matrix lists as supported.',
    meaning:
      'Supported: the compatibility matrix lists this client as supported on this server. coexist reports such a pair when the matrix attaches a footnote to it (read the footnote: it states the conditions) or when fail-on lists supported.',
  },
  interoperable: {
    name: 'InteroperableOnly',
    short: 'Client only interoperable with server',
    full: 'A client population connects to a server the compatibility matrix marks interoperable only: it works for some features during a migration, but it is not fully supported.',
    meaning:
      'Interoperable only: the client works with this server for the features the matrix names, typically for the duration of a migration, but it is not fully supported. Plan the move to a client the server fully supports, or keep the population to the workloads that interoperate.',
  },
  'not-supported': {
    name: 'NotSupported',
    short: 'Client not supported on server',
    full: 'A client population connects to a server the compatibility matrix marks not supported.',
    meaning:
      'Not supported: Microsoft does not support this client on this server. Move the population to the client the result names (the matrix replacement), or to a server that supports it; if the risk is accepted for a while, record an exception with a reason and an expiry date under exceptions: in the topology.',
  },
  undocumented: {
    name: 'Undocumented',
    short: 'No source states the client on the server',
    full: 'A client population connects to a server, and no source the matrix cites states whether that client is supported on it.',
    meaning:
      'Undocumented: no source states this combination, so coexist does not call it supported, and does not guess. Choose a combination a source documents (the result names some), or confirm this one with the vendor and record an exception; fail-on: undocumented makes such pairs fail the run.',
  },
  'not-applicable': {
    name: 'NotApplicable',
    short: 'Client not applicable to server',
    full: 'A client population connects to a server the compatibility matrix marks not applicable: the client has no counterpart on that server.',
    meaning:
      'Not applicable: the client has no counterpart on this server (for example, a client for a server role this server does not have), so the connection cannot work as declared. Remove the server from the population, or point the population at a server where the client applies.',
  },
}

/** What each kind of estate finding is about, for its rules. */
const ESTATE_TEXT: Record<EstateFindingKind, { name: string; short: string; meaning: string }> = {
  capability: {
    name: 'Workload',
    short: 'Client population declares a workload its client does not fully offer',
    meaning:
      'A client population declares a workload (instant messaging, presence, conferencing, group chat) that its client does not offer at all, offers only in part, or that no source states it offers, according to the client comparison tables the matrix cites. This is about the client, whatever the server: remove the workload from the population, or move the population to a client that offers it (the result names some).',
  },
  'server-rule': {
    name: 'ServerCoexistence',
    short: 'Server products side by side that the sources do not support',
    meaning:
      'The topology runs server products side by side (a coexistence or a migration) that the sources do not support together, or that no source speaks of. The result quotes the source and names every server involved. Complete or undo the migration step, or split the estate; fail-on decides whether undocumented combinations fail the run.',
  },
  'server-product': {
    name: 'ServerProductSupportedNowhere',
    short: 'Server product that no source supports',
    meaning:
      'A server runs a product the matrix knows only to say that nothing is supported on it (an earlier version such as Office Communications Server 2007 or Live Communications Server 2005). None of its client pairs is checked. Migrate the server to a supported product.',
  },
  'client-product': {
    name: 'ClientProductSupportedNowhere',
    short: 'Client product that no source supports',
    meaning:
      'A client population runs a product the matrix knows only to say that no server of the matrix supports it. None of its pairs is checked. Move the population to a supported client.',
  },
}

function estateRule(f: EstateFinding, matrixId: string | undefined): Rule {
  const kind = ESTATE_TEXT[f.kind]
  const scope = matrixId !== undefined && matrixId !== DEFAULT_MATRIX_ID ? `${matrixId}/` : ''
  const meaning = `${kind.meaning} Status of this rule: ${STATUS_LABEL[f.status]}.`
  return {
    id: `coexist/${scope}${f.kind}/${f.status}`,
    name: `${kind.name}${STATUS_TEXT[f.status].name}${scope ? `In${pascal(matrixId ?? '')}` : ''}`,
    shortDescription: { text: `${kind.short} (${STATUS_LABEL[f.status]})` },
    fullDescription: {
      text: `${kind.short}, with the status ${STATUS_LABEL[f.status]}; each result quotes the source that states it, or says that none does.`,
    },
    help: { text: meaning, markdown: escapeMarkup(meaning) },
    defaultConfiguration: { level: DEFAULT_FAIL_ON.has(f.status) ? 'error' : 'warning' },
    properties: { tags: ['compatibility', f.kind, f.status] },
  }
}

function pairRule(r: PairResult, matrixId: string | undefined): Rule {
  const status = STATUS_TEXT[r.status]
  const footnotes = [...r.footnotes].sort((a, b) => compareIds(a.id, b.id))
  // Footnote numbers belong to a matrix: another matrix's footnote 2 says something else, so its
  // rules carry the matrix id. The default matrix keeps the short ids.
  const scope = matrixId !== undefined && matrixId !== DEFAULT_MATRIX_ID ? `${matrixId}/` : ''
  const id = `coexist/${scope}${r.status}${footnotes.map((f) => `/footnote-${f.id}`).join('')}`
  const cited = footnotes.length === 0 ? '' : ` (${footnoteList(footnotes)})`
  // No source here: cells under one rule can come from different documents, so each result cites its own.
  const helpParagraphs = [
    status.meaning,
    ...footnotes.map(
      (f) => `Footnote ${f.id}${matrixId ? ` of matrix ${matrixId}` : ''}: ${f.text}`,
    ),
  ]
  return {
    id,
    name: `${status.name}${footnotes.map((f) => `Footnote${pascal(f.id)}`).join('')}${scope ? `In${pascal(matrixId ?? '')}` : ''}`,
    shortDescription: { text: `${status.short}${cited}` },
    fullDescription: {
      text: `${status.full}${footnotes.length > 0 ? ` The matrix attaches ${footnoteList(footnotes)} to the pair.` : ''}`,
    },
    help: {
      text: helpParagraphs.join('\n\n'),
      markdown: [
        escapeMarkup(status.meaning),
        ...footnotes.map(
          (f) =>
            `**Footnote ${escapeMarkup(f.id)}**${matrixId ? ` of matrix \`${matrixId}\`` : ''}: ${escapeMarkup(f.text)}`,
        ),
      ].join('\n\n'),
    },
    defaultConfiguration: {
      level: DEFAULT_FAIL_ON.has(r.status)
        ? 'error'
        : r.status === 'supported'
          ? 'note'
          : 'warning',
    },
    properties: {
      tags: ['compatibility', r.status, ...(footnotes.length > 0 ? ['footnote'] : [])],
    },
  }
}

/** A rule about the input rather than a pair: its help is one paragraph, the same in text and Markdown. */
function inputRule(
  id: string,
  name: string,
  short: string,
  full: string,
  meaning: string,
  level: Level,
  tags: string[],
): Rule {
  return {
    id,
    name,
    shortDescription: { text: short },
    fullDescription: { text: full },
    help: { text: meaning, markdown: escapeMarkup(meaning) },
    defaultConfiguration: { level },
    properties: { tags },
  }
}

const INVALID_TOPOLOGY = inputRule(
  INVALID_TOPOLOGY_RULE,
  'InvalidTopology',
  'Invalid topology file',
  'A topology file could not be evaluated because of a problem with its content or the file itself.',
  'The topology file could not be evaluated: it is missing or unreadable, is not valid YAML or JSON, does not match the topology schema, or names products, servers or clients that do not exist. None of its pairs gets a verdict until every problem is fixed; coexist reports all problems of a file at once, each at its place.',
  'error',
  ['input', 'configuration'],
)

const INVALID_MATRIX = inputRule(
  INVALID_MATRIX_RULE,
  'InvalidMatrix',
  'Invalid matrix file',
  'A custom matrix file could not be used because of a problem with its content or the file itself.',
  'A matrix file named by a topology (its matrix: key, or the matrix input) could not be used: it is unreadable, is not valid YAML or JSON, does not match the matrix schema, takes the id of a built-in matrix, extends too deep or in a cycle, or leaves pairs without a cell. No topology that names it gets a verdict until every problem is fixed.',
  'error',
  ['input', 'configuration'],
)

const EXCEPTION_TO_REVIEW = inputRule(
  EXCEPTION_RULE,
  'ExceptionToReview',
  'Exception to review',
  'An exception in the topology file has expired, names a supported pair, was written for another product, or runs past max-waiver-days.',
  'An exception under exceptions: needs a review. Either it waives nothing: it has passed the end of its expires: date (UTC), so its pair is judged again; its pair is supported and needs no waiver; or it was written for another client product than the population runs now. Or it runs further ahead than max-waiver-days (by default a year): an accepted risk is meant to be reviewed. Fix the pair, or renew the exception with its product, a reason and a nearer date, or remove it.',
  'warning',
  ['exception', 'configuration'],
)

const SERVER_VERSION = inputRule(
  SERVER_VERSION_RULE,
  'ServerVersionToDeclare',
  'Server version to declare',
  'A cell needs a cumulative update on a server, and the server declares no version, or one that no source lets coexist compare.',
  "A client on this server needs a cumulative update (the message names it and its build), and coexist cannot check it: the server declares no version: key, or declares an update whose build no source gives. Add version: with the pool's build as Get-CsServerPatchVersion reports it.",
  'warning',
  ['version', 'configuration'],
)

function footnoteList(footnotes: readonly Footnote[]): string {
  return `${footnotes.length === 1 ? 'footnote' : 'footnotes'} ${footnotes.map((f) => f.id).join(', ')}`
}

function pascal(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w !== '')
    .map((w) => w[0]?.toUpperCase() + w.slice(1))
    .join('')
}
