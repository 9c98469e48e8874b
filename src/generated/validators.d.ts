// Types for validators.js, which scripts/generate.mjs generates from schema/*.schema.json.
import type { ErrorObject } from 'ajv'

export interface StandaloneValidator {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

export declare const validateTopology: StandaloneValidator
export declare const validateMatrix: StandaloneValidator
