import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script without type declarations
import { generateValidators, OUTPUT } from '../../scripts/compile-schemas.mjs'

it('src/generated/validators.js is what schema/*.schema.json compile to (run node scripts/compile-schemas.mjs when this fails)', () => {
  expect(readFileSync(OUTPUT as string, 'utf8')).toBe((generateValidators as () => string)())
})
