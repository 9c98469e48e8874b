// Sentences coexist adds to findings on the built-in lync-server-2013 matrix, written out by hand
// from matrices/lync-server-2013.json (not produced by src/), so tests state them independently.
import { footnoteText } from './matrix.js'

/** The annotation paragraph citing every cell of lync-server-2013 (all cite source gg398499). */
export const LYNC_2013_SOURCE =
  'Source: matrix lync-server-2013, "Supported clients from previous deployments in Lync Server 2013", table "Supported Server and Client Combinations"'

/** The same paragraph, as the runner's workflow command escapes it after a blank line. */
export const LYNC_2013_SOURCE_ESCAPED = `%0A%0A${LYNC_2013_SOURCE}`

/**
 * Lync 2010 Attendee declaring conferencing on Lync Server 2013: the replacement (Lync Web App 2013,
 * footnote 2) first, then the clients that offer conferencing in full and are supported on Lync
 * Server 2013, in matrix order, three at most (Lync 2010 Attendant offers conferencing only in
 * part); the only server supporting Lync 2010 Attendee is Lync Server 2010.
 */
export const ATTENDEE_ALTERNATIVES =
  'Alternatives: Lync Server 2013 supports Lync Web App 2013, Lync 2013, Lync 2010; Lync 2010 Attendee is supported on Lync Server 2010.'

/**
 * Office Communicator 2007 R2 declaring im, presence and conferencing on Lync Server 2013 (footnote
 * 3): Lync Web App 2013, the footnote's replacement, offers no IM or presence, so only Lync 2013 and
 * Lync 2010 qualify.
 */
export const OC_CONFERENCING_ALTERNATIVES =
  'Alternatives: Lync Server 2013 supports Lync 2013, Lync 2010; Office Communicator 2007 R2 is supported on Lync Server 2010, Office Communications Server 2007 R2.'

/** Lync 2010 Group Chat declaring group-chat on Lync Server 2013 (not applicable): only Lync 2013 offers Persistent Chat integration. */
export const GROUP_CHAT_ALTERNATIVES =
  'Alternatives: Lync Server 2013 supports Lync 2013; Lync 2010 Group Chat is supported on Lync Server 2010.'

/** The footnotes of lync-server-2013 as the text outputs list them after a file's findings, between blank lines. */
const FOOTNOTES = [
  '',
  '  Footnotes:',
  ...['1', '2', '3'].map((id) => `  [${id}] ${footnoteText(id)}`),
  '',
]

/** The findings coexist makes on examples/coexist.yml, one message per population, as every output words them. */
export const EXAMPLE_MESSAGES = {
  fieldEngineers: `field-engineers (Office Communicator 2007 R2) declares conferencing (meetings), which is not supported on ams-pool01 (Lync Server 2013). Join Lync Server 2013 meetings with Lync Web App 2013. ${OC_CONFERENCING_ALTERNATIVES}`,
  tradingFloor: `trading-floor (Lync 2010 Group Chat) connects to ams-pool01 (Lync Server 2013), a combination matrix lync-server-2013 marks not applicable: the client has no counterpart on that server. ${GROUP_CHAT_ALTERNATIVES}`,
  tradingFloorOn2010:
    'trading-floor (Lync 2010 Group Chat) is supported on lon-pool-2010 (Lync Server 2010).',
  salesDesktops:
    'sales-desktops (Office Communicator 2007 R2) on ams-pool01 (Lync Server 2013) is interoperable only, not fully supported. Use Office Communicator 2007 R2 for presence and IM only during the migration.',
  externalPartners: `external-partners (Lync 2010 Attendee) is not supported on ams-pool01 (Lync Server 2013). Use Lync Web App 2013 instead. ${ATTENDEE_ALTERNATIVES} Waived until the end of 2027-03-31 (UTC) by uc-platform-team (CHG-1234): Partners switch to Lync Web App 2013 in migration wave 3`,
}

/** One pair result as EXAMPLE_RESULTS lists it: client, server, status, severity, waived and footnote ids. */
export type ResultRow = [
  client: string,
  server: string,
  status: string,
  severity: string,
  waived: boolean,
  footnotes: string[],
]

/** A JSON report's result as a row of EXAMPLE_RESULTS. */
export const resultRow = (r: {
  client: string
  server: string
  status: string
  severity: string
  waived: boolean
  /** Footnote ids, as the JSON report gives them (or footnotes with their id). */
  footnotes: readonly (string | { id: string })[]
}): ResultRow => [
  r.client,
  r.server,
  r.status,
  r.severity,
  r.waived,
  r.footnotes.map((f) => (typeof f === 'string' ? f : f.id)),
]

