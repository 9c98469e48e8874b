import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import { loadTopology } from '../../src/core/check.js'
import { evaluate } from '../../src/core/evaluate.js'
import type { Matrix, Product } from '../../src/core/matrix.js'
import {
  migrationPath,
  pairChanges,
  parseUpgrade,
  planExitCode,
  planUpgrade,
  totalCounts,
  type MigrationPath,
  type PairChange,
  type UpgradePlan,
  type UpgradeRequest,
} from '../../src/core/plan.js'
import type { Topology } from '../../src/core/topology.js'
import type { FindingSource, Status } from '../../src/core/types.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { pairTopology, policy, utf8 } from '../support/pipeline.js'

function topologyOf(text: string, file = 'coexist.yml'): Topology {
  const loaded = loadTopology(file, utf8(text), {})
  if (!loaded.ok)
    throw new Error(
      `the test topology does not load: ${loaded.errors.map((e) => e.message).join('; ')}`,
    )
  return loaded.topology
}

// The three pools of the old example (Lync Server 2013, Lync Server 2010 and Office Communications
// Server 2007 R2), at the same lines: the hand-worked table below is about them. (check also fails
// the file for running all three side by side; the plan is about pairs and migrations.)
const EXAMPLE = 'examples/three-versions.yml'
const example = () => topologyOf(readFileSync(path.join(REPO_ROOT, EXAMPLE), 'utf8'), EXAMPLE)
/** The default example: Lync Server 2010 (lon-pool-2010) to Lync Server 2013 (ams-pool01, with a declared build). */
const TWO_POOLS = 'examples/coexist.yml'
const twoPools = () => topologyOf(readFileSync(path.join(REPO_ROOT, TWO_POOLS), 'utf8'), TWO_POOLS)

function plan(
  topology: Topology,
  upgrades: UpgradeRequest[],
  failOn: readonly Status[] = ['not-supported'],
): UpgradePlan {
  const outcome = planUpgrade(topology, upgrades, policy(failOn))
  if (!outcome.ok) throw new Error(`no plan: ${outcome.problems.join('; ')}`)
  return outcome.plan
}

function problems(topology: Topology, upgrades: UpgradeRequest[]): string[] {
  const outcome = planUpgrade(topology, upgrades, policy())
  if (outcome.ok) throw new Error('expected problems, got a plan')
  return outcome.problems
}

// The server rules come from the all-generations catalogue (lync-server-2013 and the other built-in
// matrices take them through "facts"): read here from the file, not through src/, so that the
// statements and sources below are written from the catalogue independently of the code.
interface CatalogueFile {
  sources: Record<string, { title: string; table?: string; url: string }>
  serverRules?: { id: string; source: { ref: string; note?: string; quote?: string } }[]
}
const CATALOGUE = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'matrices', 'all-generations.json'), 'utf8'),
) as CatalogueFile

function catalogueRule(id: string) {
  const rule = CATALOGUE.serverRules?.find((r) => r.id === id)
  if (!rule) throw new Error(`no server rule ${id} in all-generations`)
  return rule
}

/** The rule's quote, as a statement quotes it. */
const quoteOf = (id: string) => `"${catalogueRule(id).source.quote ?? ''}"`

/** A rule's source as a plan on `matrix` cites it: the catalogue's document, and the rule's note and quote. */
function ruleSource(matrix: string, id: string): FindingSource {
  const { source } = catalogueRule(id)
  const document = CATALOGUE.sources[source.ref]
  if (!document) throw new Error(`no source ${source.ref} in all-generations`)
  return {
    matrix,
    title: document.title,
    ...(document.table ? { table: document.table } : {}),
    url: document.url,
    ...(source.note ? { note: source.note } : {}),
    ...(source.quote ? { quote: source.quote } : {}),
  }
}

/** Migration to Lync Server 2013 from Lync Server 2010 or OCS 2007 R2, which Gg425764 supports (rule lync-server-2013-migration). */
const TO_2013 = 'lync-server-2013-migration'
const supportedTo2013 = (from: string): MigrationPath => ({
  status: 'supported',
  severity: 'none',
  statement: `migration from ${from} to Lync Server 2013 is supported: ${quoteOf(TO_2013)}`,
  source: ruleSource('lync-server-2013', TO_2013),
})

/** `status [footnotes] (waived)`, as the hand-worked table writes a side of a pair. */
const side = (r: PairChange['before']) =>
  r
    ? `${r.status}${r.footnotes.map((f) => ` [${f.id}]`).join('')}${r.waived ? ' (waived)' : ''} ${r.severity}`
    : 'not checked'

/** Per population, the servers in each list: what the issue asks the plan to say. */
function lists(p: UpgradePlan) {
  const servers = (changes: PairChange[]) => changes.map((c) => c.server)
  return p.populations.map((pop) => ({
    client: pop.client,
    newlyFailing: servers(pop.newlyFailing),
    newlyPassing: servers(pop.newlyPassing),
    changed: servers(pop.changed),
    unchanged: servers(pop.unchanged),
  }))
}

