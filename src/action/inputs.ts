import { parseFailOn } from '../core/policy.js'
import type { Status } from '../core/types.js'
import { getInput } from './runner.js'

export interface ActionInputs {
  /** Topology paths, relative to the workspace. */
  topology: string[]
  failOn: Set<Status>
}

/** The one place that reads and checks the action's inputs (action.yml documents them). */
export function readInputs(env: NodeJS.ProcessEnv): { ok: true; inputs: ActionInputs } | { ok: false; message: string } {
  const topology = getInput(env, 'topology')
    .split(/[\n,]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  const failOn = parseFailOn(getInput(env, 'fail-on'))
  if (!failOn.ok) return { ok: false, message: `input ${failOn.message}` }
  return { ok: true, inputs: { topology: topology.length > 0 ? topology : ['coexist.yml'], failOn: failOn.failOn } }
}
