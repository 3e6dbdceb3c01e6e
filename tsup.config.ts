import {existsSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {dirname} from 'node:path'
import {fileURLToPath} from 'node:url'
import {defineConfig, type Options} from 'tsup'
import ts from 'typescript'
import {minify, type MinifyOptions} from 'terser'
import {characterEntities} from 'character-entities'
import {encodeEntities} from './src/browser/entities.js'
import {stylesheet} from './src/render/stylesheet.js'

// No source maps in the package: the library build is ES modules, a statement a line, with short
// names only for local variables (stack traces keep their function names), and maps whose
// sources are not shipped only make bundlers warn about missing files.

/** An esbuild plugin, as tsup takes them. */
type Plugin = NonNullable<Options['esbuildPlugins']>[number]

/** The CommonJS entry `require`s the ES module build (Node `^20.19 || >=22.12` has require(esm) on
 * by default; src/require-esm.ts leaves out the warning 22.12 gives for it), so the library ships once and `import` and `require` share one instance. The
 * declarations are still built for both (`index.d.ts`, `index.d.cts`). */
const cjsRequiresEsm: Plugin = {
  name: 'cjs-requires-esm',
  setup(build) {
    if (build.initialOptions.format !== 'cjs') return
    build.onResolve({filter: /./}, (args) => {
      if (args.kind === 'entry-point') return {path: 'index.cjs', namespace: 'cjs-entry'}
      if (args.namespace === 'cjs-entry') return {path: args.path, external: true}
      return undefined
    })
    // src/require-esm.ts written into the file as CommonJS: `require`d, esbuild would wrap it as
    // an ES module, with 1 KB of helpers.
    build.onLoad({filter: /./, namespace: 'cjs-entry'}, () => {
      const source = readFileSync(new URL('src/require-esm.ts', import.meta.url), 'utf8')
      const helper = ts.transpileModule(source, {compilerOptions: {module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, removeComments: true}}).outputText
      return {contents: helper + "module.exports = requireEsm(() => require('./index.js'))\n", loader: 'js'}
    })
  }
}

/**
 * A plugin of the browser build that puts a module of src/browser/ in place of what `specifier`
 * names, where a module that `importer` matches imports it (anywhere without `importer`); `file`
 * is that module's name there, or made from the specifier.
 */
function browserSwap(name: string, specifier: RegExp, file: string | ((path: string) => string), importer?: RegExp): Plugin {
  return {
    name,
    setup(build) {
      build.onResolve({filter: specifier}, (args) => {
        if (importer && !importer.test(args.importer)) return undefined
        const swapped = typeof file === 'string' ? file : file(args.path)
        return {path: fileURLToPath(new URL('src/browser/' + swapped, import.meta.url))}
      })
    }
  }
}

/** The browser build's `decode-named-character-reference`: src/browser/decode-named-character-reference.ts,
 * which decodes with the DOM in a page and loads the table of named references only where there
 * is no `document` (a Web Worker, Node). */
const browserDecoder = browserSwap('browser-decoder', /^decode-named-character-reference$/, 'decode-named-character-reference.ts')

/** The browser build's `stringify-entities` without its named references: src/browser/hexadecimal-references.ts (see there). */
const browserNoNamedReferences = browserSwap('browser-no-named-references', /^\.\/util\/format-smart\.js$/, 'hexadecimal-references.ts', /[/\\]stringify-entities[/\\]/)

/** The browser build's HTML reader: src/browser/html-reader.ts, without parse5 (see there). */
const browserHtmlReader = browserSwap('browser-html-reader', /^\.\/html\/index\.js$/, 'html-reader.ts', /[/\\]src[/\\]parse[/\\]index\.ts$/)

/** The browser build's `vfile`, which only `anonymizeText` imports, for a VFile of its own: src/browser/vfile.ts (see there). */
const browserVfile = browserSwap('browser-vfile', /^vfile$/, 'vfile.ts', /[/\\]src[/\\]anonymize[/\\]text\.ts$/)

/** The browser build's `unified`, which only the Markdown reader imports: src/browser/unified.ts (see there). */
const browserUnified = browserSwap('browser-unified', /^unified$/, 'unified.ts', /[/\\]src[/\\]parse[/\\]markdown[/\\]index\.ts$/)

/** The browser build's micromark constructs the Markdown reader disables: src/browser/disabled-constructs.ts (see there). */
const browserDisabledConstructs = browserSwap(
  'browser-disabled-constructs',
  /^\.\/lib\/(code-indented|html-flow|html-text)\.js$/,
  'disabled-constructs.ts',
  /[/\\]micromark-core-commonmark[/\\]/
)

/** The browser build's HTML side of `anonymizeText`, of its plan and of `unmarked-name`: src/browser/markup.ts, beside.ts, markup-words.ts (that build reads no HTML). */
const browserNoMarkup = browserSwap(
  'browser-no-markup',
  /^\.\/(markup(-words)?|beside)\.js$/,
  (path) => path.slice(2, -3) + '.ts',
  /[/\\]src[/\\]anonymize[/\\](text|unmarked|plan)\.ts$/
)

/** The browser build's element serializer of hast-util-to-html with its default settings: src/browser/html-element.ts (see there), read from the package's folder. */
const browserHtmlElement: Plugin = {
  name: 'browser-html-element',
  setup(build) {
    build.onLoad({filter: /[/\\]hast-util-to-html[/\\]lib[/\\]handle[/\\]element\.js$/}, (args) => ({
      contents: readFileSync(new URL('src/browser/html-element.ts', import.meta.url), 'utf8'),
      loader: 'ts',
      resolveDir: dirname(args.path)
    }))
  }
}

/** The browser build's table of named references: the same table, from one string (src/browser/entities.ts). */
const browserEntities: Plugin = {
  name: 'browser-entities',
  setup(build) {
    build.onResolve({filter: /^character-entities$/}, (args) => {
      if (!/[/\\]src[/\\]browser[/\\]decode-named-character-reference\.ts$/.test(args.importer)) return undefined
      return {path: 'character-entities', namespace: 'browser-entities'}
    })
    build.onLoad({filter: /./, namespace: 'browser-entities'}, () => ({
      contents:
        'import {decodeEntities} from ' + JSON.stringify(fileURLToPath(new URL('src/browser/entities.ts', import.meta.url))) + '\n' +
        'export const characterEntities = decodeEntities(' + JSON.stringify(encodeEntities(characterEntities)) + ')\n',
      loader: 'js',
      resolveDir: fileURLToPath(new URL('.', import.meta.url))
    }))
  }
}

/** The browser build's HTML and SVG schemas of property-information, from src/browser/schemas.ts (see there). */
const browserSchemas: Plugin = {
  name: 'browser-schemas',
  setup(build) {
    build.onLoad({filter: /[/\\]property-information[/\\]lib[/\\](html|svg)\.js$/}, (args) => {
      const space = /(html|svg)\.js$/.exec(args.path)![1]
      return {
        contents:
          "import {create} from './util/create.js'\n" +
          'import {' + space + 'Definition} from ' + JSON.stringify(fileURLToPath(new URL('src/browser/schemas.ts', import.meta.url))) + '\n' +
          'export const ' + space + ' = create(' + space + 'Definition())\n',
        loader: 'js',
        resolveDir: dirname(args.path)
      }
    })
  }
}

/**
 * The declarations ship once, in `dist/types.d.cts`, which both entries re-export: two copies of
 * 32 KB cost the tarball 8 KB of its 250 KB budget, as gzip's window does not reach back over one.
 * A CommonJS file: an ES module may re-export its types, a CommonJS one may not an ES module's
 * under `module: node16` (TS1479), and each entry stays the kind it declares (no default import
 * of the ES entry). The file imports the types of ES-only packages (vfile, unified, vfile-message)
 * as `import type … with {'resolution-mode': 'import'}` (TypeScript 5.3+), which node16 allows.
 * tsup has no hook after its declaration build, which ends before the process does: this runs then.
 */
function typeImportsForCommonJs(): void {
  const path = 'dist/index.d.cts'
  const entry = "export * from './types.cjs';\n"
  if (process.exitCode || !existsSync(path) || readFileSync(path, 'utf8') === entry) return
  const esOnly = /^import \{ (.*) \} from '(vfile|vfile-message|unified)';$/gm
  writeFileSync('dist/types.d.cts', readFileSync(path, 'utf8').replace(esOnly, "import type { $1 } from '$2' with { 'resolution-mode': 'import' };"))
  for (const name of ['dist/index.d.ts', path]) writeFileSync(name, entry)
}
process.on('exit', typeImportsForCommonJs)

/**
 * The build without esbuild's line before each bundled module (`// src/parse/lines.ts`): the
 * package ships no sources, and the lines cost 1 KB of the tarball's 250 KB budget.
 */
function withoutModuleMarkers(names: (name: string) => boolean): void {
  for (const name of readdirSync('dist')) {
    if (!names(name)) continue
    const path = 'dist/' + name
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^\/\/ (src|node_modules)\/\S+\n/gm, ''))
  }
}

