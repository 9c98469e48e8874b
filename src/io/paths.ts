import { stat } from 'node:fs/promises'
import path from 'node:path'

/** Whether `file` lies outside `root` (both absolute): the one test every path check here uses. */
export function isOutside(file: string, root: string): boolean {
  const relative = path.relative(root, file)
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

/**
 * How reports name a file: relative to `cwd` with forward slashes, as terminals, editors,
 * annotations and SARIF want it (`../site.yml` from a subfolder of the root); absolute when it lies
 * outside `root`, the folder the run may read (the workspace in the action, where it is `cwd` too).
 */
export function displayPath(absolute: string, cwd: string, root = cwd): string {
  const relative = path.relative(cwd, absolute)
  const shown =
    relative === '' || path.isAbsolute(relative) || isOutside(absolute, root) ? absolute : relative
  return shown.split(path.sep).join('/')
}

/** Whether `absolute` is a folder (following symbolic links); false when it cannot be looked at. */
export function isDirectory(absolute: string): Promise<boolean> {
  return stat(absolute).then(
    (found) => found.isDirectory(),
    () => false,
  )
}
