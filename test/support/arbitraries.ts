// Shared set-up for the property tests: one fixed seed for CI (FUZZ_SEED, FUZZ_RUNS override it),
// the line counting of src/core/line-index.ts, and generators of hostile text and of well-formed
// topologies built from the built-in matrices' own products.
import fc from 'fast-check'
import { dump } from 'js-yaml'
import { BUILTIN_MATRIX_IDS, builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'

export const SEED = Number(process.env.FUZZ_SEED ?? 20261127)
export const RUNS = Number(process.env.FUZZ_RUNS ?? 200)

fc.configureGlobal({ seed: SEED, numRuns: RUNS })

/** A vitest timeout that grows with FUZZ_RUNS, so `npm run fuzz` is not cut short. */
export function timeoutFor(msPerRun: number): number {
  return Math.max(30_000, RUNS * msPerRun)
}

/** Lines as src/core/line-index.ts counts them: \r\n, \r and \n each end one. */
export function lineCount(text: string): number {
  let lines = 1
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++
  }
  return lines
}

// ---------------------------------------------------------------------------------------------
// Arbitrary text
// ---------------------------------------------------------------------------------------------

const YAML_PIECES = [
  ':',
  ': ',
  '-',
  '- ',
  '&a',
  '*a',
  '&b ',
  '*b',
  '{',
  '}',
  '[',
  ']',
  ',',
  '"',
  "'",
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '  ',
  '#',
  '|',
  '>',
  '!',
  '!!str ',
  '%YAML 1.2\n',
  '---\n',
  '...\n',
  '?',
  '<<: ',
  'servers:',
  'clients:',
  'exceptions:',
  'name: ',
  'product: ',
  'servers',
  'Lync 2013',
  'Lync Server 2013',
  'null',
  '~',
  '0x1F',
  '1e999',
  'true',
  '\\',
  '\\u00',
  '\uFEFF',
  '\u2028',
  '\u0085',
  'é',
  '😀',
  '\u0000',
  'a',
  'x',
]

/** Text that looks like YAML or JSON often enough to get past the first character. */
export const yamlishText: fc.Arbitrary<string> = fc
  .array(fc.oneof(fc.constantFrom(...YAML_PIECES), fc.string({ maxLength: 4 })), { maxLength: 60 })
  .map((parts) => parts.join(''))

/** Anything: random strings in several encodings' worth of characters, and YAML-ish text. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  yamlishText,
  yamlishText.map((t) => `servers:\n  - ${t}\nclients:\n  - name: c\n    product: Lync 2013\n`),
  yamlishText.map((t) => `{"servers": [${t}], "clients": [{"name": "c", "product": "Lync 2013"}]}`),
)

// ---------------------------------------------------------------------------------------------
// Well-formed topologies
// ---------------------------------------------------------------------------------------------

const HOSTILE_PIECES = [
  '::',
  '::error::',
  '::error file=evil.yml,line=1::forged',
  '::add-mask::',
  '::stop-commands::',
  '::warning::',
  '%',
  '%25',
  '%0A',
  '%3A',
  ',',
  ':',
  '\n',
  '\r',
  '\r\n',
  '\n::error::x',
  '<script>alert(1)</script>',
  '@x',
  '@octocat',
  '#1',
  '[x](https://evil.example)',
  '{0}',
  '}}',
  '\\',
  '"',
  "'",
  '`',
  '&a',
  '*a',
  '- ',
  '# ',
  '\t',
  ' ',
  'é',
  'ß',
  '漢字',
  '😀',
  '\u202e',
  '\u200f',
  '\u0085',
  '\u2028',
  '\u00a0',
  'ǅ',
]

/** A topology name: 1-200 characters with one that is not white space (the schema's `name`). */
export const hostileName: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
      {
        weight: 1,
        arbitrary: fc.string({ unit: 'grapheme-composite', minLength: 1, maxLength: 3 }),
      },
    ),
    {
      minLength: 1,
      maxLength: 6,
    },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.length <= 200 && /\S/.test(s) && !s.includes('\u0000'))

export interface ServerSpec {
  name: string
  product: string
}
export interface ClientSpec {
  name: string
  product: string
  servers?: string[]
  workloads?: string[]
}
export interface ExceptionSpec {
  client: string
  server: string
  /** The client's product, as the population names it: the exception is written for it. */
  product: string
  reason: string
  expires: string
  owner?: string
  ticket?: string
}
export interface TopologySpec {
  matrix?: string
  servers: ServerSpec[]
  clients: ClientSpec[]
  exceptions?: ExceptionSpec[]
}

