// The two independent judges every SARIF log the tests write goes through:
//
// 1. The SARIF 2.1.0 JSON schema, with Ajv. The schema is the one Microsoft ships beside the
//    multitool (node_modules/@microsoft/sarif-multitool-linux/sarif-2.1.0.json, the sarif-sdk copy
//    of the OASIS schema): it carries the OASIS title but no $id, and its "$schema" names draft
//    2020-12 although it is written in draft-04/07 style ("definitions", "#/definitions/..."
//    references). We drop that "$schema" and compile it as draft-07, with strict: false because
//    it is not our schema. ajv-formats is not installed, so the four formats it uses (uri,
//    uri-reference, date-time, uuid) are checked by the small functions below.
//
// 2. Microsoft's SARIF multitool (`sarif-multitool validate`), which checks what a schema cannot:
//    index consistency, regions, URIs, and GitHub's ingestion rules (--rule-kind Gh). It exits 0
//    even when it reports errors, and it silently skips a file it cannot deserialize, so we read
//    its own SARIF output instead of its exit code, and require evidence that each file was
//    analysed (every coexist log draws SARIF2003, which asks for versionControlProvenance).
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Ajv, type ValidateFunction } from 'ajv'
import { REPO_ROOT } from './runtimes.js'

export const SARIF_SCHEMA_PATH = path.join(
  REPO_ROOT,
  'node_modules',
  '@microsoft',
  'sarif-multitool-linux',
  'sarif-2.1.0.json',
)
export const SARIF_SCHEMA_TITLE = 'Static Analysis Results Format (SARIF) Version 2.1.0 JSON Schema'

// ---------------------------------------------------------------------------------------------
// 1. The JSON schema
// ---------------------------------------------------------------------------------------------

/** The shipped schema, after checking it is the SARIF 2.1.0 schema and not something else. */
export function loadSarifSchema(): Record<string, unknown> {
  const schema = JSON.parse(readFileSync(SARIF_SCHEMA_PATH, 'utf8')) as Record<string, unknown>
  const version = (schema.properties as { version?: { enum?: unknown } } | undefined)?.version?.enum
  const definitions = schema.definitions as Record<string, unknown> | undefined
  if (schema.title !== SARIF_SCHEMA_TITLE)
    throw new Error(
      `${SARIF_SCHEMA_PATH} is titled ${JSON.stringify(schema.title)}, not the SARIF 2.1.0 schema`,
    )
  if (JSON.stringify(version) !== '["2.1.0"]')
    throw new Error(`${SARIF_SCHEMA_PATH} does not pin version 2.1.0`)
  for (const name of [
    'run',
    'result',
    'reportingDescriptor',
    'region',
    'suppression',
    'artifactLocation',
  ]) {
    if (!definitions?.[name]) throw new Error(`${SARIF_SCHEMA_PATH} has no definition of ${name}`)
  }
  return schema
}

const URI_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/
// RFC 3986 characters: unreserved, reserved, and "%" only as the start of a percent-encoding.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=]|%[0-9A-Fa-f]{2})*$/

export const FORMATS = {
  'uri-reference': (value: string) => URI_CHARS.test(value),
  uri: (value: string) => URI_CHARS.test(value) && URI_SCHEME.test(value),
  'date-time': (value: string) =>
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value) &&
    !Number.isNaN(Date.parse(value)),
  uuid: (value: string) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
} as const

let compiled: ValidateFunction | undefined

function validator(): ValidateFunction {
  if (compiled) return compiled
  const schema = loadSarifSchema()
  delete schema.$schema
  const ajv = new Ajv({ strict: false, allErrors: true })
  for (const [name, check] of Object.entries(FORMATS)) ajv.addFormat(name, check)
  compiled = ajv.compile(schema)
  return compiled
}

/** Every way `log` breaks the SARIF 2.1.0 schema, as "path message" lines; empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  const validate = validator()
  if (validate(log)) return []
  return (validate.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`,
  )
}

// ---------------------------------------------------------------------------------------------
// 2. The multitool
// ---------------------------------------------------------------------------------------------

/**
 * The platform binary that node_modules/.bin/sarif-multitool runs. That wrapper hands its
 * arguments to a shell (`spawnSync(..., { shell: true })`), where the ";" of
 * `--level "Error;Warning;Note"` would end the command; calling the same binary directly keeps
 * every argument one argument.
 */
export function multitoolBinary(): string {
  return createRequire(path.join(REPO_ROOT, 'package.json'))('@microsoft/sarif-multitool') as string
}

// SARIF2006 fetches every URI in the log over HTTP; a test must not depend on the network (and the
// source URLs the results cite are asserted exactly instead). Disabling it makes the multitool say
// so in WRN999.
const CONFIG = `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options">
    <Property Key="RuleEnabled" Value="Disabled" />
  </Properties>
</Properties>
`

