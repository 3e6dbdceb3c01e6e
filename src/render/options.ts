// Checks the options of a renderer before any work: an option of the wrong type is a mistake in
// the caller's code, so it throws a `TypeError` that names the function and the option, instead
// of failing somewhere inside with a message about our internals. (Input — the tree, the text —
// never throws: see well-formed.ts and parse.)
import {shownValue} from '../shown-value.js'

/** What an option must be, as said in the error; `undefined` and `null` always pass (the default). */
export type Expected = 'a boolean' | 'a string' | 'a function' | '1, 2, 3, 4 or 5' | 'a string or false' | "'written', 'name' or a function" | 'handlers'

export function checkOptions<T extends object>(caller: string, options: T | null | undefined, expected: Readonly<Record<string, Expected>>): T {
  if (options === undefined || options === null) return {} as T
  if (typeof options !== 'object' || Array.isArray(options)) throw new TypeError(caller + ': options must be an object, not ' + shownValue(options))
  for (const key in expected) {
    const value = (options as Record<string, unknown>)[key]
    if (value === undefined || value === null) continue
    if (expected[key] === 'handlers') checkHandlers(caller, key, value)
    else if (!fits(value, expected[key])) throw new TypeError(caller + ': options.' + key + ' must be ' + expected[key] + ', not ' + shownValue(value))
  }
  return options
}

function checkHandlers(caller: string, key: string, value: unknown): void {
  if (typeof value !== 'object' || Array.isArray(value)) throw new TypeError(caller + ': options.' + key + ' must be an object of functions by node type, not ' + shownValue(value))
  for (const type of Object.keys(value as object)) {
    const handler = (value as Record<string, unknown>)[type]
    if (handler !== undefined && handler !== null && typeof handler !== 'function') {
      throw new TypeError(caller + ': options.' + key + '.' + type + ' must be a function, not ' + shownValue(handler))
    }
  }
}

function fits(value: unknown, expected: Expected): boolean {
  switch (expected) {
    case 'a boolean':
      return typeof value === 'boolean'
    case 'a string':
      return typeof value === 'string'
    case 'a function':
      return typeof value === 'function'
    case '1, 2, 3, 4 or 5':
      // A heading rank: `<h6>` is left for the comments heading below the title.
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
    case 'a string or false':
      return typeof value === 'string' || value === false
    default:
      return value === 'written' || value === 'name' || typeof value === 'function'
  }
}

