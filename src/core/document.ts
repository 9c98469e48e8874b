import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  JSON_SCHEMA,
  parseEvents,
  YAMLException,
  type Event,
} from 'js-yaml'
import { findJsonSyntaxError } from './json-syntax.js'
import { LineIndex } from './line-index.js'
import type { Diagnostic, Span } from './types.js'

/** Where every node of the document stands in the source, mirroring the shape of its value. */
export type PositionNode = ScalarPosition | SequencePosition | MappingPosition

interface Extent {
  start: number
  end: number
  /** How many nodes this one stands for once aliases are expanded. */
  size: number
}
export interface ScalarPosition extends Extent {
  kind: 'scalar'
}
export interface SequencePosition extends Extent {
  kind: 'sequence'
  items: PositionNode[]
}
export interface MappingPosition extends Extent {
  kind: 'mapping'
  entries: Map<string, { key: { start: number; end: number }; value: PositionNode }>
}

export interface SourceDocument {
  file: string
  value: unknown
  positions: PositionNode
  lines: LineIndex
}

export type SourceFormat = 'yaml' | 'json'

export type ParseOutcome = { ok: true; document: SourceDocument } | { ok: false; errors: Diagnostic[] }

// Far deeper than a topology nests (top level, list, entry, list, value), and shallow enough
// that a hostile file cannot exhaust the parser's stack.
const MAX_DEPTH = 20
// Aliases may name a shared server list many times, but a document whose aliases expand to far more
// nodes than it spells out is an alias bomb: validating it would walk every expanded copy.
const ALIAS_EXPANSION_ALLOWANCE = 100_000

/**
 * Reads one YAML or JSON document and records the source extent of every node in one pass over
 * js-yaml's event stream, so every later error and finding can point at its line and column.
 */
export function parseDocument(text: string, file: string, format: SourceFormat): ParseOutcome {
  const lines = new LineIndex(text)
  const errorAt = (start: number, end: number, message: string): ParseOutcome => ({
    ok: false,
    errors: [{ file, ...lines.span(start, end), message }],
  })

  if (format === 'json') {
    const syntax = findJsonSyntaxError(text)
    if (syntax) return errorAt(syntax.offset, syntax.offset + 1, `invalid JSON: ${syntax.message}`)
  }

  let events: Event[]
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH })
  } catch (error) {
    return { ok: false, errors: [yamlDiagnostic(error, file, lines, format)] }
  }

  const walked = walkPositions(events, text)
  if ('error' in walked) return errorAt(walked.error.start, walked.error.end, walked.error.message)
  const { roots, nodeCount } = walked
  if (roots.length === 0 || roots[0] === undefined) return errorAt(0, 0, 'the file is empty; a topology needs `servers:` and `clients:`')
  if (roots.length > 1) {
    const second = roots[1]
    return errorAt(second?.start ?? 0, second?.end ?? 0, `the file holds ${roots.length} YAML documents; coexist reads exactly one (remove the \`---\` separators)`)
  }
  const root = roots[0]
  if (root.size > nodeCount + ALIAS_EXPANSION_ALLOWANCE) {
    return errorAt(root.start, root.start, `aliases expand this document to ${root.size > 1e15 ? 'more than 10^15' : root.size} nodes from ${nodeCount} written; coexist refuses alias bombs`)
  }

  let values: unknown[]
  try {
    values = constructFromEvents(events, { source: text, filename: file, schema: format === 'json' ? JSON_SCHEMA : CORE_SCHEMA })
  } catch (error) {
    return { ok: false, errors: [yamlDiagnostic(error, file, lines, format)] }
  }
  return { ok: true, document: { file, value: values[0] ?? null, positions: root, lines } }
}

function yamlDiagnostic(error: unknown, file: string, lines: LineIndex, format: SourceFormat): Diagnostic {
  // Anything js-yaml throws is the input's fault or its own; either way the user gets a position, never a trace.
  const kind = format === 'json' ? 'invalid JSON' : 'invalid YAML'
  if (error instanceof YAMLException && error.mark) {
    const at = lines.span(error.mark.position, error.mark.position + 1)
    return { file, ...at, message: `${kind}: ${error.reason}` }
  }
  const reason = error instanceof Error ? error.message : String(error)
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `${kind}: ${reason}` }
}

// A document frame has no node: what is attached to it is the document's root.
type Frame = { node: SequencePosition | MappingPosition; pendingKey: { name: string; start: number; end: number } | null } | { node: null }

