// HTML entities for what HTML would interpret, and numeric entities for what Markdown would
// (GitHub renders both in summaries and comments), in one pass so no entity is escaped twice.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text from a topology, made inert for an HTML/Markdown page, on one line. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\\`*_[\]|~#@!{}]|\r\n|\r|\n/g, (c) => ENTITIES[c] ?? (c.length > 1 || c === '\r' || c === '\n' ? ' ' : `&#${c.charCodeAt(0)};`))
}
