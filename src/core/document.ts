import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  JSON_SCHEMA,
  parseEvents,
  SCALAR_STYLE_PLAIN,
  YAMLException,
  type Event,
} from 'js-yaml'
import { findJsonSyntaxError } from './json-syntax.js'
import type { RunBudget } from './limits.js'
import { LineIndex } from './line-index.js'
import type { Diagnostic, Span } from './types.js'

export interface SourceDocument {
  file: string
  value: unknown
  positions: NodePositions
  lines: LineIndex
}

export type SourceFormat = 'yaml' | 'json'

export type ParseOutcome =
  { ok: true; document: SourceDocument } | { ok: false; errors: Diagnostic[] }

// Far deeper than a topology nests (top level, list, entry, list, value), and shallow enough
// that a hostile file cannot exhaust the parser's stack.
const MAX_DEPTH = 20
// Aliases may name a shared server list many times, but a document whose aliases expand to far more
// nodes than it spells out is an alias bomb: validating it would walk every expanded copy.
const ALIAS_EXPANSION_ALLOWANCE = 100_000

/**
 * Reads one YAML or JSON document and records the source extent of every node in one pass over
 * js-yaml's event stream, so every later error and finding can point at its line and column. With
 * a budget, the file's nodes are paid for out of the run's `max-nodes`: estimated before parsing (a
 * file far over the limit is refused without parsing it) and counted exactly after.
 */
export function parseDocument(
  text: string,
  file: string,
  format: SourceFormat,
  budget?: RunBudget,
): ParseOutcome {
  const lines = new LineIndex(text)
  const errorAt = (start: number, end: number, message: string): ParseOutcome => ({
    ok: false,
    errors: [{ file, ...lines.span(start, end), message }],
  })

  if (format === 'json') {
    const syntax = findJsonSyntaxError(text)
    if (syntax) return errorAt(syntax.offset, syntax.offset + 1, `invalid JSON: ${syntax.message}`)
  }

  // js-yaml builds an event object per node and cannot stop part-way, so what it may build is
  // bounded before it starts: the estimate is at least the real count, and at most a few times it.
  if (budget && estimateNodes(text) > NODE_ESTIMATE_SLACK * budget.nodes.left)
    return errorAt(0, 0, budget.nodes.refusal(undefined))
  let events: Event[]
  try {
    events = parseEvents(text, { filename: file, maxDepth: MAX_DEPTH })
  } catch (error) {
    return { ok: false, errors: [yamlDiagnostic(error, file, lines, format)] }
  }
  if (budget) {
    const nodes = countNodes(events)
    if (!budget.nodes.take(nodes)) return errorAt(0, 0, budget.nodes.refusal(nodes))
  }

  const walked = NodePositions.walk(events, text)
  if (walked instanceof WalkError) return errorAt(walked.start, walked.end, walked.message)
  const positions = walked
  const { roots } = positions
  const root = roots[0]
  if (root === undefined)
    return errorAt(0, 0, 'the file is empty; a topology needs `servers:` and `clients:`')
  if (roots.length > 1) {
    const second = roots[1] as number
    return errorAt(
      positions.startOf(second),
      positions.endOf(second),
      `the file holds ${roots.length} YAML documents; coexist reads exactly one (remove the \`---\` separators)`,
    )
  }
  const expanded = positions.expandedSize
  if (expanded > positions.nodeCount + ALIAS_EXPANSION_ALLOWANCE) {
    const at = positions.startOf(root)
    return errorAt(
      at,
      at,
      `aliases expand this document to ${expanded > 1e15 ? 'more than 10^15' : expanded} nodes from ${positions.nodeCount} written; coexist refuses alias bombs`,
    )
  }

  let values: unknown[]
  try {
    values = constructFromEvents(events, {
      source: text,
      filename: file,
      schema: format === 'json' ? JSON_SCHEMA : CORE_SCHEMA,
    })
  } catch (error) {
    return { ok: false, errors: [yamlDiagnostic(error, file, lines, format, positions)] }
  }
  return { ok: true, document: { file, value: values[0] ?? null, positions, lines } }
}

/**
 * How much higher than the real node count estimateNodes may be on an ordinary file (about three
 * times on block YAML and pretty-printed JSON): a file is refused unparsed only beyond this.
 */
const NODE_ESTIMATE_SLACK = 5

/** The nodes of an event stream: every event but a document's start and a collection's end. */
function countNodes(events: readonly Event[]): number {
  let nodes = 0
  for (let i = 0; i < events.length; i++) {
    const type = (events[i] as Event).type
    if (type !== EVENT_ID.DOCUMENT && type !== EVENT_ID.POP) nodes++
  }
  return nodes
}