function walkPositions(events: Event[], text: string): { roots: PositionNode[]; nodeCount: number } | { error: { start: number; end: number; message: string } } {
  const roots: PositionNode[] = []
  const anchors = new Map<string, PositionNode>()
  const stack: Frame[] = []
  let lastEnd = 0
  let nodeCount = 0

  const attach = (node: PositionNode): { start: number; end: number; message: string } | null => {
    const top = stack[stack.length - 1]
    if (!top || top.node === null) {
      roots.push(node)
      return null
    }
    const parent = top.node
    parent.size += node.size
    if (parent.kind === 'sequence') {
      parent.items.push(node)
      return null
    }
    const frame = top as Extract<Frame, { pendingKey: unknown }>
    if (frame.pendingKey === null) {
      if (node.kind !== 'scalar') return { start: node.start, end: node.end, message: 'mapping keys must be plain strings' }
      frame.pendingKey = { name: keyText(node), start: node.start, end: node.end }
      return null
    }
    const key = frame.pendingKey
    frame.pendingKey = null
    // A duplicate key is reported by the constructor; keep the first for positions.
    if (!parent.entries.has(key.name)) parent.entries.set(key.name, { key: { start: key.start, end: key.end }, value: node })
    return null
  }

  const keyText = (node: ScalarPosition): string => {
    const event = scalarEvents.get(node)
    return event ? getScalarValue(text, event) : text.slice(node.start, node.end)
  }
  // A Map, not a WeakMap: it lives only for this walk, and a WeakMap of 100,000 scalars costs the
  // garbage collector more than the whole walk.
  const scalarEvents = new Map<ScalarPosition, Extract<Event, { type: 4 }>>()

  for (const event of events) {
    switch (event.type) {
      case EVENT_ID.DOCUMENT:
        stack.push({ node: null })
        break
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        nodeCount++
        const node: SequencePosition | MappingPosition =
          event.type === EVENT_ID.MAPPING
            ? { kind: 'mapping', start: event.start, end: event.start, size: 1, entries: new Map() }
            : { kind: 'sequence', start: event.start, end: event.start, size: 1, items: [] }
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node)
        stack.push({ node, pendingKey: null })
        break
      }
      case EVENT_ID.SCALAR: {
        nodeCount++
        const node: ScalarPosition = { kind: 'scalar', start: event.valueStart, end: event.valueEnd, size: 1 }
        scalarEvents.set(node, event)
        if (event.anchorStart >= 0) anchors.set(text.slice(event.anchorStart, event.anchorEnd), node)
        lastEnd = Math.max(lastEnd, event.valueEnd)
        const error = attach(node)
        if (error) return { error }
        break
      }
      case EVENT_ID.ALIAS: {
        nodeCount++
        const name = text.slice(event.anchorStart, event.anchorEnd)
        const target = anchors.get(name)
        // js-yaml rejects unknown aliases while parsing; this is only a guard.
        if (!target) return { error: { start: event.anchorStart, end: event.anchorEnd, message: `unknown alias *${name}` } }
        lastEnd = Math.max(lastEnd, event.anchorEnd)
        // The alias points at its target's positions; its own extent is where `*name` stands.
        const error = attach(target.kind === 'scalar' ? { ...target, start: event.anchorStart - 1, end: event.anchorEnd } : target)
        if (error) return { error }
        break
      }
      case EVENT_ID.POP: {
        const frame = stack.pop()
        if (frame && frame.node) {
          frame.node.end = Math.max(frame.node.end, lastEnd)
          const error = attach(frame.node)
          if (error) return { error }
        }
        break
      }
    }
  }
  return { roots, nodeCount }
}

/** The extent of the node at `path` (keys and indexes), or of the deepest node on the way there. */
export function locate(document: SourceDocument, path: readonly (string | number)[], part: 'value' | 'key' = 'value'): Span {
  let node: PositionNode = document.positions
  let key: { start: number; end: number } | null = null
  for (const segment of path) {
    let next: PositionNode | undefined
    if (node.kind === 'mapping') {
      const entry = node.entries.get(String(segment))
      if (entry) {
        key = entry.key
        next = entry.value
      }
    } else if (node.kind === 'sequence' && typeof segment === 'number') {
      next = node.items[segment]
      key = null
    }
    if (!next) {
      key = null
      break
    }
    node = next
  }
  if (part === 'key' && key) return document.lines.span(key.start, key.end)
  // A collection can span hundreds of lines; pointing at where it starts is what a reader needs.
  return document.lines.span(node.start, node.kind === 'scalar' ? node.end : node.start + 1)
}
