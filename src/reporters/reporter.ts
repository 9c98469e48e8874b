import type { Report } from '../core/types.js'

/** One output format. Each lives in its own module; the CLI and the action pick by name. */
export interface Reporter {
  render(report: Report): string
}