// A clean environment: no telemetry, and no dependence on the machine's ICU libraries (the
// multitool is a .NET program; invariant globalization changes nothing it reports).
const MULTITOOL_ENV: Record<string, string> = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  ...(process.env.HOME ? { HOME: process.env.HOME } : {}),
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
  DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1',
}

export type MultitoolLevel = 'error' | 'warning' | 'note'

export interface MultitoolFinding {
  /** The validated file's base name. */
  file: string
  ruleId: string
  level: MultitoolLevel
  /** Where in the log, as the multitool's first message argument gives it: "runs[0].tool.driver". */
  where: string
  text: string
}

export interface MultitoolRun {
  findings: MultitoolFinding[]
  /** Problems of the tool itself (a configuration it rejected, a crash), as "level id: text". */
  toolProblems: string[]
  status: number | null
  stdout: string
  stderr: string
}

/**
 * Findings the multitool may report on a coexist log, and why each is accepted. Anything else,
 * and any error, fails the tests.
 */
export const ACCEPTED_MULTITOOL_FINDINGS: Record<string, { level: MultitoolLevel; why: string }> = {
  SARIF2002: {
    level: 'note',
    why: 'message.id/arguments instead of text: our messages are self-contained, which is what GitHub displays',
  },
  SARIF2003: {
    level: 'note',
    why: 'versionControlProvenance: the reporter does not know the repository URI or revision (the action could add them)',
  },
  SARIF2005: {
    level: 'warning',
    why: 'tool.driver.informationUri: coexist has no published home page to point to yet, and a guessed URL would be worse than none',
  },
  SARIF2009: {
    level: 'note',
    why: 'hierarchical rule ids ("coexist/not-supported/footnote-2") are the required naming; GitHub shows them as they are',
  },
  SARIF2010: { level: 'note', why: 'region.snippet: reports carry spans, not the source text' },
  SARIF2011: { level: 'note', why: 'contextRegion: as for snippets' },
  SARIF2012: {
    level: 'note',
    why: 'helpUri: no rule has one page to link (cells under one rule can come from different documents, so each result cites its own source; input rules have no page); an empty rules array in a clean run',
  },
  SARIF2016: {
    level: 'note',
    why: 'a file:// URI for a topology outside the working directory, which has no repository-relative path (CLI use only)',
  },
}

