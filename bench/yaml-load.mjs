// The floor for parsing: read the topology file and js-yaml `load` it, nothing else.
// Usage: node bench/yaml-load.mjs FILE
import { readFileSync } from 'node:fs'
import { load } from 'js-yaml'

load(readFileSync(process.argv[2], 'utf8'))
