// Every file coexist writes goes through here. On a pull request the checkout is the author's: any
// name on the way to an output file may be a symbolic link (to a file outside the workspace, to
// /dev/stdin, to a directory), a FIFO or a device. Writing through one would let a pull request
// create or overwrite files elsewhere on the runner, hang the step, or crash it before its outputs
// are set. So nothing existing is written through: the file is written fresh and renamed into place.
import { constants, type Stats } from 'node:fs'
import { lstat, mkdir, open, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { isOutside } from './paths.js'
import { randomHex } from './random.js'

export type WriteOutcome = { ok: true; path: string } | { ok: false; message: string }

// O_EXCL: a new file, never one that is already there; O_NOFOLLOW: not even a link put there meanwhile.
const FRESH_FILE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW

/**
 * Writes `chunks` (a reporter's pieces, each awaited, never joined) to `target`, relative to `root`
 * or absolute, and returns the absolute path written. A target leaving `root` by ".." is refused;
 * an absolute one outside `root` was typed by a workflow author on purpose, so its own (existing)
 * directory is taken as the root instead. Below the root, a symbolic link anywhere is refused, as
 * is a directory on the way that is not one or a target that is not a regular file; missing
 * directories are created. Any failure is one sentence naming `target`, and leaves it as it was.
 */
export async function writeFileInside(
  root: string,
  target: string,
  chunks: Iterable<string>,
): Promise<WriteOutcome> {
  const absolute = path.resolve(root, target)
  const outside = isOutside(absolute, path.resolve(root))
  if (outside && !path.isAbsolute(target)) {
    return {
      ok: false,
      message: `"${target}" leads out of ${path.resolve(root)} (by ".."); name a path inside it, or an absolute path`,
    }
  }
  const base = outside ? path.dirname(absolute) : path.resolve(root)
  const names = path
    .relative(base, absolute)
    .split(path.sep)
    .filter((name) => name !== '')
  const fileName = names.pop()
  if (fileName === undefined)
    return { ok: false, message: `"${target}" names a directory, not a file` }
  // How a directory on the way is named in a message: as the target was written, absolute or relative.
  const shown = (dir: string) =>
    path.isAbsolute(target) ? dir : path.relative(base, dir).split(path.sep).join('/')

  let dir = base
  for (const name of names) {
    dir = path.join(dir, name)
    const entered = await enterDirectory(dir, `"${shown(dir)}" in "${target}"`)
    if (!entered.ok) return entered
  }
  const file = path.join(dir, fileName)
  const existing = await lstatIfAny(file)
  if (!existing.ok)
    return { ok: false, message: `"${target}" could not be checked: ${reason(existing.error)}` }
  if (existing.stats) {
    const refused = refusal(existing.stats, `"${target}"`, 'file')
    if (refused) return { ok: false, message: refused }
  }
  const written = await replaceFile(dir, file, chunks)
  return written.ok
    ? { ok: true, path: file }
    : { ok: false, message: `"${target}" could not be written: ${written.reason}` }
}

/** Makes sure `dir` is a real directory (not a link to one), creating it when missing: one level, no `recursive`. */
async function enterDirectory(
  dir: string,
  named: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  let existing = await lstatIfAny(dir)
  if (existing.ok && existing.stats === undefined) {
    try {
      await mkdir(dir)
    } catch (error) {
      // EEXIST: something appeared there meanwhile; it is judged below like anything else.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        return {
          ok: false,
          message: `the directory ${named} could not be created: ${reason(error)}`,
        }
    }
    // Judged again after creating it: what is there now is what the file goes into.
    existing = await lstatIfAny(dir)
  }
  if (!existing.ok)
    return { ok: false, message: `${named} could not be checked: ${reason(existing.error)}` }
  const refused = existing.stats
    ? refusal(existing.stats, named, 'directory')
    : `${named} disappeared while it was being created`
  return refused ? { ok: false, message: refused } : { ok: true }
}

/** Why `stats` is not what may be written into (a directory) or over (a file); undefined when it is. */
function refusal(stats: Stats, named: string, wanted: 'directory' | 'file'): string | undefined {
  if (stats.isSymbolicLink())
    return `${named} is a symbolic link, and coexist does not write through links; remove it or choose another path`
  if (wanted === 'directory') return stats.isDirectory() ? undefined : `${named} is not a directory`
  if (stats.isDirectory()) return `${named} is a directory; name a file`
  if (!stats.isFile())
    return `${named} is not a regular file (it is ${kindOf(stats)}); coexist writes only regular files`
  return undefined
}

function kindOf(stats: Stats): string {
  if (stats.isFIFO()) return 'a FIFO'
  if (stats.isSocket()) return 'a socket'
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device'
  return 'neither a file nor a directory'
}

async function lstatIfAny(
  file: string,
): Promise<{ ok: true; stats?: Stats } | { ok: false; error: unknown }> {
  try {
    return { ok: true, stats: await lstat(file) }
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { ok: true } : { ok: false, error }
  }
}

/**
 * Writes a new temporary file next to `file` and renames it over `file`: rename replaces whatever
 * entry is there (a file, or a link put there since the check) and never follows it. Nothing is
 * opened but the new file, so a FIFO or device at the path cannot block or swallow the write. On
 * failure the temporary file is removed and `file` is untouched.
 */
async function replaceFile(
  dir: string,
  file: string,
  chunks: Iterable<string>,
): Promise<{ ok: true } | { ok: false; reason: string }> {
  const temporary = path.join(dir, `.coexist-${randomHex(6)}.tmp`)
  let handle
  try {
    handle = await open(temporary, FRESH_FILE, 0o644)
  } catch (error) {
    return { ok: false, reason: reason(error) }
  }
  try {
    // Given a handle, writeFile writes each piece whole and awaits it before taking the next.
    await writeFile(handle, chunks)
    await handle.close()
    handle = undefined
    await rename(temporary, file)
    return { ok: true }
  } catch (error) {
    await handle?.close().catch(() => undefined)
    await rm(temporary, { force: true }).catch(() => undefined)
    return { ok: false, reason: reason(error) }
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOSPC':
      return 'the disk is full (ENOSPC)'
    case 'EDQUOT':
      return 'the disk quota is used up (EDQUOT)'
    case 'EACCES':
    case 'EPERM':
      return `permission denied (${code})`
    case 'EROFS':
      return 'the file system is read-only (EROFS)'
    case 'ENOENT':
      return 'its directory does not exist (ENOENT)'
    case 'ENOTDIR':
      return 'a name on the way is not a directory (ENOTDIR)'
    case 'EISDIR':
      return 'a directory is in the way (EISDIR)'
    case 'ELOOP':
      return 'a symbolic link is in the way, and coexist does not write through links (ELOOP)'
    case 'ENAMETOOLONG':
      return 'the name is too long (ENAMETOOLONG)'
    case undefined:
      return error instanceof Error ? error.message : String(error)
    default:
      return `${(error as Error).message.split(',')[0]}`
  }
}
