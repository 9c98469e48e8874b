import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import { PROBLEMS_LISTED_PER_FILE } from '../../src/core/limits.js'
import { Matrix, type MatrixData } from '../../src/core/matrix.js'
import { fixtureText } from '../support/fixtures.js'

/** A fresh copy of the tiny test matrix, to change one thing at a time. */
const tiny = (): MatrixData => JSON.parse(fixtureText('core', 'matrix-tiny.json')) as MatrixData

function loaded(data: unknown): Matrix {
  const outcome = Matrix.load(data)
  if (!outcome.ok) throw new Error(outcome.problems.join('; '))
  return outcome.matrix
}

function problems(data: unknown): string[] {
  const outcome = Matrix.load(data)
  if (outcome.ok) throw new Error('expected the matrix to be rejected')
  return outcome.problems
}

describe('Matrix.load accepts', () => {
  it('the tiny test matrix', () => {
    const matrix = loaded(tiny())
    expect(matrix.id).toBe('tiny')
  })

  it('the built-in matrix file', () => {
    expect(Matrix.load(builtinMatrix('lync-server-2013')?.data).ok).toBe(true)
  })
})

describe('Matrix.load rejects', () => {
  it('a missing cell, naming the pair', () => {
    const data = tiny()
    data.cells = data.cells.filter((c) => !(c.client === 'cli-b' && c.server === 'srv-new'))
    expect(problems(data)).toEqual(['no cell for cli-b on srv-new; every pair needs one'])
  })

  it('a cell declared twice', () => {
    const data = tiny()
    data.cells.push({ ...(data.cells[0] as MatrixData['cells'][number]), status: 'not-supported' })
    expect(problems(data)).toEqual(['the cell cli-a on srv-new is declared twice'])
  })

  it('a cell citing an undeclared footnote', () => {
    const data = tiny()
    data.cells[0] = { ...(data.cells[0] as MatrixData['cells'][number]), footnotes: ['9'] }
    expect(problems(data)).toEqual([
      'the cell cli-a on srv-new cites footnote "9", which the matrix does not declare',
    ])
  })

  it('a workload verdict citing an undeclared footnote', () => {
    const data = tiny()
    const cell = data.cells[1] as MatrixData['cells'][number]
    ;(cell.workloads as Record<string, { footnotes?: string[] }>).video!.footnotes = ['3']
    expect(problems(data)).toEqual([
      'the cell cli-a on srv-old for video cites footnote "3", which the matrix does not declare',
    ])
  })

  it('a name that means two products (an alias of one is the name of another)', () => {
    const data = tiny()
    data.clients[1] = { id: 'cli-b', name: 'Client B', aliases: ['client  a'] }
    expect(problems(data)).toEqual(['the name "client  a" of cli-b already names cli-a'])
  })

  it('a name that means a server and a client', () => {
    const data = tiny()
    data.clients[1] = { id: 'cli-b', name: 'Client B', aliases: ['SERVER OLD'] }
    expect(problems(data)).toEqual(['the name "SERVER OLD" of cli-b already names srv-old'])
  })

  it('an id declared twice', () => {
    const data = tiny()
    data.clients[1] = { id: 'cli-a', name: 'Client B' }
    expect(problems(data)).toEqual([
      'client id "cli-a" is declared twice',
      'the cell cli-a on srv-old for video names replacement "cli-b", which is not a client',
      'the cell cli-b on srv-new names an unknown client',
      'the cell cli-b on srv-old names an unknown client',
    ])
  })

  it('a replacement that is not a client', () => {
    const data = tiny()
    data.cells[3] = { ...(data.cells[3] as MatrixData['cells'][number]), replacement: 'srv-new' }
    expect(problems(data)).toEqual([
      'the cell cli-b on srv-old names replacement "srv-new", which is not a client',
    ])
  })

  it('a cell citing an undeclared source', () => {
    const data = tiny()
    data.cells[0] = {
      ...(data.cells[0] as MatrixData['cells'][number]),
      source: { ref: 'elsewhere' },
    }
    expect(problems(data)).toEqual([
      'the cell cli-a on srv-new cites source "elsewhere", which the matrix does not declare',
    ])
  })

  it('a refinement of an undeclared workload', () => {
    const data = tiny()
    data.cells[0] = {
      ...(data.cells[0] as MatrixData['cells'][number]),
      workloads: { fax: { status: 'not-supported', source: { ref: 'src' } } },
    }
    expect(problems(data)).toEqual(['the cell cli-a on srv-new refines unknown workload "fax"'])
  })

  it('a cell naming an unknown client or server (and the pair it leaves without a cell)', () => {
    const data = tiny()
    data.cells[0] = { ...(data.cells[0] as MatrixData['cells'][number]), client: 'cli-z' }
    expect(problems(data)).toEqual([
      'the cell cli-z on srv-new names an unknown client',
      'no cell for cli-a on srv-new; every pair needs one',
    ])
  })

  it('a schema violation: a cell without a status', () => {
    const data = tiny() as unknown as { cells: Record<string, unknown>[] }
    delete data.cells[2]?.status
    expect(problems(data)).toEqual(["/cells/2 must have required property 'status'"])
  })

  it('a schema violation: a status that is not one of the four', () => {
    const data = tiny() as unknown as { cells: Record<string, unknown>[] }
    ;(data.cells[0] as Record<string, unknown>).status = 'works'
    expect(problems(data)).toEqual(['/cells/0/status must be equal to one of the allowed values'])
  })

  it('a schema violation: an unknown property in a cell', () => {
    const data = tiny() as unknown as { cells: Record<string, unknown>[] }
    ;(data.cells[0] as Record<string, unknown>).colour = 'green'
    expect(problems(data)).toEqual(['/cells/0 must NOT have unevaluated properties'])
  })

  it('a schema violation: an id that is not lower-case', () => {
    const data = tiny()
    data.id = 'Tiny'
    expect(problems(data)).toEqual(['/id must match pattern "^[a-z0-9][a-z0-9.-]*$"'])
  })

  it('a schema violation: not an object at all', () => {
    expect(problems(null)).toEqual(['/ must be object'])
  })

  it('a footnote id declared twice (one text would silently replace the other)', () => {
    const data = tiny()
    data.footnotes.push({ id: '1', text: 'Another first footnote.' })
    expect(problems(data).length).toBeGreaterThan(0)
  })
})

