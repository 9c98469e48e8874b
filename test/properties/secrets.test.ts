// The token never leaks: with a sentinel INPUT_GITHUB-TOKEN, the committed action bundle masks it
// before printing anything (`::add-mask::` is stdout's first line) and it appears nowhere else: not
// in any other stdout line, stderr, the job summary, the outputs, the JSON report, the SARIF log, or
// any file under the fake runner. Push, pull_request (with an API that refuses connections, so the
// comment fails fast) and a run whose topology cannot be evaluated.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { ACTION_BUNDLE, bundledNode, REPO_ROOT, runNode } from '../support/runtimes.js'
import { parseCommand, scanCommands } from '../support/workflow.js'

const TOKEN = 'ghs_sentinel_props_Qm7Xv2Lp9Tz4Hc8Nw1Rk5Bd3'
const NODE = bundledNode()
const FIXTURES = path.join(REPO_ROOT, 'test', 'e2e', 'fixtures')
const EXAMPLE = path.join(REPO_ROOT, 'examples', 'coexist.yml')
const BAD = path.join(FIXTURES, 'bad.yml')
const SARIF = 'reports/coexist.sarif'

const runners: FakeRunner[] = []
let closedPort = 0
beforeAll(async () => {
  // A port that was just free on loopback: connections to it are refused at once.
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  closedPort = (server.address() as { port: number }).port
  await new Promise<void>((resolve) => server.close(() => resolve()))
})
afterAll(() => {
  for (const runner of runners) runner.remove()
})

function filesUnder(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((relative) => path.join(dir, relative))
    .filter((file) => statSync(file).isFile())
    .map((file) => ({ file, text: readFileSync(file, 'utf8') }))
}

interface Case {
  name: string
  topology: string
  event: 'push' | 'pull_request'
  status: number
}

const CASES: Case[] = [
  { name: 'push', topology: EXAMPLE, event: 'push', status: 1 },
  {
    name: 'pull_request with an API that refuses connections',
    topology: EXAMPLE,
    event: 'pull_request',
    status: 1,
  },
  { name: 'a topology that cannot be evaluated', topology: BAD, event: 'push', status: 2 },
]

describe('the github-token sentinel', () => {
  for (const spec of CASES) {
    it(`is masked first and found nowhere else: ${spec.name}`, async () => {
      const runner = createFakeRunner('coexist-secret-')
      runners.push(runner)
      runner.addFile('coexist.yml', spec.topology)
      const env: Record<string, string> = {
        ...runner.env,
        GITHUB_REPOSITORY: 'contoso/uc-estate',
        GITHUB_SERVER_URL: 'https://github.com',
        GITHUB_RUN_ID: '7',
        GITHUB_RUN_ATTEMPT: '1',
        'INPUT_GITHUB-TOKEN': TOKEN,
        'INPUT_PR-COMMENT': 'always',
        INPUT_SARIF: SARIF,
        COEXIST_GITHUB_DEADLINE_MS: '2000',
        GITHUB_API_URL: `http://127.0.0.1:${closedPort}`,
      }
      if (spec.event === 'pull_request') {
        writeFileSync(runner.eventFile, readFileSync(path.join(FIXTURES, 'pr-event.json')))
        env.GITHUB_EVENT_NAME = 'pull_request'
      }
      const result = await runNode(NODE, ACTION_BUNDLE, [], {
        cwd: runner.workspace,
        env,
        timeout: 20_000,
      })
      expect(result.status).toBe(spec.status)
      expect(result.elapsed).toBeLessThan(10_000)

      const lines = result.stdout.split('\n')
      expect(lines[0]).toBe(`::add-mask::${TOKEN}`)
      for (const [i, line] of lines.entries())
        if (i > 0) expect(line, `stdout line ${i + 1}`).not.toContain(TOKEN)
      expect(result.stderr).not.toContain(TOKEN)

      const outputs = runner.outputs()
      expect(outputs.sarif).toBe(path.join(runner.workspace, SARIF))
      const summary = runner.summary()
      const report = readFileSync(outputs.report as string, 'utf8')
      const sarif = readFileSync(outputs.sarif as string, 'utf8')
      for (const [what, text] of Object.entries({
        summary,
        report,
        sarif,
        outputs: JSON.stringify(outputs),
      })) {
        expect(text.length, what).toBeGreaterThan(0)
        expect(text, what).not.toContain(TOKEN)
      }
      const files = filesUnder(runner.root)
      expect(files.map((f) => f.file)).toEqual(
        expect.arrayContaining([
          outputs.report,
          outputs.sarif,
          runner.summaryFile,
          runner.outputFile,
        ]),
      )
      for (const { file, text } of files) expect(text, file).not.toContain(TOKEN)

      if (spec.event === 'pull_request') {
        // The comment failed, and a warning says so without the token or the request's headers.
        const warnings = scanCommands(result.stdout)
          .commands.map(parseCommand)
          .filter((c) => c.name === 'warning' && c.properties.title === 'coexist')
        expect(warnings).toHaveLength(1)
        expect(warnings[0]?.message).not.toMatch(/authorization|ghs_/i)
      }
    })
  }
})
