import { listed } from './format.js'
import type { Matrix, Product } from './matrix.js'
import { normalizeName } from './suggest.js'
import { productOfBuild, readVersion } from './versions.js'

// Which server product a pool runs, from what a server inventory or `--server POOL=BUILD` gives:
// a build, read against the builds and updates the matrix lists with their sources (the catalogue,
// all-generations, lists them); the base build Get-CsServerVersion reports; or, for a product whose
// builds no source gives, the product's name. What no source gives stays unknown, with the reason.

export type BuildClass =
  | {
      kind: 'server'
      /** The server product's display name in the matrix. */
      product: string
      /** The four-part build, when the text was one (and more than a base build). */
      version?: string
      /** The name of the update the build is, when the matrix lists it. */
      update?: string
    }
  | { kind: 'unknown'; reason: string }

/** Longer than any build or product name; a longer text is neither, and is not read further. */
const MAX_TEXT_LENGTH = 200

/** Classifies a build (5.0.8308.857), a base build (5.0.8308) or a server product's name. */
export function classifyBuild(text: string, matrix: Matrix): BuildClass {
  const given = text.trim()
  if (given.length > MAX_TEXT_LENGTH)
    return unknown(
      `a text of ${given.length} characters is neither a build nor a server product's name`,
    )
  if (/^[\d.]+$/.test(given)) return classifyNumbers(given, matrix)
  const product = serverNamed(given, matrix)
  if (product) return { kind: 'server', product: product.name }
  return unknown(matrix.lookupProblem(given, 'server'))
}

function classifyNumbers(given: string, matrix: Matrix): BuildClass {
  const parts = given.split('.')
  if (parts.includes('') || (parts.length !== 3 && parts.length !== 4))
    return unknown(
      `"${given}" is not a build: give its four numbers (5.0.8308.857), the base build (5.0.8308) or the server product's name`,
    )
  if (parts.length === 3) {
    const product = matrix.serverProducts().find((p) => matrix.builds(p.id)?.line === given)
    if (product) return { kind: 'server', product: product.name }
    return unknown(`${given} is not the base build of any server the sources list${known(matrix)}`)
  }
  const owner = productOfBuild(given, matrix)
  if (!owner)
    return unknown(`${given} is not a build of any server the sources list${known(matrix)}`)
  // Get-CsServerVersion "returns only the base version number", and its output prints it as
  // "Skype for Business Server 2015 (6.0.9319.0)": a build ending in .0 may be a server at any
  // update, so it names the product and no build.
  if (parts[3] === '0') return { kind: 'server', product: owner.name }
  const reading = readVersion(given, owner, matrix)
  if (!reading.ok) return unknown(reading.message)
  const update = reading.version.update
  return {
    kind: 'server',
    product: owner.name,
    version: given,
    ...(update ? { update: update.name } : {}),
  }
}

/** The server product, of the matrix or its facts (or one the matrix supports with nothing), that `name` names. */
function serverNamed(name: string, matrix: Matrix): Product | undefined {
  const found = matrix.find(name)
  if (found?.kind === 'server') return found.product
  const folded = normalizeName(name)
  return matrix
    .serverProducts()
    .find((p) => [p.name, p.id, ...(p.aliases ?? [])].some((n) => normalizeName(n) === folded))
}

/**
 * " (they give 7.0.2046.x for Skype for Business Server 2019, …); no source gives the builds of
 * Office Communications Server 2007 R2: give the product's name instead".
 */
function known(matrix: Matrix): string {
  const products = matrix.serverProducts()
  const lines = products.flatMap((p) => {
    const line = matrix.builds(p.id)?.line
    return line === undefined ? [] : [`${line}.x for ${p.name}`]
  })
  const without = products.filter((p) => !matrix.builds(p.id)).map((p) => p.name)
  return [
    lines.length > 0 ? ` (they give ${listed(lines)})` : '',
    without.length > 0
      ? `; no source gives the builds of ${listed(without)}: give the product's name instead`
      : '',
  ].join('')
}

function unknown(reason: string): BuildClass {
  return { kind: 'unknown', reason }
}
