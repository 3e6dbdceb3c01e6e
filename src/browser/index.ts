// anecdote/browser: what an app in a page needs, bundled for pages and Web Workers without a
// bundler — read stories (text, Markdown), render them (hast, HTML, text, the stylesheet),
// anonymize and fill them in, count their words, and the unified plugins. The writers for other
// tools (`toMarkdown`, `toTei`, `toFountain`), the blog-export readers (`readBlogExport`,
// `anonymizeExport`), corpus statistics (`stats`) and the author's way back from an anonymized
// tree (`reidentify`) stay in `anecdote`, which bundlers also take
// for browsers: the 80 KB gzip budget of issue 15 holds what a page uses. Re-exports only, from
// the package entry, so this file is also the declaration file of `anecdote/browser`
// (tsup.config.ts writes it beside the bundle).
export {
  anecdoteParse,
  anecdoteStringify,
  anecdoteToRehype,
  anonymize,
  anonymizedOf,
  anonymizeText,
  countWords,
  defaultHandlers,
  defaultTextHandlers,
  deidentify,
  deidentifyText,
  maxDirectionDepth,
  parse,
  slug,
  stylesheet,
  toHast,
  toHtml,
  toText
} from '../index.js'
export type {
  AnonymizeOptions,
  AnonymizeTextOptions,
  CastOption,
  DeidentifyOptions,
  DeidentifyResult,
  Diagnostic,
  Handler,
  Handlers,
  ParseOptions,
  PlaceholderDisplay,
  Replacement,
  State,
  Strategy,
  TextHandler,
  TextHandlers,
  TextState,
  ToHastOptions,
  ToHtmlOptions,
  ToTextOptions
} from '../index.js'
// The syntax tree's types (src/types.ts), by name: `export type *` from the entry would also
// bring the types of the writers and readers left out.
export type {
  Lang, DirectionMarker, Data, Node, Literal, Parent, StoryContentMap, BlockContentMap,
  PhrasingContentMap, RootContentMap, StoryContent, BlockContent, PhrasingContent, RootContent,
  Nodes, Parents, Root, RootData, Frontmatter, FrontmatterData, Dateline, DatelineData, Title, TitleData, Narration,
  NarrationData, Dialogue, DialogueData, Turn, TurnData, AnonymizedWho, WhoPart, Speaker,
  SpeakerData, Note, NoteData, Comments, CommentsData, Comment, CommentData, Text, TextData,
  Anonymized, AnonymizedField, Placeholder, PlaceholderData, Direction, DirectionData, Elision,
  ElisionData, Break, BreakData, Emphasis, EmphasisData, Strong, StrongData, Link, LinkData,
  InlineCode, InlineCodeData
} from '../index.js'
