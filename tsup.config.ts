import {writeFileSync} from 'node:fs'
import {defineConfig} from 'tsup'
import {stylesheet} from './src/render/stylesheet.js'

export default defineConfig([
  {
    // The library for Node and bundlers: ESM + CJS with declarations.
    entry: {index: 'src/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral',
    // The default stylesheet, `anecdote/style.css`; written here, after this build's clean.
    async onSuccess() {
      writeFileSync('dist/style.css', stylesheet())
    }
  },
  {
    // The command-line tool (the only code that imports `node:`).
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  },
  {
    // The browser build: one ES module with its dependencies bundled.
    entry: {'browser/anecdote': 'src/index.ts'},
    format: ['esm'],
    target: 'es2022',
    platform: 'browser',
    noExternal: [/./],
    sourcemap: true
  }
])
