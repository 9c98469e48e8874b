import type { ErrorObject } from 'ajv'
import {
  validateMatrix,
  validateTopology,
  type StandaloneValidator,
} from '../generated/validators.js'

// The validators are compiled from schema/*.schema.json at build time (scripts/generate.mjs),
// so a run neither loads Ajv nor compiles a schema. They report all errors at once, each with the
// offending value and its schema, which the messages quote.

function errorsOf(validate: StandaloneValidator): (value: unknown) => ErrorObject[] {
  return (value) => (validate(value) ? [] : [...(validate.errors ?? [])])
}

/** Every way `value` breaks schema/topology.schema.json; empty when it conforms. */
export const topologySchemaErrors = errorsOf(validateTopology)

/** Every way `value` breaks schema/matrix.schema.json; empty when it conforms. */
export const matrixSchemaErrors = errorsOf(validateMatrix)
