/** Escapes text for HTML and for the Markdown around it (GitHub renders both in summaries and comments). */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/[\\`*_[\]|~#@!{}]/g, (c) => `&#${c.charCodeAt(0)};`)
    .replace(/\r?\n|\r/g, ' ')
}
