/**
 * Object.freeze, keeping the mutable type the result fields are declared with. Findings share their
 * objects among thousands of results: a write meant for one would change them all, so they are frozen.
 */
export function frozen<T extends object>(value: T): T {
  return Object.freeze(value)
}
