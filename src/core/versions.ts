import type { Matrix, Product, ServerProduct, Update } from './matrix.js'
import { normalizeName } from './suggest.js'

// A server's `version:` (a build or the name of a cumulative update) read against the builds the
// matrix lists, and whether it includes an update a cell or rule requires. Builds of one product
// line only grow, and cumulative updates include every earlier one: the comparisons below rest on
// those two facts and on nothing else, and say "unknown" where they do not decide.

/** A server's declared version as the matrix knows it: a build, an update, or both. */
export interface DeclaredVersion {
  /** As the topology writes it. */
  text: string
  build?: readonly number[]
  update?: Update
}

export type VersionReading = { ok: true; version: DeclaredVersion } | { ok: false; message: string }

const BUILD = /^\d{1,6}(?:\.\d{1,6}){3}$/

/** Reads `text` as a build or an update of server `product`; a build or update of another product is an error. */
export function readVersion(text: string, product: Product, matrix: Matrix): VersionReading {
  const builds = matrix.builds(product.id)
  if (BUILD.test(text)) {
    if (builds && text.startsWith(`${builds.line}.`)) {
      const update = builds.updates.find((u) => u.build === text)
      return { ok: true, version: { text, build: parseBuild(text), ...(update ? { update } : {}) } }
    }
    const owner = productOfBuild(text, matrix)
    if (owner)
      return {
        ok: false,
        message: `version ${text} is a build of ${owner.name}, not of ${product.name}; a pool of ${product.name} has a build ${builds ? `${builds.line}.x` : 'no source lists'}`,
      }
    if (builds)
      return {
        ok: false,
        message: `version ${text} is not a build of ${product.name}: its builds are ${builds.line}.x`,
      }
    // No source lists builds of this product, so none can be checked, and none is needed.
    return { ok: true, version: { text, build: parseBuild(text) } }
  }
  if (/^[\d.]+$/.test(text))
    return {
      ok: false,
      message: `version "${text}" is not a whole build; give four numbers (for example ${builds ? `${builds.line}.0` : '5.0.8308.857'}) or the name of the cumulative update`,
    }
  const wanted = normalizeName(text)
  const named = (u: Update) =>
    [u.id, u.name, ...(u.aliases ?? [])].some((n) => normalizeName(n) === wanted)
  const update = builds?.updates.find(named)
  if (update)
    return {
      ok: true,
      version: { text, ...(update.build ? { build: parseBuild(update.build) } : {}), update },
    }
  const owner = matrix
    .serverProducts()
    .find((p) => p.id !== product.id && matrix.builds(p.id)?.updates.some(named))
  if (owner)
    return {
      ok: false,
      message: `version "${text}" is an update of ${owner.name}, not of ${product.name}`,
    }
  const known = builds?.updates.map((u) => u.name) ?? []
  return {
    ok: false,
    message: `version "${text}" is neither a build nor an update of ${product.name} that the sources name; ${known.length > 0 ? `its updates: ${known.join(', ')}; or give the build (${builds?.line}.x)` : 'give its build'}`,
  }
}

/** The server product, of the matrix or its facts, whose build line `build` is on. */
export function productOfBuild(build: string, matrix: Matrix): ServerProduct | undefined {
  return matrix.serverProducts().find((p) => {
    const line = matrix.builds(p.id)?.line
    return line !== undefined && build.startsWith(`${line}.`)
  })
}

/**
 * Whether `declared` includes update `required` of the same product: `unknown` when no source gives
 * what would decide it (an update with no build, and no update between them with both a build and
 * a release month).
 */
export function includesUpdate(
  declared: DeclaredVersion,
  required: Update,
  updates: readonly Update[],
): 'yes' | 'no' | 'unknown' {
  if (declared.update?.id === required.id) return 'yes'
  const ownBuild = declared.build
  const ownMonth = declared.update?.released
  if (ownBuild && required.build)
    return compareBuilds(ownBuild, parseBuild(required.build)) >= 0 ? 'yes' : 'no'
  if (ownMonth && required.released && ownMonth !== required.released)
    return ownMonth > required.released ? 'yes' : 'no'
  // An update with both a build and a month bridges a build and a month.
  for (const bridge of updates) {
    if (!bridge.build || !bridge.released) continue
    const bridgeBuild = parseBuild(bridge.build)
    if (ownBuild && required.released) {
      if (bridge.released > required.released && compareBuilds(ownBuild, bridgeBuild) >= 0)
        return 'yes'
      if (bridge.released < required.released && compareBuilds(ownBuild, bridgeBuild) < 0)
        return 'no'
    }
    if (ownMonth && required.build) {
      if (ownMonth > bridge.released && compareBuilds(bridgeBuild, parseBuild(required.build)) >= 0)
        return 'yes'
      if (ownMonth < bridge.released && compareBuilds(bridgeBuild, parseBuild(required.build)) <= 0)
        return 'no'
    }
  }
  return 'unknown'
}

/** How an update is written in a message: its name and, when a source gives it, its build. */
export function describeUpdate(update: Update): string {
  return update.build ? `the ${update.name} (${update.build})` : `the ${update.name}`
}

function parseBuild(text: string): number[] {
  return text.split('.').map(Number)
}

function compareBuilds(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0)
    if (difference !== 0) return difference
  }
  return 0
}
