// What each client of the all-generations catalogue offers (`offers`), recomputed from the sources at
// test time, client by client and workload by workload.
//
// The rule (as the catalogue's description states it): in the desktop client comparison tables of
// Lync Server 2013 (Gg425836), Skype for Business Server 2015 and Skype for Business Server 2019,
// take the table of the newest server that has a column for the client, and its defining rows:
//   im            "Initiate IM or email to a contact" (2015/2019: "Initiate IM with or email to a contact")
//   presence      "Publish status", "View status"
//   group-chat    "Persistent Chat (Group Chat) integration"
//   conferencing  "Add computer audio", "Access detailed meeting roster", "Participate in multiparty IM",
//                 "Use in-meeting presenter controls"
// yes = every defining row marked (● or ✔), partial = some, no = none, undocumented = no table has a
// column for the client. A source that states the capability directly wins (DIRECT below, each
// checked against its source).
import { describe, expect, it } from 'vitest'
import { normalizeName } from '../../src/core/suggest.js'
import {
  catalogueSourceFile,
  isQuoted,
  pipeTables,
  readMatrixFile,
  readSource,
  section,
  type FileCapability,
  type Level,
  COLUMN_CLIENTS,
} from '../support/source-pages.js'

const matrix = readMatrixFile('all-generations')
const WORKLOADS = ['im', 'presence', 'conferencing', 'group-chat'] as const
type Workload = (typeof WORKLOADS)[number]

interface Comparison {
  ref: string
  file: string
  sections: Record<Workload, string>
  rows: Record<Workload, string[]>
}
const ROWS_2015: Record<Workload, string[]> = {
  im: ['Initiate IM with or email to a contact'],
  presence: ['Publish status', 'View status'],
  'group-chat': ['Persistent Chat (Group Chat) integration'],
  conferencing: [
    'Add computer audio',
    'Access detailed meeting roster',
    'Participate in multiparty IM',
    'Use in-meeting presenter controls',
  ],
}
const SFB_SECTIONS: Record<Workload, string> = {
  im: 'IM support',
  presence: 'Enhanced Presence support',
  'group-chat': 'IM support',
  conferencing: 'Meetings support',
}
/** Newest first. */
const COMPARISONS: Comparison[] = [
  {
    ref: 'sfb2019-feature-comparison',
    file: 'sfb2019-desktop-feature-comparison.md',
    sections: SFB_SECTIONS,
    rows: ROWS_2015,
  },
  {
    ref: 'sfb2015-feature-comparison',
    file: 'sfb2015-desktop-feature-comparison.md',
    sections: SFB_SECTIONS,
    rows: ROWS_2015,
  },
  {
    ref: 'gg425836',
    file: 'lync2013-desktop-client-comparison-tables.md',
    sections: {
      im: 'IM Support',
      presence: 'Enhanced Presence Support',
      'group-chat': 'IM Support',
      conferencing: 'Conferencing Support',
    },
    rows: { ...ROWS_2015, im: ['Initiate IM or email to a contact'] },
  },
]

function columnClients(heading: string): string[] {
  const h = heading.replace(/\*/g, '').trim()
  if (COLUMN_CLIENTS[h]) return COLUMN_CLIENTS[h]
  return matrix.clients
    .filter((c) =>
      [c.name, ...(c.aliases ?? [])].some((n) => normalizeName(n) === normalizeName(h)),
    )
    .map((c) => c.id)
}

interface RuleResult {
  ref: string
  level: Exclude<Level, 'undocumented'>
  column: string
  section: string
}
const rowName = (cell: string) => cell.split('<br/>')[0]?.trim() ?? ''