const LF = 10
const CR = 13
const TAB = 9
const SPACE = 32
const HASH = 35
const COMMA = 44
const COLON = 58
const DASH = 45
const QUESTION = 63
const DOUBLE_QUOTE = 34
const SINGLE_QUOTE = 39
const BACKSLASH = 92
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const OPEN_BRACE = 123
const CLOSE_BRACE = 125

/**
 * An upper bound on the nodes js-yaml would report for `text`, from one pass over its characters.
 *
 * It counts tokens: runs of text ended by a line break, a flow indicator or `:` (so a plain scalar
 * with spaces in it is one token), a quoted scalar, and the indicators `-`, `?` and `:` standing
 * alone (followed by a space or a line break). Every node is a token or is made by one (a collection started by a key or a dash, an empty
 * value after an indicator), so twice the tokens plus the flow openers and the lines is never less
 * than the node count; on ordinary topologies it is about three times it. Comments and the insides of
 * quoted scalars add nothing; a quoted scalar is skipped only up to the end of its line, so a quote
 * that YAML reads as plain text (inside a block scalar) cannot hide the lines after it.
 */
export function estimateNodes(text: string): number {
  let tokens = 0
  let openers = 0
  let lines = 1
  let inToken = false
  const length = text.length
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i)
    if (c === LF || c === CR) {
      // A lone CR ends a line too; a CRLF is then counted twice, which only makes the bound looser.
      lines++
      inToken = false
    } else if (c === SPACE || c === TAB) {
      // Inside a token a space belongs to it (plain scalars hold spaces); between tokens it is nothing.
    } else if (c === HASH && (i === 0 || isBlank(text.charCodeAt(i - 1)))) {
      // A comment needs whitespace before it; `a:#b` is text, and so is what follows it.
      i = lineEnd(text, i) - 1
      inToken = false
    } else if (c === COLON) {
      // A value indicator can stand for a mapping, an empty key and an empty value (`[a:, b:]`).
      if (i + 1 === length || isBlankOrFlowEnd(text.charCodeAt(i + 1))) tokens++
      inToken = false
    } else if (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE) {
      inToken = false
    } else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
      openers++
      inToken = false
    } else if (inToken) {
      // Part of the current token, quotes included (`it's`).
    } else if (
      (c === DASH || c === QUESTION) &&
      (i + 1 === length || isBlank(text.charCodeAt(i + 1)))
    ) {
      tokens++
    } else if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      tokens++
      i = quotedEnd(text, i, c)
    } else {
      tokens++
      inToken = true
    }
  }
  return 2 * tokens + openers + lines + 1
}

function isBlank(c: number): boolean {
  return c === SPACE || c === TAB || c === LF || c === CR
}

function isBlankOrFlowEnd(c: number): boolean {
  return isBlank(c) || c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE
}

/** The offset of the line break that ends the line holding `from`, or the end of the text. */
function lineEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === LF || c === CR) return i
  }
  return text.length
}

/** Where a quoted scalar opened at `start` closes, or the end of its line, whichever comes first. */
function quotedEnd(text: string, start: number, quote: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === LF || c === CR) return i - 1
    // An escape never swallows the line break: a quote YAML reads as plain text must not reach past its line.
    if (c === BACKSLASH && quote === DOUBLE_QUOTE && !isBlank(text.charCodeAt(i + 1))) i++
    else if (c === quote) {
      if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) i++
      else return i
    }
  }
  return text.length
}

function yamlDiagnostic(
  error: unknown,
  file: string,
  lines: LineIndex,
  format: SourceFormat,
  positions?: NodePositions,
): Diagnostic {
  // Anything js-yaml throws is the input's fault or its own; either way the user gets a position, never a trace.
  const kind = format === 'json' ? 'invalid JSON' : 'invalid YAML'
  if (error instanceof YAMLException && error.mark) {
    const { position } = error.mark
    // js-yaml names neither the key nor where it was first written; the positions know both.
    const duplicate =
      error.reason === 'duplicated mapping key' ? positions?.duplicateKeyAt(position) : undefined
    if (duplicate) {
      const at = lines.span(duplicate.start, duplicate.end)
      const first = lines.span(duplicate.firstStart, duplicate.firstStart)
      const where =
        first.line === at.line ? `line ${first.line}, column ${first.column}` : `line ${first.line}`
      return {
        file,
        ...at,
        message: `${kind}: duplicated mapping key ${quoteKey(duplicate.key)}; the first is at ${where}`,
      }
    }
    return { file, ...lines.span(position, position + 1), message: `${kind}: ${error.reason}` }
  }
  const reason = error instanceof Error ? error.message : String(error)
  return { file, line: 1, column: 1, endLine: 1, endColumn: 1, message: `${kind}: ${reason}` }
}

