import { existsSync } from 'node:fs'
import path from 'node:path'
import { configDefaults, defineConfig } from 'vitest/config'

// The tests that compare the built-in matrices and the user-agent table with Microsoft's pages
// read them from ../shared/ (next to the checkout, as CI provides it). A clone from GitHub has no
// ../shared: there they are skipped, by name, so that `npm cit` still passes; .ci/run sets
// COEXIST_REQUIRE_SHARED and fails without them.
const SHARED = path.resolve(import.meta.dirname, '..', 'shared')
const NEEDS_SHARED = [
  'test/matrices/**/*.test.ts',
  'test/core/seed-fidelity.test.ts',
  'test/inventory/**/*.test.ts',
]
const sharedHere =
  existsSync(path.join(SHARED, 'sources')) && existsSync(path.join(SHARED, 'seeds'))
if (!sharedHere && process.env.COEXIST_REQUIRE_SHARED) {
  throw new Error(
    `${SHARED} is missing: the tests that compare the matrices with their sources need it (COEXIST_REQUIRE_SHARED is set)`,
  )
}
// Said once: vitest reads this file again for each project.
if (!sharedHere && !process.env.COEXIST_SHARED_SKIP_SAID) {
  process.env.COEXIST_SHARED_SKIP_SAID = '1'
  console.warn(
    `coexist: no ${SHARED}: skipping the tests that read Microsoft's pages from it (${NEEDS_SHARED.join(', ')}); .ci/run requires them`,
  )
}

/** Files that assert how long a bundled run takes: they run after the others, one at a time, so that no neighbour is timed with them. */
const TIMED = ['test/hostile/**/*.test.ts']

export default defineConfig({
  test: {
    // The end-to-end tests start real Node processes; two workers match the two cores we have.
    maxWorkers: 2,
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...TIMED, ...(sharedHere ? [] : NEEDS_SHARED)],
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: TIMED,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
})
