// readInputs: the action's two inputs as the runner passes them (INPUT_TOPOLOGY, INPUT_FAIL-ON).
import { describe, expect, it } from 'vitest'
import { readInputs } from '../../src/action/inputs.js'
import { getInput } from '../../src/action/runner.js'

const inputs = (env: NodeJS.ProcessEnv) => {
  const read = readInputs(env)
  if (!read.ok) throw new Error(`expected valid inputs, got: ${read.message}`)
  return { topology: read.inputs.topology, failOn: [...read.inputs.failOn].sort() }
}

describe('topology', () => {
  it('defaults to coexist.yml when the input is unset, empty or blank', () => {
    expect(inputs({}).topology).toEqual(['coexist.yml'])
    expect(inputs({ INPUT_TOPOLOGY: '' }).topology).toEqual(['coexist.yml'])
    expect(inputs({ INPUT_TOPOLOGY: '  \n\t ' }).topology).toEqual(['coexist.yml'])
  })

  it('defaults to coexist.yml when the list holds only separators', () => {
    expect(inputs({ INPUT_TOPOLOGY: ' ,\n, ,\n' }).topology).toEqual(['coexist.yml'])
  })

  it('takes one path as given', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'estate/coexist.yml' }).topology).toEqual(['estate/coexist.yml'])
  })

  it('splits on newlines (a YAML block scalar) and trims each entry', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml\n  amer.yml  \napac.json\n' }).topology).toEqual(['emea.yml', 'amer.yml', 'apac.json'])
  })

  it('splits on Windows line endings too', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml\r\namer.yml\r\n' }).topology).toEqual(['emea.yml', 'amer.yml'])
  })

  it('splits on commas, newlines and commas mixed, and drops blank entries', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml, amer.yml' }).topology).toEqual(['emea.yml', 'amer.yml'])
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml,\n\n amer.yml ,, apac.json,' }).topology).toEqual(['emea.yml', 'amer.yml', 'apac.json'])
  })

  it('keeps spaces inside a path', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'UC estate/coexist.yml' }).topology).toEqual(['UC estate/coexist.yml'])
  })

  it('keeps duplicates and order as written', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'b.yml\na.yml\nb.yml' }).topology).toEqual(['b.yml', 'a.yml', 'b.yml'])
  })

  it('reads only the upper-case variable the runner sets', () => {
    expect(inputs({ input_topology: 'other.yml' }).topology).toEqual(['coexist.yml'])
  })
})

describe('fail-on', () => {
  it('defaults to not-supported when unset, empty or blank', () => {
    expect(inputs({}).failOn).toEqual(['not-supported'])
    expect(inputs({ 'INPUT_FAIL-ON': '' }).failOn).toEqual(['not-supported'])
    expect(inputs({ 'INPUT_FAIL-ON': '   ' }).failOn).toEqual(['not-supported'])
  })

  it('is read from INPUT_FAIL-ON, with the hyphen the runner keeps', () => {
    expect(inputs({ 'INPUT_FAIL-ON': 'interoperable' }).failOn).toEqual(['interoperable'])
    // An underscore variant is not what the runner sets, so it is not read.
    expect(inputs({ INPUT_FAIL_ON: 'interoperable' }).failOn).toEqual(['not-supported'])
  })

  it('takes a comma-separated list, any case, with spaces', () => {
    expect(inputs({ 'INPUT_FAIL-ON': ' Interoperable , NOT-SUPPORTED,not-applicable ' }).failOn).toEqual(['interoperable', 'not-applicable', 'not-supported'])
  })

  it('none fails nothing', () => {
    expect(inputs({ 'INPUT_FAIL-ON': 'none' }).failOn).toEqual([])
    expect(inputs({ 'INPUT_FAIL-ON': ' NONE ' }).failOn).toEqual([])
  })

  it('rejects an unknown status, with the closest one', () => {
    expect(readInputs({ 'INPUT_FAIL-ON': 'not-suported' })).toEqual({
      ok: false,
      message: 'input fail-on: unknown status "not-suported" (did you mean "not-supported"?); use a comma-separated list of supported, interoperable, not-supported, not-applicable, or none',
    })
  })

  it('rejects a word that is nothing like a status', () => {
    expect(readInputs({ 'INPUT_FAIL-ON': 'everything' })).toEqual({
      ok: false,
      message: 'input fail-on: unknown status "everything"; use a comma-separated list of supported, interoperable, not-supported, not-applicable, or none',
    })
  })

  it('rejects none combined with statuses', () => {
    expect(readInputs({ 'INPUT_FAIL-ON': 'none, not-supported' })).toEqual({
      ok: false,
      message:
        'input fail-on: unknown status "none" ("none" cannot be combined with statuses); use a comma-separated list of supported, interoperable, not-supported, not-applicable, or none',
    })
  })

  it('does not misread a newline-separated list: both statuses, or an error', () => {
    const read = readInputs({ 'INPUT_FAIL-ON': 'interoperable\nnot-supported' })
    if (read.ok) expect([...read.inputs.failOn].sort()).toEqual(['interoperable', 'not-supported'])
    else expect(read.message).toMatch(/^input fail-on: unknown status "interoperable\nnot-supported"/)
  })

  // A list of nothing but commas is not "none": it must not switch the gate off silently. Either it
  // is blank (the default, not-supported) or it is an error.
  it('does not turn a list of only commas into "fail on nothing"', () => {
    const read = readInputs({ 'INPUT_FAIL-ON': ' , ' })
    const failOn = read.ok ? [...read.inputs.failOn] : 'rejected'
    expect(failOn === 'rejected' || (failOn.length === 1 && failOn[0] === 'not-supported'), `fail-on " , " read as ${JSON.stringify(failOn)}`).toBe(true)
  })
})

describe('getInput', () => {
  it('upper-cases the name, turns spaces into underscores, keeps hyphens and trims the value', () => {
    expect(getInput({ 'INPUT_FAIL-ON': '  none \n' }, 'fail-on')).toBe('none')
    expect(getInput({ INPUT_MY_INPUT: 'x' }, 'my input')).toBe('x')
    expect(getInput({}, 'topology')).toBe('')
  })
})