/** A key as a message quotes it: a hostile key can be 100 kB long, and needs only enough of it to be recognised. */
function quoteKey(key: string): string {
  return JSON.stringify(key.length > 60 ? `${key.slice(0, 57)}...` : key)
}

class WalkError {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly message: string,
  ) {}
}

const SCALAR = 1
const SEQUENCE = 2
const MAPPING = 3
const ALIAS = 4
const NONE = -1

/**
 * Where every node of a document stands in the source. Nodes are numbered in document order and
 * described by typed arrays rather than an object per node: at 100,000 populations a document has
 * over a million nodes, and a tree of position objects cost more time and memory than js-yaml's
 * own parse. A mapping's children alternate key and value.
 */
export class NodePositions {
  private constructor(
    private readonly text: string,
    private readonly kind: Uint8Array,
    private readonly start: Int32Array,
    private readonly end: Int32Array,
    /** Each alias node's anchored node. */
    private readonly aliasTargets: ReadonlyMap<number, number>,
    /** The children of node i are children[childStart[i]] up to children[childStart[i + 1]]. */
    private readonly childStart: Int32Array,
    private readonly children: Int32Array,
    /**
     * The values of keys, and of anchored scalars (an alias may use one as a key), that are not their
     * source text verbatim (quoted, escaped, folded); every other key is compared in place.
     */
    private readonly decodedText: Map<number, string>,
    /** The mappings that have a plain `<<` key: a YAML merge key, which coexist does not apply. */
    private readonly mergingMappings: ReadonlySet<number>,
    /** The root node of each document in the stream. */
    readonly roots: readonly number[],
    /** How many nodes the first document stands for once aliases are expanded. */
    readonly expandedSize: number,
    /** Nodes as written, aliases counted once each. */
    readonly nodeCount: number,
  ) {}

