// The bundled examples are documentation: each must do what the README says it does.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkTopology } from '../src/core/check.js'
import { matrixResolver } from '../src/io/matrix-files.js'
import { REPO_ROOT } from './support/runtimes.js'

const policy = {
  failOn: new Set(['not-supported'] as const),
  now: new Date('2026-11-27T00:00:00Z'),
  expiryWarningDays: 30,
}

describe('examples/', () => {
  const check = (name: string, matrices = matrixResolver(REPO_ROOT)) =>
    checkTopology(`examples/${name}`, readFileSync(path.join(REPO_ROOT, 'examples', name)), {
      policy,
      matrices,
    })

  it('coexist.yml is a valid two-generation migration with at least one result of each status of the seed, and exactly one failing pair', () => {
    const report = check('coexist.yml')
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
    // Lync Server 2013 with Lync Server 2010 is a supported coexistence: no finding about the servers.
    expect(report.estate).toEqual([])
    expect(new Set(report.results.map((r) => r.status))).toEqual(
      new Set(['supported', 'interoperable', 'not-supported', 'not-applicable']),
    )
    expect(
      report.results.filter((r) => r.severity === 'error').map((r) => `${r.client} on ${r.server}`),
    ).toEqual(['field-engineers on ams-pool01'])
    expect(new Set(report.topology?.servers.map((s) => s.product))).toEqual(
      new Set(['Lync Server 2013', 'Lync Server 2010']),
    )
  })

  it('three-versions.yml fails on the servers: Lync Server 2013 with both Lync Server 2010 and OCS 2007 R2, at the last of the three', () => {
    const report = check('three-versions.yml')
    expect(report.errors).toEqual([])
    expect(report.estate?.map((f) => [f.kind, f.status, f.severity, f.line])).toEqual([
      ['server-rule', 'not-supported', 'error', 13],
    ])
    expect(report.estate?.[0]?.message).toContain(
      '(concurrent deployment of all three versions) is not supported.',
    )
  })

  it('lync-2013-to-sfb-2019.yml: the documented migration on the catalogue of every generation passes, with its versions checked', () => {
    const report = check('lync-2013-to-sfb-2019.yml')
    expect(report.errors).toEqual([])
    expect(report.warnings).toEqual([])
    expect(report.estate).toEqual([])
    expect(report.matrix).toBe('all-generations')
    expect(
      report.results.filter((r) => r.severity === 'error' || r.severity === 'warning'),
    ).toEqual([])
    expect(new Set(report.topology?.servers.map((s) => s.product))).toEqual(
      new Set(['Lync Server 2013', 'Skype for Business Server 2019']),
    )
    // Without its version, the Lync Server 2013 pool cannot be checked for the December 2014 update the Skype for Business 2016 desktops need.
    const text = readFileSync(
      path.join(REPO_ROOT, 'examples', 'lync-2013-to-sfb-2019.yml'),
      'utf8',
    ).replace(/^ {4}version: 5\.0\.8308\.857.*\n/m, '')
    const unversioned = checkTopology(
      'examples/lync-2013-to-sfb-2019.yml',
      new TextEncoder().encode(text),
      { policy },
    )
    expect(unversioned.warnings.map((w) => w.message.split(':')[0])).toEqual([
      'server "lync-pool" (Lync Server 2013) declares no version, and Skype for Business 2016 on it needs the December 2014 cumulative update (5.0.8308.857) or later',
    ])
  })

  it('house-rules.matrix.yml extends lync-server-2013 and retires Office Communicator 2007 on Lync Server 2010, citing its own source', () => {
    const topology =
      'matrix: examples/house-rules.matrix.yml\nservers:\n  - name: lon\n    product: Lync Server 2010\nclients:\n  - name: old-desks\n    product: Office Communicator 2007\n  - name: desks\n    product: Lync 2013\n'
    const report = checkTopology('estate.yml', new TextEncoder().encode(topology), {
      policy,
      matrices: matrixResolver(REPO_ROOT),
    })
    expect(report.errors).toEqual([])
    expect(report.matrix).toBe('contoso-house-rules')
    const [retired, kept] = report.results
    expect(retired?.status).toBe('not-supported')
    expect(retired?.replacement).toBe('Lync 2010')
    expect(retired?.source).toEqual({
      matrix: 'contoso-house-rules',
      matrixFile: 'examples/house-rules.matrix.yml',
      title: 'Contoso security standard SEC-42, unified communications clients',
      table: 'Retired clients',
      url: 'https://intranet.contoso.example/standards/sec-42',
      note: 'Overrides Microsoft\'s "Supported" for this pair.',
    })
    // Everything the overlay does not touch is Microsoft's table.
    expect(kept?.status).toBe('supported')
    expect(kept?.source.title).toBe(
      'Supported clients from previous deployments in Lync Server 2013',
    )
  })
})
