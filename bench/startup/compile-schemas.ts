// What a run without precompiled validators pays before it can validate anything: load Ajv and
// compile the two schemas, with the options scripts/generate.mjs compiles them with.
import { Ajv2020 } from 'ajv/dist/2020.js'
import matrixSchema from '../../schema/matrix.schema.json' with { type: 'json' }
import topologySchema from '../../schema/topology.schema.json' with { type: 'json' }

const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true })
ajv.compile(topologySchema)
ajv.compile(matrixSchema)