describe('the what-if of examples/three-versions.yml moving every server to Lync Server 2013', () => {
  // Hand-worked from the seed table (../shared/seeds/000_dc95162d8068e67b.txt, Microsoft's
  // "Supported Server and Client Combinations", Gg398499), pair by pair. Today ams-pool01 runs
  // Lync Server 2013, lon-pool-2010 Lync Server 2010, nyc-ocs Office Communications Server 2007 R2;
  // after the upgrade all three run Lync Server 2013. fail-on: not-supported (the default), so only
  // an unwaived "Not Supported" is an error. The one exception waives external-partners on
  // ams-pool01 until 2027-03-31, and no other pair.
  //
  // population (client, workloads)            server         today (seed cell)                   after: seed cell in the Lync Server 2013 column      list
  // knowledge-workers (Lync 2013;              ams-pool01     LS2013: Supported                    Supported                                             unchanged
  //   im, presence, conferencing)              lon-pool-2010  LS2010: Supported (footnote 1 only   Supported                                             unchanged
  //                                                           bites Lync 2013 for group chat,
  //                                                           which it does not declare)
  // trading-floor (Lync 2010 Group Chat;       lon-pool-2010  LS2010: Supported1 (notice)          Not Applicable (warning: not in fail-on)              changed
  //   group-chat)                              ams-pool01     LS2013: Not Applicable (warning)     Not Applicable                                        unchanged
  // sales-desktops (Office Communicator        ams-pool01     LS2013: Interoperable3 (warning)     Interoperable3                                        unchanged
  //   2007 R2; im, presence)                   nyc-ocs        OCS 2007 R2: Supported               Interoperable3 (warning): footnote 3 makes presence   changed
  //                                                                                                and IM compatible, and conferencing is not declared
  // field-engineers (Office Communicator       ams-pool01     LS2013: Interoperable3, but          the same: Not Supported, footnote 3                   unchanged (still failing)
  //   2007 R2; im, presence, conferencing)                    footnote 3: conferencing is not
  //                                                           compatible: Not Supported (error)
  // external-partners (Lync 2010 Attendee;     ams-pool01     LS2013: Not Supported2, waived       Not Supported2, still waived (the same pair)          unchanged
  //   conferencing)                                           until 2099 (notice)
  //                                            lon-pool-2010  LS2010: Supported                    Not Supported2: the waiver names ams-pool01 only,     newly failing
  //                                                                                                so this pair is an error
  // reception (Microsoft Office Communications nyc-ocs        OCS 2007 R2: Supported               Not Supported (no footnote): error                    newly failing
  //   Server 2007 R2 Attendant)
  //
  // Newly failing: 2; newly passing: none (the only failing pair today, field-engineers, fails on
  // Lync Server 2013 already); changed: 2; unchanged: 6, of which 1 still failing. 10 pairs, exit 1.
  //
  // The servers that change product take migration paths Gg425764 supports ("Lync Server 2013
  // supports migration from either of the following: Microsoft Lync Server 2010; Microsoft Office
  // Communications Server 2007 R2"): neither adds to the verdict. ams-pool01 does not migrate.
  const upgradeAll = () => plan(example(), [{ product: 'Lync Server 2013' }])

  it('moves all three servers, ams-pool01 to the product it already runs, the other two on supported migration paths', () => {
    const { upgrades } = upgradeAll()
    expect(upgrades).toEqual([
      { server: 'ams-pool01', from: 'Lync Server 2013', to: 'Lync Server 2013' },
      {
        server: 'lon-pool-2010',
        from: 'Lync Server 2010',
        to: 'Lync Server 2013',
        migration: supportedTo2013('Lync Server 2010'),
      },
      {
        server: 'nyc-ocs',
        from: 'Office Communications Server 2007 R2',
        to: 'Lync Server 2013',
        migration: supportedTo2013('Office Communications Server 2007 R2'),
      },
    ])
    // A server that keeps its product takes no migration path at all.
    expect(upgrades[0]).not.toHaveProperty('migration')
  })

  it('sorts every pair of every population into exactly the lists worked out by hand', () => {
    expect(lists(upgradeAll())).toEqual([
      {
        client: 'knowledge-workers',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['ams-pool01', 'lon-pool-2010'],
      },
      {
        client: 'trading-floor',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['lon-pool-2010'],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'sales-desktops',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['nyc-ocs'],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'field-engineers',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'external-partners',
        newlyFailing: ['lon-pool-2010'],
        newlyPassing: [],
        changed: [],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'reception',
        newlyFailing: ['nyc-ocs'],
        newlyPassing: [],
        changed: [],
        unchanged: [],
      },
    ])
  })

  it('gives each pair the old and new status, footnotes and severity of the table', () => {
    const p = upgradeAll()
    expect(
      p.populations.flatMap((pop) =>
        pairChanges(pop).map(
          (c) => `${pop.client} on ${c.server}: ${side(c.before)} -> ${side(c.after)}`,
        ),
      ),
    ).toEqual([
      'knowledge-workers on ams-pool01: supported none -> supported none',
      'knowledge-workers on lon-pool-2010: supported none -> supported none',
      'trading-floor on lon-pool-2010: supported [1] notice -> not-applicable warning',
      'trading-floor on ams-pool01: not-applicable warning -> not-applicable warning',
      'sales-desktops on nyc-ocs: supported none -> interoperable [3] warning',
      'sales-desktops on ams-pool01: interoperable [3] warning -> interoperable [3] warning',
      'field-engineers on ams-pool01: not-supported [3] error -> not-supported [3] error',
      'external-partners on lon-pool-2010: supported none -> not-supported [2] error',
      'external-partners on ams-pool01: not-supported [2] (waived) notice -> not-supported [2] (waived) notice',
      'reception on nyc-ocs: supported none -> not-supported error',
    ])
    const partners = p.populations.find((pop) => pop.client === 'external-partners')
    expect(partners?.newlyFailing[0]?.after).toMatchObject({
      serverProduct: 'Lync Server 2013',
      replacement: 'Lync Web App 2013',
      title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
    })
    expect(partners?.newlyFailing[0]?.before).toMatchObject({
      serverProduct: 'Lync Server 2010',
      title: 'Lync 2010 Attendee on Lync Server 2010: supported',
    })
    expect(partners?.unchanged[0]?.after.exception?.expires).toBe('2027-03-31')
    const engineers = p.populations.find((pop) => pop.client === 'field-engineers')
    expect(engineers?.unchanged[0]?.after.workloads).toEqual(['conferencing'])
  })

  it('counts 2 newly failing, 0 newly passing, 2 changed, 6 unchanged (1 still failing) in 10 pairs, and exits 1', () => {
    const p = upgradeAll()
    expect(p.counts).toEqual({
      newlyFailing: 2,
      newlyPassing: 0,
      changed: 2,
      unchanged: 6,
      stillFailing: 1,
      pairs: 10,
    })
    expect(planExitCode([p])).toBe(1)
  })

  it('keeps the populations and their product positions in topology order', () => {
    expect(
      upgradeAll().populations.map((pop) => [
        pop.client,
        pop.clientProduct,
        pop.file,
        pop.line,
        pop.column,
      ]),
    ).toEqual([
      ['knowledge-workers', 'Lync 2013', EXAMPLE, 17, 14],
      ['trading-floor', 'Lync 2010 Group Chat', EXAMPLE, 22, 14],
      ['sales-desktops', 'Office Communicator 2007 R2', EXAMPLE, 27, 14],
      ['field-engineers', 'Office Communicator 2007 R2', EXAMPLE, 32, 14],
      ['external-partners', 'Lync 2010 Attendee', EXAMPLE, 37, 14],
      ['reception', 'Microsoft Office Communications Server 2007 R2 Attendant', EXAMPLE, 42, 14],
    ])
  })

  it('the "before" side is exactly what check reports for the file today, pair for pair', () => {
    const topology = example()
    const today = evaluate(topology, policy()).results
    const befores = plan(topology, [{ product: 'Lync Server 2013' }]).populations.flatMap((pop) =>
      pairChanges(pop).flatMap((c) => (c.before ? [c.before] : [])),
    )
    const key = (r: { client: string; server: string }) => `${r.client}/${r.server}`
    expect(new Map(befores.map((r) => [key(r), r]))).toEqual(new Map(today.map((r) => [key(r), r])))
  })

  it('leaves the topology it was given as it was', () => {
    const topology = example()
    const snapshot = structuredClone(topology.servers.map((s) => [s.name, s.product.id]))
    const clients = structuredClone(topology.clients.map((c) => c.servers.map((s) => s.product.id)))
    plan(topology, [{ product: 'Lync Server 2013' }])
    expect(topology.servers.map((s) => [s.name, s.product.id])).toEqual(snapshot)
    expect(topology.clients.map((c) => c.servers.map((s) => s.product.id))).toEqual(clients)
  })
})

