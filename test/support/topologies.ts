// Generated topologies for new-only mode and the annotation cap: one Lync Server 2013 pool,
// populations on Lync 2013 (supported) and on Lync 2010 Attendee (not supported: failing).

export interface PoolTopology {
  text: string
  /** Population name → line of its product value (column 14). */
  productLine: Map<string, number>
}

/**
 * `supported` populations first, then `failing` ones, each as `- name` and `product` lines, in
 * the order given: line 1 `servers:`, lines 2–3 the pool, line 4 `clients:`, then two lines each.
 */
export function poolTopology(
  failing: readonly string[],
  supported: readonly string[] = ['knowledge-workers'],
): PoolTopology {
  const lines = ['servers:', '  - name: ams-pool01', '    product: Lync Server 2013', 'clients:']
  const productLine = new Map<string, number>()
  const add = (name: string, product: string) => {
    lines.push(`  - name: ${name}`, `    product: ${product}`)
    productLine.set(name, lines.length)
  }
  for (const name of supported) add(name, 'Lync 2013')
  for (const name of failing) add(name, 'Lync 2010 Attendee')
  return { text: `${lines.join('\n')}\n`, productLine }
}

export const ATTENDEE_TITLE = 'Lync 2010 Attendee on Lync Server 2013: not supported'
