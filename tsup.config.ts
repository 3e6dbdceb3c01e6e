import {writeFileSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'
import {stylesheet} from './src/render/stylesheet.js'

// No source maps in the package: the library build is plain, unminified ESM and CJS, and maps
// whose sources are not shipped only make bundlers warn about missing files.

/** The CLI imports the library as `../index.js` or `../../index.js`; in the build that is the
 * library's own `dist/index.js`, imported, not bundled a second time. */
const cliImportsLibrary: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'cli-imports-library',
  setup(build) {
    build.onResolve({filter: /^(\.\.\/)+index\.js$/}, (args) => {
      if (!/[/\\]src[/\\]cli[/\\]/.test(args.importer)) return undefined
      return {path: './index.js', external: true}
    })
  }
}

/** The browser build's `decode-named-character-reference`: src/browser/decode-named-character-reference.ts,
 * which decodes with the DOM in a page and loads the table of named references only where there
 * is no `document` (a Web Worker, Node). */
const browserDecoder: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'browser-decoder',
  setup(build) {
    build.onResolve({filter: /^decode-named-character-reference$/}, () => ({
      path: fileURLToPath(new URL('src/browser/decode-named-character-reference.ts', import.meta.url))
    }))
  }
}

/** The browser build's HTML reader: src/browser/html-reader.ts, without parse5 (see there). */
const browserHtmlReader: NonNullable<Options['esbuildPlugins']>[number] = {
  name: 'browser-html-reader',
  setup(build) {
    build.onResolve({filter: /^\.\/html\/index\.js$/}, (args) => {
      if (!/[/\\]src[/\\]parse[/\\]index\.ts$/.test(args.importer)) return undefined
      return {path: fileURLToPath(new URL('src/browser/html-reader.ts', import.meta.url))}
    })
  }
}

export default defineConfig([
  {
    // The library for Node and bundlers: ESM + CJS with declarations.
    entry: {index: 'src/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    target: 'node20',
    platform: 'neutral',
    // The default stylesheet, `anecdote/style.css`; written here, after this build's clean.
    async onSuccess() {
      writeFileSync('dist/style.css', stylesheet())
    }
  },
  {
    // The command-line tool (the only code that imports `node:`), on top of `dist/index.js`, and
    // the worker threads of `--jobs`, which load only the library and their command's chunk.
    entry: {cli: 'src/cli/index.ts', 'cli-worker': 'src/cli/worker.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    esbuildPlugins: [cliImportsLibrary],
    banner: {js: '#!/usr/bin/env node'},
    // Chunks beside the entries (they import `./index.js`), named as the CLI's.
    esbuildOptions(options) {
      options.chunkNames = 'cli-[name]-[hash]'
    }
  },
  {
    // The browser build: a minified ES module with its dependencies bundled, for pages, Web
    // Workers and Node alike. Its one split-off chunk is the table of named character references,
    // which only a context without a `document` loads (see `browserDecoder`).
    entry: {'browser/anecdote': 'src/index.ts'},
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/./],
    minify: true,
    splitting: true,
    esbuildPlugins: [browserDecoder, browserHtmlReader],
    esbuildOptions(options) {
      options.chunkNames = 'browser/[name]-[hash]'
    }
  }
])