describe('other upgrades of the example', () => {
  it('one server: only nyc-ocs moves; the pairs on the other servers stay unchanged', () => {
    const p = plan(example(), [{ server: 'nyc-ocs', product: 'Lync Server 2013' }])
    expect(p.upgrades).toEqual([
      {
        server: 'nyc-ocs',
        from: 'Office Communications Server 2007 R2',
        to: 'Lync Server 2013',
        migration: supportedTo2013('Office Communications Server 2007 R2'),
      },
    ])
    expect(
      lists(p).filter((l) => l.newlyFailing.length + l.newlyPassing.length + l.changed.length > 0),
    ).toEqual([
      {
        client: 'sales-desktops',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['nyc-ocs'],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'reception',
        newlyFailing: ['nyc-ocs'],
        newlyPassing: [],
        changed: [],
        unchanged: [],
      },
    ])
    expect(p.counts).toEqual({
      newlyFailing: 1,
      newlyPassing: 0,
      changed: 1,
      unchanged: 8,
      stillFailing: 1,
      pairs: 10,
    })
  })

  it('a request for one server wins over --upgrade-all, in either order', () => {
    for (const upgrades of [
      [{ product: 'Lync Server 2013' }, { server: 'nyc-ocs', product: 'Lync Server 2010' }],
      [{ server: 'nyc-ocs', product: 'Lync Server 2010' }, { product: 'Lync Server 2013' }],
    ]) {
      const p = plan(example(), upgrades)
      expect(p.upgrades.map((u) => `${u.server}: ${u.to}`)).toEqual([
        'ams-pool01: Lync Server 2013',
        'lon-pool-2010: Lync Server 2013',
        'nyc-ocs: Lync Server 2010',
      ])
      // Lync Server 2010 supports the OCS 2007 R2 Attendant and Communicator 2007 R2 alike.
      expect(lists(p).find((l) => l.client === 'reception')).toEqual({
        client: 'reception',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['nyc-ocs'],
      })
      expect(p.counts.newlyFailing).toBe(1)
    }
  })

  it('moving the Lync Server 2013 pool back to Lync Server 2010 makes the failing pair pass', () => {
    // field-engineers: Communicator 2007 R2 with conferencing is not supported on Lync Server 2013
    // (footnote 3) and supported on Lync Server 2010; trading-floor's Group Chat goes from not
    // applicable to supported [1]; external-partners loses the need for its waiver.
    const p = plan(example(), [{ server: 'ams-pool01', product: 'Lync Server 2010' }])
    expect(lists(p)).toEqual([
      {
        client: 'knowledge-workers',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['ams-pool01', 'lon-pool-2010'],
      },
      {
        client: 'trading-floor',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['ams-pool01'],
        unchanged: ['lon-pool-2010'],
      },
      {
        client: 'sales-desktops',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['ams-pool01'],
        unchanged: ['nyc-ocs'],
      },
      {
        client: 'field-engineers',
        newlyFailing: [],
        newlyPassing: ['ams-pool01'],
        changed: [],
        unchanged: [],
      },
      {
        client: 'external-partners',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['ams-pool01'],
        unchanged: ['lon-pool-2010'],
      },
      {
        client: 'reception',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['nyc-ocs'],
      },
    ])
    expect(p.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 1,
      changed: 3,
      unchanged: 6,
      stillFailing: 0,
      pairs: 10,
    })
    expect(planExitCode([p])).toBe(0)
  })

  it('under fail-on not-supported,not-applicable Group Chat on the new pool is a new failure, and on ams-pool01 still one', () => {
    const p = plan(
      example(),
      [{ product: 'Lync Server 2013' }],
      ['not-supported', 'not-applicable'],
    )
    expect(lists(p).find((l) => l.client === 'trading-floor')).toEqual({
      client: 'trading-floor',
      newlyFailing: ['lon-pool-2010'],
      newlyPassing: [],
      changed: [],
      unchanged: ['ams-pool01'],
    })
    expect(p.counts).toEqual({
      newlyFailing: 3,
      newlyPassing: 0,
      changed: 1,
      unchanged: 6,
      stillFailing: 2,
      pairs: 10,
    })
  })

  it('under fail-on none nothing fails, before or after: the same pairs only change', () => {
    const p = plan(example(), [{ product: 'Lync Server 2013' }], [])
    expect(p.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 4,
      unchanged: 6,
      stillFailing: 0,
      pairs: 10,
    })
    expect(planExitCode([p])).toBe(0)
  })
})

