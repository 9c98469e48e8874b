import {
  constructFromEvents,
  CORE_SCHEMA,
  EVENT_ID,
  getScalarValue,
  JSON_SCHEMA,
  NOT_RESOLVED,
  parseEvents,
  SCALAR_STYLE_PLAIN,
  YAMLException,
  type DocumentEvent,
  type Event,
  type MappingEvent,
  type PopEvent,
  type ScalarEvent,
  type ScalarTagDefinition,
  type Schema,
  type SequenceEvent,
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
 * Reads one YAML or JSON document: its value, as js-yaml would load it, and the source extent of
 * every node, both built in one pass over js-yaml's event stream (NodePositions.compose), so every
 * later error and finding can point at its line and column. With a budget, the file's nodes are
 * paid for out of the run's `max-nodes`: estimated before parsing (a file far over the limit is
 * refused without parsing it) and counted exactly after.
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
  const nodes = countNodes(events)
  if (budget && !budget.nodes.take(nodes)) return errorAt(0, 0, budget.nodes.refusal(nodes))

  const composed = NodePositions.compose(events, text, nodes, format)
  if (composed instanceof ComposeError)
    return errorAt(composed.start, composed.end, composed.message)
  const { positions, value, refused } = composed
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
  if (refused !== undefined)
    return { ok: false, errors: [yamlDiagnostic(refused, file, lines, format, positions)] }
  return { ok: true, document: { file, value, positions, lines } }
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
    // Most characters are blanks or inside a token, where they change nothing: one lookup each.
    const role = c < 128 ? (CHARACTER_ROLES[c] as number) : ORDINARY
    if (role === BLANK || (role === ORDINARY && inToken)) continue
    if (c === LF || c === CR) {
      // A lone CR ends a line too; a CRLF is then counted twice, which only makes the bound looser.
      lines++
      inToken = false
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

// What a character is to estimateNodes. A blank changes nothing: inside a token it belongs to it
// (plain scalars hold spaces), between tokens it is nothing. An ordinary character starts a token
// or belongs to one. Every other character is looked at.
const ORDINARY = 0
const BLANK = 1
const SIGNIFICANT = 2
const CHARACTER_ROLES = new Uint8Array(128)
CHARACTER_ROLES[SPACE] = CHARACTER_ROLES[TAB] = BLANK
for (const c of [LF, CR, HASH, COMMA, COLON, DASH, QUESTION, DOUBLE_QUOTE, SINGLE_QUOTE])
  CHARACTER_ROLES[c] = SIGNIFICANT
for (const c of [OPEN_BRACKET, CLOSE_BRACKET, OPEN_BRACE, CLOSE_BRACE])
  CHARACTER_ROLES[c] = SIGNIFICANT

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

/** A problem the one pass (Composer) finds in the events, at its source offsets. */
class ComposeError {
  constructor(
    readonly start: number,
    readonly end: number,
    readonly message: string,
  ) {}
}

/**
 * How a format's values are read, as js-yaml's constructor reads them under its schema (the core
 * schema for YAML, the JSON schema for JSON): a plain scalar is the first of the schema's implicit
 * tags that resolves its text, or the text itself. Each tag names the first characters it can
 * match, so most scalars ("Lync 2013") try none.
 */
class ValueReading {
  private readonly byFirstCharacter = new Map<string, ScalarTagDefinition[]>()
  private readonly anyFirstCharacter: ScalarTagDefinition[]

  constructor(readonly schema: Schema) {
    const implicit = schema.tags.filter(
      (tag): tag is ScalarTagDefinition => tag.nodeKind === 'scalar' && tag.implicit,
    )
    this.anyFirstCharacter = implicit.filter((tag) => tag.implicitFirstChars === null)
    for (const tag of implicit)
      for (const first of tag.implicitFirstChars ?? [])
        this.byFirstCharacter.set(
          first,
          implicit.filter(
            (t) => t.implicitFirstChars === null || t.implicitFirstChars.includes(first),
          ),
        )
  }

  plain(source: string): unknown {
    for (const tag of this.byFirstCharacter.get(source.charAt(0)) ?? this.anyFirstCharacter) {
      const value = tag.resolve(source, false, tag.tagName)
      if (value !== NOT_RESOLVED) return value
    }
    return source
  }
}

const READINGS: Record<SourceFormat, ValueReading> = {
  yaml: new ValueReading(CORE_SCHEMA),
  json: new ValueReading(JSON_SCHEMA),
}
const POP: PopEvent = { type: EVENT_ID.POP }

/** Slots of Composer.known: a power of two. */
const KNOWN_SLOTS = 1024

const SCALAR = 1
const SEQUENCE = 2
const MAPPING = 3
const ALIAS = 4
const NONE = -1

/** Where js-yaml's constructor reports a problem with a scalar: at its tag, anchor or text. */
function scalarMark(event: ScalarEvent): number {
  if (event.tagStart >= 0) return event.tagStart
  if (event.anchorStart >= 0) return event.anchorStart
  return Math.max(event.valueStart, 0)
}

/**
 * One pass over js-yaml's events that builds both the document's value, exactly as js-yaml's
 * `constructFromEvents` would (the same schema, duplicate keys refused, `<<` an ordinary key, an
 * alias the very value its anchor holds), and the positions of its nodes. At 100,000 populations
 * (a million nodes) the former separate position walk and js-yaml's constructor, one pass each,
 * took more than twice as long as this one pass.
 *
 * Problems come in js-yaml's order: what js-yaml's constructor could not even start on (a key that
 * is not a scalar) is returned at once; what the constructor refuses (a
 * duplicate key, an unknown tag) is kept, and from then on nothing more is built.
 */
class Composer {
  readonly kind: Uint8Array
  readonly start: Int32Array
  readonly end: Int32Array
  /** A collection's children are children[childStart[i]] and the childCount[i] - 1 after it. */
  readonly childStart: Int32Array
  readonly childCount: Int32Array
  readonly children: Int32Array
  readonly aliasTargets = new Map<number, number>()
  readonly decodedText = new Map<number, string>()
  readonly mergingMappings = new Set<number>()
  readonly roots: number[] = []
  readonly rootSizes: number[] = []
  count = 0
  /** The first document's value. */
  value: unknown = null
  /** What js-yaml's constructor would have thrown first, as it would have thrown it. */
  refused: unknown = undefined

  /** The children of the open collections, innermost last, until each closes and takes its own. */
  private readonly pending: Int32Array
  private pendingCount = 0
  private childrenCount = 0
  /** The values of the items of the open sequences, innermost last. */
  private readonly items: unknown[] = []
  private itemCount = 0
  /**
   * Scalars already read that read as their own text (not `true`, `1` or `~`), one per slot by
   * length and first and last character: a topology repeats its keys and its product and server
   * names thousands of times, and one string for all of them spares a copy per occurrence, and
   * hashing that copy wherever it is a key or looked up by name.
   */
  private readonly known: string[] = new Array<string>(KNOWN_SLOTS).fill('')
  private readonly anchors = new Map<string, number>()
  // Sizes matter only while a collection is open and for anchored nodes, which aliases repeat.
  private readonly anchoredSizes = new Map<number, number>()
  private readonly anchoredValues = new Map<number, unknown>()
  // Per open collection (NONE for a document, whose single node is a root): its node, its expanded
  // size so far, where its children start in `pending` and its items in `items`, the value being
  // built, and for a mapping the key waiting for its value and where js-yaml would report a
  // problem with that pair.
  private readonly open: number[] = []
  private readonly openSizes: number[] = []
  private readonly openPending: number[] = []
  private readonly openItems: number[] = []
  private readonly openValues: unknown[] = []
  private readonly openKeys: unknown[] = []
  private readonly openKeyMarks: number[] = []
  private lastEnd = 0
  private documents = 0
  private document: DocumentEvent | undefined
  /** Values are built for the first document only, until the constructor would have stopped. */
  private building = true

  constructor(
    private readonly text: string,
    capacity: number,
    private readonly reading: ValueReading,
  ) {
    this.kind = new Uint8Array(capacity)
    this.start = new Int32Array(capacity)
    this.end = new Int32Array(capacity)
    this.childStart = new Int32Array(capacity)
    this.childCount = new Int32Array(capacity)
    this.children = new Int32Array(capacity)
    this.pending = new Int32Array(capacity)
  }

  run(events: readonly Event[]): ComposeError | undefined {
    for (let i = 0; i < events.length; i++) {
      const event = events[i] as Event
      let error: ComposeError | undefined
      switch (event.type) {
        case EVENT_ID.DOCUMENT:
          // A second document is refused before anything is constructed.
          if (++this.documents > 1) this.building = false
          this.document = event
          this.open.push(NONE)
          this.openSizes.push(0)
          this.openPending.push(this.pendingCount)
          this.openItems.push(this.itemCount)
          this.openValues.push(undefined)
          this.openKeys.push(undefined)
          this.openKeyMarks.push(0)
          break
        case EVENT_ID.MAPPING:
        case EVENT_ID.SEQUENCE:
          this.openCollection(event)
          break
        case EVENT_ID.SCALAR:
          error = this.scalar(event)
          break
        case EVENT_ID.ALIAS:
          error = this.alias(event.anchorStart, event.anchorEnd)
          break
        case EVENT_ID.POP:
          error = this.close()
          break
      }
      if (error) return error
    }
    return undefined
  }

  private openCollection(event: MappingEvent | SequenceEvent): void {
    const node = this.count++
    this.kind[node] = event.type === EVENT_ID.MAPPING ? MAPPING : SEQUENCE
    this.start[node] = this.end[node] = event.start
    let value: unknown
    if (this.building) {
      // A tag written out is js-yaml's to judge: in these schemas only !!map and !!seq name a
      // collection, as {} and [].
      if (event.tagStart >= 0) value = this.constructTagged(event)
      else if (event.type === EVENT_ID.MAPPING) value = {}
      // A sequence is made when it closes, as long as its items (push() would reserve room for 17
      // in each of a large topology's 200,000 lists); only an anchored one exists from the start,
      // for an alias inside it to repeat.
      else if (event.anchorStart >= 0) value = []
    }
    if (event.anchorStart >= 0) {
      this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), node)
      this.anchoredSizes.set(node, 1)
      // The collection itself, still empty: an alias inside it (a recursive alias) repeats it.
      this.anchoredValues.set(node, value)
    }
    this.open.push(node)
    this.openSizes.push(1)
    this.openPending.push(this.pendingCount)
    this.openItems.push(this.itemCount)
    this.openValues.push(value)
    this.openKeys.push(undefined)
    this.openKeyMarks.push(0)
  }

  private scalar(event: ScalarEvent): ComposeError | undefined {
    const node = this.count++
    this.kind[node] = SCALAR
    this.start[node] = event.valueStart
    this.end[node] = event.valueEnd
    if (event.valueEnd > this.lastEnd) this.lastEnd = event.valueEnd
    const anchored = event.anchorStart >= 0
    let value: unknown
    if (event.fast) {
      // Its own text, quotes aside: no escapes, folds or line breaks to decode.
      if (this.building)
        value = event.tagStart >= 0 ? this.constructTagged(event) : this.verbatim(event)
    } else {
      // Decoded when it is built into the value, and for the positions when a key or an anchored
      // scalar (which an alias may use as a key): only keys are ever looked up by name.
      const decoded = anchored || this.isKeySlot()
      const source = this.building || decoded ? getScalarValue(this.text, event) : ''
      if (decoded) this.decodedText.set(node, source)
      if (this.building)
        value =
          event.tagStart >= 0
            ? this.constructTagged(event)
            : event.style === SCALAR_STYLE_PLAIN
              ? this.reading.plain(source)
              : source
    }
    if (anchored) {
      this.anchors.set(this.text.slice(event.anchorStart, event.anchorEnd), node)
      this.anchoredValues.set(node, value)
    }
    return this.attach(node, 1, value, event, scalarMark(event))
  }

  /** The value of an untagged scalar that is its own text: from `known` when read before. */
  private verbatim(event: ScalarEvent): unknown {
    const { text } = this
    const { valueStart: from, valueEnd: to } = event
    // An empty scalar (a missing value has no extent) reads as the schema says: null or "".
    if (to <= from) return event.style === SCALAR_STYLE_PLAIN ? this.reading.plain('') : ''
    const slot =
      ((to - from) * 31 + text.charCodeAt(from) * 7 + text.charCodeAt(to - 1)) & (KNOWN_SLOTS - 1)
    const known = this.known[slot] as string
    if (known.length === to - from && text.startsWith(known, from)) return known
    const source = text.slice(from, to)
    if (event.style !== SCALAR_STYLE_PLAIN) return source
    // Kept only when plain it reads as itself: then a hit is the value in any style.
    const value = this.reading.plain(source)
    if (value === source) this.known[slot] = source
    return value
  }

  private alias(anchorStart: number, anchorEnd: number): ComposeError | undefined {
    const name = this.text.slice(anchorStart, anchorEnd)
    const anchored = this.anchors.get(name)
    // js-yaml's parser lets an alias of no anchor through (its constructor would refuse it).
    if (anchored === undefined)
      return new ComposeError(anchorStart, anchorEnd, `unknown alias *${name}`)
    const node = this.count++
    // An alias of a scalar is pointed at where `*name` stands; one of a collection, at the
    // collection.
    this.kind[node] = ALIAS
    this.aliasTargets.set(node, anchored)
    this.start[node] = anchorStart - 1
    this.end[node] = anchorEnd
    if (anchorEnd > this.lastEnd) this.lastEnd = anchorEnd
    // A scalar counts as one node, and so does a collection still open when it is aliased (a
    // recursive alias).
    return this.attach(
      node,
      this.anchoredSizes.get(anchored) ?? 1,
      this.anchoredValues.get(anchored),
      undefined,
      anchorStart,
    )
  }

  private close(): ComposeError | undefined {
    const node = this.open.pop() as number
    const size = this.openSizes.pop() as number
    const first = this.openPending.pop() as number
    const firstItem = this.openItems.pop() as number
    let value = this.openValues.pop()
    this.openKeys.pop()
    this.openKeyMarks.pop()
    if (node === NONE) return undefined
    if (this.kind[node] === SEQUENCE && this.building) {
      if (value === undefined) value = this.items.slice(firstItem, this.itemCount)
      else for (let i = firstItem; i < this.itemCount; i++) (value as unknown[]).push(this.items[i])
      this.itemCount = firstItem
    }
    // Its children, in document order, move from the pending ones to their place for good.
    this.childStart[node] = this.childrenCount
    for (let i = first; i < this.pendingCount; i++)
      this.children[this.childrenCount++] = this.pending[i] as number
    this.pendingCount = first
    this.end[node] = Math.max(this.end[node] as number, this.lastEnd)
    if (this.anchoredSizes.has(node)) this.anchoredSizes.set(node, size)
    // A collection is never a key (the walk refuses one), so where js-yaml would report a problem
    // with the pair is moot.
    return this.attach(node, size, value, undefined, 0)
  }

  /** Whether the next node is a key: the innermost open collection is a mapping waiting for one. */
  private isKeySlot(): boolean {
    const into = this.open[this.open.length - 1] as number
    return (
      into !== NONE && this.kind[into] === MAPPING && (this.childCount[into] as number) % 2 === 0
    )
  }

  /**
   * Records a finished node as the next child of the innermost open collection, and its value in
   * that collection's; `mark` is where js-yaml reports a problem with the pair whose key it is.
   */
  private attach(
    node: number,
    nodeSize: number,
    value: unknown,
    event: ScalarEvent | undefined,
    mark: number,
  ): ComposeError | undefined {
    const depth = this.open.length - 1
    const into = this.open[depth] as number
    if (into === NONE) {
      this.roots.push(node)
      this.rootSizes.push(nodeSize)
      if (this.building) this.value = value
      return undefined
    }
    this.openSizes[depth] = (this.openSizes[depth] as number) + nodeSize
    const siblings = this.childCount[into] as number
    this.childCount[into] = siblings + 1
    this.pending[this.pendingCount++] = node
    if (this.kind[into] === SEQUENCE) {
      if (this.building) this.items[this.itemCount++] = value
    } else if (siblings % 2 === 0) {
      const actual = this.kind[node] === ALIAS ? (this.aliasTargets.get(node) as number) : node
      if (this.kind[actual] !== SCALAR)
        return new ComposeError(
          this.start[node] as number,
          this.end[node] as number,
          'mapping keys must be plain strings',
        )
      // A quoted "<<" is an ordinary key; only a plain one is a merge key.
      if (
        event?.style === SCALAR_STYLE_PLAIN &&
        event.valueEnd - event.valueStart === 2 &&
        this.text.startsWith('<<', event.valueStart)
      )
        this.mergingMappings.add(into)
      this.openKeys[depth] = value
      this.openKeyMarks[depth] = mark
    } else if (this.building) {
      this.addPair(
        this.openValues[depth] as Record<string, unknown>,
        this.openKeys[depth],
        value,
        this.openKeyMarks[depth] as number,
      )
    }
    return undefined
  }

  /** A pair added as js-yaml's {}-based mapping adds it: every scalar key becomes a string. */
  private addPair(
    mapping: Record<string, unknown>,
    key: unknown,
    value: unknown,
    mark: number,
  ): void {
    if (key !== null && typeof key === 'object') {
      this.refuse(mark, 'object-based map does not support complex keys')
      return
    }
    const name = String(key)
    if (Object.hasOwn(mapping, name)) this.refuse(mark, 'duplicated mapping key')
    else if (name === '__proto__')
      Object.defineProperty(mapping, name, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      })
    else mapping[name] = value
  }

  /**
   * The value of a node with a tag written out (`!!str 1`, `!!map`), constructed by js-yaml itself
   * in the document's context (its %TAG directives), so every tag means what it means there. Tags
   * are rare in a topology, and each costs a call.
   */
  private constructTagged(event: ScalarEvent | MappingEvent | SequenceEvent): unknown {
    // A document of that one node: a collection is closed, then the document.
    const events: Event[] = [this.document as DocumentEvent, event, POP]
    if (event.type !== EVENT_ID.SCALAR) events.push(POP)
    try {
      return constructFromEvents(events, { source: this.text, schema: this.reading.schema })[0]
    } catch (error) {
      this.refused = error
      this.building = false
      return undefined
    }
  }

  private refuse(mark: number, reason: string): void {
    try {
      YAMLException.throwAt(this.text, mark, reason)
    } catch (error) {
      this.refused = error
    }
    this.building = false
  }
}

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
    /** The children of node i are children[childStart[i]] and the childCount[i] - 1 after it. */
    private readonly childStart: Int32Array,
    private readonly childCount: Int32Array,
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

  /**
   * The positions of every node of `events` (`nodes` of them), and the first document's value built
   * in the same pass (Composer) with what js-yaml's constructor would have refused in it; or what
   * the walk refuses.
   */
  static compose(
    events: readonly Event[],
    text: string,
    nodes: number,
    format: SourceFormat,
  ): { positions: NodePositions; value: unknown; refused: unknown } | ComposeError {
    const composer = new Composer(text, nodes, READINGS[format])
    const error = composer.run(events)
    if (error) return error
    const positions = new NodePositions(
      text,
      composer.kind,
      composer.start,
      composer.end,
      composer.aliasTargets,
      composer.childStart,
      composer.childCount,
      composer.children,
      composer.decodedText,
      composer.mergingMappings,
      composer.roots,
      composer.rootSizes[0] ?? 0,
      composer.count,
    )
    return { positions, value: composer.value, refused: composer.refused }
  }

  startOf(node: number): number {
    return this.start[node] as number
  }

  endOf(node: number): number {
    return this.end[node] as number
  }

  /** The node an alias repeats, or the node itself. */
  resolve(node: number): number {
    // Only an alias is looked up: locating a path resolves every node on the way.
    return this.kind[node] === ALIAS ? (this.aliasTargets.get(node) as number) : node
  }

  isScalar(node: number): boolean {
    return this.kind[this.resolve(node)] === SCALAR
  }

  /** The value of `key` in a mapping (the first, should the file repeat it), with the key node. */
  entry(mapping: number, key: string): { key: number; value: number } | undefined {
    const slot = this.slotOf(mapping, key)
    if (slot === NONE) return undefined
    return { key: this.children[slot] as number, value: this.children[slot + 1] as number }
  }

  /** The node of `key` in a mapping (the first, should the file repeat it), or NONE. */
  keyNode(mapping: number, key: string): number {
    const slot = this.slotOf(mapping, key)
    return slot === NONE ? NONE : (this.children[slot] as number)
  }

  /** The node of the value of `key` in a mapping (the first, if the file repeats it), or NONE. */
  valueNode(mapping: number, key: string): number {
    const slot = this.slotOf(mapping, key)
    return slot === NONE ? NONE : (this.children[slot + 1] as number)
  }

  /** Where the first `key` of a mapping stands in `children`, its value just after it; or NONE. */
  private slotOf(mapping: number, key: string): number {
    const at = this.resolve(mapping)
    if (this.kind[at] !== MAPPING) return NONE
    const first = this.childStart[at] as number
    const last = first + (this.childCount[at] as number)
    for (let i = first; i + 1 < last; i += 2)
      if (this.keyIs(this.children[i] as number, key)) return i
    return NONE
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
      const last = first + (this.childCount[node] as number)
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
    return index < (this.childCount[at] as number)
      ? this.children[(this.childStart[at] as number) + index]
      : undefined
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
    // Most files have no key to decode; those that have pay a lookup per key compared.
    const decoded = this.decodedText.size > 0 ? this.decodedText.get(at) : undefined
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
  let parent = NONE
  let walked = 0
  // Node numbers only, no object per step: every finding's place is located.
  for (; walked < path.length && node !== NONE; walked++) {
    const segment = path[walked] as string | number
    const next =
      typeof segment === 'number'
        ? (positions.item(node, segment) ?? NONE)
        : positions.valueNode(node, segment)
    if (next === NONE) break
    parent = node
    node = next
  }
  if (node === NONE) return document.lines.span(0, 0)
  // The key of the last step, when the whole path was walked and it ended in a mapping.
  const last = path[path.length - 1]
  const key =
    walked === path.length && typeof last === 'string' ? positions.keyNode(parent, last) : NONE
  if (part === 'key' && key !== NONE)
    return document.lines.span(positions.startOf(key), positions.endOf(key))
  // An alias of a collection stands for the collection; an alias of a scalar, for itself.
  const at = positions.isScalar(node) ? node : positions.resolve(node)
  const start = positions.startOf(at)
  // An empty value (`product:` with nothing after it) has no extent of its own: point at its key,
  // or at the list that holds it.
  if (start < 0) {
    if (key !== NONE) return document.lines.span(positions.startOf(key), positions.endOf(key))
    const parentStart = parent === NONE ? 0 : positions.startOf(positions.resolve(parent))
    return document.lines.span(parentStart, parentStart + 1)
  }
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
