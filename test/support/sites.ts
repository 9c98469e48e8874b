// Three sites, each on its own built-in matrix (see matrices/*.json), for the glob tests: one
// pattern, three files, three verdicts that only the right matrix gives.
// - ams, lync-server-2013: Lync 2010 Group Chat on Lync Server 2013 is not applicable → warning.
// - ber, lync-2013-client-interoperability: the same pair is supported with footnote 1 → notice;
//   Lync 2013 Basic exists only in this matrix (supported, no remark).
// - chi, skype-for-business-server: Lync 2010 on Skype for Business Server 2019 is not supported,
//   footnote 1 → error.
// In each file the first client's `product:` value is on line 7, column 14.

export const AMS_TOPOLOGY = [
  'matrix: lync-server-2013',
  'servers:',
  '  - name: ams-pool01',
  '    product: Lync Server 2013',
  'clients:',
  '  - name: trading-floor',
  '    product: Lync 2010 Group Chat',
  '',
].join('\n')

export const BER_TOPOLOGY = [
  'matrix: lync-2013-client-interoperability',
  'servers:',
  '  - name: ber-pool01',
  '    product: Lync Server 2013',
  'clients:',
  '  - name: trading-floor',
  '    product: Lync 2010 Group Chat',
  '  - name: kiosks',
  '    product: Lync 2013 Basic',
  '',
].join('\n')

export const CHI_TOPOLOGY = [
  'matrix: skype-for-business-server',
  'servers:',
  '  - name: chi-fe01',
  '    product: Skype for Business Server 2019',
  'clients:',
  '  - name: legacy-desktops',
  '    product: Lync 2010',
  '',
].join('\n')

/** Passes under the default matrix: one supported pair. */
export const CLEAN_TOPOLOGY = [
  'servers:',
  '  - name: ams-pool01',
  '    product: Lync Server 2013',
  'clients:',
  '  - name: knowledge-workers',
  '    product: Lync 2013',
  '',
].join('\n')

/** The three site files at their usual places, workspace-relative. */
export const SITE_FILES: Record<string, string> = {
  'sites/ams/coexist.yml': AMS_TOPOLOGY,
  'sites/ber/coexist.yml': BER_TOPOLOGY,
  'sites/chi/coexist.yml': CHI_TOPOLOGY,
}
