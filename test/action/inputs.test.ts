// readInputs: the action's inputs as the runner passes them (INPUT_TOPOLOGY, INPUT_FAIL-ON, INPUT_PR-COMMENT, ...).
import { describe, expect, it } from 'vitest'
import { readInputs } from '../../src/action/inputs.js'
import { getInput } from '../../src/runner/protocol.js'

const inputs = (env: NodeJS.ProcessEnv) => {
  const read = readInputs(env)
  if (!read.ok) throw new Error(`expected valid inputs, got: ${read.message}`)
  return { topology: read.inputs.run.topology, failOn: [...read.inputs.run.failOn].sort() }
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
    expect(inputs({ INPUT_TOPOLOGY: 'estate/coexist.yml' }).topology).toEqual([
      'estate/coexist.yml',
    ])
  })

  it('splits on newlines (a YAML block scalar) and trims each entry', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml\n  amer.yml  \napac.json\n' }).topology).toEqual([
      'emea.yml',
      'amer.yml',
      'apac.json',
    ])
  })

  it('splits on Windows line endings too', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml\r\namer.yml\r\n' }).topology).toEqual([
      'emea.yml',
      'amer.yml',
    ])
  })

  it('splits on commas, newlines and commas mixed, and drops blank entries', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml, amer.yml' }).topology).toEqual([
      'emea.yml',
      'amer.yml',
    ])
    expect(inputs({ INPUT_TOPOLOGY: 'emea.yml,\n\n amer.yml ,, apac.json,' }).topology).toEqual([
      'emea.yml',
      'amer.yml',
      'apac.json',
    ])
  })

  it('keeps spaces inside a path', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'UC estate/coexist.yml' }).topology).toEqual([
      'UC estate/coexist.yml',
    ])
  })

  it('keeps duplicates and order as written', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'b.yml\na.yml\nb.yml' }).topology).toEqual([
      'b.yml',
      'a.yml',
      'b.yml',
    ])
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
    expect(
      inputs({ 'INPUT_FAIL-ON': ' Interoperable , NOT-SUPPORTED,not-applicable ' }).failOn,
    ).toEqual(['interoperable', 'not-applicable', 'not-supported'])
  })

  it('none fails nothing', () => {
    expect(inputs({ 'INPUT_FAIL-ON': 'none' }).failOn).toEqual([])
    expect(inputs({ 'INPUT_FAIL-ON': ' NONE ' }).failOn).toEqual([])
  })

  it('rejects an unknown status, with the closest one', () => {
    expect(readInputs({ 'INPUT_FAIL-ON': 'not-suported' })).toEqual({
      ok: false,
      message:
        'input fail-on: unknown status "not-suported" (did you mean "not-supported"?); use a comma-separated list of supported, interoperable, not-supported, not-applicable, undocumented, or none',
    })
  })

  it('rejects a word that is nothing like a status', () => {
    expect(readInputs({ 'INPUT_FAIL-ON': 'everything' })).toEqual({
      ok: false,
      message:
        'input fail-on: unknown status "everything"; use a comma-separated list of supported, interoperable, not-supported, not-applicable, undocumented, or none',
    })
  })

  it('rejects none combined with statuses', () => {
    expect(readInputs({ 'INPUT_FAIL-ON': 'none, not-supported' })).toEqual({
      ok: false,
      message:
        'input fail-on: unknown status "none" ("none" cannot be combined with statuses); use a comma-separated list of supported, interoperable, not-supported, not-applicable, undocumented, or none',
    })
  })

  it('does not misread a newline-separated list: both statuses, or an error', () => {
    const read = readInputs({ 'INPUT_FAIL-ON': 'interoperable\nnot-supported' })
    if (read.ok)
      expect([...read.inputs.run.failOn].sort()).toEqual(['interoperable', 'not-supported'])
    else
      expect(read.message).toMatch(/^input fail-on: unknown status "interoperable\nnot-supported"/)
  })

  // A list of nothing but commas is not "none": it must not switch the gate off silently. Either it
  // is blank (the default, not-supported) or it is an error.
  it('does not turn a list of only commas into "fail on nothing"', () => {
    const read = readInputs({ 'INPUT_FAIL-ON': ' , ' })
    const failOn = read.ok ? [...read.inputs.run.failOn] : 'rejected'
    expect(
      failOn === 'rejected' || (failOn.length === 1 && failOn[0] === 'not-supported'),
      `fail-on " , " read as ${JSON.stringify(failOn)}`,
    ).toBe(true)
  })
})

