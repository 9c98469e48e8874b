// Real git repositories in temporary folders, for new-only mode: commit a topology, change it,
// commit again, and clone the result shallowly the way actions/checkout does by default.
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

// A fixed identity and no user or system configuration, so the tests behave the same on any machine.
const GIT_ENV = {
  PATH: process.env.PATH ?? '/usr/bin:/bin',
  HOME: process.env.HOME ?? '/',
  LC_ALL: 'C',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'coexist tests',
  GIT_AUTHOR_EMAIL: 'tests@coexist.invalid',
  GIT_COMMITTER_NAME: 'coexist tests',
  GIT_COMMITTER_EMAIL: 'tests@coexist.invalid',
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    env: GIT_ENV,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  }).trim()
}

export interface GitRepo {
  dir: string
  /** Writes a file in the working tree (creating folders); nothing is staged. */
  write(relative: string, text: string): string
  /** Stages everything and commits; returns the new commit's full sha. */
  commit(message: string): string
  git(...args: string[]): string
}

function repoAt(dir: string): GitRepo {
  return {
    dir,
    write(relative, text) {
      const target = path.join(dir, relative)
      mkdirSync(path.dirname(target), { recursive: true })
      writeFileSync(target, text)
      return target
    },
    commit(message) {
      git(dir, 'add', '--all')
      git(dir, 'commit', '--quiet', '--allow-empty', '-m', message)
      return git(dir, 'rev-parse', 'HEAD')
    },
    git: (...args) => git(dir, ...args),
  }
}

/** `git init` in `dir` (created if needed), on branch main. */
export function initRepo(dir: string): GitRepo {
  mkdirSync(dir, { recursive: true })
  git(dir, 'init', '--quiet', '--initial-branch=main')
  return repoAt(dir)
}

/** `git clone --depth 1 file://source target`: only the tip commit, as actions/checkout fetches by default. */
export function shallowClone(source: string, target: string): GitRepo {
  git(path.dirname(target), 'clone', '--quiet', '--depth', '1', `file://${source}`, target)
  return repoAt(target)
}