describe('pairs and products', () => {
  it('names products by display name, id or alias, in any case and spacing', () => {
    const topology = topologyOf(pairTopology('Lync 2013', 'Office Communications Server 2007 R2'))
    for (const product of [
      'Lync Server 2013',
      'lync-server-2013',
      'Microsoft Lync Server 2013',
      '  lync   SERVER 2013 ',
    ]) {
      const p = plan(topology, [{ server: 's1', product }])
      expect(p.upgrades).toEqual([
        {
          server: 's1',
          from: 'Office Communications Server 2007 R2',
          to: 'Lync Server 2013',
          migration: supportedTo2013('Office Communications Server 2007 R2'),
        },
      ])
      // Lync 2013 is not supported on OCS 2007 R2 and supported on Lync Server 2013.
      expect(lists(p)).toEqual([
        { client: 'c1', newlyFailing: [], newlyPassing: ['s1'], changed: [], unchanged: [] },
      ])
    }
  })

  it('two servers on the same product after the upgrade: a population on both still gets one result per pair', () => {
    const topology = topologyOf(
      [
        'servers:',
        '  - name: old',
        '    product: Lync Server 2010',
        '  - name: new',
        '    product: Lync Server 2013',
        'clients:',
        '  - name: attendees',
        '    product: Lync 2010 Attendee',
        '',
      ].join('\n'),
    )
    const p = plan(topology, [{ server: 'old', product: 'Lync Server 2013' }])
    expect(p.counts.pairs).toBe(2)
    expect(lists(p)).toEqual([
      {
        client: 'attendees',
        newlyFailing: ['old'],
        newlyPassing: [],
        changed: [],
        unchanged: ['new'],
      },
    ])
    const [only] = p.populations
    expect(
      pairChanges(only as NonNullable<typeof only>).map((c) => [
        c.server,
        c.after.serverProduct,
        c.after.status,
      ]),
    ).toEqual([
      ['old', 'Lync Server 2013', 'not-supported'],
      ['new', 'Lync Server 2013', 'not-supported'],
    ])
  })

  it('exceptions waive by pair: a waived pair that stops being supported is a notice, not a new failure', () => {
    const text = [
      'servers:',
      '  - name: pool',
      '    product: Lync Server 2010',
      'clients:',
      '  - name: waived',
      '    product: Lync 2010 Attendee',
      '  - name: plain',
      '    product: Lync 2010 Attendee',
      'exceptions:',
      '  - client: waived',
      '    server: pool',
      '    product: Lync 2010 Attendee',
      '    reason: CHG-1',
      '    expires: 2099-12-31',
      '',
    ].join('\n')
    const p = plan(topologyOf(text), [{ server: 'pool', product: 'Lync Server 2013' }])
    expect(lists(p)).toEqual([
      { client: 'waived', newlyFailing: [], newlyPassing: [], changed: ['pool'], unchanged: [] },
      { client: 'plain', newlyFailing: ['pool'], newlyPassing: [], changed: [], unchanged: [] },
    ])
    expect(p.populations[0]?.changed[0]?.after).toMatchObject({
      status: 'not-supported',
      severity: 'notice',
      waived: true,
    })
  })

  it('an expired exception waives nothing, before or after', () => {
    const text = [
      ...pairTopology('Lync 2010 Attendee', 'Lync Server 2010').trimEnd().split('\n'),
      'exceptions:',
      '  - client: c1',
      '    server: s1',
      '    product: Lync 2010 Attendee',
      '    reason: old',
      '    expires: 2020-01-01',
      '',
    ].join('\n')
    const p = plan(topologyOf(text), [{ server: 's1', product: 'Lync Server 2013' }])
    expect(lists(p)).toEqual([
      { client: 'c1', newlyFailing: ['s1'], newlyPassing: [], changed: [], unchanged: [] },
    ])
  })

  it('a workload decides the verdict on the new product as it does in check', () => {
    // Lync 2013 declaring group-chat: not supported on Lync Server 2010 (footnote 1), supported on 2013.
    const p = plan(topologyOf(pairTopology('Lync 2013', 'Lync Server 2010', ['group-chat'])), [
      { server: 's1', product: 'Lync Server 2013' },
    ])
    const change = p.populations[0]?.newlyPassing[0]
    expect(
      change?.before && [side(change.before), side(change.after), change.before.workloads],
    ).toEqual(['not-supported [1] error', 'supported none', ['group-chat']])
  })

  it('a change of footnotes alone is a change, even where the pair fails before and after', () => {
    // Lync 2010 Attendee: Not Supported on OCS 2007 R2 (no footnote), Not Supported2 on Lync Server 2013.
    const p = plan(topologyOf(pairTopology('Lync 2010 Attendee', 'OCS 2007 R2')), [
      { server: 's1', product: 'Lync Server 2013' },
    ])
    const change = p.populations[0]?.changed[0]
    expect(change && [side(change.before), side(change.after)]).toEqual([
      'not-supported error',
      'not-supported [2] error',
    ])
    expect(p.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 1,
      unchanged: 0,
      stillFailing: 1,
      pairs: 1,
    })
    expect(planExitCode([p])).toBe(0)
  })

  it('plans against the matrix the topology names', () => {
    // lync-2013-client-interoperability: Lync 2013 is Supported5 on Lync Server 2010, Supported on 2013.
    const text = `matrix: lync-2013-client-interoperability\n${pairTopology('Lync 2013', 'Lync Server 2010')}`
    const p = plan(topologyOf(text), [{ product: 'Lync Server 2013' }])
    expect(p.matrix).toBe('lync-2013-client-interoperability')
    const change = p.populations[0]?.changed[0]
    expect(change && [side(change.before), side(change.after)]).toEqual([
      'supported [5] notice',
      'supported none',
    ])
  })

  it('upgrading to the product a server already runs changes nothing', () => {
    const p = plan(example(), [{ server: 'ams-pool01', product: 'Lync Server 2013' }])
    expect(p.upgrades).toEqual([
      { server: 'ams-pool01', from: 'Lync Server 2013', to: 'Lync Server 2013' },
    ])
    expect(p.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 0,
      unchanged: 10,
      stillFailing: 1,
      pairs: 10,
    })
  })

  it('naming the same product twice for a server, by two names, is no conflict', () => {
    const p = plan(example(), [
      { server: 'nyc-ocs', product: 'Lync Server 2013' },
      { server: 'nyc-ocs', product: 'lync-server-2013' },
      { product: 'Lync Server 2013' },
      { product: 'Microsoft Lync Server 2013' },
    ])
    expect(p.upgrades.map((u) => u.to)).toEqual([
      'Lync Server 2013',
      'Lync Server 2013',
      'Lync Server 2013',
    ])
  })
})

