import { describe, expect, it } from 'vitest'
import { renderPlanMarkdown } from '../../src/reporters/plan-markdown.js'
import { linesOf } from '../support/sample-reports.js'
import { migrationPlan, quietPlan, samplePlan } from '../support/sample-plans.js'

describe('renderPlanMarkdown', () => {
  it('renders the verdict, the counts, the servers that move, one row per pair and the footnotes', () => {
    expect(renderPlanMarkdown([samplePlan()])).toBe(
      [
        '## ❌ coexist plan: the upgrade introduces failures',
        '',
        '1 newly failing · 1 newly passing · 1 changed · 3 unchanged · 6 pairs · 1 still failing',
        '',
        '### <code>estate.yml</code> · matrix <code>lync-server-2013</code>',
        '',
        '| Server | Runs now | After the upgrade | Migration path |',
        '|---|---|---|---|',
        '| pool13 | Lync Server 2013 | Lync Server 2013 (no change) | — |',
        '| pool10 | Lync Server 2010 | Lync Server 2013 | ✅ migration from Lync Server 2010 to Lync Server 2013 is supported: &quot;Lync Server 2013 supports migration from Lync Server 2010.&quot; |',
        '',
        '| Client population | Server | Change | Now | After the upgrade |',
        '|---|---|---|---|---|',
        '| workers<br><sub>Lync 2013</sub> | pool10 | 🟢 **newly passing** | ❌ not supported<sup>1</sup> | ✅ supported |',
        '| workers<br><sub>Lync 2013</sub> | pool13 | unchanged | ✅ supported | ✅ supported |',
        '| chat<br><sub>Lync 2010 Group Chat</sub> | pool10 | 🔁 changed | ✅ supported<sup>1</sup> | ➖ not applicable |',
        '| partners<br><sub>Lync 2010 Attendee</sub> | pool10 | ⛔ **newly failing** | ✅ supported | ❌ not supported<sup>2</sup> |',
        '| partners<br><sub>Lync 2010 Attendee</sub> | pool13 | unchanged | 🔕❌ not supported<sup>2</sup> | 🔕❌ not supported<sup>2</sup> |',
        '| legacy<br><sub>Office Communicator 2007 R2</sub> | pool13 | unchanged (still failing) | ❌ not supported<sup>3</sup> | ❌ not supported<sup>3</sup> |',
        '',
        '**Footnotes**',
        '',
        '<sup>1</sup> Group Chat needs its own server.',
        '',
        '<sup>2</sup> Lync Web App 2013 replaces Lync 2010 Attendee.',
        '',
        '<sup>3</sup> IM and presence only.',
        '',
      ].join('\n'),
    )
  })

  it('passes when nothing newly fails, without a footnotes section nobody cites', () => {
    const lines = linesOf(renderPlanMarkdown([quietPlan()]))
    expect(lines[0]).toBe('## ✅ coexist plan: no new failures')
    expect(lines[2]).toBe('0 newly failing · 0 newly passing · 0 changed · 1 unchanged · 1 pair')
    expect(lines.at(-1)).toBe(
      '| workers<br><sub>Lync 2013</sub> | pool13 | unchanged | ✅ supported | ✅ supported |',
    )
    expect(lines).not.toContain('**Footnotes**')
  })

  it('marks each migration path by its status, and fails on one that fail-on makes an error although no pair newly fails', () => {
    expect(renderPlanMarkdown([migrationPlan()])).toBe(
      [
        '## ❌ coexist plan: the upgrade introduces failures',
        '',
        '0 newly failing · 0 newly passing · 0 changed · 1 unchanged · 1 pair · 1 migration path that fails',
        '',
        '### <code>migrate.yml</code> · matrix <code>all-generations</code>',
        '',
        '| Server | Runs now | After the upgrade | Migration path |',
        '|---|---|---|---|',
        '| pool10 | Lync Server 2010 | Skype for Business Server 2019 | ❌ migration from Lync Server 2010 to Skype for Business Server 2019 is not supported: Skype for Business Server 2019 migrates from Lync Server 2013 or Skype for Business Server 2015 only |',
        '| pool13 | Lync Server 2013 | Skype for Business Server 2015 | ❔ no source states a migration path from Lync Server 2013 to Skype for Business Server 2015, so coexist does not call it supported |',
        '',
        '| Client population | Server | Change | Now | After the upgrade |',
        '|---|---|---|---|---|',
        '| workers<br><sub>Lync 2013</sub> | pool13 | unchanged | ✅ supported | ✅ supported |',
        '',
      ].join('\n'),
    )
  })

  it('has a section per file under one verdict', () => {
    const lines = linesOf(renderPlanMarkdown([quietPlan(), samplePlan()]))
    expect(lines.filter((l) => l.startsWith('## '))).toEqual([
      '## ❌ coexist plan: the upgrade introduces failures',
    ])
    expect(lines.filter((l) => l.startsWith('### '))).toEqual([
      '### <code>clean.yml</code> · matrix <code>lync-server-2013</code>',
      '### <code>estate.yml</code> · matrix <code>lync-server-2013</code>',
    ])
  })

  it('escapes what the topology names, so a name cannot add markup, a table cell or a line', () => {
    const plan = quietPlan()
    const population = plan.populations[0]
    const upgrade = plan.upgrades[0]
    if (!population || !upgrade) throw new Error('quietPlan has one population and one upgrade')
    population.client = '<img src=x onerror=alert(1)> | injected\n## heading'
    upgrade.server = 'pool|13'
    const text = renderPlanMarkdown([plan])
    expect(text).not.toContain('<img')
    expect(text).not.toContain('\n## heading')
    expect(text).toContain('| pool&#124;13 | Lync Server 2013 | Lync Server 2013 (no change) | — |')
    expect(text).toContain(
      '| &lt;img src=x onerror=alert(1)&gt; &#124; injected &#35;&#35; heading<br><sub>Lync 2013</sub> |',
    )
  })

  it('escapes a migration statement too (a custom matrix writes its quotes)', () => {
    const plan = migrationPlan()
    const [refused] = plan.upgrades
    if (!refused?.migration) throw new Error('migrationPlan moves pool10 with a migration path')
    refused.migration = { ...refused.migration, statement: 'quoted <b>bold</b> | cell\n## heading' }
    const text = renderPlanMarkdown([plan])
    expect(text).not.toContain('<b>')
    expect(text).not.toContain('\n## heading')
    expect(text).toContain(
      '| pool10 | Lync Server 2010 | Skype for Business Server 2019 | ❌ quoted &lt;b&gt;bold&lt;/b&gt; &#124; cell &#35;&#35; heading |\n',
    )
  })
})
