// The build's dist/cli-render-tei.js, which `anecdote render --to tei` loads to render
// (src/cli/commands/render.ts); it names the parser too, for the build's chunks (tsup.config.ts).
export {toTei} from '../../tei/index.js'
export {parseUsing} from '../../parse/parse-using.js'
