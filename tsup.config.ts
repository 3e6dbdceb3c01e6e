import {defineConfig} from 'tsup'

export default defineConfig([
  {
    // The library for Node and bundlers: ESM + CJS with declarations.
    entry: {index: 'src/index.ts'},
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: true,
    target: 'node20',
    platform: 'neutral'
  },
  {
    // The command-line tool (the only code that imports `node:`).
    entry: {cli: 'src/cli/index.ts'},
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: {js: '#!/usr/bin/env node'}
  }
])
