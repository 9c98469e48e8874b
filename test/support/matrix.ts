// The built-in matrix as plain data, read straight from matrices/ (not through src/), so tests can
// state expectations from the source table rather than from the code under test.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { REPO_ROOT } from './runtimes.js'

export interface SeedMatrix {
  id: string
  servers: { id: string; name: string; aliases?: string[] }[]
  clients: { id: string; name: string; aliases?: string[] }[]
  footnotes: { id: string; text: string }[]
  cells: { client: string; server: string; status: string; footnotes?: string[] }[]
}

export const MATRIX_PATH = path.join(REPO_ROOT, 'matrices', 'lync-server-2013.json')

export function seedMatrix(): SeedMatrix {
  return JSON.parse(readFileSync(MATRIX_PATH, 'utf8')) as SeedMatrix
}

/** Footnote `id`'s full text, as the matrix (and Microsoft's page) words it. */
export function footnoteText(id: string): string {
  const found = seedMatrix().footnotes.find((f) => f.id === id)
  if (!found) throw new Error(`no footnote ${id}`)
  return found.text
}
