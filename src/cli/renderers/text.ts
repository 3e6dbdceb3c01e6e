// The build's dist/cli-render-text.js, which `anecdote render --to text` loads to render
// (src/cli/commands/render.ts); it names the parser too, for the build's chunks (tsup.config.ts).
export {toText} from '../../render/text/index.js'
export {parseUsing} from '../../parse/parse-using.js'