describe('migration paths: what the sources say about a server changing product', () => {
  const TO_2019 = 'skype-for-business-server-2019-migration'
  const FROM_EARLIER = 'lync-server-2013-migration-from-earlier'

  function matrixOf(id: string): Matrix {
    const matrix = builtinMatrix(id)
    if (!matrix) throw new Error(`no built-in matrix ${id}`)
    return matrix
  }
  function serverProduct(matrix: Matrix, name: string): Product {
    const found = matrix.lookup(name, 'server')
    if (!found.ok) throw new Error(`"${name}" is no server product of ${matrix.id}`)
    return found.product
  }
  /** migrationPath on built-in matrix `id`, the products by display name. */
  function migration(
    id: string,
    from: string,
    to: string,
    failOn: readonly Status[] = ['not-supported'],
  ): MigrationPath {
    const matrix = matrixOf(id)
    return migrationPath(
      matrix,
      serverProduct(matrix, from),
      serverProduct(matrix, to),
      new Set(failOn),
    )
  }
  /** `servers` (name: product) and one population of `client` on `on`, on matrix `matrix`. */
  function estate(
    matrix: string,
    servers: [string, string][],
    client: string,
    on: string,
    workloads: readonly string[] = ['im', 'presence'],
  ): Topology {
    return topologyOf(
      [
        `matrix: ${matrix}`,
        'servers:',
        ...servers.flatMap(([name, product]) => [`  - name: ${name}`, `    product: ${product}`]),
        'clients:',
        '  - name: workers',
        `    product: ${client}`,
        `    servers: [${on}]`,
        `    workloads: [${workloads.join(', ')}]`,
        '',
      ].join('\n'),
    )
  }

  it('supported: a rule names both products, and the statement quotes it', () => {
    expect(migration('lync-server-2013', 'Lync Server 2010', 'Lync Server 2013')).toEqual(
      supportedTo2013('Lync Server 2010'),
    )
    expect(migration('lync-server-2013', 'OCS 2007 R2', 'Lync Server 2013')).toEqual(
      supportedTo2013('Office Communications Server 2007 R2'),
    )
    // The exclusive rule of Skype for Business Server 2019 names Lync Server 2013 among its origins.
    expect(
      migration('all-generations', 'Lync Server 2013', 'Skype for Business Server 2019'),
    ).toEqual({
      status: 'supported',
      severity: 'none',
      statement: `migration from Lync Server 2013 to Skype for Business Server 2019 is supported: ${quoteOf(TO_2019)}`,
      source: ruleSource('all-generations', TO_2019),
    })
  })

  it('supported, through planUpgrade: the upgrade carries the path, and the plan passes', () => {
    // Lync 2013 is supported on Lync Server 2010 and on Lync Server 2013: nothing else changes.
    const p = plan(topologyOf(pairTopology('Lync 2013', 'Lync Server 2010')), [
      { server: 's1', product: 'Lync Server 2013' },
    ])
    expect(p.upgrades).toEqual([
      {
        server: 's1',
        from: 'Lync Server 2010',
        to: 'Lync Server 2013',
        migration: supportedTo2013('Lync Server 2010'),
      },
    ])
    expect(p.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 0,
      unchanged: 1,
      stillFailing: 0,
      pairs: 1,
    })
    expect(planExitCode([p])).toBe(0)
  })

  it('not supported: a rule rules the path out by name (OCS 2007 and LCS 2005, which the catalogue knows only as unsupported products)', () => {
    const earlier = (from: string, failOn?: readonly Status[]) =>
      migration('lync-server-2013', from, 'Lync Server 2013', failOn)
    const ruledOut = (from: string, severity: MigrationPath['severity']): MigrationPath => ({
      status: 'not-supported',
      severity,
      statement: `migration from ${from} to Lync Server 2013 is not supported: ${quoteOf(FROM_EARLIER)}`,
      source: ruleSource('lync-server-2013', FROM_EARLIER),
    })
    expect(earlier('Office Communications Server 2007')).toEqual(
      ruledOut('Office Communications Server 2007', 'error'),
    )
    expect(earlier('LCS 2005')).toEqual(ruledOut('Live Communications Server 2005', 'error'))
    // Under fail-on none it is still not supported, but only a warning.
    expect(earlier('OCS 2007', [])).toEqual(
      ruledOut('Office Communications Server 2007', 'warning'),
    )
  })

  it('not supported, through planUpgrade: the plan fails on the migration although no pair newly fails', () => {
    // No population connects to the OCS 2007 pool (coexist checks no pair on a product the matrix
    // supports nothing on); the population on the Lync Server 2013 pool is unchanged.
    const topology = estate(
      'lync-server-2013',
      [
        ['legacy', 'Office Communications Server 2007'],
        ['pool', 'Lync Server 2013'],
      ],
      'Lync 2013',
      'pool',
    )
    const p = plan(topology, [{ server: 'legacy', product: 'Lync Server 2013' }])
    expect(p.upgrades).toEqual([
      {
        server: 'legacy',
        from: 'Office Communications Server 2007',
        to: 'Lync Server 2013',
        migration: {
          status: 'not-supported',
          severity: 'error',
          statement: `migration from Office Communications Server 2007 to Lync Server 2013 is not supported: ${quoteOf(FROM_EARLIER)}`,
          source: ruleSource('lync-server-2013', FROM_EARLIER),
        },
      },
    ])
    expect(p.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 0,
      unchanged: 1,
      stillFailing: 0,
      pairs: 1,
    })
    expect(planExitCode([p])).toBe(1)
  })

  it('not supported: a product an exclusive rule does not list (Skype for Business Server 2019 migrates from Lync Server 2013 or Skype for Business Server 2015 only)', () => {
    const exclusive = (from: string, severity: MigrationPath['severity']): MigrationPath => ({
      status: 'not-supported',
      severity,
      statement: `migration from ${from} to Skype for Business Server 2019 is not supported: Skype for Business Server 2019 migrates from Lync Server 2013 or Skype for Business Server 2015 only: ${quoteOf(TO_2019)}`,
      source: ruleSource('all-generations', TO_2019),
    })
    expect(
      migration('all-generations', 'Lync Server 2010', 'Skype for Business Server 2019'),
    ).toEqual(exclusive('Lync Server 2010', 'error'))
    expect(
      migration(
        'all-generations',
        'Office Communications Server 2007 R2',
        'Skype for Business Server 2019',
      ),
    ).toEqual(exclusive('Office Communications Server 2007 R2', 'error'))
    expect(
      migration('all-generations', 'Lync Server 2010', 'Skype for Business Server 2019', []),
    ).toEqual(exclusive('Lync Server 2010', 'warning'))

    // Through planUpgrade: Lync 2013 for IM and presence is supported on both products, so no pair
    // newly fails, and the plan fails on the migration alone; under fail-on none it passes. (The pair
    // changes all the same: on Lync Server 2010 it cites footnote 5 of Table 1 of the client
    // interoperability page, a source that states the cell otherwise.)
    const topology = estate('all-generations', [['s1', 'Lync Server 2010']], 'Lync 2013', 's1')
    const p = plan(topology, [{ server: 's1', product: 'Skype for Business Server 2019' }])
    expect(p.upgrades).toEqual([
      {
        server: 's1',
        from: 'Lync Server 2010',
        to: 'Skype for Business Server 2019',
        migration: exclusive('Lync Server 2010', 'error'),
      },
    ])
    expect(lists(p)).toEqual([
      { client: 'workers', newlyFailing: [], newlyPassing: [], changed: ['s1'], unchanged: [] },
    ])
    const change = p.populations[0]?.changed[0]
    expect(change && [side(change.before), side(change.after)]).toEqual([
      'supported [interop-5] notice',
      'supported none',
    ])
    expect(p.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 1,
      unchanged: 0,
      stillFailing: 0,
      pairs: 1,
    })
    expect(planExitCode([p])).toBe(1)
    const lenient = plan(
      topology,
      [{ server: 's1', product: 'Skype for Business Server 2019' }],
      [],
    )
    expect(lenient.upgrades[0]?.migration).toEqual(exclusive('Lync Server 2010', 'warning'))
    expect(planExitCode([lenient])).toBe(0)
  })

  it('undocumented: no rule speaks of the path, so coexist does not call it supported', () => {
    const unstated = (
      matrix: string,
      from: string,
      to: string,
      severity: MigrationPath['severity'],
    ): MigrationPath => ({
      status: 'undocumented',
      severity,
      statement: `no source states a migration path from ${from} to ${to}, so coexist does not call it supported`,
      source: { matrix },
    })
    // No rule has Lync Server 2010 or Skype for Business Server 2015 as its target.
    expect(migration('lync-server-2013', 'Lync Server 2013', 'Lync Server 2010')).toEqual(
      unstated('lync-server-2013', 'Lync Server 2013', 'Lync Server 2010', 'warning'),
    )
    expect(
      migration('lync-server-2013', 'Office Communications Server 2007 R2', 'Lync Server 2010'),
    ).toEqual(
      unstated(
        'lync-server-2013',
        'Office Communications Server 2007 R2',
        'Lync Server 2010',
        'warning',
      ),
    )
    expect(
      migration('all-generations', 'Lync Server 2013', 'Skype for Business Server 2015'),
    ).toEqual(
      unstated('all-generations', 'Lync Server 2013', 'Skype for Business Server 2015', 'warning'),
    )
    expect(
      migration('all-generations', 'Lync Server 2013', 'Skype for Business Server 2015', [
        'not-supported',
        'undocumented',
      ]),
    ).toEqual(
      unstated('all-generations', 'Lync Server 2013', 'Skype for Business Server 2015', 'error'),
    )
  })

  it('undocumented, through planUpgrade: a warning under the default fail-on, a failure when fail-on lists undocumented', () => {
    // Lync 2013 for IM and presence is supported on Lync Server 2013 and on Skype for Business Server 2015.
    const topology = estate('all-generations', [['s1', 'Lync Server 2013']], 'Lync 2013', 's1')
    const upgrade = [{ server: 's1', product: 'Skype for Business Server 2015' }]
    const statement =
      'no source states a migration path from Lync Server 2013 to Skype for Business Server 2015, so coexist does not call it supported'
    const lenient = plan(topology, upgrade)
    expect(lenient.upgrades).toEqual([
      {
        server: 's1',
        from: 'Lync Server 2013',
        to: 'Skype for Business Server 2015',
        migration: {
          status: 'undocumented',
          severity: 'warning',
          statement,
          source: { matrix: 'all-generations' },
        },
      },
    ])
    expect(lenient.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 0,
      unchanged: 1,
      stillFailing: 0,
      pairs: 1,
    })
    expect(planExitCode([lenient])).toBe(0)
    const strict = plan(topology, upgrade, ['not-supported', 'undocumented'])
    expect(strict.upgrades[0]?.migration).toEqual({
      status: 'undocumented',
      severity: 'error',
      statement,
      source: { matrix: 'all-generations' },
    })
    expect(strict.counts.newlyFailing).toBe(0)
    expect(planExitCode([strict])).toBe(1)
  })

  // evaluate() judges no pair on a product the matrix supports nothing on: the pair has no verdict
  // today, only after the move, and the plan says so rather than stopping.
  it('a population on a server of a product the matrix supports nothing on does not stop the plan', () => {
    const text = [
      'servers:',
      '  - name: legacy',
      '    product: Office Communications Server 2007',
      'clients:',
      '  - name: users',
      '    product: Lync 2010',
      '    servers: [legacy]',
      '',
    ].join('\n')
    let outcome: ReturnType<typeof planUpgrade> | undefined
    expect(() => {
      outcome = planUpgrade(
        topologyOf(text),
        [{ server: 'legacy', product: 'Lync Server 2013' }],
        policy(),
      )
    }).not.toThrow()
    expect(outcome?.ok && outcome.plan.upgrades).toEqual([
      {
        server: 'legacy',
        from: 'Office Communications Server 2007',
        to: 'Lync Server 2013',
        migration: {
          status: 'not-supported',
          severity: 'error',
          statement: `migration from Office Communications Server 2007 to Lync Server 2013 is not supported: ${quoteOf(FROM_EARLIER)}`,
          source: ruleSource('lync-server-2013', FROM_EARLIER),
        },
      },
    ])
    const population = outcome?.ok ? outcome.plan.populations[0] : undefined
    expect(population?.changed.map((c) => [c.server, side(c.before), side(c.after)])).toEqual([
      ['legacy', 'not checked', 'supported none'],
    ])
    expect(outcome?.ok && outcome.plan.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 1,
      unchanged: 0,
      stillFailing: 0,
      pairs: 1,
    })
  })

  it('a server of a product supported nowhere that does not move has no pairs in the plan', () => {
    const text = [
      'servers:',
      '  - name: legacy',
      '    product: OCS 2007',
      '  - name: s1',
      '    product: Lync Server 2010',
      'clients:',
      '  - name: users',
      '    product: Lync 2010',
      '',
    ].join('\n')
    const p = plan(topologyOf(text), [{ server: 's1', product: 'Lync Server 2013' }])
    expect(lists(p)).toEqual([
      { client: 'users', newlyFailing: [], newlyPassing: [], changed: [], unchanged: ['s1'] },
    ])
  })

  it('no upgrade can go to a product the matrix supports nothing on', () => {
    expect(problems(example(), [{ server: 'lon-pool-2010', product: 'OCS 2007' }])).toEqual([
      '"OCS 2007" is Office Communications Server 2007, which matrix lync-server-2013 supports nothing on: no upgrade can go there',
    ])
  })

  // A population of a client product the matrix supports nothing on has no pairs, before or after.
  it('a population of a client product the matrix supports nothing on does not stop the plan', () => {
    const text = [
      'servers:',
      '  - name: s1',
      '    product: Lync Server 2010',
      'clients:',
      '  - name: old',
      '    product: Office Communicator 2005',
      '',
    ].join('\n')
    let outcome: ReturnType<typeof planUpgrade> | undefined
    expect(() => {
      outcome = planUpgrade(
        topologyOf(text),
        [{ server: 's1', product: 'Lync Server 2013' }],
        policy(),
      )
    }).not.toThrow()
    expect(outcome?.ok && outcome.plan.upgrades).toEqual([
      {
        server: 's1',
        from: 'Lync Server 2010',
        to: 'Lync Server 2013',
        migration: supportedTo2013('Lync Server 2010'),
      },
    ])
    expect(outcome?.ok && outcome.plan.populations).toEqual([])
  })

  it('moving the Lync Server 2013 pool of the example back to Lync Server 2010 is a path no source states: a warning, and the plan passes', () => {
    const p = plan(example(), [{ server: 'ams-pool01', product: 'Lync Server 2010' }])
    expect(p.upgrades).toEqual([
      {
        server: 'ams-pool01',
        from: 'Lync Server 2013',
        to: 'Lync Server 2010',
        migration: {
          status: 'undocumented',
          severity: 'warning',
          statement:
            'no source states a migration path from Lync Server 2013 to Lync Server 2010, so coexist does not call it supported',
          source: { matrix: 'lync-server-2013' },
        },
      },
    ])
    expect(planExitCode([p])).toBe(0)
  })
})