describe('Matrix.load checks the product facts (issue 11)', () => {
  /** The tiny matrix with capabilities, a build line and a rule, as the catalogue states them. */
  const facts = (): MatrixData => {
    const data = tiny()
    const [clientA] = data.clients as [MatrixData['clients'][number]]
    clientA.offers = {
      im: { level: 'yes', source: { ref: 'src' } },
      video: { level: 'yes', source: { ref: 'src' } },
      voice: { level: 'no', source: { ref: 'src' } },
    }
    const [, serverOld] = data.servers as [
      MatrixData['servers'][number],
      MatrixData['servers'][number],
    ]
    serverOld.builds = {
      line: '1.0.0',
      source: { ref: 'src' },
      updates: [{ id: 'cu1', name: 'CU1', build: '1.0.0.10', source: { ref: 'src' } }],
    }
    return data
  }

  it('a refinement of a workload the client does not offer: it could never apply', () => {
    expect(problems(facts())).toEqual([
      'the cell cli-a on srv-old refines workload "voice", which cli-a does not offer',
    ])
  })

  it('a capability of an unknown workload, citing an undeclared source', () => {
    const data = facts()
    delete data.cells[1]?.workloads?.voice
    ;(data.clients[0] as MatrixData['clients'][number]).offers = {
      fax: { level: 'yes', source: { ref: 'nowhere' } },
    }
    expect(problems(data)).toEqual([
      'client cli-a offers unknown workload "fax"',
      'the capability of cli-a for fax cites source "nowhere", which the matrix does not declare',
    ])
  })

  it('a requirement of an update the server does not list', () => {
    const data = facts()
    delete data.cells[1]?.workloads?.voice
    ;(data.cells[1] as MatrixData['cells'][number]).requires = {
      update: 'cu9',
      unmet: 'not-supported',
      note: 'Needs CU9.',
      source: { ref: 'src' },
    }
    expect(problems(data)).toEqual([
      'the cell cli-a on srv-old requires update "cu9", which server srv-old does not list',
    ])
  })

  it('a server rule naming a product it does not know, and an unsupported product that is also a client', () => {
    const data = facts()
    delete data.cells[1]?.workloads?.voice
    data.serverRules = [
      {
        id: 'r',
        kind: 'together',
        servers: ['srv-old', 'srv-gone'],
        status: 'not-supported',
        source: { ref: 'src' },
      },
    ]
    data.unsupportedProducts = [
      {
        id: 'cli-b',
        kind: 'client',
        name: 'Client Bee',
        statement: 'Gone.',
        source: { ref: 'src' },
      },
    ]
    expect(problems(data)).toEqual([
      'unsupported product "cli-b" is also a client of the matrix',
      'server rule r names "srv-gone", which is no server product the matrix knows',
    ])
  })

  it('takes offers, builds, server rules and unsupported products from its facts matrix where it states none', () => {
    const seed = builtinMatrix('lync-server-2013') as Matrix
    expect(seed.offers('lync-web-app-2013', 'im')?.level).toBe('no')
    expect(seed.builds('lync-server-2013')?.line).toBe('5.0.8308')
    expect(seed.serverRules.map((r) => r.id)).toContain('lync-server-2013-with-both')
    expect(seed.find('OCS 2007')?.unsupported?.name).toBe('Office Communications Server 2007')
    // Its own products keep their names: "Office Communications Server 2007 R2" is not the unsupported 2007.
    expect(seed.find('Office Communications Server 2007 R2')?.unsupported).toBeUndefined()
  })
})