  static walk(events: readonly Event[], text: string): NodePositions | WalkError {
    // Every event but a document's start and a collection's end is a node: counted first, so the
    // arrays below are sized exactly (a large topology has hundreds of thousands of ends).
    let capacity = 0
    for (let i = 0; i < events.length; i++) {
      const type = (events[i] as Event).type
      if (type !== EVENT_ID.DOCUMENT && type !== EVENT_ID.POP) capacity++
    }
    const kind = new Uint8Array(capacity)
    const start = new Int32Array(capacity)
    const end = new Int32Array(capacity)
    const parent = new Int32Array(capacity)
    const childCount = new Int32Array(capacity + 1)
    const aliasTargets = new Map<number, number>()
    const decodedText = new Map<number, string>()
    const mergingMappings = new Set<number>()
    const anchors = new Map<string, number>()
    // Sizes matter only while a collection is open and for anchored nodes, which aliases repeat.
    const anchoredSizes = new Map<number, number>()
    const roots: number[] = []
    const rootSizes: number[] = []
    // Open collections and their expanded sizes so far; NONE stands for a document, whose single node is a root.
    const open: number[] = []
    const openSizes: number[] = []
    let count = 0
    let lastEnd = 0

    /** Records a finished node as the next child of the innermost open collection. */
    const attach = (
      node: number,
      nodeSize: number,
      event: Event | undefined,
    ): WalkError | undefined => {
      const depth = open.length - 1
      const into = depth >= 0 ? (open[depth] as number) : NONE
      parent[node] = into
      if (into === NONE) {
        roots.push(node)
        rootSizes.push(nodeSize)
        return undefined
      }
      openSizes[depth] = (openSizes[depth] as number) + nodeSize
      if (kind[into] === MAPPING && (childCount[into] as number) % 2 === 0) {
        const actual = aliasTargets.get(node) ?? node
        if (kind[actual] !== SCALAR)
          return new WalkError(
            start[node] as number,
            end[node] as number,
            'mapping keys must be plain strings',
          )
        // Only keys are ever looked up by name; decode the few that are not their source text.
        if (event?.type === EVENT_ID.SCALAR && !event.fast)
          decodedText.set(node, getScalarValue(text, event))
        // A quoted "<<" is an ordinary key; only a plain one is a merge key.
        if (
          event?.type === EVENT_ID.SCALAR &&
          event.style === SCALAR_STYLE_PLAIN &&
          event.valueEnd - event.valueStart === 2 &&
          text.startsWith('<<', event.valueStart)
        )
          mergingMappings.add(into)
      }
      childCount[into] = (childCount[into] as number) + 1
      return undefined
    }

    for (let i = 0; i < events.length; i++) {
      const event = events[i] as Event
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          open.push(NONE)
          openSizes.push(0)
          break
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE: {
          const node = count++
          kind[node] = event.type === EVENT_ID.MAPPING ? MAPPING : SEQUENCE
          start[node] = end[node] = event.start
          if (event.anchorStart >= 0) {
            anchors.set(text.slice(event.anchorStart, event.anchorEnd), node)
            anchoredSizes.set(node, 1)
          }
          open.push(node)
          openSizes.push(1)
          break
        }
        case EVENT_ID.SCALAR: {
          const node = count++
          kind[node] = SCALAR
          start[node] = event.valueStart
          end[node] = event.valueEnd
          if (event.anchorStart >= 0) {
            anchors.set(text.slice(event.anchorStart, event.anchorEnd), node)
            if (!event.fast) decodedText.set(node, getScalarValue(text, event))
          }
          lastEnd = Math.max(lastEnd, event.valueEnd)
          const error = attach(node, 1, event)
          if (error) return error
          break
        }
        case EVENT_ID.ALIAS: {
          const name = text.slice(event.anchorStart, event.anchorEnd)
          const anchored = anchors.get(name)
          // js-yaml rejects unknown aliases while parsing; this is only a guard.
          if (anchored === undefined)
            return new WalkError(event.anchorStart, event.anchorEnd, `unknown alias *${name}`)
          const node = count++
          // An alias of a scalar is pointed at where `*name` stands; one of a collection, at the collection.
          kind[node] = ALIAS
          aliasTargets.set(node, anchored)
          start[node] = event.anchorStart - 1
          end[node] = event.anchorEnd
          lastEnd = Math.max(lastEnd, event.anchorEnd)
          // A scalar counts as one node, and so does a collection still open when it is aliased (a recursive alias).
          const error = attach(node, anchoredSizes.get(anchored) ?? 1, undefined)
          if (error) return error
          break
        }
        case EVENT_ID.POP: {
          const node = open.pop()
          const nodeSize = openSizes.pop() as number
          if (node !== undefined && node !== NONE) {
            end[node] = Math.max(end[node] as number, lastEnd)
            if (anchoredSizes.has(node)) anchoredSizes.set(node, nodeSize)
            const error = attach(node, nodeSize, undefined)
            if (error) return error
          }
          break
        }
      }
    }