describe('the default example, examples/coexist.yml: lon-pool-2010 to Lync Server 2013', () => {
  // ams-pool01 runs Lync Server 2013 (build 5.0.8308.857), lon-pool-2010 Lync Server 2010; reception
  // now runs Lync 2010 Attendant on lon-pool-2010, which Lync Server 2013 supports too. Against the
  // three-pool table above: no nyc-ocs, so sales-desktops changes on lon-pool-2010 instead, and
  // reception is unchanged: 1 newly failing (external-partners on lon-pool-2010), 2 changed, 7 unchanged.
  it('takes the supported migration path, and fails only for the attendees', () => {
    const p = plan(twoPools(), [{ product: 'Lync Server 2013' }])
    expect(p.upgrades).toEqual([
      { server: 'ams-pool01', from: 'Lync Server 2013', to: 'Lync Server 2013' },
      {
        server: 'lon-pool-2010',
        from: 'Lync Server 2010',
        to: 'Lync Server 2013',
        migration: supportedTo2013('Lync Server 2010'),
      },
    ])
    expect(lists(p)).toEqual([
      {
        client: 'knowledge-workers',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['ams-pool01', 'lon-pool-2010'],
      },
      {
        client: 'trading-floor',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['lon-pool-2010'],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'sales-desktops',
        newlyFailing: [],
        newlyPassing: [],
        changed: ['lon-pool-2010'],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'field-engineers',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'external-partners',
        newlyFailing: ['lon-pool-2010'],
        newlyPassing: [],
        changed: [],
        unchanged: ['ams-pool01'],
      },
      {
        client: 'reception',
        newlyFailing: [],
        newlyPassing: [],
        changed: [],
        unchanged: ['lon-pool-2010'],
      },
    ])
    expect(p.counts).toEqual({
      newlyFailing: 1,
      newlyPassing: 0,
      changed: 2,
      unchanged: 7,
      stillFailing: 1,
      pairs: 10,
    })
    expect(planExitCode([p])).toBe(1)
  })
})

