import { describe, expect, it } from 'vitest'
import type { UpgradePlan } from '../../src/core/plan.js'
import { renderPlanProblems, renderPlanText } from '../../src/reporters/plan-text.js'
import { linesOf } from '../support/sample-reports.js'
import { migrationPlan, quietPlan, samplePlan } from '../support/sample-plans.js'

const ESC = '\u001b'
const sgr = (code: number, text: string) => `${ESC}[${code}m${text}${ESC}[0m`
const plain = (...plans: UpgradePlan[]) => renderPlanText(plans, { color: false })

const SAMPLE = [
  'estate.yml  (matrix lync-server-2013)',
  '  upgrade pool13: already runs Lync Server 2013',
  '  upgrade pool10: Lync Server 2010 → Lync Server 2013',
  '      migration from Lync Server 2010 to Lync Server 2013 is supported: "Lync Server 2013 supports migration from Lync Server 2010."',
  '',
  '  estate.yml:7:14: workers (Lync 2013)',
  '    newly passing on pool10: not supported [1] → supported',
  '        workers (Lync 2013) is supported on pool10 (Lync Server 2013).',
  '    unchanged on pool13: supported',
  '  estate.yml:10:14: chat (Lync 2010 Group Chat)',
  '    changed on pool10: supported [1] → not applicable',
  '        chat (Lync 2010 Group Chat) connects to pool10 (Lync Server 2013), a combination matrix lync-server-2013 marks not applicable.',
  '  estate.yml:13:14: partners (Lync 2010 Attendee)',
  '    newly failing on pool10: supported → not supported [2]',
  '        partners (Lync 2010 Attendee) is not supported on pool10 (Lync Server 2013). Use Lync Web App 2013 instead.',
  '    unchanged on pool13: not supported [2] (waived)',
  '  estate.yml:16:14: legacy (Office Communicator 2007 R2)',
  '    unchanged on pool13: not supported [3] (still failing)',
  '',
  '  Footnotes:',
  '  [1] Group Chat needs its own server.',
  '  [2] Lync Web App 2013 replaces Lync 2010 Attendee.',
  '  [3] IM and presence only.',
  '',
]

describe('renderPlanText without colour', () => {
  it('lists the servers that move, then per population newly failing, newly passing, changed and unchanged pairs, the footnotes once, the verdict last', () => {
    expect(plain(samplePlan())).toBe(
      [
        ...SAMPLE,
        '✖ The upgrade introduces failures: 1 newly failing, 1 newly passing, 1 changed, 3 unchanged in 6 pairs, 1 still failing',
        '',
      ].join('\n'),
    )
  })

  it('says no new failures, and leaves out footnotes and "still failing" when there are none', () => {
    expect(plain(quietPlan())).toBe(
      [
        'clean.yml  (matrix lync-server-2013)',
        '  upgrade pool13: already runs Lync Server 2013',
        '',
        '  clean.yml:5:14: workers (Lync 2013)',
        '    unchanged on pool13: supported',
        '',
        '✔ No new failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair',
        '',
      ].join('\n'),
    )
  })

  it('adds the counts of several files into one verdict, which fails when any file gains a failure', () => {
    const lines = linesOf(plain(quietPlan(), samplePlan()))
    expect(lines[0]).toBe('clean.yml  (matrix lync-server-2013)')
    expect(lines.filter((l) => l.endsWith('(matrix lync-server-2013)'))).toHaveLength(2)
    expect(lines.at(-1)).toBe(
      '✖ The upgrade introduces failures: 1 newly failing, 1 newly passing, 1 changed, 4 unchanged in 7 pairs, 1 still failing',
    )
  })

  it('states the migration path under each server that changes product, error or warning as fail-on weighs it, and fails on an error although no pair newly fails', () => {
    expect(plain(migrationPlan())).toBe(
      [
        'migrate.yml  (matrix all-generations)',
        '  upgrade pool10: Lync Server 2010 → Skype for Business Server 2019',
        '      error: migration from Lync Server 2010 to Skype for Business Server 2019 is not supported: Skype for Business Server 2019 migrates from Lync Server 2013 or Skype for Business Server 2015 only',
        '  upgrade pool13: Lync Server 2013 → Skype for Business Server 2015',
        '      warning: no source states a migration path from Lync Server 2013 to Skype for Business Server 2015, so coexist does not call it supported',
        '',
        '  migrate.yml:9:14: workers (Lync 2013)',
        '    unchanged on pool13: supported',
        '',
        '✖ The upgrade introduces failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair; 1 migration path that fails',
        '',
      ].join('\n'),
    )
  })

  it('passes on a migration path that is only a warning', () => {
    const plan = migrationPlan()
    plan.upgrades = plan.upgrades.filter((u) => u.migration?.severity === 'warning')
    expect(linesOf(plain(plan)).slice(1, 3)).toEqual([
      '  upgrade pool13: Lync Server 2013 → Skype for Business Server 2015',
      '      warning: no source states a migration path from Lync Server 2013 to Skype for Business Server 2015, so coexist does not call it supported',
    ])
    expect(linesOf(plain(plan)).at(-1)).toBe(
      '✔ No new failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair',
    )
  })

  it('never lets a control character from the topology reach the terminal or start a line', () => {
    const plan = quietPlan()
    const population = plan.populations[0]
    if (!population) throw new Error('quietPlan has one population')
    population.client = `boss${ESC}[2J\nfake.yml:1:1: error: injected`
    const text = plain(plan)
    expect(text).not.toContain(ESC)
    expect(text).toContain('  clean.yml:5:14: boss?[2J?fake.yml:1:1: error: injected (Lync 2013)\n')
  })

  it('nor from a migration statement (a custom matrix writes its quotes)', () => {
    const plan = migrationPlan()
    const [refused] = plan.upgrades
    if (!refused?.migration) throw new Error('migrationPlan moves pool10 with a migration path')
    refused.migration = {
      ...refused.migration,
      statement: `quoted${ESC}[2J\nfake.yml:1:1: error: injected`,
    }
    const text = plain(plan)
    expect(text).not.toContain(ESC)
    expect(linesOf(text)[2]).toBe('      error: quoted?[2J?fake.yml:1:1: error: injected')
  })
})

