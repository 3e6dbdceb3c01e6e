// The build's dist/cli-render-markdown.js, which `anecdote render --to markdown` loads to render
// (src/cli/commands/render.ts); it names the parser too, for the build's chunks (tsup.config.ts).
export {toMarkdown} from '../../markdown/index.js'
export {parseUsing} from '../../parse/parse-using.js'
