// Hand-built reports for the reporters' tests, every field known so that outputs can be asserted
// character for character, and the lines of a rendered output.
import { buildReport } from '../../src/core/check.js'
import type {
  Diagnostic,
  EstateFinding,
  FileReport,
  Footnote,
  PairResult,
  Report,
  Status,
} from '../../src/core/types.js'

export function reportOf(...files: FileReport[]): Report {
  return buildReport(files)
}

// ---------------------------------------------------------------------------------------------
// A hand-built report: every field known, so outputs can be asserted character for character.
// ---------------------------------------------------------------------------------------------

export const F1: Footnote = { id: '1', text: 'Group Chat needs its own server.' }
export const F2: Footnote = { id: '2', text: 'Lync Web App 2013 replaces Lync 2010 Attendee.' }
export const F3: Footnote = { id: '3', text: 'IM and presence only.' }

type PairInput = Partial<PairResult> &
  Pick<PairResult, 'client' | 'server' | 'clientProduct' | 'serverProduct' | 'line'>

/** A pair result with defaults for everything a test does not care about. */
export function pair(input: PairInput): PairResult {
  const status: Status = input.status ?? 'supported'
  return {
    file: 'estate.yml',
    column: 14,
    endLine: input.line,
    endColumn: 14 + input.clientProduct.length,
    status,
    severity: 'none',
    waived: false,
    preexisting: false,
    workloads: [],
    footnotes: [],
    title: `${input.clientProduct} on ${input.serverProduct}: ${status}`,
    message: `${input.client} (${input.clientProduct}) is ${status} on ${input.server} (${input.serverProduct}).`,
    source: {
      matrix: 'lync-server-2013',
      title: 'Supported clients from previous deployments in Lync Server 2013',
      table: 'Supported Server and Client Combinations',
    },
    ...input,
  }
}

type EstateInput = Partial<EstateFinding> & Pick<EstateFinding, 'kind' | 'subject' | 'line'>

/**
 * An estate finding with defaults for everything a test does not care about: not supported, an
 * error, citing Lync Server 2013's page on server coexistence.
 */
export function estateFinding(input: EstateInput): EstateFinding {
  const status: Status = input.status ?? 'not-supported'
  return {
    file: 'estate.yml',
    column: 14,
    endLine: input.line,
    endColumn: 30,
    status,
    severity: 'error',
    waived: false,
    preexisting: false,
    footnotes: [],
    source: {
      matrix: 'lync-server-2013',
      title: 'Supported server migration paths and coexistence scenarios in Lync Server 2013',
      url: 'https://technet.microsoft.com/en-us/library/Gg425764(v=OCS.15)',
    },
    title: `${input.subject}: ${status}`,
    message: `${input.subject} is ${status}.`,
    ...input,
  }
}

export function diagnostic(
  input: Partial<Diagnostic> & Pick<Diagnostic, 'line' | 'column' | 'message'>,
): Diagnostic {
  return { file: 'estate.yml', endLine: input.line, endColumn: input.column + 1, ...input }
}

/**
 * estate.yml as coexist would report it: two servers; workers on both (supported, no remarks),
 * chat (supported with footnote 1: a notice), legacy (interoperable with footnote 3: a warning),
 * partners (not supported, waived: a notice), attendees (not supported: an error), and an expired
 * exception. Results are in topology order; findings come out worst first.
 */
