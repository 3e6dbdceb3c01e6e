// Checks a function's options before any work: an option that is none of its documented values
// is a mistake in the caller's code, so it throws a `TypeError` that names the function, the
// option, what it must be and what it is, instead of being read as the default or failing
// somewhere inside with a message about our internals. (Input — the text, the tree — never
// throws: see well-formed.ts and parse.)
import {shownValue} from './shown-value.js'

/** What an option must be, as said in the error; `undefined` and `null` always pass (the default). */
export type Expected =
  | 'an object'
  | 'a boolean'
  | 'a string'
  | 'a function'
  | 'a number of 0 or more'
  | '1, 2, 3, 4 or 5'
  | 'a string or false'
  | "'written', 'name' or a function"
  | "'de', 'en' or 'auto'"
  | "'text', 'markdown', 'html' or 'auto'"
  | 'an array of strings'
  | 'an array of strings or an object of strings'
  | 'an object of functions by node type'
  | 'an object of label arrays by speaker id'

/** The options that hold entries of their own (an array its items), and what each entry must be. */
const entryOf: Partial<Record<Expected, Expected>> = {
  'an object of functions by node type': 'a function',
  'an object of label arrays by speaker id': 'an array of strings',
  'an array of strings': 'a string',
  'an array of strings or an object of strings': 'a string'
}

/** `options` (at `name`: `options.parse` for options passed on) checked against `expected`, by option. */
export function checkOptions<T extends object>(caller: string, options: T | null | undefined, expected: Readonly<Record<string, Expected>>, name = 'options'): T {
  if (options === undefined || options === null) return {} as T
  check(caller, name, options, 'an object')
  for (const key in expected) check(caller, name + '.' + key, (options as Record<string, unknown>)[key], expected[key])
  return options
}

/** Throw when `value` (at `name`, the way to it from the options) is neither none nor `expected`. */
function check(caller: string, name: string, value: unknown, expected: Expected): void {
  if (value === undefined || value === null) return
  if (!fits(value, expected)) throw new TypeError(caller + ': ' + name + ' must be ' + expected + ', not ' + shownValue(value))
  const entry = entryOf[expected]
  if (entry) for (const key of Object.keys(value as object)) check(caller, name + '.' + key, (value as Record<string, unknown>)[key], entry)
}

function fits(value: unknown, expected: Expected): boolean {
  switch (expected) {
    case 'a boolean':
      return typeof value === 'boolean'
    case 'a string':
      return typeof value === 'string'
    case 'a function':
      return typeof value === 'function'
    case 'a number of 0 or more':
      // False for NaN too.
      return typeof value === 'number' && value >= 0
    case '1, 2, 3, 4 or 5':
      // A heading rank: `<h6>` is left for the comments heading below the title.
      return Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5
    case 'a string or false':
      return typeof value === 'string' || value === false
    case "'written', 'name' or a function":
      return typeof value === 'function' || isListed(value, expected)
    case "'de', 'en' or 'auto'":
    case "'text', 'markdown', 'html' or 'auto'":
      return isListed(value, expected)
    case 'an array of strings':
      return Array.isArray(value)
    case 'an array of strings or an object of strings':
      return typeof value === 'object'
    default:
      // An object, of entries or not.
      return typeof value === 'object' && !Array.isArray(value)
  }
}

/** Whether `value` is one of the words quoted in `expected`: the values the message lists are the ones that pass. */
function isListed(value: unknown, expected: string): boolean {
  return typeof value === 'string' && !value.includes("'") && expected.includes("'" + value + "'")
}