/** The level one comparison gives a client for a workload; undefined when it has no column for it. */
function fromTable(
  comparison: Comparison,
  workload: Workload,
  client: string,
): RuleResult | undefined {
  const [table] = pipeTables(section(readSource(comparison.file), comparison.sections[workload]))
  const [header, ...rows] = table ?? []
  const columns = (header ?? [])
    .map((h, i) => [h, i] as const)
    .filter(([h], i) => i > 0 && columnClients(h).includes(client))
  if (columns.length === 0) return undefined
  expect(
    columns,
    `${client} has one column in ${comparison.file} ${comparison.sections[workload]}`,
  ).toHaveLength(1)
  const [column, index] = columns[0] as readonly [string, number]
  const marks = comparison.rows[workload].map((name) => {
    const row = rows.find((r) => rowName(r[0] ?? '') === name)
    if (!row)
      throw new Error(`${comparison.file}, ${comparison.sections[workload]}: no row "${name}"`)
    return /[●✔]/.test(row[index] ?? '')
  })
  const n = marks.filter(Boolean).length
  return {
    ref: comparison.ref,
    level: n === marks.length ? 'yes' : n > 0 ? 'partial' : 'no',
    column,
    section: comparison.sections[workload],
  }
}

/** The rule: the newest comparison with a column for the client, and what the older ones say. */
function byRule(workload: Workload, client: string): { chosen?: RuleResult; older: RuleResult[] } {
  const found = COMPARISONS.map((c) => fromTable(c, workload, client)).filter(
    (r): r is RuleResult => r !== undefined,
  )
  return { chosen: found[0], older: found.slice(1) }
}

// ------------------------------------------------------------------ direct statements, checked
const interop = readSource('lync2013-client-interoperability.md')
const table2 = pipeTables(interop.slice(interop.indexOf('## Table 2')))[0] ?? []
const mobile = readSource('lync2013-mobile-client-comparison-tables.md')
const MEETINGS_ONLY =
  'The Skype for Business Web App browser client and Skype Meetings App Windows 10 app only provide Meetings support.'
const MEETING_ONLY_CLIENTS = 'Lync Web App and Lync 2010 Attendee are meeting-only clients'
const UCWA =
  'All current Skype for Business mobile clients already use Unified Communications Web API (UCWA) to support instant messaging (IM), presence, and contacts.'
const FULL_2019 =
  'Skype for Business (2019) is the recommended full-featured client for Skype for Business Server 2015 and 2019.'
const GROUP_CHAT_SERVER =
  'In Microsoft Lync Server 2010, group chat functionality was available with Group Chat Server, a third-party trusted application for Lync Server 2010.'
const OC_R2_CONFERENCING =
  'The presence and IM features in Office Communicator 2007 R2 are compatible with Lync Server 2013, but conferencing features are not.'

/** A row of Table 2 (peer-to-peer features): "Yes" in a column. */
function table2Says(client: string, column: string): boolean {
  const [header, ...rows] = table2
  const row = rows.find((r) => r[0] === client)
  const index = (header ?? []).indexOf(column)
  if (!row || index < 0) throw new Error(`Table 2 has no ${client} / ${column}`)
  return row[index] === 'Yes'
}

/** The mobile comparison rows for Lync 2013 Mobile: marked for all four platforms? */
function mobileRow(title: string, row: string): boolean {
  const [table] = pipeTables(section(mobile, title))
  const [header, ...rows] = table ?? []
  const r = rows.find((x) => x[0] === row)
  if (!r) throw new Error(`no mobile row ${row}`)
  const platforms = ['Windows Phone', 'iPhone', 'iPad', 'Android'].map((p) =>
    (header ?? []).indexOf(p),
  )
  const marks = platforms.map((i) => /●/.test(r[i] ?? ''))
  if (marks.some((m) => m !== marks[0])) throw new Error(`mobile platforms disagree on ${row}`)
  return marks[0] as boolean
}

interface Direct {
  level: Level
  ref: string
  /** What makes the statement true, checked against the source. */
  evidence: () => boolean
  quote?: string
}
const quoted = (ref: string, quote: string) => () => isQuoted(catalogueSourceFile(ref), quote)
const meetingsOnly = (workload: Workload, ref: string): Direct => ({
  level: workload === 'conferencing' ? 'yes' : 'no',
  ref,
  quote: MEETINGS_ONLY,
  evidence: quoted(ref, MEETINGS_ONLY),
})
const meetingClient = (workload: Workload): Direct => ({
  level: workload === 'conferencing' ? 'yes' : 'no',
  ref: 'jj204672-t2',
  quote: MEETING_ONLY_CLIENTS,
  evidence: quoted('jj204672-t2', MEETING_ONLY_CLIENTS),
})

