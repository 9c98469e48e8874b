import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import path from 'node:path'
import { buildReport, checkTopology, unreadable, type CheckOptions } from '../core/check.js'
import type { FileReport, Report } from '../core/types.js'

// Far above any real estate (100,000 populations take about 8 MiB) and small enough that a
// hostile file is refused before it is parsed.
export const MAX_TOPOLOGY_BYTES = 16 * 1024 * 1024

/** Reads each topology file and runs the pure check on it; a file that cannot be read is reported, not thrown. */
export async function checkFiles(paths: readonly string[], cwd: string, options: CheckOptions): Promise<Report> {
  const files: FileReport[] = []
  for (const given of paths) {
    const absolute = path.resolve(cwd, given)
    const shown = displayPath(absolute, cwd)
    const read = await readTopologyBytes(absolute)
    files.push(read.ok ? checkTopology(shown, read.bytes, options) : unreadable(shown, read.message))
  }
  return buildReport(files)
}

/** Repo-relative with forward slashes, as annotations and SARIF want it; absolute when outside `cwd`. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  const outside = relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
  if (relative === '' || outside) return absolute.split(path.sep).join('/')
  return relative.split(path.sep).join('/')
}

async function readTopologyBytes(file: string): Promise<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }> {
  let handle
  try {
    // Open first and inspect the open file, so what we check is what we read. O_NONBLOCK keeps a
    // FIFO from blocking the open until some writer appears; it changes nothing for regular files.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return { ok: false, message: openFailure(error) }
  }
  try {
    const stat = await handle.stat()
    if (stat.isDirectory()) return { ok: false, message: 'this is a directory; name a topology file such as coexist.yml' }
    if (!stat.isFile()) return { ok: false, message: 'this is not a regular file; name a topology file' }
    if (stat.size > MAX_TOPOLOGY_BYTES) return { ok: false, message: `the file is ${stat.size} bytes; coexist reads topologies up to ${MAX_TOPOLOGY_BYTES} bytes` }
    return { ok: true, bytes: await handle.readFile() }
  } catch (error) {
    return { ok: false, message: openFailure(error) }
  } finally {
    await handle.close()
  }
}

function openFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT') return 'no such file; check the path (it is resolved from the repository root)'
  if (code === 'EISDIR') return 'this is a directory; name a topology file such as coexist.yml'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return `cannot read the file (${code ?? 'unknown error'})`
}