    // Children listed contiguously per parent, in document order (node numbers are document order).
    const childStart = new Int32Array(count + 1)
    for (let node = 0; node < count; node++)
      childStart[node + 1] = (childStart[node] as number) + (childCount[node] as number)
    const children = new Int32Array(childStart[count] as number)
    const filled = childCount.fill(0)
    for (let node = 0; node < count; node++) {
      const into = parent[node] as number
      if (into === NONE) continue
      children[(childStart[into] as number) + (filled[into] as number)] = node
      filled[into] = (filled[into] as number) + 1
    }
    return new NodePositions(
      text,
      kind,
      start,
      end,
      aliasTargets,
      childStart,
      children,
      decodedText,
      mergingMappings,
      roots,
      rootSizes[0] ?? 0,
      count,
    )
  }

  startOf(node: number): number {
    return this.start[node] as number
  }

  endOf(node: number): number {
    return this.end[node] as number
  }

  /** The node an alias repeats, or the node itself. */
  resolve(node: number): number {
    return this.aliasTargets.get(node) ?? node
  }

  isScalar(node: number): boolean {
    return this.kind[this.resolve(node)] === SCALAR
  }

  /** The value of `key` in a mapping (the first, should the file repeat it), with the key node. */
  entry(mapping: number, key: string): { key: number; value: number } | undefined {
    const at = this.resolve(mapping)
    if (this.kind[at] !== MAPPING) return undefined
    const last = this.childStart[at + 1] as number
    for (let i = this.childStart[at] as number; i + 1 < last; i += 2) {
      const keyNode = this.children[i] as number
      if (this.keyIs(keyNode, key)) return { key: keyNode, value: this.children[i + 1] as number }
    }
    return undefined
  }

  /** Whether any mapping of the stream has a plain `<<` key. */
  get hasMergeKeys(): boolean {
    return this.mergingMappings.size > 0
  }

  /** Whether a mapping has a plain `<<` key. */
  hasMergeKey(mapping: number): boolean {
    return this.mergingMappings.has(this.resolve(mapping))
  }

  /**
   * The key that starts at `offset` and repeats an earlier key of its mapping: its text and extent,
   * and where the earlier one starts. Undefined when no such key starts there.
   */
  duplicateKeyAt(
    offset: number,
  ): { key: string; start: number; end: number; firstStart: number } | undefined {
    for (let node = 0; node < this.nodeCount; node++) {
      if (this.kind[node] !== MAPPING) continue
      const first = this.childStart[node] as number
      const last = this.childStart[node + 1] as number
      for (let i = first; i + 1 < last; i += 2) {
        const keyNode = this.children[i] as number
        if (this.start[keyNode] !== offset) continue
        const key = this.keyText(keyNode)
        for (let j = first; j < i; j += 2) {
          const earlier = this.children[j] as number
          if (this.keyIs(earlier, key))
            return {
              key,
              start: offset,
              end: this.end[keyNode] as number,
              firstStart: this.start[earlier] as number,
            }
        }
      }
    }
    return undefined
  }

  /** The `index`th item of a sequence. */
  item(sequence: number, index: number): number | undefined {
    const at = this.resolve(sequence)
    if (this.kind[at] !== SEQUENCE || index < 0) return undefined
    const slot = (this.childStart[at] as number) + index
    return slot < (this.childStart[at + 1] as number) ? this.children[slot] : undefined
  }

  /** A key's text: decoded, or its source text. */
  private keyText(keyNode: number): string {
    const at = this.resolve(keyNode)
    const from = this.start[at] as number
    if (from < 0) return ''
    return this.decodedText.get(at) ?? this.text.slice(from, this.end[at] as number)
  }

  private keyIs(keyNode: number, key: string): boolean {
    // An alias used as a key reads as its anchored scalar.
    const at = this.resolve(keyNode)
    const decoded = this.decodedText.get(at)
    if (decoded !== undefined) return decoded === key
    const from = this.start[at] as number
    // An empty key has no extent (-1) and reads as "".
    if (from < 0) return key === ''
    return (this.end[at] as number) - from === key.length && this.text.startsWith(key, from)
  }
}

/** The extent of the node at `path` (keys and indexes), or of the deepest node on the way there. */
export function locate(
  document: SourceDocument,
  path: readonly (string | number)[],
  part: 'value' | 'key' = 'value',
): Span {
  const { positions } = document
  let node = positions.roots[0] ?? NONE
  let key: number = NONE
  let parentStart = 0
  for (const segment of path) {
    if (node === NONE) break
    const found =
      typeof segment === 'number' ? positions.item(node, segment) : positions.entry(node, segment)
    const next = typeof found === 'object' ? found.value : found
    if (next === undefined) {
      key = NONE
      break
    }
    key = typeof found === 'object' ? found.key : NONE
    parentStart = positions.startOf(positions.resolve(node))
    node = next
  }
  if (node === NONE) return document.lines.span(0, 0)
  if (part === 'key' && key !== NONE)
    return document.lines.span(positions.startOf(key), positions.endOf(key))
  // An alias of a collection stands for the collection; an alias of a scalar, for itself.
  const at = positions.isScalar(node) ? node : positions.resolve(node)
  const start = positions.startOf(at)
  // An empty value (`product:` with nothing after it) has no extent of its own: point at its key,
  // or at the list that holds it.
  if (start < 0)
    return key !== NONE
      ? document.lines.span(positions.startOf(key), positions.endOf(key))
      : document.lines.span(parentStart, parentStart + 1)
  // A collection can span hundreds of lines; pointing at where it starts is what a reader needs.
  return document.lines.span(start, positions.isScalar(node) ? positions.endOf(at) : start + 1)
}

/**
 * Whether the mapping at `path` has a plain `<<` key: a YAML merge key, which coexist reads as an
 * ordinary key, so the keys it would merge in are missing.
 */
export function hasMergeKey(document: SourceDocument, path: readonly (string | number)[]): boolean {
  const { positions } = document
  if (!positions.hasMergeKeys) return false
  let node = positions.roots[0]
  for (const segment of path) {
    if (node === undefined) return false
    node =
      typeof segment === 'number'
        ? positions.item(node, segment)
        : positions.entry(node, segment)?.value
  }
  return node !== undefined && positions.hasMergeKey(node)
}
