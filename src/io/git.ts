import { lstat } from 'node:fs/promises'
import path from 'node:path'

export type BaseRead =
  | { ok: true; bytes: Uint8Array }
  /** The base commit has no such file: everything in it is new. */
  | { ok: false; reason: 'absent' }
  /** The base commit itself cannot be read, usually a shallow checkout. */
  | { ok: false; reason: 'unavailable'; message: string }

// `fetch-depth` is what users have to change, so the message names it.
export const SHALLOW_CHECKOUT_HELP =
  'actions/checkout fetches only the head commit by default; give it `fetch-depth: 0` (or fetch the base commit, e.g. `git fetch --depth=1 origin <base sha>`) so coexist can read the topology as the base commit had it'

/**
 * The top-level folder of the git working tree holding `dir`: the nearest folder up from it with a
 * `.git` entry (a folder, or the file of a worktree or submodule), as `git rev-parse
 * --show-toplevel` answers; undefined outside git. Found without starting git, which would cost
 * every CLI run its start-up.
 */
export async function gitTopLevel(dir: string): Promise<string | undefined> {
  for (let folder = path.resolve(dir); ; folder = path.dirname(folder)) {
    if (
      await lstat(path.join(folder, '.git')).then(
        () => true,
        () => false,
      )
    )
      return folder
    if (path.dirname(folder) === folder) return undefined
  }
}

/** Why `revision` cannot serve as a base in `cwd`, as the end of a sentence; undefined when it can. */
export function revisionProblem(cwd: string, revision: string): Promise<string | undefined> {
  if (!passable(revision)) return Promise.resolve('not a revision coexist will pass to git')
  return new Promise((resolve) => {
    git(
      cwd,
      ['rev-parse', '--verify', '--quiet', `${revision}^{commit}`],
      1024,
      (error, _, said) => {
        if (!error) return resolve(undefined)
        if ((error as NodeJS.ErrnoException).code === 'ENOENT')
          return resolve('git is not installed')
        if (/not a git repository/i.test(said)) return resolve(`${cwd} is not in a git repository`)
        resolve('no such revision in this repository')
      },
    )
  })
}

// Revisions come from the event payload or the command line; refuse anything git could take for an option.
function passable(revision: string): boolean {
  return /^[\w./~^@{}-]+$/.test(revision) && !revision.startsWith('-')
}

/** The file at `relativePath` (relative to `cwd`) as commit `revision` had it, read with `git show`. */
export function readAtRevision(
  cwd: string,
  revision: string,
  relativePath: string,
  maxBytes: number,
): Promise<BaseRead> {
  if (!passable(revision)) {
    return Promise.resolve({
      ok: false,
      reason: 'unavailable',
      message: `"${revision}" is not a revision coexist will pass to git`,
    })
  }
  return new Promise((resolve) => {
    git(cwd, ['show', `${revision}:./${relativePath}`], maxBytes, async (error, stdout, said) => {
      if (!error) return resolve({ ok: true, bytes: stdout })
      if ((error as NodeJS.ErrnoException).code === 'ENOENT')
        return resolve({ ok: false, reason: 'unavailable', message: 'git is not installed' })
      if (/does not exist in|exists on disk, but not in/.test(said)) {
        // Git says this for a full sha it does not have, too (it takes 40 hex digits on trust), which
        // is exactly the shallow checkout: only a commit that exists makes the file truly absent.
        const exists = await new Promise<boolean>((done) =>
          git(cwd, ['cat-file', '-e', `${revision}^{commit}`], 1024, (missing) => done(!missing)),
        )
        return resolve(
          exists
            ? { ok: false, reason: 'absent' }
            : { ok: false, reason: 'unavailable', message: missingRevision(revision) },
        )
      }
      if (/not a git repository/i.test(said))
        return resolve({
          ok: false,
          reason: 'unavailable',
          message: 'the workspace is not a git checkout',
        })
      if (/invalid object name|bad revision|unknown revision|bad object/i.test(said))
        return resolve({ ok: false, reason: 'unavailable', message: missingRevision(revision) })
      resolve({
        ok: false,
        reason: 'unavailable',
        message: `git show failed: ${said.trim().split('\n')[0] || error.message}`,
      })
    })
  })
}

function missingRevision(revision: string): string {
  return `the base commit ${revision} is not in the checkout; ${SHALLOW_CHECKOUT_HELP}`
}

function git(
  cwd: string,
  args: string[],
  maxBuffer: number,
  callback: (error: Error | null, stdout: Buffer, stderr: string) => void,
): void {
  // Loaded here, by the runs that read a base commit: child_process and the modules it pulls in
  // cost every other run some 5 ms of start-up.
  import('node:child_process').then(
    ({ execFile }) =>
      // LC_ALL=C: the messages above are matched in English, whatever language the user's git speaks.
      execFile(
        'git',
        args,
        {
          cwd,
          encoding: 'buffer',
          maxBuffer,
          timeout: 30_000,
          env: { ...process.env, LC_ALL: 'C' },
        },
        (error, stdout, stderr) => callback(error, stdout, stderr.toString('utf8')),
      ),
    (error: Error) => callback(error, Buffer.alloc(0), ''),
  )
}
