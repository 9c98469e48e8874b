import type { Matrix, Verdict } from '../core/matrix.js'
import { STATUS_LABEL } from './findings.js'

/**
 * A matrix as Markdown: the grid as its source prints it (status and footnote markers), the
 * per-workload refinements, the footnotes in full, and where every cell comes from.
 */
export function renderMatrixMarkdown(matrix: Matrix): string {
  const { data } = matrix
  const cellText = (status: keyof typeof STATUS_LABEL, footnotes: string[] = []) =>
    `${capitalize(STATUS_LABEL[status])}${footnotes.map((f) => `<sup>${f}</sup>`).join('')}`
  const lines = [
    `# ${data.title}`,
    '',
    `Matrix \`${data.id}\`${data.description ? `: ${data.description}` : ''}`,
    '',
    `| Client | ${data.servers.map((s) => s.name).join(' | ')} |`,
    `|---|${data.servers.map(() => '---').join('|')}|`,
  ]
  const refinements: string[] = []
  for (const client of data.clients) {
    const cells = data.servers.map((server) => {
      const cell = matrix.cell(client.id, server.id)
      for (const [workload, verdict] of Object.entries(cell.workloads ?? {})) {
        refinements.push(
          `- ${client.name} on ${server.name}, for a population that declares \`${workload}\`: ${cellText(verdict.status, verdict.footnotes)}${verdict.advice ? `. ${verdict.advice}` : ''}`,
        )
      }
      return cellText(cell.status, cell.footnotes)
    })
    lines.push(`| ${client.name} | ${cells.join(' | ')} |`)
  }
  if (refinements.length > 0) lines.push('', '**By workload**', '', ...refinements)
  if (data.footnotes.length > 0) {
    lines.push('', '**Footnotes**')
    for (const f of data.footnotes) lines.push('', `<sup>${f.id}</sup> ${f.text}`)
  }
  lines.push('', '**Sources**', '')
  for (const [ref, source] of Object.entries(data.sources)) {
    lines.push(`- \`${ref}\`: [${source.title}](${source.url})${source.table ? `, table "${source.table}"` : ''}${source.lastModified ? ` (last modified ${source.lastModified})` : ''}`)
  }
  const notes = data.cells.flatMap((cell) => {
    const pair = `${matrix.productName('client', cell.client)} on ${matrix.productName('server', cell.server)}`
    const verdicts: [string, Verdict][] = [[pair, cell], ...Object.entries(cell.workloads ?? {}).map(([w, v]): [string, Verdict] => [`${pair}, declaring \`${w}\``, v])]
    return verdicts.filter(([, v]) => v.source.note).map(([where, v]) => `- ${where}: ${v.source.note}`)
  })
  if (notes.length > 0) lines.push('', 'Source notes:', '', ...notes)
  return `${lines.join('\n')}\n`
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
