// The bundled examples are documentation: each must do what the README says it does.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkTopology } from '../src/core/check.js'
import { matrixResolver } from '../src/io/matrix-files.js'
import { REPO_ROOT } from './support/runtimes.js'

const policy = { failOn: new Set(['not-supported'] as const), now: new Date('2026-11-27T00:00:00Z'), expiryWarningDays: 30 }

describe('examples/', () => {
  it('coexist.yml has at least one result of each status, and exactly one failing pair', () => {
    const report = checkTopology('examples/coexist.yml', readFileSync(path.join(REPO_ROOT, 'examples', 'coexist.yml')), { policy })
    expect(report.errors).toEqual([])
    expect(new Set(report.results.map((r) => r.status))).toEqual(new Set(['supported', 'interoperable', 'not-supported', 'not-applicable']))
    expect(report.results.filter((r) => r.severity === 'error').map((r) => `${r.client} on ${r.server}`)).toEqual(['field-engineers on ams-pool01'])
    expect(new Set(report.topology?.servers.map((s) => s.product))).toEqual(new Set(['Lync Server 2013', 'Lync Server 2010', 'Office Communications Server 2007 R2']))
  })

  it('house-rules.matrix.yml extends lync-server-2013 and retires Office Communicator 2007 on Lync Server 2010, citing its own source', () => {
    const topology = 'matrix: examples/house-rules.matrix.yml\nservers:\n  - name: lon\n    product: Lync Server 2010\nclients:\n  - name: old-desks\n    product: Office Communicator 2007\n  - name: desks\n    product: Lync 2013\n'
    const report = checkTopology('estate.yml', new TextEncoder().encode(topology), { policy, matrices: matrixResolver(REPO_ROOT) })
    expect(report.errors).toEqual([])
    expect(report.matrix).toBe('contoso-house-rules')
    const [retired, kept] = report.results
    expect(retired?.status).toBe('not-supported')
    expect(retired?.replacement).toBe('Lync 2010')
    expect(retired?.source).toEqual({ matrix: 'contoso-house-rules', matrixFile: 'examples/house-rules.matrix.yml', title: 'Contoso security standard SEC-42, unified communications clients', table: 'Retired clients', url: 'https://intranet.contoso.example/standards/sec-42', note: 'Overrides Microsoft\'s "Supported" for this pair.' })
    // Everything the overlay does not touch is Microsoft's table.
    expect(kept?.status).toBe('supported')
    expect(kept?.source.title).toBe('Supported clients from previous deployments in Lync Server 2013')
  })
})
