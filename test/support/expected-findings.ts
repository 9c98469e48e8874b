// Sentences coexist adds to findings on the built-in lync-server-2013 matrix, written out by hand
// from matrices/lync-server-2013.json (not produced by src/), so tests state them independently.
import { footnoteText } from './matrix.js'

/** The annotation paragraph citing every cell of lync-server-2013 (all cite source gg398499). */
export const LYNC_2013_SOURCE = 'Source: matrix lync-server-2013, "Supported clients from previous deployments in Lync Server 2013", table "Supported Server and Client Combinations"'

/** The same paragraph, as the runner's workflow command escapes it after a blank line. */
export const LYNC_2013_SOURCE_ESCAPED = `%0A%0A${LYNC_2013_SOURCE}`

/**
 * Lync 2010 Attendee on Lync Server 2013: the replacement (Lync Web App 2013, footnote 2) first, then
 * the clients supported on Lync Server 2013 in matrix order; the only server supporting Lync 2010
 * Attendee is Lync Server 2010.
 */
export const ATTENDEE_ALTERNATIVES = 'Alternatives: Lync Server 2013 supports Lync Web App 2013, Lync 2013, Lync 2010, Lync 2010 Attendant; Lync 2010 Attendee is supported on Lync Server 2010.'

/** Office Communicator 2007 R2 declaring conferencing on Lync Server 2013 (footnote 3). */
export const OC_CONFERENCING_ALTERNATIVES =
  'Alternatives: Lync Server 2013 supports Lync Web App 2013, Lync 2013, Lync 2010, Lync 2010 Attendant; Office Communicator 2007 R2 is supported on Lync Server 2010, Office Communications Server 2007 R2.'

/** Lync 2010 Group Chat on Lync Server 2013 (not applicable). */
export const GROUP_CHAT_ALTERNATIVES = 'Alternatives: Lync Server 2013 supports Lync 2013, Lync Web App 2013, Lync 2010, Lync 2010 Attendant; Lync 2010 Group Chat is supported on Lync Server 2010.'

/**
 * `coexist plan examples/coexist.yml --upgrade-all "Lync Server 2013"` as text, without the
 * explanation under each changed pair (evaluate's wording, tested there): worked out by hand from
 * the seed table (see test/core/plan.test.ts).
 */
export const EXAMPLE_PLAN_TO_2013 = (file: string): string[] => [
  `${file}  (matrix lync-server-2013)`,
  '  upgrade ams-pool01: already runs Lync Server 2013',
  '  upgrade lon-pool-2010: Lync Server 2010 → Lync Server 2013',
  '  upgrade nyc-ocs: Office Communications Server 2007 R2 → Lync Server 2013',
  '',
  `  ${file}:17:14: knowledge-workers (Lync 2013)`,
  '    unchanged on ams-pool01: supported',
  '    unchanged on lon-pool-2010: supported',
  `  ${file}:22:14: trading-floor (Lync 2010 Group Chat)`,
  '    changed on lon-pool-2010: supported [1] → not applicable',
  '    unchanged on ams-pool01: not applicable',
  `  ${file}:27:14: sales-desktops (Office Communicator 2007 R2)`,
  '    changed on nyc-ocs: supported → interoperable [3]',
  '    unchanged on ams-pool01: interoperable [3]',
  `  ${file}:32:14: field-engineers (Office Communicator 2007 R2)`,
  '    unchanged on ams-pool01: not supported [3] (still failing)',
  `  ${file}:37:14: external-partners (Lync 2010 Attendee)`,
  '    newly failing on lon-pool-2010: supported → not supported [2]',
  '    unchanged on ams-pool01: not supported [2] (waived)',
  `  ${file}:42:14: reception (Microsoft Office Communications Server 2007 R2 Attendant)`,
  '    newly failing on nyc-ocs: supported → not supported',
  '',
  '  Footnotes:',
  `  [1] ${footnoteText('1')}`,
  `  [2] ${footnoteText('2')}`,
  `  [3] ${footnoteText('3')}`,
  '',
  '✖ The upgrade introduces failures: 2 newly failing, 0 newly passing, 2 changed, 6 unchanged in 10 pairs, 1 still failing',
  '',
]
