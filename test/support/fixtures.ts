// Fixtures live beside the tests that use them, in test/<folder>/fixtures/: these read one, named by
// its folder (the tests' folder under test/, e.g. "core") and its file name.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './runtimes.js'

/** The path of test/<folder>/fixtures/<name>. */
export function fixturePath(folder: string, name: string): string {
  return path.join(REPO_ROOT, 'test', folder, 'fixtures', name)
}

export function fixtureBytes(folder: string, name: string): Uint8Array {
  return new Uint8Array(readFileSync(fixturePath(folder, name)))
}

export function fixtureText(folder: string, name: string): string {
  return readFileSync(fixturePath(folder, name), 'utf8')
}
