// readAtRevision on real repositories: a file as a commit had it, a file the commit did not have,
// revisions that are missing (a shallow checkout) or that git could take for an option, and
// folders that are no repository at all.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { readAtRevision, SHALLOW_CHECKOUT_HELP, type BaseRead } from '../../src/io/git.js'
import { initRepo, shallowClone, type GitRepo } from '../support/git-repo.js'

const MAX = 1024 * 1024
const V1 = 'servers:\n  - name: s1\n    product: Lync Server 2013\n'
const V2 = `${V1}clients:\n  - name: c1\n    product: Lync 2013\n`
const NESTED = 'matrix: lync-server-2013\n# nested, as the base had it\n'

let root: string
let repo: GitRepo
/** Commit 1: coexist.yml (V1) and estate/emea/coexist.yml. */
let base: string
/** Commit 2: coexist.yml changed to V2, added.yml added. */
let head: string

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'coexist-git-'))
  repo = initRepo(path.join(root, 'repo'))
  repo.write('coexist.yml', V1)
  repo.write('estate/emea/coexist.yml', NESTED)
  base = repo.commit('base')
  repo.write('coexist.yml', V2)
  repo.write('added.yml', V2)
  head = repo.commit('head')
})
afterAll(() => rmSync(root, { recursive: true, force: true }))

const text = (read: BaseRead) => (read.ok ? new TextDecoder().decode(read.bytes) : read)
const unavailable = (message: string | RegExp) => ({
  ok: false,
  reason: 'unavailable',
  message: typeof message === 'string' ? message : expect.stringMatching(message),
})

describe('readAtRevision on a full clone', () => {
  it('reads the file as the base commit had it, not as the working tree has it', async () => {
    expect(text(await readAtRevision(repo.dir, base, 'coexist.yml', MAX))).toBe(V1)
    expect(text(await readAtRevision(repo.dir, head, 'coexist.yml', MAX))).toBe(V2)
  })

  it('takes any revision git resolves: short sha, HEAD~1, a branch name', async () => {
    expect(text(await readAtRevision(repo.dir, base.slice(0, 10), 'coexist.yml', MAX))).toBe(V1)
    expect(text(await readAtRevision(repo.dir, 'HEAD~1', 'coexist.yml', MAX))).toBe(V1)
    expect(text(await readAtRevision(repo.dir, 'main', 'coexist.yml', MAX))).toBe(V2)
  })

  it('gives the exact bytes, a byte order mark and CRLF included', async () => {
    const other = initRepo(path.join(root, 'bytes'))
    const bytes = '\ufeffservers: []\r\nclients: []\r\n'
    other.write('coexist.yml', bytes)
    const sha = other.commit('bytes')
    const read = await readAtRevision(other.dir, sha, 'coexist.yml', MAX)
    expect(read.ok).toBe(true)
    if (read.ok) expect(Buffer.from(read.bytes).equals(Buffer.from(bytes, 'utf8'))).toBe(true)
  })

  it('reads a file in a folder, with the path relative to cwd', async () => {
    expect(text(await readAtRevision(repo.dir, base, 'estate/emea/coexist.yml', MAX))).toBe(NESTED)
    // cwd a folder inside the repository: the path is relative to it, not to the repository root.
    expect(
      text(await readAtRevision(path.join(repo.dir, 'estate'), base, 'emea/coexist.yml', MAX)),
    ).toBe(NESTED)
  })

  it('says absent for a file the base commit did not have, on disk or not', async () => {
    expect(await readAtRevision(repo.dir, base, 'added.yml', MAX)).toEqual({
      ok: false,
      reason: 'absent',
    })
    expect(await readAtRevision(repo.dir, base, 'never/there.yml', MAX)).toEqual({
      ok: false,
      reason: 'absent',
    })
  })

  it('names fetch-depth for a branch name that does not exist', async () => {
    expect(await readAtRevision(repo.dir, 'no-such-branch', 'coexist.yml', MAX)).toEqual(
      unavailable(
        `the base commit no-such-branch is not in the checkout; ${SHALLOW_CHECKOUT_HELP}`,
      ),
    )
    expect(SHALLOW_CHECKOUT_HELP).toContain('`fetch-depth: 0`')
  })

  it('names fetch-depth for a full sha the repository does not have (not "absent")', async () => {
    // The pull_request event gives a full 40-digit sha. git parses one as an object name without
    // looking it up, so the error it prints is about the path, not about the commit.
    const missing = 'a'.repeat(40)
    expect(await readAtRevision(repo.dir, missing, 'coexist.yml', MAX)).toEqual(
      unavailable(`the base commit ${missing} is not in the checkout; ${SHALLOW_CHECKOUT_HELP}`),
    )
    expect(await readAtRevision(repo.dir, missing, 'added.yml', MAX)).toEqual(
      unavailable(/fetch-depth: 0/),
    )
  })

  it('refuses a file larger than maxBytes without throwing', async () => {
    expect(await readAtRevision(repo.dir, base, 'coexist.yml', 8)).toEqual(
      unavailable(/^git show failed: /),
    )
  })
})

