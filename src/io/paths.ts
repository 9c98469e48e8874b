import path from 'node:path'

/** Whether `file` lies outside `root` (both absolute): the one test every path check here uses. */
export function isOutside(file: string, root: string): boolean {
  const relative = path.relative(root, file)
  return relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)
}

/** Repo-relative with forward slashes, as annotations and SARIF want it; absolute when outside `cwd`. */
export function displayPath(absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute)
  const shown = relative === '' || isOutside(absolute, cwd) ? absolute : relative
  return shown.split(path.sep).join('/')
}