export function sampleFile(): FileReport {
  return {
    file: 'estate.yml',
    matrix: 'lync-server-2013',
    topology: {
      servers: [
        { name: 'pool13', product: 'Lync Server 2013' },
        { name: 'pool10', product: 'Lync Server 2010' },
      ],
      clients: [
        { name: 'workers', product: 'Lync 2013', servers: ['pool13', 'pool10'] },
        { name: 'chat', product: 'Lync 2010 Group Chat', servers: ['pool10'] },
        { name: 'legacy', product: 'Office Communicator 2007 R2', servers: ['pool13'] },
        { name: 'partners', product: 'Lync 2010 Attendee', servers: ['pool13'] },
        { name: 'attendees', product: 'Lync 2010 Attendee', servers: ['pool13'] },
      ],
    },
    results: [
      pair({
        client: 'workers',
        server: 'pool13',
        clientProduct: 'Lync 2013',
        serverProduct: 'Lync Server 2013',
        line: 7,
      }),
      pair({
        client: 'workers',
        server: 'pool10',
        clientProduct: 'Lync 2013',
        serverProduct: 'Lync Server 2010',
        line: 7,
      }),
      pair({
        client: 'chat',
        server: 'pool10',
        clientProduct: 'Lync 2010 Group Chat',
        serverProduct: 'Lync Server 2010',
        line: 10,
        severity: 'notice',
        footnotes: [F1],
      }),
      pair({
        client: 'legacy',
        server: 'pool13',
        clientProduct: 'Office Communicator 2007 R2',
        serverProduct: 'Lync Server 2013',
        line: 13,
        status: 'interoperable',
        severity: 'warning',
        footnotes: [F3],
        title: 'Office Communicator 2007 R2 on Lync Server 2013: interoperable only',
        message:
          'legacy (Office Communicator 2007 R2) on pool13 (Lync Server 2013) is interoperable only, not fully supported.',
      }),
      pair({
        client: 'partners',
        server: 'pool13',
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: 16,
        status: 'not-supported',
        severity: 'notice',
        waived: true,
        footnotes: [F2],
        replacement: 'Lync Web App 2013',
        title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
        message:
          'partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234',
        exception: { reason: 'CHG-1234', expires: '2099-03-31' },
      }),
      pair({
        client: 'attendees',
        server: 'pool13',
        clientProduct: 'Lync 2010 Attendee',
        serverProduct: 'Lync Server 2013',
        line: 19,
        status: 'not-supported',
        severity: 'error',
        footnotes: [F2],
        replacement: 'Lync Web App 2013',
        title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
        message:
          'attendees (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Use Lync Web App 2013 instead.',
      }),
    ],
    errors: [],
    notices: [],
    warnings: [
      diagnostic({
        line: 24,
        column: 14,
        endColumn: 24,
        message: 'the exception for "legacy" on "pool13" expired',
      }),
    ],
  }
}

/** A file that could not be evaluated: two input errors, no topology, no results. */
export function invalidFile(): FileReport {
  return {
    file: 'broken.yml',
    results: [],
    errors: [
      diagnostic({
        file: 'broken.yml',
        line: 3,
        column: 14,
        endColumn: 30,
        message: 'unknown server product "Lync Server 2099"',
      }),
      diagnostic({
        file: 'broken.yml',
        line: 7,
        column: 21,
        endColumn: 28,
        message: 'client "users" names server "nowhere", which is not declared under servers',
      }),
    ],
    notices: [],
    warnings: [],
  }
}

/** One client population on one server, every pair supported without remarks. */
export function cleanFile(file = 'clean.yml'): FileReport {
  return {
    file,
    matrix: 'lync-server-2013',
    topology: {
      servers: [{ name: 'pool13', product: 'Lync Server 2013' }],
      clients: [{ name: 'workers', product: 'Lync 2013', servers: ['pool13'] }],
    },
    results: [
      pair({
        file,
        client: 'workers',
        server: 'pool13',
        clientProduct: 'Lync 2013',
        serverProduct: 'Lync Server 2013',
        line: 5,
      }),
    ],
    errors: [],
    notices: [],
    warnings: [],
  }
}

/** The lines of a rendered output, without the final newline's empty tail. */
export function linesOf(output: string): string[] {
  const lines = output.split('\n')
  if (lines.at(-1) === '') lines.pop()
  return lines
}

/** Three server generations side by side, which Lync Server 2013's migration page does not support, with one supported pair. */
export const THREE_POOLS_YAML = [
  'servers:',
  '  - name: pool13',
  '    product: Lync Server 2013',
  '  - name: pool10',
  '    product: Lync Server 2010',
  '  - name: ocs',
  '    product: Office Communications Server 2007 R2',
  'clients:',
  '  - name: workers',
  '    product: Lync 2013',
  '    servers: [pool13]',
  '',
].join('\n')

/** A clean file with `count` failing pairs, one a line: a large estate for the streaming reporters. */
export function manyFailingPairs(count: number): FileReport {
  const file = cleanFile()
  file.results = Array.from({ length: count }, (_, i) =>
    pair({
      client: `c${i}`,
      server: 'pool13',
      clientProduct: 'Lync 2010 Attendee',
      serverProduct: 'Lync Server 2013',
      line: i + 5,
      status: 'not-supported',
      severity: 'error',
    }),
  )
  return file
}
