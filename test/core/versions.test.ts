// Update levels as data (issue 11): a server's `version:` read against the builds the catalogue
// lists, and the cells that need an update judged against it.
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix, Update } from '../../src/core/matrix.js'
import type { FileReport, Status } from '../../src/core/types.js'
import { includesUpdate, readVersion, type DeclaredVersion } from '../../src/core/versions.js'
import { check, lcm } from '../support/pipeline.js'

const catalogue = builtinMatrix('all-generations') as Matrix
const product = (id: string) =>
  catalogue.serverProducts().find((p) => p.id === id) as NonNullable<
    ReturnType<Matrix['serverProducts']>[number]
  >
const updates = (server: string): Update[] => catalogue.builds(server)?.updates ?? []
const update = (server: string, id: string) => updates(server).find((u) => u.id === id) as Update
const declared = (server: string, text: string): DeclaredVersion => {
  const reading = readVersion(text, product(server), catalogue)
  if (!reading.ok) throw new Error(reading.message)
  return reading.version
}

describe('readVersion', () => {
  it('reads a build of the product, and knows the update it is', () => {
    expect(declared('lync-server-2013', '5.0.8308.857')).toEqual({
      text: '5.0.8308.857',
      build: [5, 0, 8308, 857],
      update: update('lync-server-2013', 'dec-2014'),
    })
    expect(declared('lync-server-2013', '5.0.8308.900')).toEqual({
      text: '5.0.8308.900',
      build: [5, 0, 8308, 900],
    })
  })

  it('reads an update by its name, id or alias, case and spacing folded', () => {
    for (const text of ['December 2014 cumulative update', 'dec-2014', 'CU  december 2014'])
      expect(declared('lync-server-2013', text).update?.id, text).toBe('dec-2014')
  })

  it('refuses a build of another product, naming it: 5.0.x on a Lync Server 2010 pool', () => {
    expect(readVersion('5.0.8308.857', product('lync-server-2010'), catalogue)).toEqual({
      ok: false,
      message:
        'version 5.0.8308.857 is a build of Lync Server 2013, not of Lync Server 2010; a pool of Lync Server 2010 has a build 4.0.7577.x',
    })
    expect(readVersion('CU February 2015', product('lync-server-2013'), catalogue)).toEqual({
      ok: false,
      message:
        'version "CU February 2015" is an update of Lync Server 2010, not of Lync Server 2013',
    })
  })

  it('refuses half a build, and a name no source gives, listing the updates it knows', () => {
    expect(readVersion('5.0.8308', product('lync-server-2013'), catalogue)).toEqual({
      ok: false,
      message:
        'version "5.0.8308" is not a whole build; give four numbers (for example 5.0.8308.0) or the name of the cumulative update',
    })
    const unknown = readVersion('CU99', product('lync-server-2010'), catalogue)
    expect(unknown).toEqual({
      ok: false,
      message:
        'version "CU99" is neither a build nor an update of Lync Server 2010 that the sources name; its updates: November 2011 cumulative update, February 2012 cumulative update, October 2012 cumulative update, February 2015 cumulative update, Cumulative Update 18; or give the build (4.0.7577.x)',
    })
  })
})

describe('includesUpdate: builds only grow, and cumulative updates include every earlier one', () => {
  const L13 = 'lync-server-2013'
  const L10 = 'lync-server-2010'
  it('compares two builds', () => {
    expect(
      includesUpdate(declared(L13, '5.0.8308.857'), update(L13, 'dec-2014'), updates(L13)),
    ).toBe('yes')
    expect(
      includesUpdate(declared(L13, '5.0.8308.920'), update(L13, 'dec-2014'), updates(L13)),
    ).toBe('yes')
    expect(
      includesUpdate(declared(L13, '5.0.8308.856'), update(L13, 'dec-2014'), updates(L13)),
    ).toBe('no')
  })

  it('compares two release months', () => {
    expect(
      includesUpdate(
        declared(L10, 'October 2012 cumulative update'),
        update(L10, 'feb-2012'),
        updates(L10),
      ),
    ).toBe('yes')
    expect(
      includesUpdate(
        declared(L10, 'November 2011 cumulative update'),
        update(L10, 'feb-2012'),
        updates(L10),
      ),
    ).toBe('no')
  })

  it('bridges a build and a month through an update that has both', () => {
    // February 2015 (4.0.7577.710) came after February 2012: a build at or past it includes February 2012.
    expect(
      includesUpdate(declared(L10, '4.0.7577.710'), update(L10, 'feb-2012'), updates(L10)),
    ).toBe('yes')
    // February 2013 has no build; December 2014 (5.0.8308.857) came after it.
    expect(
      includesUpdate(declared(L13, '5.0.8308.857'), update(L13, 'feb-2013'), updates(L13)),
    ).toBe('yes')
  })

  it('says "unknown" where no source decides it, rather than guessing', () => {
    // No update of Lync Server 2010 before February 2012 has a build: 4.0.7577.100 could be either side.
    expect(
      includesUpdate(declared(L10, '4.0.7577.100'), update(L10, 'feb-2012'), updates(L10)),
    ).toBe('unknown')
    // CU10 (July 2018) has a month but no build; Cumulative Update 8 Hotfix 1 has neither.
    expect(includesUpdate(declared(L13, 'CU10'), update(L13, 'cu8-hf1'), updates(L13))).toBe(
      'unknown',
    )
  })
})

