import { formatCount } from './format.js'

// What one run may cost. A pull request writes the files coexist reads, so every cost that grows
// with the input has a bound here, and every bound is stated in SECURITY.md and exercised by the
// hostile catalogue (test/hostile/). The defaults keep the worst input any run accepts under
// about 2 s and 512 MB; the two knobs below let an estate larger than that raise them.

export interface Limits {
  /**
   * YAML/JSON nodes parsed in one run, over every topology file (and its base-commit version in
   * new-only mode) and every matrix file. Action input and CLI option `max-nodes`.
   */
  maxNodes: number
  /** Client/server pairs evaluated in one run. Action input and CLI option `max-pairs`. */
  maxPairs: number
}

export const DEFAULT_LIMITS: Readonly<Limits> = { maxNodes: 250_000, maxPairs: 25_000 }

/**
 * How far the knobs go. The worst input at either ceiling takes the action about 1 GB (SECURITY.md
 * gives the measurements), inside the heap Node gives itself on any GitHub-hosted runner.
 */
export const LIMIT_CEILINGS: Readonly<Limits> = { maxNodes: 2_000_000, maxPairs: 500_000 }

/**
 * Topology files larger than this are refused before they are read (option max-bytes). Above the
 * largest estates (the benchmark's 100,000 populations take 13.6 MB) and small enough that a
 * hostile file is refused before it is parsed.
 */
export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024

/** `coexist import`'s inventory files: larger than a topology, since a million rows of user agents is some 100 MB. */
export const DEFAULT_MAX_INVENTORY_BYTES = 256 * 1024 * 1024

/** Problems of one kind (errors, warnings, notices) listed per file; the others are only counted. */
export const PROBLEMS_LISTED_PER_FILE = 100

/** How many matrix files one `extends` chain may hold; deeper is a mistake, not a design. */
export const MAX_EXTENDS_DEPTH = 8

/**
 * Character comparisons "did you mean" may spend in one run. A suggestion is a courtesy: a file of
 * thousands of unknown names gets suggestions for the first few hundred and plain messages after.
 */
export const SUGGESTION_WORK_PER_RUN = 20_000_000

/**
 * One limit of a run and what has been spent of it: YAML nodes or client/server pairs. A request
 * is taken whole or not at all, so a refused file costs the run nothing.
 */
export class Allowance {
  private spent = 0

  constructor(
    readonly limit: number,
    /** What is counted, in the plural ("YAML nodes"), and the option that sets the limit, for messages. */
    private readonly what: string,
    private readonly option: string,
  ) {}

  get used(): number {
    return this.spent
  }

  get left(): number {
    return this.limit - this.spent
  }

  /** Takes `count` when it fits; false (and nothing taken) when it does not. */
  take(count: number): boolean {
    if (count > this.left) return false
    this.spent += count
    return true
  }

  /**
   * Why a file of `count` (or, unknown, of far more) was refused, and what to do about it; `what`
   * names what was counted when it is not simply the unit (a plan counts each pair twice).
   */
  refusal(count: number | undefined, what = this.what): string {
    const size = count === undefined ? `far more ${what}` : `${formatCount(count)} ${what}, more`
    const before = this.spent === 0 ? '' : ` (the files before it used ${formatCount(this.spent)})`
    return `this file has ${size} than the run's limit of ${formatCount(this.limit)} (${this.option}) leaves for it${before}; raise ${this.option} for an estate this large`
  }
}

/**
 * The spending of one run against its Limits. Made once per run by the shell and handed to every
 * step, so that a run of many files is bounded as a whole, not file by file.
 */
export class RunBudget {
  readonly nodes: Allowance
  readonly pairs: Allowance
  private suggestionWorkLeft = SUGGESTION_WORK_PER_RUN

  constructor(readonly limits: Readonly<Limits> = DEFAULT_LIMITS) {
    this.nodes = new Allowance(limits.maxNodes, 'YAML nodes', 'max-nodes')
    this.pairs = new Allowance(limits.maxPairs, 'client/server pairs', 'max-pairs')
  }

  /** Spends up to `work` comparisons on a suggestion; false when the run has none left for it. */
  takeSuggestionWork(work: number): boolean {
    if (work > this.suggestionWorkLeft) {
      this.suggestionWorkLeft = 0
      return false
    }
    this.suggestionWorkLeft -= work
    return true
  }
}

/** `max-nodes` / `max-pairs`: a whole number from 1 to the ceiling, `1000`, `250k` or `2M`. */
export function parseLimit(text: string, ceiling: number): number | undefined {
  const match = /^(\d+)\s*([kKmM]?)$/.exec(text.trim())
  if (!match) return undefined
  const value = Number(match[1]) * ({ k: 1_000, m: 1_000_000 }[(match[2] ?? '').toLowerCase()] ?? 1)
  return value >= 1 && value <= ceiling ? value : undefined
}
