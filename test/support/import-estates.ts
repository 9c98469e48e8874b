// Estates for the import's writer and merge tests (test/core/topology-writer.test.ts,
// test/core/topology-merge.test.ts): builders, Fabrikam's inventory against
// test/core/fixtures/import/existing.yml, and the helpers that read a merge's outcome.
import { CORE_SCHEMA, load } from 'js-yaml'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type {
  ImportedEstate,
  ImportedPopulation,
  ImportedServer,
  Origin,
  Unclassified,
} from '../../src/core/imported.js'
import { mergeTopology, type MergeOutcome, type ProductIds } from '../../src/core/topology-merge.js'
import { fixtureText } from './fixtures.js'
import { lcm } from './pipeline.js'

export const origin: Origin = {
  file: 'inventory.csv',
  line: 2,
  column: 1,
  endLine: 2,
  endColumn: 10,
}

export const server = (
  pool: string,
  product: string,
  version?: string,
  update?: string,
): ImportedServer => ({
  pool,
  product,
  ...(version === undefined ? {} : { version }),
  ...(update === undefined ? {} : { update }),
  origin,
})

export const population = (
  product: string,
  pool: string | undefined,
  users: number,
  agents: [string, number][] = [],
): ImportedPopulation => ({
  product,
  ...(pool === undefined ? {} : { pool }),
  users,
  agents: agents.map(([userAgent, n]) => ({ userAgent, users: n })),
})

export const unclassified = (
  kind: Unclassified['kind'],
  text: string,
  users: number,
  reason: string,
  pool?: string,
): Unclassified => ({ kind, text, users, reason, origin, ...(pool === undefined ? {} : { pool }) })

export const estateOf = (parts: Partial<ImportedEstate>): ImportedEstate => ({
  servers: [],
  populations: [],
  unclassified: [],
  serverAgents: [],
  provenance: ['clients.csv: user agents and pools', 'servers.csv: builds'],
  serversListed: true,
  ...parts,
})

export const catalogue = builtinMatrix('all-generations')
if (!catalogue) throw new Error('the all-generations matrix is missing')
export const ids: ProductIds = {
  clientId: (name) => {
    const found = catalogue.lookup(name, 'client')
    return found.ok ? found.product.id : undefined
  },
  serverId: (name) => {
    const found = catalogue.lookup(name, 'server')
    return found.ok ? found.product.id : undefined
  },
}

export const UCCAPI_2013 = 'UCCAPI/15.0.4569.1503 OC/15.0.4569.1503 (Microsoft Lync)'

/** Fabrikam's inventory, against the hand-written test/core/fixtures/import/existing.yml. */
export const fabrikam = estateOf({
  servers: [
    server(
      'pool01.fabrikam.com',
      'Lync Server 2013',
      '5.0.8308.992',
      'July 2017 cumulative update',
    ),
    server(
      'pool02.fabrikam.com',
      'Lync Server 2010',
      '4.0.7577.710',
      'February 2015 cumulative update',
    ),
    server('pool03.fabrikam.com', 'Skype for Business Server 2015', '6.0.9319.281'),
  ],
  populations: [
    population('Lync 2013', 'pool01.fabrikam.com', 1234, [
      [UCCAPI_2013, 1200],
      ['UCCAPI/15.0.4481.1000 OC/15.0.4481.1000 (Microsoft Lync)', 34],
    ]),
    population('Lync 2010', 'pool02.fabrikam.com', 50, [
      ['UCCAPI/4.0.7577.314 OC/4.0.7577.314 (Microsoft Lync 2010)', 50],
    ]),
    population('Skype for Business 2016', 'pool03.fabrikam.com', 300, [
      ['UCCAPI/16.0.7766.5281 OC/16.0.7766.2047 (Skype for Business)', 300],
    ]),
  ],
  unclassified: [
    unclassified(
      'user-agent',
      'Foo/1.0',
      4,
      'no row of the user-agent table names Foo',
      'pool01.fabrikam.com',
    ),
  ],
  serverAgents: [{ name: 'MediationServer', users: 12 }],
})

export const existing = fixtureText('core', 'import/existing.yml')

export function merged(text: string, estate: ImportedEstate, file = 'coexist.yml') {
  const outcome = mergeTopology({ file, text }, estate, ids)
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.errors))
  return outcome
}

export function refusal(outcome: MergeOutcome): [number, number, string][] {
  if (outcome.ok) throw new Error('the merge was not refused')
  return lcm(outcome.errors)
}

/** The lines only `before` has and the lines only `after` has, by a longest common subsequence. */
export function lineDiff(before: string, after: string): { removed: string[]; added: string[] } {
  const a = before.split('\n')
  const b = after.split('\n')
  const common: number[][] = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  )
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      (common[i] as number[])[j] =
        a[i] === b[j]
          ? ((common[i + 1] as number[])[j + 1] as number) + 1
          : Math.max(
              (common[i + 1] as number[])[j] as number,
              (common[i] as number[])[j + 1] as number,
            )
  const removed: string[] = []
  const added: string[] = []
  let i = 0
  let j = 0
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      i++
      j++
    } else if (
      j < b.length &&
      (i === a.length ||
        ((common[i] as number[])[j + 1] as number) >= ((common[i + 1] as number[])[j] as number))
    )
      added.push(b[j++] as string)
    else removed.push(a[i++] as string)
  }
  return { removed, added }
}

/** The lines between a block's begin and end markers, the markers left out. */
export function block(text: string, kind: string): string[] {
  const lines = text.split(/\r?\n/)
  const begin = lines.findIndex((l) => l.startsWith(`# coexist import: begin ${kind}`))
  const end = lines.indexOf(`# coexist import: end ${kind}`)
  if (begin < 0 || end < begin) throw new Error(`no ${kind} block`)
  return lines.slice(begin + 1, end)
}

export const parsed = (text: string) =>
  load(text, { schema: CORE_SCHEMA }) as {
    matrix?: string
    servers: { name: string; product: string; version?: string }[]
    clients: { name: string; product: string; servers?: string[]; users?: number }[]
  }
