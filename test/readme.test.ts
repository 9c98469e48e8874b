// The README shows only what coexist really prints. Its generated blocks are rendered here, by the
// test suite, from the committed bundles: the CLI on the bundled example, the built-in matrix, and
// the first annotation, job summary and pull-request comment of the bundled action run as the
// runner runs it on a pull_request event against a loopback stand-in for the GitHub API. The test fails when README.md
// differs; `npm run docs` (UPDATE_README=1) writes the blocks instead.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUILTIN_MATRIX_IDS, builtinMatrix } from '../src/core/builtin-matrices.js'
import type { Matrix } from '../src/core/matrix.js'
import { createFakeRunner, type FakeRunner } from './support/fake-runner.js'
import { startFakeGitHub, type FakeGitHub } from './support/fake-github.js'
import { parseCommand, scanCommands } from './support/workflow.js'
import {
  ACTION_BUNDLE,
  bundledNode,
  CLI_BUNDLE,
  FIXED_CLOCK,
  FIXED_CLOCK_ENV,
  REPO_ROOT,
  runNode,
} from './support/runtimes.js'

const README = path.join(REPO_ROOT, 'README.md')
const TOKEN = 'ghs_readme_example_token_0000000000000000'

let github: FakeGitHub
let runner: FakeRunner
beforeAll(async () => {
  github = await startFakeGitHub({ token: TOKEN, lifetimeMs: 60_000 })
  runner = createFakeRunner('coexist-readme-')
})
afterAll(async () => {
  await github.close()
  runner.remove()
})

function cli(args: string[]): string {
  try {
    return execFileSync(process.execPath, [...FIXED_CLOCK, CLI_BUNDLE, ...args], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, ...FIXED_CLOCK_ENV, NO_COLOR: '1' },
    })
  } catch (error) {
    // `check` on the example exits 1 by design: it holds one unsupported pair.
    const failed = error as { status?: number; stdout?: string }
    if (failed.status === 1 && typeof failed.stdout === 'string') return failed.stdout
    throw error
  }
}

/** What the bundled action shows on the example, on pull request #17. */
async function actionOnPullRequest(): Promise<{
  annotation: string
  summary: string
  comment: string
}> {
  runner.addFile('examples/coexist.yml', path.join(REPO_ROOT, 'examples', 'coexist.yml'))
  writeFileSync(
    runner.eventFile,
    readFileSync(path.join(REPO_ROOT, 'test', 'e2e', 'fixtures', 'pr-event.json')),
  )
  const run = await runNode(bundledNode(), ACTION_BUNDLE, [], {
    cwd: runner.workspace,
    env: {
      ...runner.env,
      INPUT_TOPOLOGY: 'examples/coexist.yml',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_REPOSITORY: 'contoso/uc-estate',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: github.url,
      GITHUB_RUN_ID: '4242',
      'INPUT_GITHUB-TOKEN': TOKEN,
      'INPUT_PR-COMMENT': 'auto',
    },
    timeout: 20_000,
  })
  expect(run.status).toBe(1)
  const [comment] = github.commentsOf(17)
  expect(comment).toBeDefined()
  // Annotations come worst first: the first is the one a reviewer meets first.
  const [first] = scanCommands(run.stdout).commands.filter((c) =>
    /^::(error|warning|notice) /.test(c),
  )
  if (first === undefined) throw new Error('the action printed no annotation')
  return { annotation: asShown(first), summary: runner.summary(), comment: comment?.body ?? '' }
}

/**
 * An annotation's workflow command as a pull request shows it: the level and the line it is on,
 * its title, then its message (read back from the command's escapes as the runner reads them).
 */
function asShown(command: string): string {
  const { name, properties, message } = parseCommand(command)
  const level = `${name.charAt(0).toUpperCase()}${name.slice(1)}`
  return `${level}: ${properties.file}#L${properties.line}\n${properties.title}\n${message}\n`
}

async function generatedBlocks(): Promise<Record<string, string>> {
  const { annotation, summary, comment } = await actionOnPullRequest()
  return {
    'check-example': `\`\`\`text\n${cli(['check', 'examples/coexist.yml'])}\`\`\``,
    'annotation-example': `\`\`\`text\n${annotation}\`\`\``,
    matrix: cli(['matrix']).replace(/^# .*\n\n/, ''),
    'plan-example': `\`\`\`text\n${cli(['plan', 'examples/coexist.yml', '--upgrade-all', 'Lync Server 2013'])}\`\`\``,
    'footnote-readings': footnoteReadings(),
    'job-summary': summary,
    'pr-comment': comment,
  }
}

/** Per built-in matrix, each footnote's marker and how coexist reads it, from the data. */
function footnoteReadings(): string {
  return BUILTIN_MATRIX_IDS.map((id) => {
    const { footnotes } = (builtinMatrix(id) as Matrix).data
    const reading = (f: (typeof footnotes)[number]) => {
      if (f.reading === undefined)
        throw new Error(`footnote ${f.id} of ${id} says nothing of how coexist reads it`)
      return f.reading
    }
    return [
      `**\`${id}\`**`,
      '',
      ...footnotes.map((f) => `- <sup>${f.id}</sup> ${reading(f)}`),
    ].join('\n')
  }).join('\n\n')
}

function render(readme: string, blocks: Record<string, string>): string {
  return readme.replace(
    /(<!-- generated:([a-z-]+) -->)\n[\s\S]*?(<!-- \/generated -->)/g,
    (_whole, open: string, name: string, close: string) => {
      const block = blocks[name]
      if (block === undefined) throw new Error(`README.md has an unknown generated block "${name}"`)
      return `${open}\n${block.trimEnd()}\n${close}`
    },
  )
}

describe('README', () => {
  const readme = readFileSync(README, 'utf8')

  it('has a quick start of exactly two commands: the gate on the example, then install and test', () => {
    const block = /## Try it: quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    const commands = block
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    expect(commands).toEqual(['node dist/cli/index.js check examples/coexist.yml', 'npm cit'])
    expect(
      JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')).scripts.test,
    ).toBe('vitest run')
  })

  it('shows exactly what the bundles print: CLI output, matrix, annotation, job summary and PR comment', async () => {
    const blocks = await generatedBlocks()
    for (const name of Object.keys(blocks))
      expect(readme, `README.md lacks the generated block "${name}"`).toContain(
        `<!-- generated:${name} -->`,
      )
    const current = render(readme, blocks)
    if (process.env.UPDATE_README === '1') writeFileSync(README, current)
    else expect(readme, 'README.md is stale: run `npm run docs`').toBe(current)
    // The example token must not leak into what the README shows.
    expect(current).not.toContain(TOKEN)
  })
})
