// Workflow-command safety, end to end: topology names that try to open `::error`, `::add-mask::` and
// `::stop-commands::` go through the committed action bundle, run as the runner runs it. Reading its
// stdout as the runner does, the commands executed must be exactly the annotations coexist meant
// (computed in-process from the same file), plus nothing: no mask, no stop-commands of the names'.
import { readFileSync } from 'node:fs'
import { afterAll, describe, expect, it } from 'vitest'
import { buildReport, checkTopology } from '../../src/core/check.js'
import { renderAnnotations } from '../../src/reporters/annotations.js'
import { createFakeRunner, type FakeRunner } from '../support/fake-runner.js'
import { ACTION_BUNDLE, bundledNode, runNode } from '../support/runtimes.js'
import { parseCommand, scanCommands } from '../support/workflow.js'

const NODE = bundledNode()
const runners: FakeRunner[] = []
afterAll(() => {
  for (const runner of runners) runner.remove()
})

const q = (s: string) => JSON.stringify(s)

// Every name is a JSON string inside YAML (valid YAML), so escapes like \n and \r survive exactly.
const NAMES = {
  forgedError: 'x::error file=evil.yml,line=1::forged',
  mask: 'y\n::add-mask::secret',
  stop: 'z\r\n::stop-commands::pwned\n::error::inside',
  stopEnd: '::pwned::',
  percent: '%0A::warning::%25%3A,:',
  crOnly: 'c\r::notice title=forged::x',
  server: '::stop-commands::srv\n::error::from server',
  ocs: 'ocs%0A::add-mask::pool\r\n::error title=x::from ocs',
  reason: 'accepted\n::error::from reason',
  owner: '::add-mask::owner',
  ticket: 'CHG-1,\n::set-output name=passed::true',
}

const FAILING = `servers:
  - name: ${q(NAMES.server)}
    product: Lync Server 2013
  - name: ${q(NAMES.stopEnd)}
    product: Lync Server 2010
  - name: ${q(NAMES.ocs)}
    product: Office Communications Server 2007 R2
clients:
  - name: ${q(NAMES.forgedError)}
    product: Lync 2010 Attendee
  - name: ${q(NAMES.mask)}
    product: Office Live Meeting 2007
  - name: ${q(NAMES.stop)}
    product: Office Communicator 2007 R2
    workloads: [conferencing]
  - name: ${q(NAMES.percent)}
    product: Lync 2013
  - name: ${q(NAMES.crOnly)}
    product: Lync 2010 Attendee
    servers: [${q(NAMES.server)}]
exceptions:
  - client: ${q(NAMES.crOnly)}
    server: ${q(NAMES.server)}
    product: Lync 2010 Attendee
    reason: ${q(NAMES.reason)}
    expires: "2026-12-31"
    owner: ${q(NAMES.owner)}
    ticket: ${q(NAMES.ticket)}
`

const INVALID = `servers:
  - name: ${q(NAMES.server)}
    product: ${q('::error::Lync Server 2099\n::add-mask::x')}
  - name: ${q(NAMES.server)}
    product: Lync Server 2013
clients:
  - name: ${q(NAMES.stop)}
    product: ${q('::stop-commands::p\nLync 2013')}
    servers: [${q('::pwned::\n::error::unknown server')}]
`

interface Case {
  name: string
  file: string
  text: string
  status: number
}

const CASES: Case[] = [
  { name: 'failing pairs and a waiver', file: 'coexist.yml', text: FAILING, status: 1 },
  { name: 'an invalid topology', file: 'coexist.yml', text: INVALID, status: 2 },
  // The topology input splits on commas, so the path has none.
  {
    name: 'a hostile file path',
    file: 'sites/a;b::error::c%0A=d/coexist.yml',
    text: FAILING,
    status: 1,
  },
]

describe('hostile names through the action bundle, read as the runner reads stdout', () => {
  for (const spec of CASES) {
    it(`${spec.name}: the runner sees exactly the annotations coexist meant`, async () => {
      const runner = createFakeRunner('coexist-cmd-')
      runners.push(runner)
      runner.writeFile(spec.file, spec.text)
      const env = { ...runner.env, INPUT_TOPOLOGY: spec.file }
      const result = await runNode(NODE, ACTION_BUNDLE, [], {
        cwd: runner.workspace,
        env,
        timeout: 20_000,
      })
      expect(result.stderr).toBe('')
      expect(result.status).toBe(spec.status)

      const fileReport = checkTopology(
        spec.file,
        new TextEncoder().encode(readFileSync(`${runner.workspace}/${spec.file}`, 'utf8')),
        {
          policy: { failOn: new Set(['not-supported']), now: new Date(), expiryWarningDays: 30 },
        },
      )
      const meant = renderAnnotations(buildReport([fileReport]))
        .replace(/\n$/, '')
        .split('\n')
      expect(meant.length).toBeGreaterThan(1)

      const scan = scanCommands(result.stdout)
      expect(scan.unterminated).toBe(false)
      // coexist's one stop-commands block (the text report), with a token no name chose.
      expect(scan.tokens).toHaveLength(1)
      expect(scan.tokens[0]).toMatch(/^[0-9a-f]{32}$/)
      expect(scan.commands).toEqual(meant)
      for (const command of scan.commands.map(parseCommand))
        expect(['error', 'warning', 'notice']).toContain(command.name)

      // The hostile text arrives as text: each name a message or title carries is intact.
      const said = scan.commands
        .map(parseCommand)
        .map((c) => `${c.properties.title ?? ''}\u0000${c.properties.file ?? ''}\u0000${c.message}`)
        .join('\u0000')
      if (spec.status === 1) {
        for (const name of [
          NAMES.forgedError,
          NAMES.mask,
          NAMES.stop,
          NAMES.server,
          NAMES.crOnly,
          NAMES.reason,
          NAMES.owner,
          NAMES.ticket,
        ])
          expect(said).toContain(name)
        // The three server generations side by side: the server-rule finding names every pool in its message.
        const rule = scan.commands
          .map(parseCommand)
          .find(
            (c) =>
              c.properties.title ===
              'Lync Server 2013, Lync Server 2010 and Office Communications Server 2007 R2 side by side: not supported',
          )
        expect(rule?.name).toBe('error')
        for (const name of [NAMES.server, NAMES.stopEnd, NAMES.ocs])
          expect(rule?.message).toContain(`("${name}", line `)
      }
      expect(said).toContain(spec.file)
    })
  }
})
