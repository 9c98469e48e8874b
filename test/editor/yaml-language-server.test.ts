// What an editor with the YAML extension (yaml-language-server) makes of a topology that names the
// schema in its first-line comment, as the README's "Editors" section says: the real server, started
// over stdio the way VS Code starts it, offline (the schema by file URL, the schema store off).
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { LspClient } from '../support/lsp-client.js'
import { REPO_ROOT } from '../support/runtimes.js'

const SERVER = path.join(
  REPO_ROOT,
  'node_modules',
  'yaml-language-server',
  'bin',
  'yaml-language-server',
)
const SCHEMA_URL = pathToFileURL(path.join(REPO_ROOT, 'schema', 'topology.schema.json')).href
const MODELINE = `# yaml-language-server: $schema=${SCHEMA_URL}`

/**
 * The settings an editor would give: validation and completion on, no schema store. Any request
 * the server still made would go through a proxy on a closed port and fail, so a pass shows that
 * the schema needs no network.
 */
const SETTINGS: Record<string, unknown> = {
  yaml: {
    validate: true,
    completion: true,
    schemaStore: { enable: false },
    kubernetesCRDStore: { enable: false },
  },
  http: { proxy: 'http://127.0.0.1:9', proxyStrictSSL: false },
}

interface Position {
  line: number
  character: number
}
interface Diagnostic {
  range: { start: Position; end: Position }
  message: string
}
interface CompletionItem {
  label: string
  /** Plain text: the client below takes no Markdown. */
  documentation?: string
}

let server: LspClient
let opened = 0

beforeAll(async () => {
  // The Node running the tests (the `node` devDependency under npm scripts) runs the server too.
  server = new LspClient(process.execPath, [SERVER, '--stdio'], {
    'workspace/configuration': (params) =>
      (params as { items: { section?: string }[] }).items.map(
        (item) => SETTINGS[item.section ?? ''] ?? {},
      ),
  })
  await server.request('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: {
      workspace: { configuration: true },
      textDocument: {
        completion: { completionItem: { documentationFormat: ['plaintext'] } },
        publishDiagnostics: {},
      },
    },
  })
  server.notify('initialized', {})
})

afterAll(async () => {
  await server?.close()
})

/** Opens `text` as a new YAML document (a file that need not exist) and returns its URI. */
function open(text: string): string {
  const uri = pathToFileURL(path.join(REPO_ROOT, 'test', 'editor', `topology-${++opened}.yml`)).href
  server.notify('textDocument/didOpen', {
    textDocument: { uri, languageId: 'yaml', version: 1, text },
  })
  return uri
}

/** The first diagnostics the server publishes for `uri` that satisfy `accept`. */
async function diagnosticsOf(
  uri: string,
  accept: (d: Diagnostic[]) => boolean,
): Promise<Diagnostic[]> {
  const { diagnostics } = await server.waitForNotification<{
    uri: string
    diagnostics: Diagnostic[]
  }>(
    'textDocument/publishDiagnostics',
    (params) => params.uri === uri && accept(params.diagnostics),
    10_000,
  )
  return diagnostics
}

/** The line and column (from 0, as LSP counts them) just after the first `needle` in `text`. */
function after(text: string, needle: string): Position {
  const at = text.indexOf(needle)
  if (at < 0) throw new Error(`"${needle}" is not in the document`)
  const before = text.slice(0, at + needle.length).split('\n')
  return { line: before.length - 1, character: before[before.length - 1]!.length }
}

describe('yaml-language-server on a topology with the schema modeline', () => {
  it('completes a server product with the built-in names, each described from its matrices', async () => {
    const text = [
      MODELINE,
      'servers:',
      '  - name: ams-pool01',
      '    product: ',
      'clients:',
      '  - name: sales',
      '    product: Lync 2013',
      '',
    ].join('\n')
    const uri = open(text)
    const { items } = await server.request<{ items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri },
      position: after(text, '    product: '),
    })
    const labels = items.map((item) => item.label)
    expect(labels).toContain('Lync Server 2013')
    expect(labels).toContain('Office Communications Server 2007 R2')
    // Not among the schema's hand-written examples: from the matrices.
    expect(labels).toContain('Skype for Business Server 2019')
    // Clients are not servers: the suggestions follow the key's role.
    expect(labels).not.toContain('Lync 2013')
    expect(items.find((item) => item.label === 'Lync Server 2010')?.documentation).toContain(
      'lync-server-2013 footnote 1: In Microsoft Lync Server 2010, group chat functionality',
    )
  })

  it('completes a client product of the built-in matrices', async () => {
    const text = [
      MODELINE,
      'servers:',
      '  - name: ams-pool01',
      '    product: Lync Server 2013',
      'clients:',
      '  - name: sales',
      '    product: ',
      '',
    ].join('\n')
    const uri = open(text)
    const { items } = await server.request<{ items: CompletionItem[] }>('textDocument/completion', {
      textDocument: { uri },
      position: after(text, 'name: sales\n    product: '),
    })
    expect(items.map((item) => item.label)).toEqual(
      expect.arrayContaining(['Lync 2013', 'Lync 2010 Attendee', 'Skype for Business 2019']),
    )
    expect(items.find((item) => item.label === 'Lync 2010 Attendee')?.documentation).toMatch(
      /^A client in .*lync-server-2013.*Also named: lync-2010-attendee, Microsoft Lync 2010 Attendee\./,
    )
  })

  it('reports a misspelled key at its line, and accepts a product no built-in matrix has', async () => {
    const text = [
      MODELINE,
      'matrix: house-rules',
      'servers:',
      '  - name: ams-pool01',
      '    product: Contoso Edge 2030',
      'clients:',
      '  - name: sales',
      '    prodcut: Lync 2013',
      '',
    ].join('\n')
    const uri = open(text)
    const diagnostics = await diagnosticsOf(uri, (list) => list.length > 0)
    const misspelled = after(text, '    prodcut').line
    expect(
      diagnostics.map((d) => [d.range.start.line, d.message]),
      JSON.stringify(diagnostics),
    ).toEqual(expect.arrayContaining([[misspelled, expect.stringMatching(/prodcut/)]]))
    // The custom matrix's product is valid: nothing is reported at its line.
    const customProduct = after(text, 'Contoso Edge 2030').line
    expect(diagnostics.filter((d) => d.range.start.line === customProduct)).toEqual([])
  })
})