/** Validates several logs in one multitool invocation (it takes a second or two to start). */
export async function runMultitool(logs: ReadonlyMap<string, string>): Promise<MultitoolRun> {
  const dir = mkdtempSync(path.join(tmpdir(), 'coexist-sarif-'))
  try {
    const files: string[] = []
    for (const [name, text] of logs) {
      if (!/^[\w.-]+\.sarif$/.test(name))
        throw new Error(`log names must be plain file names ending in .sarif: ${name}`)
      const file = path.join(dir, name)
      writeFileSync(file, text)
      files.push(file)
    }
    const config = path.join(dir, 'multitool.xml')
    writeFileSync(config, CONFIG)
    const output = path.join(dir, 'validation.sarif')
    const args = [
      'validate',
      '--config',
      config,
      '--rule-kind',
      'Sarif;Gh',
      '--level',
      'Error;Warning;Note',
      '--output',
      output,
      ...files,
    ]
    const { status, stdout, stderr } = await new Promise<{
      status: number | null
      stdout: string
      stderr: string
    }>((resolve) => {
      execFile(
        multitoolBinary(),
        args,
        { cwd: dir, timeout: 60_000, maxBuffer: 64 * 1024 * 1024, env: MULTITOOL_ENV },
        (error, out, err) =>
          resolve({
            status: error ? (typeof error.code === 'number' ? error.code : null) : 0,
            stdout: out,
            stderr: err,
          }),
      )
    })
    let validation: ValidationLog
    try {
      validation = JSON.parse(readFileSync(output, 'utf8')) as ValidationLog
    } catch (error) {
      throw new Error(
        `the multitool wrote no readable output (exit ${status}): ${(error as Error).message}\n${stdout}\n${stderr}`,
        { cause: error },
      )
    }
    return { ...readValidation(validation, stdout), status, stdout, stderr }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

interface ValidationLog {
  runs: {
    results?: {
      ruleId: string
      level?: MultitoolLevel
      message: { text?: string; id?: string; arguments?: string[] }
      locations?: { physicalLocation?: { artifactLocation?: { uri?: string } } }[]
    }[]
    invocations?: {
      toolExecutionNotifications?: Notification[]
      toolConfigurationNotifications?: Notification[]
    }[]
  }[]
}

interface Notification {
  level?: MultitoolLevel
  descriptor?: { id?: string }
  message: { text?: string }
}

function readValidation(
  log: ValidationLog,
  stdout: string,
): Pick<MultitoolRun, 'findings' | 'toolProblems'> {
  const findings: MultitoolFinding[] = []
  const toolProblems: string[] = []
  for (const run of log.runs) {
    for (const result of run.results ?? []) {
      const uri = result.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? ''
      const where = result.message.arguments?.[0] ?? ''
      // The output log stores message ids and arguments; the console line has the rendered text.
      const file = path.basename(decodeURIComponent(uri))
      const line = stdout
        .split('\n')
        .find((l) => l.includes(file) && l.includes(` ${result.ruleId}: ${where}`))
      findings.push({
        file,
        ruleId: result.ruleId,
        level: result.level ?? 'warning',
        where,
        text: line ?? result.message.text ?? JSON.stringify(result.message),
      })
    }
    for (const invocation of run.invocations ?? []) {
      for (const n of [
        ...(invocation.toolExecutionNotifications ?? []),
        ...(invocation.toolConfigurationNotifications ?? []),
      ]) {
        // WRN999: "SARIF2006 was explicitly disabled", which is what CONFIG asks for.
        if (
          n.descriptor?.id === 'WRN999.RuleExplicitlyDisabled' &&
          n.message.text?.includes('SARIF2006')
        )
          continue
        toolProblems.push(
          `${n.level ?? 'warning'} ${n.descriptor?.id ?? '?'}: ${n.message.text ?? ''}`,
        )
      }
    }
  }
  return { findings, toolProblems }
}

/** GitHub code scanning takes at most 20 runs per SARIF file; the multitool's GitHub rules say so. */
export const MAX_RUNS_PER_FILE = 20

export interface Pack {
  /** The file name to validate the pack under. */
  file: string
  text: string
  /** The log each run came from: runs[i] is names[i]'s run. */
  names: string[]
}

/**
 * The multitool spends about half a second on each file whatever its size, so a test that renders
 * twenty small logs packs their runs into a few logs: a run is validated the same wherever it
 * sits, and the envelope around it ($schema, version) must be the same in every packed log, or
 * packing refuses. Packs hold at most MAX_RUNS_PER_FILE runs, so each is itself a log GitHub would
 * accept. Findings on runs[i] of a pack are given back to the i-th log by `unpack`.
 */
export function pack(logs: ReadonlyMap<string, string>, prefix = 'packed'): Pack[] {
  let envelope: string | undefined
  const packs: { runs: unknown[]; names: string[] }[] = []
  for (const [name, text] of logs) {
    const { runs, ...rest } = JSON.parse(text) as { runs: unknown[] }
    const shape = JSON.stringify(rest)
    if (envelope !== undefined && shape !== envelope)
      throw new Error(`${name} has another envelope than the logs before it: ${shape}`)
    if (runs.length !== 1) throw new Error(`${name} has ${runs.length} runs; coexist writes one`)
    envelope = shape
    let last = packs.at(-1)
    if (!last || last.runs.length === MAX_RUNS_PER_FILE)
      packs.push((last = { runs: [], names: [] }))
    last.runs.push(runs[0])
    last.names.push(name)
  }
  const head = JSON.parse(envelope ?? '{}') as object
  return packs.map(({ runs, names }, i) => ({
    file: `${prefix}-${i + 1}.sarif`,
    text: `${JSON.stringify({ ...head, runs }, null, 2)}\n`,
    names,
  }))
}

/** Findings on packed files, each given back to the log whose run it is about. */
export function unpack(
  findings: readonly MultitoolFinding[],
  packs: readonly Pack[],
): MultitoolFinding[] {
  return findings.map((f) => {
    const packed = packs.find((p) => p.file === f.file)
    const run = /^runs\[(\d+)\]/.exec(f.where)
    const name = packed && run ? packed.names[Number(run[1])] : undefined
    return name === undefined
      ? f
      : { ...f, file: name, where: f.where.replace(/^runs\[\d+\]/, 'runs[0]') }
  })
}

/** Findings that are neither on the accepted list nor at their accepted level. */
export function unacceptedFindings(findings: readonly MultitoolFinding[]): MultitoolFinding[] {
  return findings.filter((f) => ACCEPTED_MULTITOOL_FINDINGS[f.ruleId]?.level !== f.level)
}

/** Files of `names` the multitool shows no sign of having analysed. */
export function unanalysed(
  names: Iterable<string>,
  findings: readonly MultitoolFinding[],
): string[] {
  const analysed = new Set(findings.filter((f) => f.ruleId === 'SARIF2003').map((f) => f.file))
  return [...names].filter((name) => !analysed.has(name))
}
