import { describe, expect, it } from 'vitest'
import topologySchema from '../../schema/topology.schema.json' with { type: 'json' }
import { lazyValidator } from '../../src/core/schema-validator.js'

describe('lazyValidator', () => {
  const schema = {
    type: 'object',
    additionalProperties: false,
    required: ['name'],
    properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } },
  }

  it('returns no errors for a valid value', () => {
    expect(lazyValidator(schema)({ name: 'x', tags: ['a'] })).toEqual([])
  })

  it('returns every error at once (allErrors), with instance paths', () => {
    const errors = lazyValidator(schema)({ tags: [1, 'b', 2], extra: true })
    expect(errors.map((e) => [e.keyword, e.instancePath]).sort()).toEqual([
      ['additionalProperties', ''],
      ['required', ''],
      ['type', '/tags/0'],
      ['type', '/tags/2'],
    ])
  })

  it('returns fresh arrays: one call does not change the errors of the previous', () => {
    const validate = lazyValidator(schema)
    const first = validate({})
    const second = validate({ name: 1 })
    expect(first.map((e) => e.keyword)).toEqual(['required'])
    expect(second.map((e) => e.keyword)).toEqual(['type'])
  })

  it('compiles only on first use: a broken schema throws when used, not when wrapped', () => {
    const validate = lazyValidator({ type: 'object', properties: { a: { type: 'no-such-type' } } })
    expect(() => validate({})).toThrow()
  })

  it('rejects schemas with unknown keywords (strict mode)', () => {
    expect(() => lazyValidator({ type: 'object', colour: 'red' })({})).toThrow(/unknown keyword/)
  })

  // schema-errors.ts words its messages from `error.data` (the offending value: "must be a string,
  // not number 42") and `error.parentSchema` (the allowed keys for "unknown key ... did you mean").
  // Ajv fills these in only with `verbose: true`.
  it('gives errors the offending value and the parent schema that schema-errors.ts reads', () => {
    const validate = lazyValidator(topologySchema)
    const [typeError] = validate({ servers: [{ name: 42, product: 'Lync Server 2013' }], clients: [{ name: 'c1', product: 'Lync 2013' }] })
    expect(typeError?.keyword).toBe('type')
    expect(typeError?.data).toBe(42)
    const [unknownKey] = validate({ servers: [{ name: 's1', product: 'Lync Server 2013' }], clients: [{ name: 'c1', product: 'Lync 2013', prodcut: 'x' }] })
    expect(unknownKey?.keyword).toBe('additionalProperties')
    expect(Object.keys((unknownKey?.parentSchema as { properties?: object } | undefined)?.properties ?? {})).toEqual(['name', 'product', 'servers', 'workloads'])
  })
})
