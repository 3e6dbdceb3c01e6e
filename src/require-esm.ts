// `require` of an ES module of this package, for the two places that load one synchronously: the
// CommonJS entry (dist/index.cjs, which requires dist/index.js) and the CLI's readers
// (src/cli/readers.ts). Node ^20.19 and >=22.13 do it silently; 22.12 also does it, but prints an
// ExperimentalWarning ("Support for loading ES Module in require() is an experimental feature")
// when the package is outside node_modules: a clone, a linked or a workspace package. That
// warning, about how this package loads itself, is left out; every other warning is not.

/** What `load` returns (a `require` of an ES module), without Node 22.12's warning that it was one. */
export function requireEsm<T>(load: () => T): T {
  const host = typeof process === 'object' && process !== null && typeof process.emitWarning === 'function' ? process : undefined
  if (!host) return load()
  const emit = host.emitWarning
  host.emitWarning = function (this: unknown, warning: string | Error, ...rest: unknown[]): void {
    if (!isRequireEsmWarning(warning, rest[0])) Reflect.apply(emit, host, [warning, ...rest])
  } as typeof emit
  try {
    return load()
  } finally {
    host.emitWarning = emit
  }
}

/** Whether a warning is Node's about `require` of an ES module (its type given as a string or in an options object). */
function isRequireEsmWarning(warning: unknown, typeOrOptions: unknown): boolean {
  const type = typeof typeOrOptions === 'string' ? typeOrOptions : (typeOrOptions as {type?: unknown} | null | undefined)?.type
  const message = typeof warning === 'string' ? warning : warning instanceof Error ? warning.message : ''
  const name = warning instanceof Error ? warning.name : type
  return name === 'ExperimentalWarning' && message.includes('loading ES Module in require()')
}
