// The browser build's `vfile` path functions (its `#minpath`): the library makes VFiles of text
// only, never with a path (a path is the caller's, on a VFile of their own, whose functions are
// their copy's), so `basename`, `dirname` and the rest of a VFile of ours are never read. Left
// out, they save about 2 KB of the bundle; were one read, it would say so rather than guess.

function unused(): never {
  throw new Error('anecdote/browser: no VFile paths (use your own VFile)')
}

export const minpath = {basename: unused, dirname: unused, extname: unused, join: unused, sep: '/'}
