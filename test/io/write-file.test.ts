// writeFileInside: what a pull request can put at an output path (links, directories, FIFOs) is
// refused, never written through, and a failed write leaves neither a changed target nor a
// temporary file behind.
import { execFileSync } from 'node:child_process'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileInside } from '../../src/io/write-file.js'

let base: string
let root: string
let outside: string
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'coexist-write-file-'))
  root = path.join(base, 'root')
  mkdirSync(root)
  outside = path.join(base, 'outside.txt')
  writeFileSync(outside, 'keep')
})
afterEach(() => {
  // Whatever the case, no temporary file is left, and nothing outside the root was touched.
  expect(temporaryFiles(base)).toEqual([])
  expect(readFileSync(outside, 'utf8')).toBe('keep')
  rmSync(base, { recursive: true, force: true })
})

/** Temporary files of writeFileInside under `dir`, not following links. */
function temporaryFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.name.startsWith('.coexist-')) return [full]
    return entry.isDirectory() ? temporaryFiles(full) : []
  })
}

const refused = (message: string | RegExp) => ({
  ok: false,
  message: expect.stringMatching(message) as unknown,
})

describe('writes', () => {
  it('a new file, piece by piece, and returns its absolute path', async () => {
    expect(await writeFileInside(root, 'out.sarif', ['{"a":', '1}'])).toEqual({
      ok: true,
      path: path.join(root, 'out.sarif'),
    })
    expect(readFileSync(path.join(root, 'out.sarif'), 'utf8')).toBe('{"a":1}')
    // At most rw-r--r--: the umask may take away, never add.
    expect(lstatSync(path.join(root, 'out.sarif')).mode & 0o777 & ~0o644).toBe(0)
  })

  it('over an existing regular file', async () => {
    writeFileSync(path.join(root, 'out.sarif'), 'old and longer')
    expect((await writeFileInside(root, 'out.sarif', ['new'])).ok).toBe(true)
    expect(readFileSync(path.join(root, 'out.sarif'), 'utf8')).toBe('new')
  })

  it('into new nested directories, creating them', async () => {
    expect(await writeFileInside(root, 'results/coexist/log.sarif', ['x'])).toEqual({
      ok: true,
      path: path.join(root, 'results', 'coexist', 'log.sarif'),
    })
    expect(readFileSync(path.join(root, 'results', 'coexist', 'log.sarif'), 'utf8')).toBe('x')
  })

  it('at an absolute path inside the root', async () => {
    expect(await writeFileInside(root, path.join(root, 'sub', 'out.json'), ['x'])).toEqual({
      ok: true,
      path: path.join(root, 'sub', 'out.json'),
    })
  })

  it('at an absolute path outside the root, into an existing directory: a workflow author named it', async () => {
    mkdirSync(path.join(base, 'elsewhere'))
    const target = path.join(base, 'elsewhere', 'out.sarif')
    expect(await writeFileInside(root, target, ['x'])).toEqual({ ok: true, path: target })
    expect(readFileSync(target, 'utf8')).toBe('x')
  })
})

