// Sentences coexist adds to findings on the built-in lync-server-2013 matrix, written out by hand
// from matrices/lync-server-2013.json (not produced by src/), so tests state them independently.
import { footnoteText } from './matrix.js'

/** The annotation paragraph citing every cell of lync-server-2013 (all cite source gg398499). */
export const LYNC_2013_SOURCE = 'Source: matrix lync-server-2013, "Supported clients from previous deployments in Lync Server 2013", table "Supported Server and Client Combinations"'

/** The same paragraph, as the runner's workflow command escapes it after a blank line. */
export const LYNC_2013_SOURCE_ESCAPED = `%0A%0A${LYNC_2013_SOURCE}`

/**
 * Lync 2010 Attendee declaring conferencing on Lync Server 2013: the replacement (Lync Web App 2013,
 * footnote 2) first, then the clients that offer conferencing in full and are supported on Lync
 * Server 2013, in matrix order, three at most (Lync 2010 Attendant offers conferencing only in
 * part); the only server supporting Lync 2010 Attendee is Lync Server 2010.
 */
export const ATTENDEE_ALTERNATIVES = 'Alternatives: Lync Server 2013 supports Lync Web App 2013, Lync 2013, Lync 2010; Lync 2010 Attendee is supported on Lync Server 2010.'

/**
 * Office Communicator 2007 R2 declaring im, presence and conferencing on Lync Server 2013 (footnote
 * 3): Lync Web App 2013, the footnote's replacement, offers no IM or presence, so only Lync 2013 and
 * Lync 2010 qualify.
 */
export const OC_CONFERENCING_ALTERNATIVES = 'Alternatives: Lync Server 2013 supports Lync 2013, Lync 2010; Office Communicator 2007 R2 is supported on Lync Server 2010, Office Communications Server 2007 R2.'

/** Lync 2010 Group Chat declaring group-chat on Lync Server 2013 (not applicable): only Lync 2013 offers Persistent Chat integration. */
export const GROUP_CHAT_ALTERNATIVES = 'Alternatives: Lync Server 2013 supports Lync 2013; Lync 2010 Group Chat is supported on Lync Server 2010.'

/**
 * `coexist plan examples/three-versions.yml --upgrade-all "Lync Server 2013"` as text (the three
 * pools of Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2), without the
 * explanation under each changed pair (evaluate's wording, tested there): worked out by hand from
 * the seed table (see test/core/plan.test.ts). Both servers that change product take the migration
 * path Gg425764 supports, quoted under their upgrade line.
 */
export const EXAMPLE_PLAN_TO_2013 = (file: string): string[] => {
  // matrices/all-generations.json, rule lync-server-2013-migration, quoting Gg425764.
  const supported = '"Lync Server 2013 supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office Communications Server 2007 R2"'
  return [
    `${file}  (matrix lync-server-2013)`,
    '  upgrade ams-pool01: already runs Lync Server 2013',
    '  upgrade lon-pool-2010: Lync Server 2010 → Lync Server 2013',
    `      migration from Lync Server 2010 to Lync Server 2013 is supported: ${supported}`,
    '  upgrade nyc-ocs: Office Communications Server 2007 R2 → Lync Server 2013',
    `      migration from Office Communications Server 2007 R2 to Lync Server 2013 is supported: ${supported}`,
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
}
