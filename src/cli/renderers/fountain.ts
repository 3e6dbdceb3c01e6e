// The build's dist/cli-render-fountain.js, which `anecdote render --to fountain` loads to render
// (src/cli/commands/render.ts); it names the parser too, for the build's chunks (tsup.config.ts).
export {toFountain} from '../../fountain/index.js'
export {parseUsing} from '../../parse/parse-using.js'
