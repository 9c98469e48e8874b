import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILTIN_MATRIX_IDS, builtinMatrix } from '../src/core/builtin-matrices.js'
import { Matrix } from '../src/core/matrix.js'

// The data under matrices/ is validated here (on every test run) and again whenever coexist loads it.
const files = readdirSync('matrices').filter((f) => f.endsWith('.json'))

describe('matrices/', () => {
  it.each(files)('%s is valid against schema/matrix.schema.json and consistent', (file) => {
    const data = JSON.parse(readFileSync(`matrices/${file}`, 'utf8')) as { facts?: string }
    // A matrix that takes its product facts from another is checked with them, as coexist loads it.
    const outcome = Matrix.load(
      data,
      undefined,
      data.facts === undefined ? undefined : builtinMatrix(data.facts),
    )
    expect(outcome.ok ? [] : outcome.problems).toEqual([])
  })

  it('every file is built in under its own id, and nothing else is', () => {
    const ids = files.map((f) => JSON.parse(readFileSync(`matrices/${f}`, 'utf8')).id as string)
    expect(files.map((f) => f.replace(/\.json$/, ''))).toEqual(ids)
    expect([...BUILTIN_MATRIX_IDS].sort()).toEqual([...ids].sort())
    for (const id of ids) expect(builtinMatrix(id)?.id).toBe(id)
  })
})
