import { execFileSync, spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const readme = readFileSync('README.md', 'utf8')

describe('README', () => {
  it('has a quick start of exactly two commands: the gate on the example, then install and test', () => {
    const block = /## Quick start\s+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? ''
    const commands = block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'))
    expect(commands).toEqual(['node dist/cli/index.js check examples/coexist.yml', 'npm cit'])
    expect(JSON.parse(readFileSync('package.json', 'utf8')).scripts.test).toBe('vitest run')
  })

  it('shows exactly what the bundled CLI prints (generated blocks are current)', () => {
    const check = spawnSync(process.execPath, ['scripts/update-readme.mjs', '--check'], { encoding: 'utf8' })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(0)
  })

  it('runs the quick-start gate command with the documented result: exit 1 on the example', () => {
    let status = 0
    try {
      execFileSync(process.execPath, ['dist/cli/index.js', 'check', 'examples/coexist.yml'], { encoding: 'utf8' })
    } catch (error) {
      status = (error as { status: number }).status
    }
    expect(status).toBe(1)
  })
})
