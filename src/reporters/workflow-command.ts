// The runner reads every stdout line that starts with `::`. Anything taken from a topology file is
// escaped here, so a population named "x::error::y" or "a\n::add-mask::b" stays text in one
// annotation and cannot open a command of its own.

export type AnnotationLevel = 'error' | 'warning' | 'notice'

export interface CommandProperties {
  [name: string]: string | number | undefined
}

export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

/** `::name key=value,...::message`, one line whatever the inputs contain. */
export function formatCommand(name: string, properties: CommandProperties, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',')
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`
}
