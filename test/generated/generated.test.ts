import { readFileSync } from 'node:fs'
import { expect, it } from 'vitest'
// @ts-expect-error: a plain .mjs build script without type declarations
import { GENERATED } from '../../scripts/generate.mjs'

it.each(
  (GENERATED as { file: string; generate: () => string }[]).map(
    (g) => [g.file, g.generate] as const,
  ),
)(
  '%s is what its sources generate (run node scripts/generate.mjs when this fails)',
  (file, generate) => {
    expect(readFileSync(file, 'utf8')).toBe(generate())
  },
)
