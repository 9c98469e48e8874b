// What `npm install coexist` gives a user: the tarball `npm pack` makes from this checkout, installed
// with no network into an empty project, and its `coexist` command run there on Node 24 and on the
// machine's Node 20. The bundles carry every runtime dependency, so the tarball must install
// offline with an empty cache: a dependency in package.json would make the install fail here.
import { execFile } from 'node:child_process'
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXAMPLE_TEXT } from '../support/expected-findings.js'
import { MATRIX_PATH } from '../support/matrix.js'
import {
  cleanEnv,
  FIXED_CLOCK_ENV,
  REPO_ROOT,
  runtimes,
  type Runtime,
} from '../support/runtimes.js'

interface PackageJson {
  name: string
  version: string
  private?: boolean
  bin?: Record<string, string>
  engines?: Record<string, string>
  dependencies?: Record<string, string>
  files?: string[]
}
const PACKAGE = JSON.parse(
  readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'),
) as PackageJson

interface Run {
  status: number
  stdout: string
  stderr: string
}

function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string>,
): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { cwd, env, timeout: 60_000 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== 'number') reject(error)
      else resolve({ status: error ? (error.code as number) : 0, stdout, stderr })
    })
  })
}

let root: string
/** The project the tarball is installed into. */
let app: string
let packedFiles: string[]
let install: Run
/**
 * npm's environment: PATH alone (no npm_config_* of the npm running vitest), a home and a cache of
 * its own that start empty, so the install cannot take anything from this machine's cache.
 */
let npmEnv: Record<string, string>

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'coexist-pack-'))
  for (const dir of ['pack', 'app', 'home', 'cache']) mkdirSync(path.join(root, dir))
  app = path.join(root, 'app')
  npmEnv = cleanEnv({
    HOME: path.join(root, 'home'),
    npm_config_cache: path.join(root, 'cache'),
    npm_config_update_notifier: 'false',
  })

  const pack = await run(
    'npm',
    ['pack', '--json', '--ignore-scripts', '--pack-destination', path.join(root, 'pack')],
    REPO_ROOT,
    npmEnv,
  )
  expect(pack.status, pack.stderr).toBe(0)
  const [packed] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[]
  packedFiles = packed!.files.map((f) => f.path).sort()

  writeFileSync(
    path.join(app, 'package.json'),
    JSON.stringify({ name: 'coexist-install-check', version: '1.0.0', private: true }),
  )
  install = await run(
    'npm',
    [
      'install',
      '--offline',
      '--no-audit',
      '--no-fund',
      '--ignore-scripts',
      path.join(root, 'pack', packed!.filename),
    ],
    app,
    npmEnv,
  )
  // What the examples need beside them: the topology files, under the paths the README shows.
  cpSync(path.join(REPO_ROOT, 'examples'), path.join(app, 'examples'), { recursive: true })
}, 120_000)

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true })
})

