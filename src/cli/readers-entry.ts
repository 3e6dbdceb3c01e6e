// The build's dist/cli-readers.js: what the CLI loads only when an input needs it (src/cli/readers.ts).
export {parseHtml} from '../parse/html/index.js'
export {readMarkdown} from '../parse/markdown/index.js'
export {readBlogExport} from '../export/index.js'
export {anonymizeExport} from '../export/anonymize.js'