describe('Matrix.load on a grid far larger than its cells', () => {
  // Issue 10: a 55 KB file of 1,000 clients and 1,000 servers with one cell gave 999,999 problems.
  const wide = (size: number): MatrixData => {
    const data = tiny()
    data.clients = Array.from({ length: size }, (_, i) => ({ id: `c${i}`, name: `Client ${i}` }))
    data.servers = Array.from({ length: size }, (_, i) => ({ id: `s${i}`, name: `Server ${i}` }))
    data.cells = [{ client: 'c0', server: 's0', status: 'supported', source: { ref: 'src' } }]
    return data
  }

  it('lists the first problems and counts the others', () => {
    const outcome = Matrix.load(wide(1_000))
    expect(outcome.ok).toBe(false)
    if (outcome.ok) return
    expect(outcome.problems).toHaveLength(PROBLEMS_LISTED_PER_FILE)
    expect(outcome.problems[0]).toBe('no cell for c0 on s1; every pair needs one')
    expect(outcome.problems.length + outcome.unlisted).toBe(1_000 * 1_000 - 1)
  })

  it('does not look at every missing pair to count them', () => {
    // 9,000,000 pairs, 8,999,999 of them missing: counted per client, listed only up to the limit.
    const outcome = Matrix.load(wide(3_000))
    expect(outcome.ok ? 0 : outcome.problems.length + outcome.unlisted).toBe(3_000 * 3_000 - 1)
  })
})