describe('getInput', () => {
  it('upper-cases the name, turns spaces into underscores, keeps hyphens and trims the value', () => {
    expect(getInput({ 'INPUT_FAIL-ON': '  none \n' }, 'fail-on')).toBe('none')
    expect(getInput({ INPUT_MY_INPUT: 'x' }, 'my input')).toBe('x')
    expect(getInput({}, 'topology')).toBe('')
  })
})

const all = (env: NodeJS.ProcessEnv) => {
  const read = readInputs(env)
  if (!read.ok) throw new Error(`expected valid inputs, got: ${read.message}`)
  // The run's options and the action's own inputs side by side, as the action.yml lists them.
  const { run, ...action } = read.inputs
  return { ...run, ...action }
}

describe('the defaults of the inputs action.yml added for pull requests', () => {
  it('are pr-comment auto, no token, no SARIF, new-only off and a 30 s deadline', () => {
    const read = all({})
    expect({
      prComment: read.prComment,
      githubToken: read.githubToken,
      sarif: read.sarif,
      newOnly: read.newOnly,
      githubDeadlineMs: read.githubDeadlineMs,
    }).toEqual({
      prComment: 'auto',
      githubToken: '',
      sarif: '',
      newOnly: false,
      githubDeadlineMs: 30_000,
    })
  })
})

describe('pr-comment', () => {
  it.each([
    ['auto', 'auto'],
    ['always', 'always'],
    ['never', 'never'],
    ['  never \n', 'never'],
    ['ALWAYS', 'always'],
    ['Never', 'never'],
    ['', 'auto'],
    ['   ', 'auto'],
  ])('reads %j as %s', (value, mode) => {
    expect(all({ 'INPUT_PR-COMMENT': value }).prComment).toBe(mode)
  })

  it.each(['false', 'no', 'off', 'true', 'auto,never', 'sometimes'])(
    'rejects %j, naming the three values',
    (value) => {
      expect(readInputs({ 'INPUT_PR-COMMENT': value })).toEqual({
        ok: false,
        message: `input pr-comment: "${value}" is not one of auto, always, never`,
      })
    },
  )

  it('checks fail-on first: one message, for the first bad input', () => {
    expect(
      readInputs({ 'INPUT_FAIL-ON': 'everything', 'INPUT_PR-COMMENT': 'sometimes' }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/^input fail-on: /) })
  })
})

describe('new-only', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    [' true\n', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    ['', false],
  ])('reads %j as %s', (value, on) => {
    expect(all({ 'INPUT_NEW-ONLY': value }).newOnly).toBe(on)
  })

  it.each(['yes', 'no', 'on', 'off', '1', '0', 'tRUE', 'true false', 'y'])(
    'rejects %j as @actions/core getBooleanInput would',
    (value) => {
      expect(readInputs({ 'INPUT_NEW-ONLY': value })).toEqual({
        ok: false,
        message: `input new-only: "${value}" is not true or false`,
      })
    },
  )

  it('reads only INPUT_NEW-ONLY, with the hyphen', () => {
    expect(all({ INPUT_NEW_ONLY: 'true' }).newOnly).toBe(false)
  })
})

describe('sarif and github-token', () => {
  it('take the path and the token as given, trimmed', () => {
    const read = all({
      INPUT_SARIF: ' results/coexist.sarif \n',
      'INPUT_GITHUB-TOKEN': ' ghs_0123456789abcdefABCDEF\n',
    })
    expect(read.sarif).toBe('results/coexist.sarif')
    expect(read.githubToken).toBe('ghs_0123456789abcdefABCDEF')
  })

  it('leave the other inputs as they were', () => {
    const read = all({
      INPUT_TOPOLOGY: 'a.yml',
      'INPUT_FAIL-ON': 'none',
      INPUT_SARIF: 'x.sarif',
      'INPUT_GITHUB-TOKEN': 't',
      'INPUT_PR-COMMENT': 'never',
      'INPUT_NEW-ONLY': 'true',
    })
    expect({ ...read, failOn: [...read.failOn] }).toEqual({
      topology: ['a.yml'],
      failOn: [],
      maxWaiverDays: 365,
      limits: { maxNodes: 250_000, maxPairs: 25_000 },
      prComment: 'never',
      githubToken: 't',
      sarif: 'x.sarif',
      newOnly: true,
      allowEmpty: false,
      maxBytes: 16 * 1024 * 1024,
      expiryWarningDays: 30,
      githubDeadlineMs: 30_000,
    })
  })
})