export const NOW = new Date('2026-11-27T12:00:00Z')

export function matrixOf(spec: TopologySpec): Matrix {
  const matrix = builtinMatrix(spec.matrix ?? 'lync-server-2013')
  if (!matrix) throw new Error(`no built-in matrix ${spec.matrix}`)
  return matrix
}

const uniqueNames = (min: number, max: number) =>
  fc.uniqueArray(hostileName, { minLength: min, maxLength: max })

// Around NOW: long expired, expiring within 30 days, far ahead.
const expiryDate = fc
  .oneof(
    fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
    fc.date({ min: new Date('2026-11-20'), max: new Date('2026-12-31'), noInvalidDate: true }),
  )
  .map((d) => d.toISOString().slice(0, 10))

/** A topology the schema and the matrix accept: names unique, references resolve, products exist. */
export function topologySpecOf(sizes: {
  servers: [number, number]
  clients: [number, number]
}): fc.Arbitrary<TopologySpec> {
  return fc
    .record({
      matrixChoice: fc.option(fc.constantFrom(...BUILTIN_MATRIX_IDS), { nil: undefined }),
      serverNames: uniqueNames(...sizes.servers),
      clientNames: uniqueNames(...sizes.clients),
    })
    .chain(({ matrixChoice, serverNames, clientNames }) => {
      const matrix = builtinMatrix(matrixChoice ?? 'lync-server-2013') as Matrix
      const productName = (p: { name: string; id: string; aliases?: string[] }) =>
        fc.constantFrom(p.name, p.id, ...(p.aliases ?? []))
      const serverProduct = fc.constantFrom(...matrix.data.servers).chain(productName)
      const clientProduct = fc.constantFrom(...matrix.data.clients).chain(productName)
      const workloadIds = matrix.data.workloads.map((w) => w.id)
      const servers = fc.tuple(
        ...serverNames.map((name) =>
          serverProduct.map((product): ServerSpec => ({ name, product })),
        ),
      )
      const clients = fc.tuple(
        ...clientNames.map((name) =>
          fc
            .record({
              product: clientProduct,
              servers: fc.option(fc.shuffledSubarray(serverNames, { minLength: 1 }), {
                nil: undefined,
              }),
              workloads: fc.option(fc.shuffledSubarray(workloadIds), { nil: undefined }),
            })
            .map(({ product, servers, workloads }): ClientSpec => ({
              name,
              product,
              ...(servers ? { servers } : {}),
              ...(workloads ? { workloads } : {}),
            })),
        ),
      )
      return fc.tuple(servers, clients).chain(([servers, clients]) => {
        const pairs = clients.flatMap((c) =>
          (c.servers ?? serverNames).map((s) => ({
            client: c.name,
            server: s,
            product: c.product,
          })),
        )
        const exceptions = fc
          .shuffledSubarray(pairs, { maxLength: Math.min(4, pairs.length) })
          .chain((chosen) =>
            fc.tuple(
              ...chosen.map((pair) =>
                fc
                  .record({
                    reason: hostileName,
                    expires: expiryDate,
                    owner: fc.option(hostileName, { nil: undefined }),
                    ticket: fc.option(hostileName, { nil: undefined }),
                  })
                  .map(({ reason, expires, owner, ticket }): ExceptionSpec => ({
                    ...pair,
                    reason,
                    expires,
                    ...(owner ? { owner } : {}),
                    ...(ticket ? { ticket } : {}),
                  })),
              ),
            ),
          )
        return fc.option(exceptions, { nil: undefined }).map((exceptions): TopologySpec => ({
          ...(matrixChoice ? { matrix: matrixChoice } : {}),
          servers,
          clients,
          ...(exceptions ? { exceptions } : {}),
        }))
      })
    })
}

export const topologySpec = topologySpecOf({ servers: [1, 4], clients: [1, 6] })
/** Enough pairs to go past GitHub's 10 annotations per level. */
export const crowdedTopologySpec = topologySpecOf({ servers: [3, 4], clients: [8, 12] })

export type Format = 'yml' | 'json'

/** The topology as its file would hold it. */
export function serialize(spec: TopologySpec, format: Format): string {
  return format === 'json' ? `${JSON.stringify(spec, null, 2)}\n` : dump(spec, { lineWidth: -1 })
}

export function bytesOf(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}