describe('Matrix lookups', () => {
  const matrix = loaded(tiny())

  it('finds a product by display name, id or alias, with its kind', () => {
    expect(matrix.find('Client A')).toEqual({
      kind: 'client',
      product: { id: 'cli-a', name: 'Client A', aliases: ['A Client', 'Klient A'] },
    })
    expect(matrix.find('cli-a')?.product.id).toBe('cli-a')
    expect(matrix.find('Klient A')?.product.id).toBe('cli-a')
    expect(matrix.find('New Server')).toEqual({
      kind: 'server',
      product: { id: 'srv-new', name: 'Server New', aliases: ['New Server'] },
    })
  })

  it('folds case and whitespace', () => {
    expect(matrix.find('  server\tOLD ')?.product.id).toBe('srv-old')
    expect(matrix.find('CLI-B')?.product.id).toBe('cli-b')
  })

  it('finds nothing for an unknown name', () => {
    expect(matrix.find('Client C')).toBeUndefined()
    expect(matrix.find('')).toBeUndefined()
  })

  it('suggests by every name of a kind, shown as the display name, and lists the display names in table order', () => {
    // "Klient A" is an alias of Client A: a slip on it suggests the product by its display name.
    // A slip within one product's name only: "Client B" differs in a word of its own, so it is no slip of "Klient AA".
    expect(matrix.lookupProblem('Klient AA', 'client')).toBe(
      'unknown client product "Klient AA" in matrix tiny; did you mean "Client A"?',
    )
    expect(matrix.lookupProblem('zzzzzzzz', 'server')).toBe(
      'unknown server product "zzzzzzzz" in matrix tiny; servers of matrix tiny: Server New, Server Old',
    )
    expect(matrix.displayNames('client')).toEqual(['Client A', 'Client B'])
    expect(matrix.displayNames('server')).toEqual(['Server New', 'Server Old'])
  })

  it('returns cells by ids and throws for a pair it does not have', () => {
    expect(matrix.cell('cli-b', 'srv-old')).toMatchObject({
      status: 'not-supported',
      replacement: 'cli-a',
      advice: 'Move to Client A.',
    })
    expect(() => matrix.cell('cli-a', 'nowhere')).toThrow(
      'matrix tiny has no cell for cli-a on nowhere',
    )
  })

  it('returns footnotes by id and throws for an unknown one', () => {
    expect(matrix.footnote('n2')).toEqual({ id: 'n2', text: 'Second footnote.' })
    expect(() => matrix.footnote('7')).toThrow('matrix tiny has no footnote 7')
  })

  it('names workloads', () => {
    expect(matrix.workloadIds).toEqual(['im', 'video', 'voice'])
    expect(matrix.workloadName('video')).toBe('video calls')
    expect(matrix.workloadName('fax')).toBeUndefined()
  })

  it('names products by id, falling back to the id', () => {
    expect(matrix.productName('client', 'cli-b')).toBe('Client B')
    expect(matrix.productName('server', 'srv-old')).toBe('Server Old')
    expect(matrix.productName('client', 'srv-old')).toBe('srv-old')
  })
})

describe('lookups in the built-in matrix', () => {
  const matrix = builtinMatrix('lync-server-2013') as Matrix

  it.each([
    ['  office   COMMUNICATIONS server 2007 r2 attendant ', 'client', 'ocs-2007-r2-attendant'],
    ['Microsoft Office Communications Server 2007 R2 Attendant', 'client', 'ocs-2007-r2-attendant'],
    ['OCS 2007 R2 Attendant', 'client', 'ocs-2007-r2-attendant'],
    ['ocs 2007 r2', 'server', 'ocs-2007-r2'],
    ['Microsoft Lync Server 2013', 'server', 'lync-server-2013'],
    ['lync-server-2010', 'server', 'lync-server-2010'],
    ['OC 2007', 'client', 'office-communicator-2007'],
    ['oc 2007 r2', 'client', 'office-communicator-2007-r2'],
    ['live meeting 2007', 'client', 'office-live-meeting-2007'],
    ['LYNC WEB APP 2013', 'client', 'lync-web-app-2013'],
  ])('%j is the %s %s', (name, kind, id) => {
    expect(matrix.find(name)).toMatchObject({ kind, product: { id } })
  })

  it('does not confuse the OCS server with the OCS attendant client', () => {
    expect(matrix.find('Office Communications Server 2007 R2')?.kind).toBe('server')
    expect(matrix.find('Office Communications Server 2007 R2 Attendant')?.kind).toBe('client')
  })
})