describe('COEXIST_GITHUB_DEADLINE_MS', () => {
  it.each([
    ['1500', 1500],
    [' 250 ', 250],
    ['1e3', 1000],
    ['0.5', 0.5],
  ])('takes %j as %d ms', (value, ms) => {
    expect(all({ COEXIST_GITHUB_DEADLINE_MS: value }).githubDeadlineMs).toBe(ms)
  })

  it.each(['', '0', '-5', 'abc', 'Infinity', 'NaN', '30s'])(
    'falls back to 30 s for %j, without failing the inputs',
    (value) => {
      expect(all({ COEXIST_GITHUB_DEADLINE_MS: value }).githubDeadlineMs).toBe(30_000)
    },
  )

  it('is not an input: INPUT_COEXIST_GITHUB_DEADLINE_MS is not read', () => {
    expect(all({ INPUT_COEXIST_GITHUB_DEADLINE_MS: '5' }).githubDeadlineMs).toBe(30_000)
  })
})

describe('topology with glob patterns', () => {
  it('passes patterns through as written; coexist expands them, not the runner', () => {
    expect(inputs({ INPUT_TOPOLOGY: '**/coexist.yml\nsites/*/coexist.yaml' }).topology).toEqual([
      '**/coexist.yml',
      'sites/*/coexist.yaml',
    ])
  })

  it('does not split at a comma inside {a,b} alternatives', () => {
    expect(inputs({ INPUT_TOPOLOGY: '{emea,amer}/coexist.yml, apac.yml' }).topology).toEqual([
      '{emea,amer}/coexist.yml',
      'apac.yml',
    ])
    expect(inputs({ INPUT_TOPOLOGY: 'sites/{a,{b,c}}/*.yml,x.yml\n{d,e}.yml' }).topology).toEqual([
      'sites/{a,{b,c}}/*.yml',
      'x.yml',
      '{d,e}.yml',
    ])
  })

  it('splits at every comma when a brace is not closed, as before', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'a{b.yml,c.yml' }).topology).toEqual(['a{b.yml', 'c.yml'])
    expect(inputs({ INPUT_TOPOLOGY: 'a}b.yml,c.yml' }).topology).toEqual(['a}b.yml', 'c.yml'])
  })

  it('keeps an escaped comma or brace inside its entry', () => {
    expect(inputs({ INPUT_TOPOLOGY: 'odd\\,name.yml, b.yml' }).topology).toEqual([
      'odd\\,name.yml',
      'b.yml',
    ])
    expect(inputs({ INPUT_TOPOLOGY: 'a\\{b,c.yml' }).topology).toEqual(['a\\{b', 'c.yml'])
  })
})

describe('allow-empty', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    [' true\n', true],
    ['false', false],
    ['FALSE', false],
    ['', false],
  ])('reads %j as %s', (value, on) => {
    expect(all({ 'INPUT_ALLOW-EMPTY': value }).allowEmpty).toBe(on)
  })

  it('is off by default', () => {
    expect(all({}).allowEmpty).toBe(false)
  })

  it.each(['yes', 'on', '1', 'tRUE', 'true,false'])('rejects %j, naming the input', (value) => {
    expect(readInputs({ 'INPUT_ALLOW-EMPTY': value })).toEqual({
      ok: false,
      message: `input allow-empty: "${value}" is not true or false`,
    })
  })

  it('reads only INPUT_ALLOW-EMPTY, with the hyphen', () => {
    expect(all({ INPUT_ALLOW_EMPTY: 'true' }).allowEmpty).toBe(false)
  })
})

