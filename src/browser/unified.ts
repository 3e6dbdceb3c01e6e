// The browser build's `unified`, for the Markdown reader (src/parse/markdown/index.ts) alone,
// which is all of the build that imports it: the reader makes one processor,
// `unified().use(remarkParse).data('micromarkExtensions', […]).freeze()`, and calls its `parse`
// with a string, which unified hands to the parser remark-parse sets (`parser(String(file),
// file)`, and remark-parse reads only the string). The unified plugins of the package
// (`anecdoteParse`, …) set a parser or compiler on the caller's processor and import none of
// unified. Left out: the processor's pipeline, presets, `run`, `process`, `stringify`, and with
// them trough, extend and the VFile it makes of the string; about 1.7 KB gzip.

/** What remark-parse reads of its processor: `data` by key, and the `parser` it sets. */
export interface Processor {
  parser?: (document: string) => unknown
  use(plugin: (this: Processor) => void): Processor
  data(key: string, value?: unknown): unknown
  freeze(): Processor
  parse(document: string): unknown
}

export function unified(): Processor {
  const data = new Map<string, unknown>()
  const processor: Processor = {
    // unified attaches its plugins when frozen; remark-parse only sets `parser`, which reads `data` when called.
    use(plugin) {
      plugin.call(processor)
      return processor
    },
    data(key, ...value) {
      if (value.length === 0) return data.get(key) || undefined
      data.set(key, value[0])
      return processor
    },
    freeze: () => processor,
    parse: (document) => processor.parser!(String(document))
  }
  return processor
}