// examples/coexist.yml, pair by pair, checked by hand against matrices/lync-server-2013.json:
// - knowledge-workers (Lync 2013, no group-chat) on Lync Server 2013 and 2010: supported, no footnote.
// - trading-floor (Lync 2010 Group Chat) on Lync Server 2010: supported with footnote 1 → notice;
//   on Lync Server 2013: not applicable → warning (not in fail-on).
// - sales-desktops (Office Communicator 2007 R2, im + presence) on Lync Server 2013: interoperable,
//   footnote 3 → warning; on Lync Server 2010: supported.
// - field-engineers (Office Communicator 2007 R2 with conferencing) on Lync Server 2013: the
//   conferencing refinement, not supported, footnote 3 → the one error.
// - external-partners (Lync 2010 Attendee) on Lync Server 2013: not supported, footnote 2, waived
//   until 2027-03-31 → notice; on Lync Server 2010: supported.
// - reception (Lync 2010 Attendant) on Lync Server 2010: supported.
// - ams-pool01 declares 5.0.8308.857 (a cumulative update of Lync Server 2013), and two pools
//   (Lync Server 2013 beside Lync Server 2010) are a supported coexistence: no estate findings.
// So: 10 pairs, 1 error, 2 warnings, 2 notices, 1 waived.
/** The ten results of examples/coexist.yml, in report order (see resultRow). */
export const EXAMPLE_RESULTS: readonly ResultRow[] = [
  ['knowledge-workers', 'ams-pool01', 'supported', 'none', false, []],
  ['knowledge-workers', 'lon-pool-2010', 'supported', 'none', false, []],
  ['trading-floor', 'lon-pool-2010', 'supported', 'notice', false, ['1']],
  ['trading-floor', 'ams-pool01', 'not-applicable', 'warning', false, []],
  ['sales-desktops', 'ams-pool01', 'interoperable', 'warning', false, ['3']],
  ['sales-desktops', 'lon-pool-2010', 'supported', 'none', false, []],
  ['field-engineers', 'ams-pool01', 'not-supported', 'error', false, ['3']],
  ['external-partners', 'ams-pool01', 'not-supported', 'notice', true, ['2']],
  ['external-partners', 'lon-pool-2010', 'supported', 'none', false, []],
  ['reception', 'lon-pool-2010', 'supported', 'none', false, []],
]

/** `coexist check examples/coexist.yml` as text, the file named `file`: the findings above, worst first, each footnote once. */
export const EXAMPLE_TEXT = (file: string): string =>
  [
    `${file}  (matrix lync-server-2013)`,
    `  ${file}:32:14: error: Office Communicator 2007 R2 on Lync Server 2013: conferencing (meetings) not supported [3]`,
    `      ${EXAMPLE_MESSAGES.fieldEngineers}`,
    `  ${file}:22:14: warning: Lync 2010 Group Chat on Lync Server 2013: not applicable`,
    `      ${EXAMPLE_MESSAGES.tradingFloor}`,
    `  ${file}:27:14: warning: Office Communicator 2007 R2 on Lync Server 2013: interoperable only [3]`,
    `      ${EXAMPLE_MESSAGES.salesDesktops}`,
    `  ${file}:22:14: notice: Lync 2010 Group Chat on Lync Server 2010: supported [1]`,
    `      ${EXAMPLE_MESSAGES.tradingFloorOn2010}`,
    `  ${file}:37:14: notice: Lync 2010 Attendee on Lync Server 2013: not supported [2] (waived)`,
    `      ${EXAMPLE_MESSAGES.externalPartners}`,
    '  5 of 10 pairs supported without remarks',
    ...FOOTNOTES,
    '✖ Failed: 1 error, 2 warnings, 2 notices in 10 pairs, 1 waived',
    '',
  ].join('\n')

/**
 * `coexist plan examples/three-versions.yml --upgrade-all "Lync Server 2013"` as text (the three
 * pools of Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2), without the
 * explanation under each changed pair (evaluate's wording, tested there): worked out by hand from
 * the seed table (see test/core/plan.test.ts). Both servers that change product take the migration
 * path Gg425764 supports, quoted under their upgrade line.
 */
export const EXAMPLE_PLAN_TO_2013 = (file: string): string[] => {
  // matrices/all-generations.json, rule lync-server-2013-migration, quoting Gg425764.
  const supported =
    '"Lync Server 2013 supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office Communications Server 2007 R2"'
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
    ...FOOTNOTES,
    '✖ The upgrade introduces failures: 2 newly failing, 0 newly passing, 2 changed, 6 unchanged in 10 pairs, 1 still failing',
    '',
  ]
}
