// The action as built before the schemas were compiled at build time: every run first compiles
// both schemas with Ajv (compile-schemas.ts, evaluated before the action by import order), then
// runs as src/index.ts runs it. bench/startup.mjs bundles this.
import './compile-schemas.js'
import '../../src/index.js'