describe('cells that need an update (lync2013-skype-for-business-client-on-lync-server.md)', () => {
  const topology = (client: string, server: string, version?: string) =>
    [
      'matrix: all-generations',
      'servers:',
      '  - name: pool',
      `    product: ${server}`,
      ...(version ? [`    version: ${version}`] : []),
      'clients:',
      '  - name: desks',
      `    product: ${client}`,
      '',
    ].join('\n')
  const pair = (report: FileReport) => {
    expect(report.errors).toEqual([])
    const [result] = report.results
    return [result?.status, result?.severity, result?.missingUpdate?.id]
  }

  it('Skype for Business 2016 on Lync Server 2013 at the December 2014 update or later: supported, nothing to say', () => {
    const report = check(topology('Skype for Business 2016', 'Lync Server 2013', '5.0.8308.887'))
    expect(pair(report)).toEqual(['supported', 'none', undefined])
    expect(report.warnings).toEqual([])
  })

  it('below it: a finding (a notice: the client still signs in, in the Lync client experience) that names the update and its build', () => {
    const report = check(topology('Skype for Business 2015', 'Lync Server 2013', '5.0.8308.420'))
    expect(pair(report)).toEqual(['supported', 'notice', 'dec-2014'])
    expect(report.results[0]?.message).toContain(
      'It needs the December 2014 cumulative update (5.0.8308.857) or later, and the server declares version 5.0.8308.420: The update is "required to manage the configuration of the Skype for Business client"',
    )
  })

  it('with no version declared: a warning at the server that names the build needed, and the pair keeps its verdict', () => {
    const report = check(topology('Skype for Business 2016', 'Lync Server 2010'))
    expect(pair(report)).toEqual(['supported', 'none', undefined])
    expect(lcm(report.warnings)).toEqual([
      [
        4,
        14,
        'server "pool" (Lync Server 2010) declares no version, and Skype for Business 2016 on it needs the February 2015 cumulative update (4.0.7577.710) or later: The update is "required to manage the configuration of the Skype for Business client" (EnableSkypeUI). Without it the client still signs in, but "User asked to switch to Lync client experience (user cannot switch to Skype for Business later)": the pair stays supported, in the Lync client experience. The page adds that "The Lync 2013 client experience is not an option for Skype for Business 2016 client versions" and does not say what a 2016 client does on an unpatched server. Add `version:` with the pool\'s build (Get-CsServerPatchVersion) or update so that coexist can check it.',
      ],
    ])
    expect(report.warnings[0]?.topic).toBe('server-version')
  })

  it('the Lync Windows Store app below the February 2012 update of Lync Server 2010: not supported, an error', () => {
    expect(
      pair(
        check(
          topology('Lync Windows Store app', 'Lync Server 2010', 'November 2011 cumulative update'),
        ),
      ),
    ).toEqual(['not-supported', 'error', 'feb-2012'])
    expect(pair(check(topology('Lync Windows Store app', 'Lync Server 2010', 'CU18')))).toEqual([
      'supported',
      'none',
      undefined,
    ])
  })

  it('a version that cannot be compared: a warning at the version, saying so', () => {
    const report = check(topology('Lync Windows Store app', 'Lync Server 2010', '4.0.7577.100'))
    expect(pair(report)).toEqual(['supported', 'none', undefined])
    expect(
      lcm(report.warnings).map(([line, column, message]) => [line, column, message.split(':')[0]]),
    ).toEqual([
      [
        5,
        14,
        'coexist cannot tell whether 4.0.7577.100 on server "pool" (Lync Server 2010) includes the February 2012 cumulative update, which Lync Windows Store app needs',
      ],
    ])
  })

  it('a build of another product is an input error at the version, and nothing is evaluated', () => {
    const report = check(topology('Skype for Business 2016', 'Lync Server 2010', '5.0.8308.857'))
    expect(report.results).toEqual([])
    expect(lcm(report.errors)).toEqual([
      [
        5,
        14,
        'version 5.0.8308.857 is a build of Lync Server 2013, not of Lync Server 2010; a pool of Lync Server 2010 has a build 4.0.7577.x',
      ],
    ])
  })

  it('one warning per server, update and what its source says, however many populations need it', () => {
    // Two populations of Skype for Business 2016 and one of 2015: the 2015 note and the 2016 note differ, so two warnings.
    const text = `${topology('Skype for Business 2016', 'Lync Server 2013')}  - name: more\n    product: Skype for Business 2015\n  - name: others\n    product: Skype for Business 2016\n`
    const report = check(text)
    expect(report.warnings.map((w) => w.message.split(' or later')[0])).toEqual([
      'server "pool" (Lync Server 2013) declares no version, and Skype for Business 2015 on it needs the December 2014 cumulative update (5.0.8308.857)',
      'server "pool" (Lync Server 2013) declares no version, and Skype for Business 2016 on it needs the December 2014 cumulative update (5.0.8308.857)',
    ])
  })

  it('an unmet requirement follows fail-on like any status', () => {
    const failOn: Status[] = ['not-supported']
    expect(
      pair(check(topology('Lync 2013 Mobile', 'Lync Server 2013', '5.0.8308.857'), { failOn })),
    ).toEqual(['supported', 'none', undefined])
  })
})
