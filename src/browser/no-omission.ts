// The browser build's optional-tag rules of hast-util-to-html (its `omission/opening.js` and
// `omission/closing.js`): `toHtml` calls hast-util-to-html with its defaults, so it never omits a
// tag and never asks these rules. Left out, they save about 1 KB of the bundle; were one asked,
// it would say so rather than write a tag wrong.

function unused(): never {
  throw new Error('anecdote/browser: no optional tags left out')
}

export const opening = unused
export const closing = unused
