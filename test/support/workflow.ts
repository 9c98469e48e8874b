// Reading what an action leaves behind, the way the GitHub runner reads it: workflow commands on
// stdout (with `::stop-commands::` honoured), the GITHUB_OUTPUT file, and annotation fields.

/**
 * Parses a GITHUB_OUTPUT file: `name<<DELIMITER\nvalue\nDELIMITER\n` blocks (the form coexist writes)
 * and single `name=value` lines. Throws on anything the runner would reject.
 */
export function parseGithubOutput(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const lines = text.split('\n')
  if (lines[lines.length - 1] === '') lines.pop()
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      let closed = false
      for (i++; i < lines.length; i++) {
        if (lines[i] === delimiter) {
          closed = true
          break
        }
        value.push(lines[i] as string)
      }
      if (!closed) throw new Error(`GITHUB_OUTPUT: "${name}" is not closed by ${delimiter}`)
      outputs[name] = value.join('\n')
      continue
    }
    const eq = line.indexOf('=')
    if (eq <= 0)
      throw new Error(`GITHUB_OUTPUT: cannot read line ${i + 1}: ${JSON.stringify(line)}`)
    outputs[line.slice(0, eq)] = line.slice(eq + 1)
  }
  return outputs
}

export interface CommandScan {
  /** Every stdout line the runner would execute as a command, in order (stop-commands markers excluded). */
  commands: string[]
  /** The text of each `::stop-commands::TOKEN` … `::TOKEN::` block, without the markers. */
  inertBlocks: string[]
  /** The tokens of the blocks, in order. */
  tokens: string[]
  /**
   * The log's `::group::TITLE` and `::endgroup::` lines, in order: they fold the log and are not
   * in `commands` (the action's only other commands are its annotations). Absent when there are none.
   */
  groups?: string[]
  /** True when a block was opened and never closed (the runner would ignore the rest of the log). */
  unterminated: boolean
}

/**
 * Emulates the runner's reading of stdout: a line is a command when, after leading whitespace, it
 * starts with `::` (or the legacy `##[`); between `::stop-commands::TOKEN` and `::TOKEN::` nothing is
 * a command.
 */
export function scanCommands(stdout: string): CommandScan {
  const scan: CommandScan = {
    commands: [],
    inertBlocks: [],
    tokens: [],
    unterminated: false,
  }
  let stopToken: string | undefined
  let block: string[] = []
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trimStart()
    if (stopToken !== undefined) {
      if (line.trimEnd() === `::${stopToken}::`) {
        scan.inertBlocks.push(block.join('\n'))
        stopToken = undefined
        block = []
      } else {
        block.push(raw)
      }
      continue
    }
    const stop = /^::stop-commands::(.*)$/.exec(line)
    if (stop) {
      stopToken = (stop[1] as string).trim()
      scan.tokens.push(stopToken)
      continue
    }
    if (/^::(group::|endgroup::$)/.test(line.trimEnd())) (scan.groups ??= []).push(raw)
    else if (line.startsWith('::') || line.startsWith('##[')) scan.commands.push(raw)
  }
  if (stopToken !== undefined) {
    scan.unterminated = true
    scan.inertBlocks.push(block.join('\n'))
  }
  return scan
}

/** The annotation lines (`::error`, `::warning`, `::notice`) of stdout, in order, exactly as printed. */
export function annotationLines(stdout: string): string[] {
  return stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line))
}

export interface ParsedCommand {
  name: string
  properties: Record<string, string>
  message: string
}

const PROPERTY_ESCAPES: Record<string, string> = {
  '%25': '%',
  '%0D': '\r',
  '%0A': '\n',
  '%3A': ':',
  '%2C': ',',
}
const DATA_ESCAPES: Record<string, string> = { '%25': '%', '%0D': '\r', '%0A': '\n' }

const unescapeWith = (table: Record<string, string>, text: string) =>
  text.replace(/%(?:25|0D|0A|3A|2C)/g, (m) => table[m] ?? m)

/**
 * Splits one `::name key=value,key=value::message` line as the runner does: the command info runs
 * to the first `::` after the opening one, properties split on `,` and then on the first `=`, values
 * and message unescaped. Throws on anything that is not exactly one well-formed command line (a line
 * break in it, no closing `::`, a property without a name or given twice).
 */
export function parseCommand(line: string): ParsedCommand {
  if (/[\r\n]/.test(line)) throw new Error(`not one line: ${JSON.stringify(line)}`)
  if (!line.startsWith('::')) throw new Error(`not a command: ${JSON.stringify(line)}`)
  const end = line.indexOf('::', 2)
  if (end < 0) throw new Error(`no closing "::": ${JSON.stringify(line)}`)
  const info = line.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  const properties: Record<string, string> = {}
  if (space >= 0) {
    for (const entry of info.slice(space + 1).split(',')) {
      const eq = entry.indexOf('=')
      if (eq <= 0)
        throw new Error(`malformed property ${JSON.stringify(entry)} in ${JSON.stringify(line)}`)
      const key = entry.slice(0, eq)
      if (Object.hasOwn(properties, key))
        throw new Error(`property ${key} given twice in ${JSON.stringify(line)}`)
      properties[key] = unescapeWith(PROPERTY_ESCAPES, entry.slice(eq + 1))
    }
  }
  return { name, properties, message: unescapeWith(DATA_ESCAPES, line.slice(end + 2)) }
}