/**
 * The library's files with one-letter names for local variables and parameters, one statement a
 * line, without indentation or comments: 16.6 KB of the tarball's 250 KB budget (249,791 →
 * 233,195 B, 2026-12-06). Function and class names stay, and so do the variables that hold a
 * function (terser's `keep_fnames`): stack traces name the same functions, and
 * `Function.prototype.name` says the same. Exports keep their names. A line inside a string or
 * template keeps its own, which is text (the stylesheet).
 */
const shortLocalNames: MinifyOptions = {mangle: {keep_fnames: true, keep_classnames: true}, format: {comments: false, beautify: true, indent_level: 0}}

/** The CLI's files without white space and comments (its names kept), as its build of its own was: the library's keep their lines (`shortLocalNames`). */
const withoutWhiteSpace: MinifyOptions = {mangle: false, format: {comments: false}}

/** Each file of dist/ that `names` takes, through terser with `options`: no compression, so the same statements. */
async function minifyEach(names: (name: string) => boolean, options: MinifyOptions): Promise<void> {
  for (const name of readdirSync('dist')) {
    if (!names(name)) continue
    const path = 'dist/' + name
    const {code} = await minify(readFileSync(path, 'utf8'), {module: true, ecma: 2020, compress: false, ...options})
    writeFileSync(path, code!)
  }
}