describe('the declared version of an upgraded server', () => {
  // On matrix all-generations, Skype for Business 2015 on Lync Server 2013 needs the December 2014
  // cumulative update (5.0.8308.857); below it the pair stays supported, with a remark (a notice).
  const text = (product: string, version?: string) =>
    [
      'matrix: all-generations',
      'servers:',
      '  - name: s1',
      `    product: ${product}`,
      version ? `    version: ${version}` : '    # no version',
      'clients:',
      '  - name: c1',
      '    product: Skype for Business 2015',
      '',
    ].join('\n')

  it('is left behind: it was a build of the old product, and the new product is judged as if none were declared', () => {
    // A Lync Server 2010 build (the February 2015 update) is no build of Lync Server 2013, and
    // compared as one it would fall short of 5.0.8308.857: the pair after the upgrade is the pair of
    // a Lync Server 2013 pool that declares no version.
    const p = plan(topologyOf(text('Lync Server 2010', '4.0.7577.710')), [
      { server: 's1', product: 'Lync Server 2013' },
    ])
    const [fresh] = evaluate(topologyOf(text('Lync Server 2013')), policy()).results
    const after = p.populations[0]?.unchanged[0]?.after
    expect(after).toEqual(fresh)
    expect(after?.missingUpdate).toBeUndefined()
    expect(after && side(after)).toBe('supported none')
  })

  it('stays with a server that keeps its product', () => {
    // The February 2013 update is older than December 2014: the pair has a remark before and after.
    const topology = topologyOf(text('Lync Server 2013', 'feb-2013'))
    const p = plan(topology, [{ server: 's1', product: 'Lync Server 2013' }])
    const [today] = evaluate(topology, policy()).results
    expect(today && side(today)).toBe('supported notice')
    expect(p.populations[0]?.unchanged[0]?.after).toEqual(today)
  })
})

