// Hand-built upgrade plans for the plan reporters' tests: every field known, so outputs can be
// asserted character for character (the plan core is tested on real topologies in test/core).
import type {
  MigrationPath,
  PairChange,
  PlanCounts,
  PopulationPlan,
  UpgradePlan,
} from '../../src/core/plan.js'
import type { PairResult } from '../../src/core/types.js'
import { F1, F2, F3, pair } from './sample-reports.js'

type Side = Partial<PairResult> & Pick<PairResult, 'serverProduct'>

function change(
  client: string,
  clientProduct: string,
  line: number,
  server: string,
  before: Side,
  after: Side,
): PairChange {
  const side = (s: Side) => pair({ client, clientProduct, server, line, ...s })
  return { server, before: side(before), after: side(after) }
}

function population(
  client: string,
  clientProduct: string,
  line: number,
  lists: Partial<Pick<PopulationPlan, 'newlyFailing' | 'newlyPassing' | 'changed' | 'unchanged'>>,
): PopulationPlan {
  return {
    file: 'estate.yml',
    line,
    column: 14,
    endLine: line,
    endColumn: 14 + clientProduct.length,
    client,
    clientProduct,
    newlyFailing: [],
    newlyPassing: [],
    changed: [],
    unchanged: [],
    ...lists,
  }
}

const L13 = 'Lync Server 2013'
const L10 = 'Lync Server 2010'
const S19 = 'Skype for Business Server 2019'
const S15 = 'Skype for Business Server 2015'

/** The source of the migration paths below (a hand-written document, as the footnotes are). */
const MIGRATION_SOURCE = {
  matrix: 'lync-server-2013',
  title: 'Migration paths',
  quote: 'Lync Server 2013 supports migration from Lync Server 2010.',
}

/** pool10 from Lync Server 2010 to Lync Server 2013: supported, nothing to remark. */
const SUPPORTED_MIGRATION: MigrationPath = {
  status: 'supported',
  severity: 'none',
  statement:
    'migration from Lync Server 2010 to Lync Server 2013 is supported: "Lync Server 2013 supports migration from Lync Server 2010."',
  source: MIGRATION_SOURCE,
}

/** pool10 from Lync Server 2010 to Skype for Business Server 2019: not supported, an error under the default fail-on. */
export const REFUSED_MIGRATION: MigrationPath = {
  status: 'not-supported',
  severity: 'error',
  statement:
    'migration from Lync Server 2010 to Skype for Business Server 2019 is not supported: Skype for Business Server 2019 migrates from Lync Server 2013 or Skype for Business Server 2015 only',
  source: { matrix: 'all-generations', title: 'Migration to Skype for Business Server 2019' },
}

/** pool13 from Lync Server 2013 to Skype for Business Server 2015: no source states it, a warning. */
export const UNSTATED_MIGRATION: MigrationPath = {
  status: 'undocumented',
  severity: 'warning',
  statement:
    'no source states a migration path from Lync Server 2013 to Skype for Business Server 2015, so coexist does not call it supported',
  source: { matrix: 'all-generations' },
}

/**
 * estate.yml with pool10 moving from Lync Server 2010 to 2013 (a supported migration path) and
 * pool13 already on 2013:
 * workers (Lync 2013, declaring group chat) newly pass on pool10; chat (Group Chat) changes from
 * supported [1] to not applicable; partners (Attendee) newly fail on pool10 and stay waived on
 * pool13; legacy (Communicator 2007 R2 with conferencing) still fails on pool13.
 */
