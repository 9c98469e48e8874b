import { constants } from 'node:fs'
import { open } from 'node:fs/promises'
import { DEFAULT_MAX_BYTES } from '../core/limits.js'

export type TopologyBytes =
  | { ok: true; bytes: Uint8Array }
  /** `missing`: there is no such file (a file to create may be). */
  | { ok: false; message: string; missing?: boolean }

/**
 * The bytes of one topology file, or why not. Never hangs on a FIFO, never reads a file over
 * `maxBytes` (the check is made on the open file, so what is checked is what is read). `what`
 * names the kind of file in the refusal (an inventory's limit is not a topology's).
 */
export async function readTopologyBytes(
  file: string,
  maxBytes = DEFAULT_MAX_BYTES,
  what = 'topologies',
): Promise<TopologyBytes> {
  let handle
  try {
    // Open first and inspect the open file, so what we check is what we read. O_NONBLOCK keeps a
    // FIFO from blocking the open until some writer appears; it changes nothing for regular files.
    handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK)
  } catch (error) {
    return {
      ok: false,
      message: openFailure(error),
      ...((error as NodeJS.ErrnoException).code === 'ENOENT' ? { missing: true } : {}),
    }
  }
  try {
    const stat = await handle.stat()
    if (stat.isDirectory())
      return { ok: false, message: 'this is a directory; name a topology file such as coexist.yml' }
    if (!stat.isFile())
      return { ok: false, message: 'this is not a regular file; name a topology file' }
    if (stat.size > maxBytes)
      return {
        ok: false,
        message: `the file is ${stat.size} bytes; coexist reads ${what} up to ${maxBytes} bytes (max-bytes)`,
      }
    return { ok: true, bytes: await handle.readFile() }
  } catch (error) {
    return { ok: false, message: openFailure(error) }
  } finally {
    await handle.close()
  }
}

function openFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'ENOENT')
    return 'no such file; check the path (relative paths start at the current directory: for the action, the repository root)'
  if (code === 'EISDIR') return 'this is a directory; name a topology file such as coexist.yml'
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied'
  return `cannot read the file (${code ?? 'unknown error'})`
}