describe('npm pack', () => {
  it('ships the bundles with their chunks and licences, the schemas and the docs, nothing else', () => {
    const dist = readdirSync(path.join(REPO_ROOT, 'dist'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) =>
        path.relative(REPO_ROOT, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'),
      )
    const schemas = readdirSync(path.join(REPO_ROOT, 'schema')).map((file) => `schema/${file}`)
    expect(packedFiles).toEqual(
      [...dist, ...schemas, 'CHANGELOG.md', 'LICENSE', 'README.md', 'package.json'].sort(),
    )
  })

  it('holds the entry points, and no tests, sources, benchmarks, scripts or matrix sources', () => {
    for (const file of [
      'dist/index.js',
      'dist/cli/index.js',
      'dist/licenses.txt',
      'dist/cli/licenses.txt',
      'schema/topology.schema.json',
      'schema/matrix.schema.json',
    ])
      expect(packedFiles).toContain(file)
    // The built-in matrices are compiled into the bundles (`coexist matrix` below reads them from
    // there); matrices/ is their source, as src/ is the code's.
    for (const prefix of ['test/', 'src/', 'bench/', 'scripts/', 'examples/', 'matrices/', '.'])
      expect(packedFiles.filter((file) => file.startsWith(prefix))).toEqual([])
    expect(packedFiles).not.toContain('action.yml')
  })
})

/** PATH with `runtime`'s directory first. */
const pathFor = (runtime: Runtime) =>
  `${path.dirname(runtime.executable)}${path.delimiter}${process.env.PATH ?? ''}`

describe('the tarball installed offline into an empty project', () => {
  it('installs with no network, no cache and no warning, adding only itself', () => {
    expect(install.status, install.stderr).toBe(0)
    expect(install.stdout).toMatch(/added 1 package\b/)
    expect(install.stderr).not.toMatch(/EBADENGINE|npm warn/i)
    const installed = readdirSync(path.join(app, 'node_modules')).filter(
      (name) => !name.startsWith('.'),
    )
    expect(installed).toEqual(['coexist'])
  })

  it('is public, has no dependencies, and names the engines the bundles are tested on', () => {
    const installed = JSON.parse(
      readFileSync(path.join(app, 'node_modules', 'coexist', 'package.json'), 'utf8'),
    ) as PackageJson
    expect(installed.private).toBeUndefined()
    expect(installed.dependencies ?? {}).toEqual({})
    expect(installed.bin).toEqual({ coexist: 'dist/cli/index.js' })
    // Whole major lines, each one the suite runs the bundles on (test/support/runtimes.ts: Node 24,
    // and the system Node, 20 here and in ci.yml): a runtime engines leaves out is one the bundles
    // were tested on for nothing, and a line no test runs is a promise nobody checked.
    expect(installed.engines).toEqual({ node: '20 || 24' })
    for (const runtime of runtimes()) expect([20, 24]).toContain(runtime.major)
  })

  it('runs as `npx coexist` in the project that installed it', async () => {
    const npx = await run('npx', ['--offline', '--no-install', 'coexist', '--version'], app, npmEnv)
    expect(npx.stderr).toBe('')
    expect(npx.stdout).toBe(`${PACKAGE.version}\n`)
    expect(npx.status).toBe(0)
  })

  describe.each(runtimes().map((runtime) => [runtime.label, runtime] as const))(
    'node_modules/.bin/coexist on %s',
    (_label, runtime: Runtime) => {
      /** The installed command as a shell runs it: its `#!/usr/bin/env node` finds `runtime` first. */
      const coexist = (args: readonly string[]) =>
        run(path.join(app, 'node_modules', '.bin', 'coexist'), args, app, {
          PATH: pathFor(runtime),
          // The clock the expected text was written for (the example's exception has an end date).
          NODE_OPTIONS: `--import=${pathToFileURL(path.join(REPO_ROOT, 'test', 'support', 'fixed-clock.mjs')).href}`,
          ...FIXED_CLOCK_ENV,
        })

      it('finds that runtime first on PATH, as the shebang `env node` will', async () => {
        const node = await run('node', ['--version'], app, { PATH: pathFor(runtime) })
        expect(node.stdout.trim()).toBe(runtime.version)
      })

      it('--version prints the package version', async () => {
        const version = await coexist(['--version'])
        expect(version).toEqual({ status: 0, stdout: `${PACKAGE.version}\n`, stderr: '' })
      })

      it('check examples/coexist.yml fails with the known verdict (exit 1)', async () => {
        const check = await coexist(['check', 'examples/coexist.yml'])
        expect(check.stderr).toBe('')
        expect(check.stdout).toBe(EXAMPLE_TEXT('examples/coexist.yml'))
        expect(check.status).toBe(1)
      })

      it('check examples/lync-2013-to-sfb-2019.yml passes (exit 0)', async () => {
        const check = await coexist(['check', 'examples/lync-2013-to-sfb-2019.yml'])
        expect(check.stderr).toBe('')
        expect(check.stdout).toMatch(/^✔ Passed: 0 errors, 0 warnings, 1 notice in 6 pairs$/m)
        expect(check.status).toBe(0)
      })

      it('matrix prints the built-in matrix from the bundle, with no matrices/ installed', async () => {
        const json = await coexist(['matrix', '--format', 'json'])
        expect(json.status).toBe(0)
        expect(JSON.parse(json.stdout)).toEqual(JSON.parse(readFileSync(MATRIX_PATH, 'utf8')))
        const markdown = await coexist(['matrix'])
        expect(markdown.status).toBe(0)
        expect(markdown.stdout).toMatch(/^# Supported clients from previous deployments/)
      })
    },
  )
})
