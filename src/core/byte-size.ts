// The size limit is an option of both shells (action input max-bytes, CLI --max-bytes).

/** `16MiB`, `500KiB`, `2048` (bytes): a positive size of at most 1 GiB, or undefined. */
export function parseByteSize(text: string): number | undefined {
  const match = /^(\d+)\s*(|B|KiB|MiB|GiB)$/i.exec(text.trim())
  if (!match) return undefined
  const unit =
    { '': 1, b: 1, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 }[(match[2] ?? '').toLowerCase()] ?? 1
  const bytes = Number(match[1]) * unit
  return bytes > 0 && bytes <= 1024 ** 3 ? bytes : undefined
}

/** A size as parseByteSize reads it, in the largest unit that divides it: 16777216 → `16MiB`. */
export function formatByteSize(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 1024 ** 3],
    ['MiB', 1024 ** 2],
    ['KiB', 1024],
  ] as const) {
    if (bytes % size === 0) return `${bytes / size}${unit}`
  }
  return String(bytes)
}
