// classifyBuild: a pool's build, base build or product name → its server product and update, read
// against the builds the catalogue lists with their sources; what no source gives stays unknown.
import { describe, expect, it } from 'vitest'
import { builtinMatrix } from '../../src/core/builtin-matrices.js'
import type { Matrix } from '../../src/core/matrix.js'
import { classifyBuild } from '../../src/core/server-builds.js'

const catalogue = builtinMatrix('all-generations') as Matrix
// Lists Lync Server 2013, Lync Server 2010 and OCS 2007 R2; the builds come from its facts.
const lync2013 = builtinMatrix('lync-server-2013') as Matrix

const reasonOf = (text: string, matrix = catalogue): string => {
  const found = classifyBuild(text, matrix)
  if (found.kind !== 'unknown') throw new Error(`${text} is ${JSON.stringify(found)}`)
  return found.reason
}

describe('classifyBuild: builds', () => {
  it('names the product of the build line, and the update an exact build is', () => {
    expect(classifyBuild('5.0.8308.857', catalogue)).toEqual({
      kind: 'server',
      product: 'Lync Server 2013',
      version: '5.0.8308.857',
      update: 'December 2014 cumulative update',
    })
    expect(classifyBuild('5.0.8308.900', catalogue)).toEqual({
      kind: 'server',
      product: 'Lync Server 2013',
      version: '5.0.8308.900',
    })
    expect(classifyBuild(' 4.0.7577.710\t', catalogue)).toMatchObject({
      product: 'Lync Server 2010',
      version: '4.0.7577.710',
      update: 'February 2015 cumulative update',
    })
  })

  it('knows every update build the matrix lists, of its own servers and of its facts', () => {
    for (const matrix of [catalogue, lync2013]) {
      let updates = 0
      for (const server of matrix.serverProducts())
        for (const update of matrix.builds(server.id)?.updates ?? []) {
          if (!update.build) continue
          updates++
          expect(classifyBuild(update.build, matrix), update.build).toEqual({
            kind: 'server',
            product: server.name,
            version: update.build,
            update: update.name,
          })
        }
      expect(updates).toBeGreaterThan(10)
    }
  })

  it('names the product and no build for a base build, as Get-CsServerVersion reports it', () => {
    expect(classifyBuild('5.0.8308', catalogue)).toEqual({
      kind: 'server',
      product: 'Lync Server 2013',
    })
    // Its output prints the base with a fourth number: "Skype for Business Server 2015 (6.0.9319.0)".
    expect(classifyBuild('6.0.9319.0', catalogue)).toEqual({
      kind: 'server',
      product: 'Skype for Business Server 2015',
    })
    expect(reasonOf('5.0.8309')).toMatch(
      /^5\.0\.8309 is not the base build of any server the sources list \(they give 7\.0\.2046\.x for Skype for Business Server 2019, /,
    )
  })
})

describe('classifyBuild: product names', () => {
  it('takes a server product by display name, id or alias, for pools no source gives builds of', () => {
    for (const text of [
      'Office Communications Server 2007 R2',
      'ocs-2007-r2',
      'OCS 2007 R2',
      'office  communications server 2007 r2',
    ])
      expect(classifyBuild(text, catalogue), text).toEqual({
        kind: 'server',
        product: 'Office Communications Server 2007 R2',
      })
  })

  it("takes a server of the matrix's facts, and one the matrix supports with nothing", () => {
    expect(classifyBuild('SfB Server 2019', lync2013)).toEqual({
      kind: 'server',
      product: 'Skype for Business Server 2019',
    })
    expect(classifyBuild('7.0.2046.385', lync2013)).toMatchObject({
      product: 'Skype for Business Server 2019',
      update: 'Cumulative Update 6',
    })
    expect(classifyBuild('Office Communications Server 2007', catalogue)).toEqual({
      kind: 'server',
      product: 'Office Communications Server 2007',
    })
  })

  it('refuses a client product and an unknown name, with the names it knows', () => {
    expect(reasonOf('Lync 2013')).toBe(
      '"Lync 2013" is a client product, not a server; servers of matrix all-generations: Skype for Business Server 2019, Skype for Business Server 2015, Lync Server 2013, Lync Server 2010, Office Communications Server 2007 R2',
    )
    expect(reasonOf('Lync Servr 2013')).toBe(
      'unknown server product "Lync Servr 2013" in matrix all-generations; did you mean "Lync Server 2013"?',
    )
  })
})

describe('classifyBuild: unknown, with what no source gives', () => {
  it('refuses a build of no listed line, saying which products have no builds', () => {
    expect(reasonOf('17.0.2046.123')).toBe(
      "17.0.2046.123 is not a build of any server the sources list (they give 7.0.2046.x for Skype for Business Server 2019, 6.0.9319.x for Skype for Business Server 2015, 5.0.8308.x for Lync Server 2013 and 4.0.7577.x for Lync Server 2010); no source gives the builds of Office Communications Server 2007 R2: give the product's name instead",
    )
    expect(reasonOf('3.5.6907.0', lync2013)).toMatch(
      /no source gives the builds of Office Communications Server 2007 R2: give the product's name instead$/,
    )
  })

  it('refuses what is no build', () => {
    for (const text of ['1.2', '5.0.8308.857.1', '5..8308', '.'])
      expect(reasonOf(text), text).toBe(
        `"${text}" is not a build: give its four numbers (5.0.8308.857), the base build (5.0.8308) or the server product's name`,
      )
    expect(reasonOf('5.0.8308.1234567')).toMatch(/is not a whole build/)
    expect(reasonOf('')).toMatch(/^unknown server product "" in matrix all-generations/)
  })

  it('reads no further than a build or a name can be long', () => {
    expect(reasonOf('5'.repeat(65_536))).toBe(
      "a text of 65536 characters is neither a build nor a server product's name",
    )
    expect(reasonOf(`Lync Server 2013 ${'x'.repeat(183)}`)).toMatch(/^unknown server product/)
  })
})
