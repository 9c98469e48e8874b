import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'

// One Ajv instance for the few schemas coexist ships; strict mode catches mistakes in them.
// Schemas are only ever our own files: a user's input is data, never a schema. `verbose` keeps
// the offending value and schema on each error, which the messages quote.
let ajv: Ajv2020 | undefined

/** Compiles one of coexist's own schemas on first use, so a run compiles only what it needs. */
export function lazyValidator(schema: object): (value: unknown) => ErrorObject[] {
  let validate: ValidateFunction | undefined
  return (value) => {
    ajv ??= new Ajv2020({ allErrors: true, strict: true, verbose: true })
    validate ??= ajv.compile(schema)
    return validate(value) ? [] : [...(validate.errors ?? [])]
  }
}
