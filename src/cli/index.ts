// The executable, and the only code in the package that imports from `node:` (with the rest of
// src/cli/). It starts the worker threads that `--jobs N` asks for before loading the CLI, so
// that they load the library while this thread does (src/cli/pool.ts).
import {startEarly} from './pool.js'

startEarly(process.argv.slice(2))
const {run} = await import('./main.js')
run()
