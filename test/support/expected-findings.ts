// Sentences coexist adds to findings on the built-in lync-server-2013 matrix, written out by hand
// from matrices/lync-server-2013.json (not produced by src/), so tests state them independently.

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
