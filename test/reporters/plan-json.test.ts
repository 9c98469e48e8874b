import { describe, expect, it } from 'vitest'
import { renderPlanJson } from '../../src/reporters/plan-json.js'
import {
  migrationPlan,
  quietPlan,
  REFUSED_MIGRATION,
  samplePlan,
  UNSTATED_MIGRATION,
} from '../support/sample-plans.js'

interface JsonState {
  serverProduct: string
  status: string
  severity: string
  waived: boolean
  workloads: string[]
  footnotes: string[]
  title: string
  message: string
}
interface JsonPair {
  server: string
  before: JsonState
  after: JsonState
}
interface JsonPlan {
  introducesFailures: boolean
  counts: Record<string, number>
  files: {
    file: string
    matrix: string
    upgrades: {
      server: string
      from: string
      to: string
      migration?: {
        status: string
        severity: string
        statement: string
        source: Record<string, string>
      }
    }[]
    counts: Record<string, number>
    populations: {
      client: string
      clientProduct: string
      line: number
      column: number
      newlyFailing: JsonPair[]
      newlyPassing: JsonPair[]
      changed: JsonPair[]
      unchanged: JsonPair[]
    }[]
    footnotes: { id: string; text: string }[]
  }[]
}

const parse = (text: string) => JSON.parse(text) as JsonPlan

describe('renderPlanJson', () => {
  it('is one pretty-printed object with a final newline', () => {
    const text = renderPlanJson([samplePlan()])
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`)
  })

  it('says whether the upgrade introduces failures, with the counts of every file added up', () => {
    expect(parse(renderPlanJson([samplePlan()]))).toMatchObject({
      introducesFailures: true,
      counts: {
        newlyFailing: 1,
        newlyPassing: 1,
        changed: 1,
        unchanged: 3,
        stillFailing: 1,
        pairs: 6,
      },
    })
    expect(parse(renderPlanJson([quietPlan()]))).toMatchObject({
      introducesFailures: false,
      counts: {
        newlyFailing: 0,
        newlyPassing: 0,
        changed: 0,
        unchanged: 1,
        stillFailing: 0,
        pairs: 1,
      },
    })
    const both = parse(renderPlanJson([quietPlan(), samplePlan()]))
    expect(both.introducesFailures).toBe(true)
    expect(both.counts).toEqual({
      newlyFailing: 1,
      newlyPassing: 1,
      changed: 1,
      unchanged: 4,
      stillFailing: 1,
      pairs: 7,
    })
    expect(both.files.map((f) => [f.file, f.counts.pairs])).toEqual([
      ['clean.yml', 1],
      ['estate.yml', 6],
    ])
  })

  it('gives each file its upgrades, and each population its four lists of servers', () => {
    const [file] = parse(renderPlanJson([samplePlan()])).files
    expect(file?.upgrades).toEqual([
      { server: 'pool13', from: 'Lync Server 2013', to: 'Lync Server 2013' },
      {
        server: 'pool10',
        from: 'Lync Server 2010',
        to: 'Lync Server 2013',
        migration: {
          status: 'supported',
          severity: 'none',
          statement:
            'migration from Lync Server 2010 to Lync Server 2013 is supported: "Lync Server 2013 supports migration from Lync Server 2010."',
          source: {
            matrix: 'lync-server-2013',
            title: 'Migration paths',
            quote: 'Lync Server 2013 supports migration from Lync Server 2010.',
          },
        },
      },
    ])
    // A server that keeps its product has no migration path, not even an empty one.
    expect(file?.upgrades[0]).not.toHaveProperty('migration')
    const servers = (pairs: JsonPair[]) => pairs.map((p) => p.server)
    expect(
      file?.populations.map((p) => [
        p.client,
        p.clientProduct,
        p.line,
        p.column,
        servers(p.newlyFailing),
        servers(p.newlyPassing),
        servers(p.changed),
        servers(p.unchanged),
      ]),
    ).toEqual([
      ['workers', 'Lync 2013', 7, 14, [], ['pool10'], [], ['pool13']],
      ['chat', 'Lync 2010 Group Chat', 10, 14, [], [], ['pool10'], []],
      ['partners', 'Lync 2010 Attendee', 13, 14, ['pool10'], [], [], ['pool13']],
      ['legacy', 'Office Communicator 2007 R2', 16, 14, [], [], [], ['pool13']],
    ])
  })

  it('states each pair before and after the upgrade, footnotes by id, and each footnote text once per file', () => {
    const text = renderPlanJson([samplePlan()])
    const [file] = parse(text).files
    expect(file?.populations[2]?.newlyFailing[0]).toEqual({
      server: 'pool10',
      before: {
        serverProduct: 'Lync Server 2010',
        status: 'supported',
        severity: 'none',
        waived: false,
        workloads: [],
        footnotes: [],
        title: 'Lync 2010 Attendee on Lync Server 2010: supported',
        message: 'partners (Lync 2010 Attendee) is supported on pool10 (Lync Server 2010).',
      },
      after: {
        serverProduct: 'Lync Server 2013',
        status: 'not-supported',
        severity: 'error',
        waived: false,
        workloads: [],
        footnotes: ['2'],
        title: 'Lync 2010 Attendee on Lync Server 2013: not supported',
        message:
          'partners (Lync 2010 Attendee) is not supported on pool10 (Lync Server 2013). Use Lync Web App 2013 instead.',
      },
    })
    expect(file?.populations[0]?.newlyPassing[0]?.before).toMatchObject({
      status: 'not-supported',
      severity: 'error',
      workloads: ['group-chat'],
      footnotes: ['1'],
    })
    expect(file?.populations[2]?.unchanged[0]?.after).toMatchObject({
      status: 'not-supported',
      severity: 'notice',
      waived: true,
    })
    expect(file?.footnotes).toEqual([
      { id: '1', text: 'Group Chat needs its own server.' },
      { id: '2', text: 'Lync Web App 2013 replaces Lync 2010 Attendee.' },
      { id: '3', text: 'IM and presence only.' },
    ])
    expect(text.split('Lync Web App 2013 replaces Lync 2010 Attendee.')).toHaveLength(2)
  })

  it('gives each migration path as the plan has it, and introduces failures on one that is an error although no pair newly fails', () => {
    const body = parse(renderPlanJson([migrationPlan()]))
    expect(body.introducesFailures).toBe(true)
    expect(body.counts).toEqual({
      newlyFailing: 0,
      newlyPassing: 0,
      changed: 0,
      unchanged: 1,
      stillFailing: 0,
      pairs: 1,
    })
    expect(body.files[0]?.upgrades).toEqual([
      {
        server: 'pool10',
        from: 'Lync Server 2010',
        to: 'Skype for Business Server 2019',
        migration: REFUSED_MIGRATION,
      },
      {
        server: 'pool13',
        from: 'Lync Server 2013',
        to: 'Skype for Business Server 2015',
        migration: UNSTATED_MIGRATION,
      },
    ])
    // A warning alone introduces no failure.
    const unstated = migrationPlan()
    unstated.upgrades = unstated.upgrades.filter((u) => u.migration === UNSTATED_MIGRATION)
    expect(parse(renderPlanJson([unstated])).introducesFailures).toBe(false)
  })

  it('leaves out footnotes no pair cites', () => {
    expect(parse(renderPlanJson([quietPlan()])).files[0]?.footnotes).toEqual([])
  })
})