describe('readAtRevision and revisions git could take for an option', () => {
  it.each([
    '--output=x',
    '--output=../escaped.txt',
    '-p',
    '--no-index',
    '-',
    'HEAD --output=x',
    'HEAD\n--output=x',
    'HEAD;touch x',
    '$(touch x)',
    '',
  ])('refuses %j, runs nothing and writes nothing', async (revision) => {
    const before = readdirSync(repo.dir).sort()
    expect(await readAtRevision(repo.dir, revision, 'coexist.yml', MAX)).toEqual(
      unavailable(`"${revision}" is not a revision coexist will pass to git`),
    )
    expect(readdirSync(repo.dir).sort()).toEqual(before)
    expect(existsSync(path.join(root, 'escaped.txt'))).toBe(false)
  })
})

describe('readAtRevision outside a full clone', () => {
  it('says the workspace is not a git checkout for a plain folder', async () => {
    const plain = path.join(root, 'plain')
    mkdirSync(plain)
    expect(await readAtRevision(plain, 'HEAD', 'coexist.yml', MAX)).toEqual(
      unavailable('the workspace is not a git checkout'),
    )
  })

  describe('in a shallow clone (git clone --depth 1), where the base commit is missing', () => {
    let shallow: GitRepo
    beforeAll(() => {
      shallow = shallowClone(repo.dir, path.join(root, 'shallow'))
    })

    it('still reads the head commit', async () => {
      expect(shallow.git('rev-parse', 'HEAD')).toBe(head)
      expect(text(await readAtRevision(shallow.dir, head, 'coexist.yml', MAX))).toBe(V2)
    })

    it('names fetch-depth: 0 for the base commit given by its full sha, as the pull_request event gives it', async () => {
      expect(await readAtRevision(shallow.dir, base, 'coexist.yml', MAX)).toEqual(
        unavailable(`the base commit ${base} is not in the checkout; ${SHALLOW_CHECKOUT_HELP}`),
      )
    })

    it('names fetch-depth: 0 for HEAD~1 and a short sha', async () => {
      expect(await readAtRevision(shallow.dir, 'HEAD~1', 'coexist.yml', MAX)).toEqual(
        unavailable(/^the base commit HEAD~1 is not in the checkout; .*`fetch-depth: 0`/),
      )
      expect(await readAtRevision(shallow.dir, base.slice(0, 12), 'coexist.yml', MAX)).toEqual(
        unavailable(/`fetch-depth: 0`/),
      )
    })

    it('names fetch-depth: 0 for a file the head added, rather than calling it absent', async () => {
      expect(await readAtRevision(shallow.dir, base, 'added.yml', MAX)).toEqual(
        unavailable(/`fetch-depth: 0`/),
      )
    })
  })
})

describe('readAtRevision and the environment', () => {
  const saved = {
    LANGUAGE: process.env.LANGUAGE,
    LC_ALL: process.env.LC_ALL,
    LC_MESSAGES: process.env.LC_MESSAGES,
    PATH: process.env.PATH,
  }
  afterEach(() => {
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
  })

  it('understands git whatever language the user reads it in', async () => {
    // git speaks German with LANGUAGE=de when its translations are installed; coexist reads git's
    // messages, so it has to ask for them untranslated.
    delete process.env.LC_ALL
    delete process.env.LC_MESSAGES
    process.env.LANGUAGE = 'de'
    expect(await readAtRevision(repo.dir, base, 'added.yml', MAX)).toEqual({
      ok: false,
      reason: 'absent',
    })
    expect(await readAtRevision(repo.dir, 'no-such-branch', 'coexist.yml', MAX)).toEqual(
      unavailable(/`fetch-depth: 0`/),
    )
    expect(await readAtRevision(path.join(root), 'HEAD', 'coexist.yml', MAX)).toEqual(
      unavailable('the workspace is not a git checkout'),
    )
    expect(text(await readAtRevision(repo.dir, base, 'coexist.yml', MAX))).toBe(V1)
  })

  it('says git is not installed when there is no git on PATH', async () => {
    const empty = path.join(root, 'empty-bin')
    mkdirSync(empty, { recursive: true })
    process.env.PATH = empty
    expect(await readAtRevision(repo.dir, base, 'coexist.yml', MAX)).toEqual(
      unavailable('git is not installed'),
    )
  })
})