const DIRECT: Record<string, Partial<Record<Workload, Direct>>> = {
  'skype-for-business-2019': {
    conferencing: {
      level: 'yes',
      ref: 'sfb-clients',
      quote: FULL_2019,
      evidence: quoted('sfb-clients', FULL_2019),
    },
  },
  'skype-for-business-web-app': {
    im: meetingsOnly('im', 'sfb2019-feature-comparison'),
    presence: meetingsOnly('presence', 'sfb2019-feature-comparison'),
    'group-chat': meetingsOnly('group-chat', 'sfb2019-feature-comparison'),
  },
  'skype-meetings-app': Object.fromEntries(
    WORKLOADS.map((w) => [w, meetingsOnly(w, 'sfb2019-feature-comparison')]),
  ),
  'skype-for-business-mobile': {
    im: { level: 'yes', ref: 'sfb-clients', quote: UCWA, evidence: quoted('sfb-clients', UCWA) },
    presence: {
      level: 'yes',
      ref: 'sfb-clients',
      quote: UCWA,
      evidence: quoted('sfb-clients', UCWA),
    },
  },
  'lync-web-app-2010': Object.fromEntries(WORKLOADS.map((w) => [w, meetingClient(w)])),
  'lync-2010-attendee': Object.fromEntries(WORKLOADS.map((w) => [w, meetingClient(w)])),
  'lync-2010-mobile': {
    im: {
      level: 'yes',
      ref: 'jj204672-t2',
      evidence: () => table2Says('Lync 2010 Mobile', 'Instant Messaging'),
    },
    presence: {
      level: 'yes',
      ref: 'jj204672-t2',
      evidence: () => table2Says('Lync 2010 Mobile', 'Presence'),
    },
  },
  'lync-2010-group-chat': {
    'group-chat': {
      level: 'yes',
      ref: 'gg398499',
      quote: GROUP_CHAT_SERVER,
      evidence: quoted('gg398499', GROUP_CHAT_SERVER),
    },
  },
  'lync-phone-edition': {
    im: {
      level: 'yes',
      ref: 'jj204672-t2',
      evidence: () => table2Says('Lync Phone Edition', 'Instant Messaging'),
    },
  },
  'office-communicator-2007-r2': {
    im: {
      level: 'yes',
      ref: 'jj204672-t2',
      evidence: () => table2Says('Office Communicator 2007 R2', 'Instant Messaging'),
    },
    presence: {
      level: 'yes',
      ref: 'jj204672-t2',
      evidence: () => table2Says('Office Communicator 2007 R2', 'Presence'),
    },
    conferencing: {
      level: 'yes',
      ref: 'gg398499',
      quote: OC_R2_CONFERENCING,
      evidence: quoted('gg398499', OC_R2_CONFERENCING),
    },
  },
  'lync-2013-mobile': {
    im: {
      level: 'yes',
      ref: 'hh691004',
      evidence: () =>
        mobileRow(
          'Instant Messaging Support in Lync Mobile Clients',
          'Initiate instant messaging (IM) with a contact',
        ),
    },
    presence: {
      level: 'yes',
      ref: 'hh691004',
      evidence: () =>
        mobileRow('Enhanced Presence Support in Lync Mobile Clients', 'Publish and view status'),
    },
    conferencing: {
      level: 'partial',
      ref: 'hh691004',
      evidence: () => {
        const t = 'Conferencing Support in Lync Mobile Clients'
        const marks = [
          mobileRow(t, 'Participate in multiparty IM'),
          mobileRow(t, 'Access detailed meeting roster for audio conferences'),
          mobileRow(t, 'Access detailed meeting roster for IM conferences'),
          mobileRow(t, 'Use in-meeting presenter controls'),
        ]
        return marks.some(Boolean) && !marks.every(Boolean)
      },
    },
  },
}