export function samplePlan(): UpgradePlan {
  const attendeeFails: Side = {
    serverProduct: L13,
    status: 'not-supported',
    severity: 'error',
    footnotes: [F2],
    replacement: 'Lync Web App 2013',
    title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
    message:
      'partners (Lync 2010 Attendee) is not supported on pool10 (Lync Server 2013). Use Lync Web App 2013 instead.',
  }
  const waived: Side = {
    ...attendeeFails,
    severity: 'notice',
    waived: true,
    message:
      'partners (Lync 2010 Attendee) is not supported on pool13 (Lync Server 2013). Waived until the end of 2099-03-31 (UTC): CHG-1234',
  }
  const populations = [
    population('workers', 'Lync 2013', 7, {
      newlyPassing: [
        change(
          'workers',
          'Lync 2013',
          7,
          'pool10',
          {
            serverProduct: L10,
            status: 'not-supported',
            severity: 'error',
            footnotes: [F1],
            workloads: ['group-chat'],
          },
          {
            serverProduct: L13,
            message: 'workers (Lync 2013) is supported on pool10 (Lync Server 2013).',
          },
        ),
      ],
      unchanged: [
        change('workers', 'Lync 2013', 7, 'pool13', { serverProduct: L13 }, { serverProduct: L13 }),
      ],
    }),
    population('chat', 'Lync 2010 Group Chat', 10, {
      changed: [
        change(
          'chat',
          'Lync 2010 Group Chat',
          10,
          'pool10',
          { serverProduct: L10, severity: 'notice', footnotes: [F1] },
          {
            serverProduct: L13,
            status: 'not-applicable',
            severity: 'warning',
            message:
              'chat (Lync 2010 Group Chat) connects to pool10 (Lync Server 2013), a combination matrix lync-server-2013 marks not applicable.',
          },
        ),
      ],
    }),
    population('partners', 'Lync 2010 Attendee', 13, {
      newlyFailing: [
        change(
          'partners',
          'Lync 2010 Attendee',
          13,
          'pool10',
          { serverProduct: L10 },
          attendeeFails,
        ),
      ],
      unchanged: [change('partners', 'Lync 2010 Attendee', 13, 'pool13', waived, waived)],
    }),
    population('legacy', 'Office Communicator 2007 R2', 16, {
      unchanged: [
        change(
          'legacy',
          'Office Communicator 2007 R2',
          16,
          'pool13',
          { serverProduct: L13, status: 'not-supported', severity: 'error', footnotes: [F3] },
          { serverProduct: L13, status: 'not-supported', severity: 'error', footnotes: [F3] },
        ),
      ],
    }),
  ]
  const counts: PlanCounts = {
    newlyFailing: 1,
    newlyPassing: 1,
    changed: 1,
    unchanged: 3,
    stillFailing: 1,
    pairs: 6,
  }
  return {
    file: 'estate.yml',
    matrix: 'lync-server-2013',
    upgrades: [
      { server: 'pool13', from: L13, to: L13 },
      { server: 'pool10', from: L10, to: L13, migration: SUPPORTED_MIGRATION },
    ],
    populations,
    counts,
  }
}

/**
 * migrate.yml on matrix all-generations: pool10 moves from Lync Server 2010 to Skype for Business
 * Server 2019 (a migration path no source supports) and pool13 from Lync Server 2013 to Skype for
 * Business Server 2015 (one no source states); the one population, on pool13, is unchanged. No pair
 * newly fails, and the plan fails all the same, on pool10's migration.
 */
export function migrationPlan(): UpgradePlan {
  const same = change(
    'workers',
    'Lync 2013',
    9,
    'pool13',
    { serverProduct: L13, file: 'migrate.yml' },
    { serverProduct: S15, file: 'migrate.yml' },
  )
  return {
    file: 'migrate.yml',
    matrix: 'all-generations',
    upgrades: [
      { server: 'pool10', from: L10, to: S19, migration: REFUSED_MIGRATION },
      { server: 'pool13', from: L13, to: S15, migration: UNSTATED_MIGRATION },
    ],
    populations: [
      { ...population('workers', 'Lync 2013', 9, { unchanged: [same] }), file: 'migrate.yml' },
    ],
    counts: {
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 0,
      unchanged: 1,
      stillFailing: 0,
      pairs: 1,
    },
  }
}

/** clean.yml: one population on pool13, which moves to Lync Server 2013 again; nothing changes. */
export function quietPlan(file = 'clean.yml'): UpgradePlan {
  const same = change(
    'workers',
    'Lync 2013',
    5,
    'pool13',
    { serverProduct: L13, file },
    { serverProduct: L13, file },
  )
  return {
    file,
    matrix: 'lync-server-2013',
    upgrades: [{ server: 'pool13', from: L13, to: L13 }],
    populations: [{ ...population('workers', 'Lync 2013', 5, { unchanged: [same] }), file }],
    counts: {
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 0,
      unchanged: 1,
      stillFailing: 0,
      pairs: 1,
    },
  }
}
