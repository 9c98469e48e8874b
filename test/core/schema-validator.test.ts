import { describe, expect, it } from 'vitest'
import { matrixSchemaErrors, topologySchemaErrors } from '../../src/core/schema-validator.js'

const valid = {
  servers: [{ name: 's1', product: 'Lync Server 2013' }],
  clients: [{ name: 'c1', product: 'Lync 2013' }],
}

describe('precompiled schema validators', () => {
  it('return no errors for a valid topology', () => {
    expect(topologySchemaErrors(valid)).toEqual([])
  })

  it('return every error at once (allErrors), with instance paths', () => {
    const errors = topologySchemaErrors({
      servers: [{ name: 1, product: 'x' }],
      clients: [],
      extra: true,
    })
    expect(errors.map((e) => [e.keyword, e.instancePath]).sort()).toEqual([
      ['additionalProperties', ''],
      ['minItems', '/clients'],
      ['type', '/servers/0/name'],
    ])
  })

  it('return fresh arrays: one call does not change the errors of the previous', () => {
    const first = topologySchemaErrors({ clients: valid.clients })
    const second = topologySchemaErrors({ ...valid, servers: [{ name: 1, product: 'p' }] })
    expect(first.map((e) => e.keyword)).toEqual(['required'])
    expect(second.map((e) => e.keyword)).toEqual(['type'])
  })

  // schema-errors.ts words its messages from `error.data` (the offending value: "must be a string,
  // not number 42") and `error.parentSchema` (the allowed keys for "unknown key ... did you mean").
  // Ajv fills these in only with `verbose: true`, which scripts/generate.mjs sets.
  it('give errors the offending value and the parent schema that schema-errors.ts reads', () => {
    const [typeError] = topologySchemaErrors({
      ...valid,
      servers: [{ name: 42, product: 'Lync Server 2013' }],
    })
    expect(typeError?.keyword).toBe('type')
    expect(typeError?.data).toBe(42)
    const [unknownKey] = topologySchemaErrors({
      ...valid,
      clients: [{ name: 'c1', product: 'Lync 2013', prodcut: 'x' }],
    })
    expect(unknownKey?.keyword).toBe('additionalProperties')
    expect(
      Object.keys(
        (unknownKey?.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      ),
    ).toEqual(['name', 'product', 'servers', 'workloads', 'users'])
  })

  it('validate matrices too', () => {
    expect(matrixSchemaErrors({ id: 'x' }).map((e) => e.keyword)).toContain('required')
  })
})