describe('requests a topology cannot carry out', () => {
  it('an unknown server, with the closest names', () => {
    expect(problems(example(), [{ server: 'ams-pool1', product: 'Lync Server 2013' }])).toEqual([
      'unknown server "ams-pool1" (did you mean "ams-pool01"?)',
    ])
    expect(problems(example(), [{ server: 'NYC-OCS', product: 'Lync Server 2013' }])).toEqual([
      'unknown server "NYC-OCS" (did you mean "nyc-ocs"?)',
    ])
  })

  it('an unknown server nothing resembles: the servers there are', () => {
    expect(problems(example(), [{ server: 'paris', product: 'Lync Server 2013' }])).toEqual([
      'unknown server "paris"; its servers are "ams-pool01", "lon-pool-2010", "nyc-ocs"',
    ])
  })

  it('an unknown product, with suggestions by display name', () => {
    // A slip within one product's name, by display name, id or alias: suggested by display name.
    expect(problems(example(), [{ product: 'Lync Sevrer 2013' }])).toEqual([
      'unknown server product "Lync Sevrer 2013" in matrix lync-server-2013; did you mean "Lync Server 2013"?',
    ])
    expect(problems(example(), [{ server: 'nyc-ocs', product: 'lync-servr-2010' }])).toEqual([
      'unknown server product "lync-servr-2010" in matrix lync-server-2013; did you mean "Lync Server 2010"?',
    ])
    expect(
      problems(example(), [{ server: 'nyc-ocs', product: 'Ofice Comunications Server 2007 R2' }]),
    ).toEqual([
      'unknown server product "Ofice Comunications Server 2007 R2" in matrix lync-server-2013; did you mean "Office Communications Server 2007 R2"?',
    ])
  })

  it('an unknown product nothing resembles: the server products of the matrix', () => {
    const servers =
      'servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2'
    expect(problems(example(), [{ product: 'Skype for Business Server 2019' }])).toEqual([
      `unknown server product "Skype for Business Server 2019" in matrix lync-server-2013; ${servers}`,
    ])
    // Another number is another product, not a slip: no version is guessed from a similar one.
    expect(problems(example(), [{ product: 'Lync Server 2031' }])).toEqual([
      `unknown server product "Lync Server 2031" in matrix lync-server-2013; ${servers}`,
    ])
    expect(problems(example(), [{ server: 'nyc-ocs', product: 'OCS 2007 R3' }])).toEqual([
      `unknown server product "OCS 2007 R3" in matrix lync-server-2013; ${servers}`,
    ])
  })

  it('a client product given as the server product', () => {
    expect(problems(example(), [{ server: 'nyc-ocs', product: 'Lync 2013' }])).toEqual([
      '"Lync 2013" is a client product, not a server; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2',
    ])
  })

  it('two products for one server, or for every server', () => {
    expect(
      problems(example(), [
        { server: 'nyc-ocs', product: 'Lync Server 2013' },
        { server: 'nyc-ocs', product: 'Lync Server 2010' },
      ]),
    ).toEqual(['server "nyc-ocs" is upgraded to both "Lync Server 2013" and "Lync Server 2010"'])
    expect(
      problems(example(), [{ product: 'Lync Server 2013' }, { product: 'Lync Server 2010' }]),
    ).toEqual(['every server is upgraded to both "Lync Server 2013" and "Lync Server 2010"'])
  })

  it('every problem at once, each once', () => {
    expect(
      problems(example(), [
        { server: 'ams-pool1', product: 'Lync Server 2013' },
        { server: 'nyc-ocs', product: 'Lync 2013' },
        { server: 'lon-pool-2010', product: 'Lync 2013' },
        { product: 'Lync Server 2031' },
      ]),
    ).toEqual([
      'unknown server "ams-pool1" (did you mean "ams-pool01"?)',
      '"Lync 2013" is a client product, not a server; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2',
      'unknown server product "Lync Server 2031" in matrix lync-server-2013; servers of matrix lync-server-2013: Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2',
    ])
  })
})

describe('parseUpgrade', () => {
  it('reads SERVER=PRODUCT, trimming each side', () => {
    expect(parseUpgrade('ams-pool01=Lync Server 2013')).toEqual({
      ok: true,
      request: { server: 'ams-pool01', product: 'Lync Server 2013' },
    })
    expect(parseUpgrade(' nyc-ocs = lync-server-2013 ')).toEqual({
      ok: true,
      request: { server: 'nyc-ocs', product: 'lync-server-2013' },
    })
  })

  it('splits at the last "=": a server name may hold one', () => {
    expect(parseUpgrade('pool=a=Lync Server 2013')).toEqual({
      ok: true,
      request: { server: 'pool=a', product: 'Lync Server 2013' },
    })
  })

  it.each(['ams-pool01', 'ams-pool01=', '=Lync Server 2013', ' = ', '', '='])(
    'refuses %j',
    (text) => {
      expect(parseUpgrade(text)).toEqual({
        ok: false,
        message: `--upgrade "${text}" is not SERVER=PRODUCT; for example --upgrade "ams-pool01=Lync Server 2013"`,
      })
    },
  )
})

describe('totalCounts and planExitCode over several files', () => {
  it('add the counts up, and exit 1 when any file gains a failure', () => {
    const failing = plan(example(), [{ server: 'nyc-ocs', product: 'Lync Server 2013' }])
    const passing = plan(example(), [{ server: 'ams-pool01', product: 'Lync Server 2010' }])
    expect(totalCounts([failing, passing])).toEqual({
      newlyFailing: 1,
      newlyPassing: 1,
      changed: 4,
      unchanged: 14,
      stillFailing: 1,
      pairs: 20,
    })
    expect(planExitCode([passing])).toBe(0)
    // A pair that fails today and still fails is no reason to refuse the upgrade.
    const same = plan(example(), [{ server: 'ams-pool01', product: 'Lync Server 2013' }])
    expect([same.counts.stillFailing, planExitCode([same])]).toEqual([1, 0])
    expect(planExitCode([passing, failing])).toBe(1)
    expect(planExitCode([])).toBe(0)
  })
})