describe('refuses', () => {
  it('a symbolic link at the target to a file outside the root, and leaves both as they were', async () => {
    const link = path.join(root, 'out.sarif')
    symlinkSync(outside, link)
    expect(await writeFileInside(root, 'out.sarif', ['overwritten'])).toEqual(
      refused(/^"out\.sarif" is a symbolic link, and coexist does not write through links/),
    )
    expect(readlinkSync(link)).toBe(outside)
  })

  it('a symbolic link at the target to /dev/stdin, without touching it', async () => {
    symlinkSync('/dev/stdin', path.join(root, 'out.sarif'))
    expect(await writeFileInside(root, 'out.sarif', ['x'])).toEqual(
      refused(/^"out\.sarif" is a symbolic link/),
    )
  })

  it('a symbolic link at the target to a directory', async () => {
    mkdirSync(path.join(base, 'dir'))
    symlinkSync(path.join(base, 'dir'), path.join(root, 'out.sarif'))
    expect(await writeFileInside(root, 'out.sarif', ['x'])).toEqual(
      refused(/^"out\.sarif" is a symbolic link/),
    )
    expect(readdirSync(path.join(base, 'dir'))).toEqual([])
  })

  it('a symbolic link to a directory on the way, naming it', async () => {
    mkdirSync(path.join(base, 'dir'))
    mkdirSync(path.join(root, 'results'))
    symlinkSync(path.join(base, 'dir'), path.join(root, 'results', 'coexist'))
    expect(await writeFileInside(root, 'results/coexist/log.sarif', ['x'])).toEqual(
      refused(/^"results\/coexist" in "results\/coexist\/log\.sarif" is a symbolic link/),
    )
    expect(readdirSync(path.join(base, 'dir'))).toEqual([])
  })

  it('a file on the way where a directory should be', async () => {
    writeFileSync(path.join(root, 'results'), 'a file')
    expect(await writeFileInside(root, 'results/log.sarif', ['x'])).toEqual(
      refused(/^"results" in "results\/log\.sarif" is not a directory$/),
    )
    expect(readFileSync(path.join(root, 'results'), 'utf8')).toBe('a file')
  })

  it('a target that is a directory', async () => {
    mkdirSync(path.join(root, 'out.sarif'))
    expect(await writeFileInside(root, 'out.sarif', ['x'])).toEqual(
      refused(/^"out\.sarif" is a directory; name a file$/),
    )
    expect(readdirSync(path.join(root, 'out.sarif'))).toEqual([])
  })

  it('a target that is the root itself', async () => {
    expect(await writeFileInside(root, '.', ['x'])).toEqual(
      refused(/^"\." names a directory, not a file$/),
    )
  })

  it('a FIFO, without opening it (so without blocking)', { timeout: 2000 }, async () => {
    execFileSync('mkfifo', [path.join(root, 'out.sarif')])
    expect(await writeFileInside(root, 'out.sarif', ['x'])).toEqual(
      refused(
        /^"out\.sarif" is not a regular file \(it is a FIFO\); coexist writes only regular files$/,
      ),
    )
    expect(lstatSync(path.join(root, 'out.sarif')).isFIFO()).toBe(true)
  })

  it('a device named by an absolute path', async () => {
    // Pieces that cannot be written: should the rule break, a run as root must still not replace /dev/full.
    const unwritable: Iterable<string> = {
      [Symbol.iterator]: () => {
        throw new Error('the pieces were read')
      },
    }
    expect(await writeFileInside(root, '/dev/full', unwritable)).toEqual(
      refused(/^"\/dev\/full" is not a regular file \(it is a device\)/),
    )
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true)
    expect(temporaryFiles('/dev')).toEqual([])
  })

  it('a relative path leaving the root by ".."', async () => {
    expect(await writeFileInside(root, '../escape', ['x'])).toEqual(
      refused(
        /^"\.\.\/escape" leads out of .* \(by "\.\."\); name a path inside it, or an absolute path$/,
      ),
    )
    expect(readdirSync(base).sort()).toEqual(['outside.txt', 'root'])
  })

  it('an absolute path outside the root whose directory does not exist, creating nothing', async () => {
    const target = path.join(base, 'missing', 'out.sarif')
    expect(await writeFileInside(root, target, ['x'])).toEqual(
      refused(/could not be written: its directory does not exist \(ENOENT\)$/),
    )
    expect(readdirSync(base).sort()).toEqual(['outside.txt', 'root'])
  })
})

describe('a write that fails midway', () => {
  function* failing(error: Error) {
    yield 'partial output'
    throw error
  }

  it('leaves the existing target as it was and no temporary file', async () => {
    writeFileSync(path.join(root, 'out.sarif'), 'previous')
    expect(
      await writeFileInside(root, 'out.sarif', failing(new Error('the reporter broke'))),
    ).toEqual({ ok: false, message: '"out.sarif" could not be written: the reporter broke' })
    expect(readFileSync(path.join(root, 'out.sarif'), 'utf8')).toBe('previous')
  })

  it('says what the system said, in words: a full disk', async () => {
    const full = Object.assign(new Error('ENOSPC: no space left on device, write'), {
      code: 'ENOSPC',
    })
    expect(await writeFileInside(root, 'log/out.sarif', failing(full))).toEqual({
      ok: false,
      message: '"log/out.sarif" could not be written: the disk is full (ENOSPC)',
    })
    expect(readdirSync(path.join(root, 'log'))).toEqual([])
  })
})
