// HTML entities for what HTML would interpret, and numeric entities for what Markdown would
// (GitHub renders both in summaries and comments), in one pass so no entity is escaped twice.
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Text from a topology, made inert for an HTML/Markdown page, on one line. */
export function escapeMarkup(text: string): string {
  return text.replace(
    /[&<>"'\\`*_[\]|~#@!{}]|\r\n|\r|\n/g,
    (c) =>
      ENTITIES[c] ?? (c.length > 1 || c === '\r' || c === '\n' ? ' ' : `&#${c.charCodeAt(0)};`),
  )
}

/**
 * Text from a topology (or any text coexist did not write) for the job summary or a PR comment:
 * HTML and Markdown made inert by escapeMarkup, and then what GitHub would still act on after
 * decoding the entities broken with a zero-width space: @mentions (which notify people),
 * references (#123, GH-123, owner/repo#123, which post a backlink in the other issue) and bare
 * URLs (which GitHub links).
 */
export function inertText(text: string): string {
  return escapeMarkup(text)
    .replace(/&#64;|&#35;/g, (entity) => `${entity}&#8203;`)
    .replace(/\b(GH)-(?=\d)/gi, '$1&#8203;-')
    .replace(/:\/\//g, ':&#8203;//')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}&#8203;.`)
}