describe('matrix', () => {
  it("is empty by default: each topology's own matrix: decides", () => {
    expect(all({}).matrix).toBeUndefined()
    expect(all({ INPUT_MATRIX: '  \n' }).matrix).toBeUndefined()
  })

  it('takes a built-in id or a matrix file path as given, trimmed; coexist resolves it when it checks', () => {
    expect(all({ INPUT_MATRIX: 'skype-for-business-server' }).matrix).toBe(
      'skype-for-business-server',
    )
    expect(all({ INPUT_MATRIX: ' matrices/house-rules.yml \n' }).matrix).toBe(
      'matrices/house-rules.yml',
    )
  })

  it('leaves the other inputs alone', () => {
    const read = all({ INPUT_MATRIX: 'matrices/house-rules.yml' })
    expect([read.topology, read.expiryWarningDays, read.newOnly]).toEqual([
      ['coexist.yml'],
      30,
      false,
    ])
  })
})

describe('expiry-warning-days', () => {
  it('is 30 by default, also when empty or blank', () => {
    expect(all({}).expiryWarningDays).toBe(30)
    expect(all({ 'INPUT_EXPIRY-WARNING-DAYS': '' }).expiryWarningDays).toBe(30)
    expect(all({ 'INPUT_EXPIRY-WARNING-DAYS': ' \n' }).expiryWarningDays).toBe(30)
  })

  it.each([
    ['0', 0],
    ['7', 7],
    [' 14\n', 14],
    ['007', 7],
    ['3650', 3650],
  ])('reads %j as %d', (value, days) => {
    expect(all({ 'INPUT_EXPIRY-WARNING-DAYS': value }).expiryWarningDays).toBe(days)
  })

  it.each(['-1', '1.5', 'thirty', '3651', '30 days', '1e2', '0x10', '+5', 'Infinity'])(
    'rejects %j, naming the input and the range',
    (value) => {
      expect(readInputs({ 'INPUT_EXPIRY-WARNING-DAYS': value })).toEqual({
        ok: false,
        message: `input expiry-warning-days: "${value}" is not a whole number of days from 0 to 3650`,
      })
    },
  )

  it('reads only INPUT_EXPIRY-WARNING-DAYS, with the hyphens', () => {
    expect(all({ INPUT_EXPIRY_WARNING_DAYS: '0' }).expiryWarningDays).toBe(30)
  })
})

describe('max-waiver-days', () => {
  it('is 365 by default, reads whole days up to 3650, and 0 turns the check off', () => {
    expect(all({}).maxWaiverDays).toBe(365)
    expect(all({ 'INPUT_MAX-WAIVER-DAYS': '90' }).maxWaiverDays).toBe(90)
    expect(all({ 'INPUT_MAX-WAIVER-DAYS': '0' }).maxWaiverDays).toBe(0)
  })

  it.each(['-1', 'a year', '3651', '1e3'])(
    'rejects %j, naming the input and the range',
    (value) => {
      expect(readInputs({ 'INPUT_MAX-WAIVER-DAYS': value })).toEqual({
        ok: false,
        message: `input max-waiver-days: "${value}" is not a whole number of days from 0 to 3650`,
      })
    },
  )
})

describe('max-nodes and max-pairs', () => {
  it('default to the limits every run has, and raise them up to their ceilings', () => {
    expect(all({}).limits).toEqual({ maxNodes: 250_000, maxPairs: 25_000 })
    expect(all({ 'INPUT_MAX-NODES': '2M', 'INPUT_MAX-PAIRS': '500k' }).limits).toEqual({
      maxNodes: 2_000_000,
      maxPairs: 500_000,
    })
    expect(all({ 'INPUT_MAX-NODES': ' 1000 ' }).limits.maxNodes).toBe(1_000)
  })

  it.each([
    [
      'INPUT_MAX-NODES',
      '3M',
      'input max-nodes: "3M" is not a whole number from 1 to 2,000,000 (250000, 250k or 1M)',
    ],
    [
      'INPUT_MAX-NODES',
      '0',
      'input max-nodes: "0" is not a whole number from 1 to 2,000,000 (250000, 250k or 1M)',
    ],
    [
      'INPUT_MAX-PAIRS',
      'lots',
      'input max-pairs: "lots" is not a whole number from 1 to 500,000 (250000, 250k or 1M)',
    ],
    [
      'INPUT_MAX-PAIRS',
      '1M',
      'input max-pairs: "1M" is not a whole number from 1 to 500,000 (250000, 250k or 1M)',
    ],
  ])('rejects %s=%j, with the range', (name, value, message) => {
    expect(readInputs({ [name]: value })).toEqual({ ok: false, message })
  })
})
