// The build's dist/cli-render-html.js, which `anecdote render --to html` loads to render
// (src/cli/commands/render.ts); it names the parser too, for the build's chunks (tsup.config.ts).
export {toHtml} from '../../render/html.js'
export {parseUsing} from '../../parse/parse-using.js'