describe('the comparison tables the rule reads', () => {
  it('have every defining row, once, in each table', () => {
    for (const c of COMPARISONS) {
      for (const w of WORKLOADS) {
        const [table] = pipeTables(section(readSource(c.file), c.sections[w]))
        for (const row of c.rows[w])
          expect(
            (table ?? []).filter((r) => rowName(r[0] ?? '') === row),
            `${c.file} ${c.sections[w]} "${row}"`,
          ).toHaveLength(1)
      }
    }
  })

  it('agree between the older and newer tables for every client they share (else the newest would win, with the other in the note)', () => {
    for (const client of matrix.clients) {
      for (const w of WORKLOADS) {
        const { chosen, older } = byRule(w, client.id)
        for (const o of older)
          expect(o.level, `${client.id} ${w}: ${chosen?.ref} vs ${o.ref}`).toBe(chosen?.level)
      }
    }
  })

  it('every direct statement holds in its source', () => {
    for (const [client, byWorkload] of Object.entries(DIRECT))
      for (const [w, d] of Object.entries(byWorkload))
        expect(d.evidence(), `${client} ${w}`).toBe(true)
  })
})

describe('offers: every client, every workload', () => {
  it('every client of the catalogue states all four workloads, and only those', () => {
    for (const client of matrix.clients)
      expect(Object.keys(client.offers ?? {}), client.id).toEqual([...WORKLOADS])
  })

  for (const client of matrix.clients) {
    for (const w of WORKLOADS) {
      const direct = DIRECT[client.id]?.[w]
      const { chosen, older } = byRule(w, client.id)
      const want: Level = direct?.level ?? chosen?.level ?? 'undocumented'
      it(`${client.name} ${w}: ${want}${direct ? ' (stated directly)' : chosen ? ` (rule, ${chosen.ref})` : ''}`, () => {
        const cap = client.offers?.[w] as FileCapability
        expect(cap.level).toBe(want)
        if (direct) {
          expect(cap.source?.ref).toBe(direct.ref)
          if (direct.quote) expect(cap.source?.quote).toBe(direct.quote)
          // A direct statement that overrides the rule says so.
          if (chosen && chosen.level !== direct.level)
            expect(cap.source?.note).toContain(
              `the defining-row rule, which gives "${chosen.level}"`,
            )
          if (!chosen)
            expect(cap.source?.note).toMatch(
              /comparison table has a column|No comparison table has a column|has a column only in the Meetings support tables|No Meetings support table has a column/i,
            )
        } else if (chosen) {
          expect(cap.source?.ref).toBe(chosen.ref)
          expect(cap.source?.note).toContain(`${chosen.section}, column "${chosen.column}"`)
          for (const o of older)
            expect(cap.note).toContain(`(${o.section}, column "${o.column}"): ${o.level}`)
          if (older.length === 0)
            expect(cap.note === undefined || !cap.note.includes('Older table')).toBe(true)
        } else {
          expect(cap.source).toBeUndefined()
        }
      })
    }
  }

  it('the levels that differ from what a product name suggests are the ones the sources give', () => {
    const level = (client: string, w: Workload) =>
      matrix.clients.find((c) => c.id === client)?.offers?.[w]?.level
    // Lync 2010's column has no Persistent Chat (Group Chat) integration mark: group chat was a separate client.
    expect(level('lync-2010', 'group-chat')).toBe('no')
    // No table describes the Group Chat client; the seed's footnote 1, on its cell, states its one workload.
    expect(WORKLOADS.map((w) => level('lync-2010-group-chat', w))).toEqual([
      'undocumented',
      'undocumented',
      'undocumented',
      'yes',
    ])
    // Lync Phone Edition: the comparison tables leave IM blank, Table 2 says "Yes".
    expect(level('lync-phone-edition', 'im')).toBe('yes')
    expect(byRule('im', 'lync-phone-edition').chosen?.level).toBe('no')
  })

  it('the other built-in matrices describe no offers of their own (they take them from the catalogue)', () => {
    for (const id of [
      'lync-server-2013',
      'lync-2013-client-interoperability',
      'skype-for-business-server',
    ]) {
      const other = readMatrixFile(id)
      expect(other.facts).toBe('all-generations')
      for (const c of other.clients) {
        expect(c.offers, `${id} ${c.id}`).toBeUndefined()
        expect(
          matrix.clients.map((x) => x.id),
          `${id} ${c.id} is in the catalogue`,
        ).toContain(c.id)
      }
    }
  })
})