describe('renderPlanText with colour', () => {
  it('paints the kinds of change, the file name and the verdict', () => {
    const lines = linesOf(renderPlanText([samplePlan()], { color: true }))
    expect(lines[0]).toBe(`${sgr(1, 'estate.yml')}${sgr(2, '  (matrix lync-server-2013)')}`)
    expect(lines).toContain(
      `    ${sgr(32, 'newly passing')} on pool10: not supported [1] → supported`,
    )
    expect(lines).toContain(`    ${sgr(33, 'changed')} on pool10: supported [1] → not applicable`)
    expect(lines).toContain(
      `    ${sgr(31, 'newly failing')} on pool10: supported → not supported [2]`,
    )
    expect(lines).toContain(`    ${sgr(2, 'unchanged')} on pool13: supported`)
    // A supported migration path has no severity to paint.
    expect(lines).toContain(
      '      migration from Lync Server 2010 to Lync Server 2013 is supported: "Lync Server 2013 supports migration from Lync Server 2010."',
    )
    expect(lines.at(-1)).toBe(
      sgr(
        31,
        '✖ The upgrade introduces failures: 1 newly failing, 1 newly passing, 1 changed, 3 unchanged in 6 pairs, 1 still failing',
      ),
    )
    expect(linesOf(renderPlanText([quietPlan()], { color: true })).at(-1)).toBe(
      sgr(
        32,
        '✔ No new failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair',
      ),
    )
  })

  it('paints the severity of a migration path, red for an error and yellow for a warning', () => {
    const lines = linesOf(renderPlanText([migrationPlan()], { color: true }))
    expect(lines.slice(1, 5)).toEqual([
      '  upgrade pool10: Lync Server 2010 → Skype for Business Server 2019',
      `      ${sgr(31, 'error')}: migration from Lync Server 2010 to Skype for Business Server 2019 is not supported: Skype for Business Server 2019 migrates from Lync Server 2013 or Skype for Business Server 2015 only`,
      '  upgrade pool13: Lync Server 2013 → Skype for Business Server 2015',
      `      ${sgr(33, 'warning')}: no source states a migration path from Lync Server 2013 to Skype for Business Server 2015, so coexist does not call it supported`,
    ])
    expect(lines.at(-1)).toBe(
      sgr(
        31,
        '✖ The upgrade introduces failures: 0 newly failing, 0 newly passing, 0 changed, 1 unchanged in 1 pair; 1 migration path that fails',
      ),
    )
  })

  it('is the plain text once the escape sequences are removed', () => {
    for (const plan of [samplePlan, migrationPlan]) {
      const stripped = renderPlanText([plan()], { color: true }).replace(/\u001b\[\d+m/g, '')
      expect(stripped).toBe(plain(plan()))
    }
  })
})

describe('errors and problems', () => {
  it('prints each problem of the upgrade requests as file: error: message, control characters replaced', () => {
    expect(
      renderPlanProblems('estate.yml', [
        'unknown server "poo10" (did you mean "pool10"?)',
        `bad${ESC}\nname`,
      ]),
    ).toBe(
      'estate.yml: error: unknown server "poo10" (did you mean "pool10"?)\nestate.yml: error: bad??name\n',
    )
  })
})
