import { EventEmitter, once } from 'node:events'
import type { Report } from '../core/types.js'

/**
 * One output format of a report (or of a plan, or a matrix: `Subject`). Each lives in its own
 * module; the CLI and the action pick them by name from registry.ts.
 *
 * A reporter gives its output in pieces, in order, so that a report of a large estate (hundreds of
 * megabytes of JSON) is written as it is produced and never held as one string. A format that is
 * naturally built whole gives it as a single piece. The report must not change while the pieces
 * are being read.
 */
export interface Reporter<Subject = Report> {
  chunks(subject: Subject): Iterable<string>
}

/**
 * About how long, in UTF-16 code units, a reporter that produces its output gradually lets a piece
 * grow. V8 gives a string over 128 KiB pages of its own, and allocating those cost more than all
 * the serializing of a 140 MB report; 32 Ki code units stay under that even for two-byte text.
 */
export const CHUNK_LENGTH = 32 * 1024

/** Somewhere output goes piece by piece: a process stream, or a test's stand-in for one. */
export interface Sink {
  write(text: string): unknown
}

/** The whole output as one string: for tests and for outputs known to be small. */
export function renderToString<Subject>(reporter: Reporter<Subject>, subject: Subject): string {
  return [...reporter.chunks(subject)].join('')
}

/**
 * Writes the output piece by piece to `sink`. A stream that cannot keep up (a pipe to a slower
 * reader) is waited for, so the output is never queued up whole in memory.
 */
export async function writeReport<Subject>(
  reporter: Reporter<Subject>,
  subject: Subject,
  sink: Sink,
): Promise<void> {
  for (const chunk of reporter.chunks(subject)) {
    if (sink.write(chunk) === false && sink instanceof EventEmitter) await once(sink, 'drain')
  }
}
