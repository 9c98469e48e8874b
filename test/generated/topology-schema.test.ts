// The products the topology schema suggests to editors come from matrices/*.json: a client added to
// a matrix file is suggested, with its footnotes, once scripts/generate.mjs runs, and no code
// changes. The generator runs here on a copy of the schemas and matrices with one client added.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { REPO_ROOT } from '../support/runtimes.js'

interface ProductSchema {
  $ref: string
  anyOf: { const?: string; description: string }[]
}
interface TopologySchema {
  properties: Record<string, { items: { properties: { product: ProductSchema } } }>
}

const productOf = (schema: TopologySchema, key: string) =>
  schema.properties[key]!.items.properties.product

let copy: string
let generated: TopologySchema

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), 'coexist-generate-'))
  cpSync(path.join(REPO_ROOT, 'schema'), path.join(copy, 'schema'), { recursive: true })
  cpSync(path.join(REPO_ROOT, 'matrices'), path.join(copy, 'matrices'), { recursive: true })
  cpSync(path.join(REPO_ROOT, 'inventory'), path.join(copy, 'inventory'), { recursive: true })
  mkdirSync(path.join(copy, 'src', 'generated'), { recursive: true })
  const file = path.join(copy, 'matrices', 'lync-server-2013.json')
  const matrix = JSON.parse(readFileSync(file, 'utf8')) as {
    clients: object[]
    cells: object[]
  }
  matrix.clients.push({ id: 'lync-2099', name: 'Lync 2099', aliases: ['L2099'] })
  matrix.cells.push({
    client: 'lync-2099',
    server: 'lync-server-2013',
    status: 'not-supported',
    footnotes: ['2'],
    source: { ref: 'gg398499' },
  })
  writeFileSync(file, JSON.stringify(matrix, null, 2))
  execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'generate.mjs')], {
    cwd: copy,
    stdio: 'pipe',
  })
  generated = JSON.parse(
    readFileSync(path.join(copy, 'schema', 'topology.schema.json'), 'utf8'),
  ) as TopologySchema
})

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true })
})

describe('scripts/generate.mjs on the topology schema', () => {
  it('suggests a client added to a matrix file, described by its matrix, names and footnotes', () => {
    for (const key of ['clients', 'exceptions']) {
      expect(productOf(generated, key).anyOf).toContainEqual({
        const: 'Lync 2099',
        description:
          'A client in lync-server-2013. Also named: lync-2099, L2099.\n\n' +
          'lync-server-2013 footnote 2: Lync Web App 2013 now provides a full in-meeting experience, including computer audio and video, and is considered the replacement for Lync 2010 Attendee.',
      })
    }
    expect(productOf(generated, 'servers').anyOf.map((member) => member.const)).not.toContain(
      'Lync 2099',
    )
  })

  it('ends every product anyOf with a member that accepts any other name', () => {
    for (const key of ['servers', 'clients', 'exceptions']) {
      const { anyOf, $ref } = productOf(generated, key)
      expect($ref).toBe('#/$defs/name')
      expect(anyOf.at(-1)).toEqual({
        description: 'Any other name: a custom matrix names its own products.',
      })
    }
  })

  it('leaves the suggestions out of the compiled validators: a new product changes the schema, not them', () => {
    const validators = readFileSync(path.join(copy, 'src', 'generated', 'validators.js'), 'utf8')
    expect(validators).not.toContain('Lync 2099')
    expect(validators).toBe(
      readFileSync(path.join(REPO_ROOT, 'src/generated/validators.js'), 'utf8'),
    )
  })
})
