// The browser build's `vfile` path functions (its `#minpath` and `#minurl`): the library makes
// VFiles of text only, never with a path or a file URL (a path is the caller's, on a VFile of
// their own, whose functions are their copy's), so `basename`, `dirname` and the rest of a VFile
// of ours are never read, nor a URL made a path. Left out, they save about 2.5 KB of the bundle;
// were one called, it would say so rather than guess.

function unused(): never {
  throw new Error('anecdote/browser: no VFile paths (use your own VFile)')
}

export const minpath = {basename: unused, dirname: unused, extname: unused, join: unused, sep: '/'}

/** vfile's own test of a URL (`minurl.shared.js`): every `new VFile(options)` asks it. */
export function isUrl(value: unknown): boolean {
  return Boolean(value !== null && typeof value === 'object' && 'href' in value && value.href && 'protocol' in value && value.protocol && (value as {auth?: unknown}).auth === undefined)
}

export const urlToPath = unused
