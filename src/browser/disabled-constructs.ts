// The browser build's micromark constructs that the Markdown reader disables (`storyExtension` in
// src/parse/markdown/index.ts: `<hektisch>` is a direction, indented text is text): micromark
// skips a disabled construct by its name before it would tokenize, so these keep the name (and
// `concrete`, which micromark reads before the name) and leave out the code: about 2 KB gzip.
// Were one run, it would match nothing, as a disabled construct does.

/** What micromark reads of a construct here (its `Construct` type, in part). */
interface Construct {
  name: string
  concrete?: boolean
  tokenize: (effects: unknown, ok: unknown, nok: unknown) => unknown
}

const nothing: Construct['tokenize'] = (_effects, _ok, nok) => nok

export const codeIndented: Construct = {name: 'codeIndented', tokenize: nothing}
export const htmlFlow: Construct = {concrete: true, name: 'htmlFlow', tokenize: nothing}
export const htmlText: Construct = {name: 'htmlText', tokenize: nothing}
