import type { ErrorObject } from 'ajv/dist/2020.js'
import { hasMergeKey, locate, type SourceDocument } from './document.js'
import { PROBLEMS_LISTED_PER_FILE } from './limits.js'
import { didYouMean, type SuggestionBudget } from './suggest.js'
import type { Diagnostic } from './types.js'

/**
 * How many of ajv's errors are turned into messages: ten times what a file lists, so that the
 * listed ones are the first in the file however ajv ordered them. A file with a wrong value on
 * every one of its 250,000 nodes has that many errors, and describing each cost more than parsing.
 */
const DESCRIBED_SCHEMA_ERRORS = 10 * PROBLEMS_LISTED_PER_FILE

/**
 * Turns ajv's errors into messages a person can act on, each at the line and column of the node it
 * is about (the unknown key itself, the value of the wrong type, the entry missing a field). Past
 * DESCRIBED_SCHEMA_ERRORS they are only counted, as `unlisted`.
 */
export function schemaDiagnostics(
  document: SourceDocument,
  errors: readonly ErrorObject[],
  budget?: SuggestionBudget,
): { diagnostics: Diagnostic[]; unlisted: number } {
  const seen = new Set<string>()
  const diagnostics: Diagnostic[] = []
  let unlisted = 0
  for (const error of errors) {
    // "must match the else schema" only announces the specific errors that follow it.
    if (error.keyword === 'if') continue
    // A mapping that merges its keys in with `<<` lacks them only because merge keys are off: the
    // message at the `<<` says what to write instead, and the missing keys are its consequence.
    if (error.keyword === 'required' && hasMergeKey(document, parsePointer(error.instancePath)))
      continue
    if (diagnostics.length >= DESCRIBED_SCHEMA_ERRORS) {
      unlisted++
      continue
    }
    const path = parsePointer(error.instancePath)
    const { message, at, part } = describe(document, error, path, budget)
    const span = locate(document, at, part)
    const text = `${pathLabel(path)}: ${message}`
    const key = `${span.line}:${span.column}:${text}`
    if (seen.has(key)) continue
    seen.add(key)
    diagnostics.push({ file: document.file, ...span, message: text })
  }
  return {
    diagnostics: diagnostics.sort((a, b) => a.line - b.line || a.column - b.column),
    unlisted,
  }
}

function describe(
  document: SourceDocument,
  error: ErrorObject,
  path: (string | number)[],
  budget: SuggestionBudget | undefined,
): { message: string; at: (string | number)[]; part: 'key' | 'value' } {
  const params = error.params as Record<string, unknown>
  const last = path[path.length - 1]
  switch (error.keyword) {
    case 'required': {
      const key = String(params.missingProperty)
      return {
        message: `missing required key "${key}"${REQUIRED_HINTS[`${path[0]}.${key}`] ?? ''}`,
        at: path,
        part: 'value',
      }
    }
    case 'additionalProperties':
    case 'unevaluatedProperties': {
      const key = String(params.additionalProperty ?? params.unevaluatedProperty)
      const at = [...path, key]
      if (key === '<<' && hasMergeKey(document, path))
        return { message: MERGE_KEY_MESSAGE, at, part: 'key' }
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      ).filter((k) => k !== '$schema')
      // A hostile key can be 100 kB long; the message needs only enough of it to recognise it.
      const shown = key.length > 60 ? `${key.slice(0, 57)}...` : key
      return {
        message: `unknown key "${shown}"${didYouMean(key, known, budget)}; allowed: ${known.join(', ')}`,
        at,
        part: 'key',
      }
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map(String)
      const suggestion =
        typeof error.data === 'string' ? didYouMean(error.data, allowed, budget) : ''
      return {
        message: `${describeValue(error.data)} is not one of the allowed values${suggestion}; allowed: ${allowed.join(', ')}`,
        at: path,
        part: 'value',
      }
    }
    case 'type':
      return {
        message: `must be ${article(String(params.type))}, not ${describeValue(error.data)}`,
        at: path,
        part: 'value',
      }
    case 'minItems':
      return {
        message: `needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}`,
        at: path,
        part: 'value',
      }
    case 'uniqueItems': {
      // Ajv's order of i and j depends on the item schema; point at the later copy either way.
      const [first, second] = [Number(params.i), Number(params.j)].sort((a, b) => a - b) as [
        number,
        number,
      ]
      return {
        message: `lists the same value twice (entries ${first + 1} and ${second + 1})`,
        at: [...path, second],
        part: 'value',
      }
    }
    case 'minLength':
      return { message: EMPTY, at: path, part: 'value' }
    case 'maxLength':
      return {
        message: `is longer than ${String(params.limit)} characters`,
        at: path,
        part: 'value',
      }
    case 'pattern':
      if (last === 'expires')
        return {
          message: `must be a date written YYYY-MM-DD, not ${describeValue(error.data)}`,
          at: path,
          part: 'value',
        }
      // An empty text breaks minLength too: both say "empty", so the file gets the one message.
      if (params.pattern === '\\S')
        return { message: error.data === '' ? EMPTY : 'must not be blank', at: path, part: 'value' }
      return {
        message: `${describeValue(error.data)} is not a valid identifier (lower-case letters, digits, dots and hyphens)`,
        at: path,
        part: 'value',
      }
    default:
      return { message: error.message ?? 'is invalid', at: path, part: 'value' }
  }
}

const EMPTY = 'must not be empty'

const MERGE_KEY_MESSAGE =
  'merge keys (`<<`) are not supported; write the keys out in this entry, or put the anchor on a whole value and alias that (e.g. `servers: &pools [a, b]` in one client, `servers: *pools` in the next)'

/** What a missing key is for, where the name alone does not say it. */
const REQUIRED_HINTS: Record<string, string> = {
  'exceptions.product':
    ': the client product the exception was written for (e.g. product: Lync 2010 Attendee); an exception waives a pair only while the population runs that product',
}

function parsePointer(pointer: string): (string | number)[] {
  if (pointer === '') return []
  return pointer
    .slice(1)
    .split('/')
    .map((raw) => {
      const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~')
      return /^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment
    })
}

/** `clients[2].servers[0]`, or `the file` for the top level. */
export function pathLabel(path: readonly (string | number)[]): string {
  if (path.length === 0) return 'the file'
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('')
}

function article(type: string): string {
  return (
    {
      object: 'a mapping',
      array: 'a list',
      string: 'a string',
      number: 'a number',
      integer: 'a whole number',
      boolean: 'true or false',
      null: 'null',
    }[type] ?? type
  )
}

function describeValue(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'object') return 'a mapping'
  if (typeof value === 'string')
    return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)
  return `${typeof value} ${String(value)}`
}
