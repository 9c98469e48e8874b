import { describe, expect, it } from 'vitest'
import { runCli } from '../../src/cli/main.js'
import { REPO_ROOT } from '../support/runtimes.js'
import { stdinOf } from '../support/stdin.js'

function capture() {
  let stdout = ''
  let stderr = ''
  return {
    deps: {
      cwd: REPO_ROOT,
      stdin: stdinOf(),
      env: {},
      stdout: { write: (t: string) => (stdout += t) },
      stderr: { write: (t: string) => (stderr += t) },
      now: () => new Date('2026-11-27T00:00:00Z'),
      version: 'test',
    },
    out: () => ({ stdout, stderr }),
  }
}

describe('coexist check --max-bytes', () => {
  it('refuses a topology larger than the limit before reading it: exit 2 at file:1:1', async () => {
    const run = capture()
    expect(await runCli(['check', 'examples/coexist.yml', '--max-bytes', '100'], run.deps)).toBe(2)
    expect(run.out().stdout).toMatch(
      /examples\/coexist\.yml:1:1: error: the file is \d+ bytes; coexist reads topologies up to 100 bytes \(max-bytes\)/,
    )
  })

  it('checks the same file under the default limit', async () => {
    const run = capture()
    expect(await runCli(['check', 'examples/coexist.yml'], run.deps)).toBe(1)
  })

  it('refuses a limit that is not a size: exit 2 with the usage', async () => {
    const run = capture()
    expect(await runCli(['check', 'examples/coexist.yml', '--max-bytes', '16MB'], run.deps)).toBe(2)
    expect(run.out().stderr).toContain(
      '--max-bytes must be a size such as 16MiB, 500KiB or 1000000, not "16MB"',
    )
  })
})