/**
 * The build's chunks named after what they hold, not after a hash of it: `chunk-parse-lines.js`
 * for a chunk whose first module is src/parse/lines.ts, `chunk-micromark.js` for one that starts
 * with that package, `stats.js` for the chunk esbuild names `stats` (src/cli/stats.ts, which the
 * CLI imports when it runs that command). npm packs files in the order of their names, and gzip compresses the
 * tarball 1.5 KB better or worse with that order alone: with hashed names, any edit reordered
 * the chunks and moved the packed size by chance. A chunk of esbuild's helpers alone, with no
 * module of its own, is `chunk-runtime.js`.
 */
function stableChunkNames(): void {
  const renamed = new Map<string, string>()
  const names = new Set<string>()
  for (const name of readdirSync('dist')) {
    const hashed = /^([a-z-]+)-[A-Z0-9]{8}\.js$/.exec(name)
    if (!hashed) continue
    const stable = (hashed[1] === 'chunk' ? 'chunk-' + firstModule(readFileSync('dist/' + name, 'utf8')) : hashed[1]) + '.js'
    if (names.has(stable) || existsSync('dist/' + stable)) throw new Error('dist/' + name + ': two chunks would be ' + stable)
    names.add(stable)
    renamed.set(name, stable)
  }
  for (const name of readdirSync('dist')) {
    if (!name.endsWith('.js')) continue
    const code = readFileSync('dist/' + name, 'utf8')
    const relinked = code.replace(/(["'])\.\/([a-z-]+-[A-Z0-9]{8}\.js)\1/g, (found, quote: string, target: string) => quote + './' + (renamed.get(target) ?? target) + quote)
    rmSync('dist/' + name)
    writeFileSync('dist/' + (renamed.get(name) ?? name), relinked)
  }
}

/** The name of a chunk's first module, from esbuild's line before it: `parse-lines` for `// src/parse/lines.ts`, the package's name for one in node_modules/. */
function firstModule(code: string): string {
  const marker = /^\/\/ (?:src\/(\S+?)\.[jt]s|node_modules\/(@[^/\s]+\/[^/\s]+|[^/\s]+)\/\S*)$/m.exec(code)
  if (!marker) return 'runtime'
  return (marker[1] ?? marker[2]).replace(/^@/, '').replace(/\//g, '-')
}

/** The files of dist/ that `dist/index.js` loads (itself included): the library. The other files of the build are the CLI's. */
function libraryFiles(): Set<string> {
  const files = new Set(['index.js'])
  for (const name of files) {
    for (const match of readFileSync('dist/' + name, 'utf8').matchAll(/^(?:import|export)\b[^;"']*?\bfrom\s*"\.\/([^"]+)"|^import\s*"\.\/([^"]+)"/gm)) files.add(match[1] ?? match[2])
  }
  return files
}

// A fresh dist/ for each build. Not tsup's `clean`: with declarations on, that also deletes every
// `.d.ts` in dist/ when the declaration build starts, after the browser build wrote its own.
rmSync('dist', {recursive: true, force: true})

export default defineConfig([
  {
    // The library for Node and bundlers (ESM), and the command-line tool on top of it, in one
    // build: code split into chunks, so that the CLI imports the library's modules, not a second
    // copy of them, and each command loads only the modules (and dependencies) it runs. The CLI
    // (src/cli/, the only code that imports `node:`) is the entries `cli` and `cli-worker` (the
    // worker threads of `--jobs`, which load only their command's chunks) and `cli-readers` (the
    // readers of Markdown, HTML and blog exports, which the CLI loads when an input needs one:
    // src/cli/readers.ts), and `cli-render-<format>`, the renderer `anecdote render --to <format>`
    // loads when it renders (src/cli/commands/render.ts). Each of those names the parser too,
    // which render has loaded by then: an entry that reached only the parser's modules its
    // renderer imports (the grammar, dates) would cut the parser's chunk into eight, all of which
    // every command that parses loads (6 more files, 2 KB of the tarball, 2026-12-06).
    entry: {
      index: 'src/index.ts',
      cli: 'src/cli/index.ts',
      'cli-worker': 'src/cli/worker.ts',
      'cli-readers': 'src/cli/readers-entry.ts',
      'cli-render-html': 'src/cli/renderers/html.ts',
      'cli-render-text': 'src/cli/renderers/text.ts',
      'cli-render-markdown': 'src/cli/renderers/markdown.ts',
      'cli-render-tei': 'src/cli/renderers/tei.ts',
      'cli-render-fountain': 'src/cli/renderers/fountain.ts'
    },
    format: ['esm'],
    dts: {entry: {index: 'src/index.ts'}},
    target: 'node20',
    platform: 'node',
    splitting: true,
    // Shorter syntax, the same names and lines (`!1` for `false`, `a && b()` for an `if`): 1 KB of
    // the tarball's 250 KB budget, with stack traces as readable as before.
    minifySyntax: true,
    esbuildOptions(options) {
      options.chunkNames = '[name]-[hash]'
    },
    // The default stylesheet, `anecdote/style.css`; the executable's `#!` line.
    async onSuccess() {
      writeFileSync('dist/style.css', stylesheet())
      stableChunkNames()
      const library = libraryFiles()
      withoutModuleMarkers((name) => library.has(name))
      await minifyEach((name) => library.has(name), shortLocalNames)
      await minifyEach((name) => name.endsWith('.js') && !library.has(name), withoutWhiteSpace)
      writeFileSync('dist/cli.js', '#!/usr/bin/env node\n' + readFileSync('dist/cli.js', 'utf8'))
    }
  },
  {
    // The CommonJS entry, which requires the ES module build, and its declarations.
    entry: {index: 'src/index.ts'},
    format: ['cjs'],
    dts: true,
    target: 'node20',
    platform: 'neutral',
    // One statement and the function of src/require-esm.ts: nothing a stack trace needs to read.
    minify: true,
    esbuildPlugins: [cjsRequiresEsm]
  },
  {
    // The browser build: a minified ES module with its dependencies bundled, for pages, Web
    // Workers and Node alike, of what src/browser/index.ts re-exports. Its one split-off chunk is
    // the table of named character references, which only a context without a `document` loads
    // (see `browserDecoder`).
    entry: {'browser/anecdote': 'src/browser/index.ts'},
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/./],
    // terser, not esbuild's minifier: the same code, 3 KB gzip lighter (its output compresses
    // better: 234.2 against 236.5 KB minified, 77.1 against 80.0 KB gzip, measured 2026-12-05).
    // Of its options that are not on by default, three make the bundle smaller and hold here:
    // no getter of ours or of the bundled packages has an effect that reading it for nothing
    // would need (`pure_getters`), no method is called with `new` (`unsafe_methods`: methods in
    // short form), and inlining only simple functions (`inline: 1`) compresses better; 183 B
    // gzip in all (81,915 → 81,732 B, 2026-12-06).
    minify: 'terser',
    terserOptions: {module: true, ecma: 2020, compress: {passes: 2, pure_getters: true, unsafe_methods: true, inline: 1}, format: {comments: false}},
    splitting: true,
    esbuildPlugins: [browserDecoder, browserDisabledConstructs, browserEntities, browserHtmlElement, browserHtmlReader, browserNoNamedReferences, browserNoMarkup, browserSchemas, browserUnified, browserVfile],
    esbuildOptions(options) {
      options.chunkNames = 'browser/[name]-[hash]'
    },
    // Its declarations: src/browser/index.ts re-exports from the package entry by name, so its
    // declaration file is the same re-exports, from `dist/index.d.ts`.
    async onSuccess() {
      const source = readFileSync('src/browser/index.ts', 'utf8')
      const {outputText, diagnostics} = ts.transpileDeclaration(source, {fileName: 'index.ts', compilerOptions: {module: ts.ModuleKind.NodeNext}})
      if (diagnostics?.length) throw new Error('src/browser/index.ts: ' + ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n'))
      writeFileSync('dist/browser/anecdote.d.ts', outputText)
    }
  }
])
