// matrixResolver(workspace): matrix files read from disk, relative to the repository root, never
// from outside it, never hanging on something that is not a regular file.
import { spawn, execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { MatrixResolution } from '../../src/core/matrix.js'
import type { Diagnostic } from '../../src/core/types.js'
import { matrixResolver } from '../../src/io/matrix-files.js'

/** Every error of an unresolved matrix, file by file (the file itself first, then what it extends). */
function errorsOf(resolution: MatrixResolution): Diagnostic[] | undefined {
  return resolution.ok ? undefined : resolution.invalidFiles?.flatMap((f) => f.errors)
}

// A valid matrix file: lync-server-2013 with one cell flipped.
const FLIP = [
  'id: house-rules',
  'extends: lync-server-2013',
  'cells:',
  '  - {client: office-communicator-2007, server: lync-server-2010, status: not-supported, source: {ref: gg398499}}',
  '',
].join('\n')
// What a file outside the repository holds: a valid matrix too, so only confinement can refuse it.
const SECRET = FLIP.replace('id: house-rules', 'id: outside-secret')

let root: string
let workspace: string
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'coexist-io-matrix-'))
  workspace = path.join(root, 'repo')
  mkdirSync(path.join(workspace, 'matrices', 'dir.yml'), { recursive: true })
  writeFileSync(path.join(workspace, 'matrices', 'house.yml'), FLIP)
  writeFileSync(
    path.join(workspace, 'matrices', 'broken.yml'),
    'id: broken\nextends: lync-server-2013\ncells: 7\n',
  )
  writeFileSync(path.join(root, 'outside.yml'), SECRET)
  mkdirSync(path.join(root, 'repo-sibling'))
  writeFileSync(path.join(root, 'repo-sibling', 'm.yml'), SECRET)
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const resolve = (ref: string): MatrixResolution => matrixResolver(workspace)(ref)
const message = (resolution: MatrixResolution) =>
  resolution.ok ? `resolved ${resolution.matrix.id}` : resolution.message

describe('inside the workspace', () => {
  it('reads a matrix file by its path from the repository root', () => {
    const found = resolve('matrices/house.yml')
    expect(found.ok && found.matrix.id).toBe('house-rules')
    expect(
      found.ok && found.matrix.cell('office-communicator-2007', 'lync-server-2010').status,
    ).toBe('not-supported')
  })

  it('accepts a path that wanders but stays inside, and an absolute path inside', () => {
    expect(message(resolve('matrices/../matrices/./house.yml'))).toBe('resolved house-rules')
    expect(message(resolve(path.join(workspace, 'matrices', 'house.yml')))).toBe(
      'resolved house-rules',
    )
  })

  it('names the file in its errors by its repository-relative path, with forward slashes', () => {
    const broken = resolve('./matrices/../matrices/broken.yml')
    expect(broken.ok).toBe(false)
    expect(broken.ok ? [] : errorsOf(broken)?.map((e) => [e.file, e.line, e.column])).toEqual([
      ['matrices/broken.yml', 3, 8],
    ])
    expect(message(broken)).toBe('matrix file matrices/broken.yml is invalid (see the error there)')
  })
})

describe('workspace confinement', () => {
  const LEAVES = 'the path leaves the repository; name a matrix file inside it'

  it.each([['../outside.yml'], ['matrices/../../outside.yml'], ['../repo-sibling/m.yml']])(
    'refuses %s, though the file exists',
    (ref) => {
      expect(message(resolve(ref))).toBe(`matrix file ${ref}: ${LEAVES}`)
    },
  )

  it("refuses an absolute path outside, and one to a sibling whose name starts with the workspace's", () => {
    const outside = path.join(root, 'outside.yml')
    expect(message(resolve(outside))).toBe(`matrix file ${outside}: ${LEAVES}`)
    const sibling = path.join(root, 'repo-sibling', 'm.yml')
    expect(message(resolve(sibling))).toBe(`matrix file ${sibling}: ${LEAVES}`)
  })

  it('refuses an extends that leaves, in the file that has it', () => {
    writeFileSync(
      path.join(workspace, 'matrices', 'escape.yml'),
      'id: escape\nextends: ../outside.yml\n',
    )
    const escape = resolve('matrices/escape.yml')
    expect(
      escape.ok ? [] : errorsOf(escape)?.map((e) => [e.file, e.line, e.column, e.message]),
    ).toEqual([['matrices/escape.yml', 2, 10, `matrix file ../outside.yml: ${LEAVES}`]])
  })

  // A pull request can add a symbolic link as easily as a file: following it would let `matrix:`
  // read anything the runner can (and echo it back in a parse error).
  it('refuses a symbolic link inside the workspace that points outside it', () => {
    symlinkSync(path.join(root, 'outside.yml'), path.join(workspace, 'matrices', 'link.yml'))
    const linked = resolve('matrices/link.yml')
    expect(linked.ok).toBe(false)
    expect(message(linked)).toMatch(/^matrix file matrices\/link\.yml: /)
  })
})

describe('files that cannot be read', () => {
  it('a missing file', () => {
    expect(message(resolve('matrices/nope.yml'))).toBe(
      'matrix file matrices/nope.yml: no such file (paths are relative to the repository root)',
    )
  })

  it('a missing folder on the way', () => {
    expect(message(resolve('nowhere/house.yml'))).toBe(
      'matrix file nowhere/house.yml: no such file (paths are relative to the repository root)',
    )
  })

  it('a directory', () => {
    const resolution = resolve('matrices/dir.yml')
    expect(resolution.ok).toBe(false)
    expect(message(resolution)).toMatch(
      /^matrix file matrices\/dir\.yml: (this is a directory|not a regular file)$/,
    )
  })

  it('a file far too large for a matrix, refused without reading it', () => {
    const big = path.join(workspace, 'matrices', 'big.yml')
    writeFileSync(big, '')
    truncateSync(big, 5 * 1024 * 1024)
    expect(message(resolve('matrices/big.yml'))).toBe(
      'matrix file matrices/big.yml: the file is 5242880 bytes; coexist reads matrix files up to 4194304 bytes',
    )
  })

  it('a FIFO does not hang the run: refused at once as not a regular file', async () => {
    const fifo = path.join(workspace, 'matrices', 'pipe.yml')
    execFileSync('mkfifo', [fifo])
    // Should the open block, this writer unblocks it after 3 s, so the test fails instead of hanging.
    const writer = spawn('sh', ['-c', `sleep 3; printf 'id: x' > '${fifo}'`], { stdio: 'ignore' })
    try {
      const started = Date.now()
      const resolution = resolve('matrices/pipe.yml')
      expect(Date.now() - started).toBeLessThan(1000)
      expect(message(resolution)).toBe('matrix file matrices/pipe.yml: not a regular file')
    } finally {
      writer.kill('SIGKILL')
    }
  })
})
