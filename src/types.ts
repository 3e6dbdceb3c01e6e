// The anecdote syntax tree, in the shape of `@types/mdast`.
// The spec is `docs/syntax-tree.md`: change both together.
import type {Data as UnistData, Node as UnistNode, Parent as UnistParent} from 'unist'

// ## Enumerations

/** Language of a story. */
export type Lang = 'de' | 'en'

/** How a direction is delimited: `<…>`, `(…)`, `*…*`, `[…]`. */
export type DirectionMarker = 'angle' | 'paren' | 'star' | 'bracket' | 'comma'

// ## Abstract interfaces

/** Info associated with anecdote nodes by the ecosystem; extend by interface merging. */
export interface Data extends UnistData {}

/** Abstract node. */
export interface Node extends UnistNode {
  data?: Data | undefined
}

/** Abstract node that contains a value. */
export interface Literal extends Node {
  value: string
}

/** Abstract node that contains other nodes. */
export interface Parent extends Node {
  children: RootContent[]
}

// ## Content maps (extend by interface merging)

/** Nodes that can stand directly in `Root`. */
export interface StoryContentMap {
  frontmatter: Frontmatter
  dateline: Dateline
  title: Title
  narration: Narration
  dialogue: Dialogue
  note: Note
  comments: Comments
}

/** Blocks of running text: in `Root` and in `Comment`. */
export interface BlockContentMap {
  narration: Narration
  dialogue: Dialogue
  note: Note
}

/** Inline content. */
export interface PhrasingContentMap {
  text: Text
  placeholder: Placeholder
  direction: Direction
  elision: Elision
  break: Break
  emphasis: Emphasis
  strong: Strong
  link: Link
  inlineCode: InlineCode
}

/** Every node that can occur below `Root`. */
export interface RootContentMap extends StoryContentMap, BlockContentMap, PhrasingContentMap {
  turn: Turn
  speaker: Speaker
  comment: Comment
}

export type StoryContent = StoryContentMap[keyof StoryContentMap]
export type BlockContent = BlockContentMap[keyof BlockContentMap]
export type PhrasingContent = PhrasingContentMap[keyof PhrasingContentMap]
export type RootContent = RootContentMap[keyof RootContentMap]

/** Any node of the tree. */
export type Nodes = Root | RootContent

/** Any parent node of the tree. */
export type Parents = Extract<Nodes, UnistParent>

// ## Nodes

/** The story. */
export interface Root extends Parent {
  type: 'root'
  /** Language of the story, as given or detected; absent when unknown. */
  lang?: Lang | undefined
  children: StoryContent[]
  data?: RootData | undefined
}
export interface RootData extends Data {
  /**
   * The input format, where its source lines are not the story's lines: `'html'` (set by the
   * HTML reader). The text renderer then lays out turns and blocks from the tree alone.
   */
  format?: 'html' | undefined
}

/**
 * The front matter of a static site's post: the metadata between `---` (YAML) or `+++` (TOML)
 * fences that open the input, as written, unread.
 */
export interface Frontmatter extends Literal {
  type: 'frontmatter'
  /** The syntax of `value`, told by its fences. */
  syntax: 'yaml' | 'toml'
  data?: FrontmatterData | undefined
}
export interface FrontmatterData extends Data {
  /** Set by `anonymize` where it replaced placeholders in `value` (`author: $Anna`); `reidentify` reads it. */
  anonymized?: AnonymizedField[] | undefined
}

/** The date line a blog puts over a post, as written. */
export interface Dateline extends Literal {
  type: 'dateline'
  /** Calendar date in ISO 8601 (`YYYY-MM-DD`), when the line names a valid one. */
  date?: string | undefined
  data?: DatelineData | undefined
}
export interface DatelineData extends Data {
  /** Set by `anonymize` where it replaced placeholders in `value` (`Posted by $Anna | March 2, 2020`); `reidentify` reads it. */
  anonymized?: AnonymizedField[] | undefined
}

/** The title of the story. */
export interface Title extends Parent {
  type: 'title'
  children: PhrasingContent[]
  data?: TitleData | undefined
}
export interface TitleData extends Data {}

/** A paragraph of narration; line ends inside it are `Break`s. */
export interface Narration extends Parent {
  type: 'narration'
  children: PhrasingContent[]
  data?: NarrationData | undefined
}
export interface NarrationData extends Data {}

/** Consecutive turns of speech. */
export interface Dialogue extends Parent {
  type: 'dialogue'
  children: Turn[]
  data?: DialogueData | undefined
}
export interface DialogueData extends Data {}

/** One speaker's turn: the cue, then what is said (possibly over several lines). */
export interface Turn extends Parent {
  type: 'turn'
  /** Stable identity of the speaker (slug of the label, placeholder name, or `cast` id). */
  who: string
  /** A list marker written before the label (`-`, `•`, `#3`, `3.`), as written. */
  bullet?: string | undefined
  /** The separator between the cue and the speech as written (`:`, `：`). */
  separator: string
  children: [Speaker, ...PhrasingContent[]]
  data?: TurnData | undefined
}
export interface TurnData extends Data {
  /** Set by `anonymize` when `who` held a replaced name: the old `who`, names left out; `reidentify` reads it. */
  anonymized?: AnonymizedWho | undefined
}

/** The `who` of a turn before `anonymize`, as parts: text kept, and each name by its replacement. */
export interface AnonymizedWho {
  who: WhoPart[]
}

/**
 * Text of the old `who`, or a name, by its replacement; `slug` when the name stood there as a
 * slug, `word` when only that word of it did (`meier` of `Herr_Meier`, counted from 0).
 */
export type WhoPart = string | (Anonymized & {slug?: boolean | undefined; word?: number | undefined})

/** The speaker label as written, without the separator. */
export interface Speaker extends Parent {
  type: 'speaker'
  children: PhrasingContent[]
  data?: SpeakerData | undefined
}
export interface SpeakerData extends Data {}

/** An aside that is not part of the story proper: `Update:`, `PS:`, `Labels:`, a byline. */
export interface Note extends Parent {
  type: 'note'
  /** The label as written, with its colon where it has one (`Nachtrag:`, `Posted by`). */
  label: string
  children: PhrasingContent[]
  data?: NoteData | undefined
}
export interface NoteData extends Data {
  /** Set by `anonymize` where it replaced placeholders in `label` (`Nachtrag ($Anna):`); `reidentify` reads it. */
  anonymized?: AnonymizedField[] | undefined
}

/** The reader-comment section. */
export interface Comments extends Parent {
  type: 'comments'
  /** The section header as written (`2 Kommentare:`). */
  label: string
  /** The number of comments the header declares. */
  count?: number | undefined
  children: Comment[]
  data?: CommentsData | undefined
}
export interface CommentsData extends Data {
  /** Set by `anonymize` where it replaced placeholders in `label` (`3 Responses to “A Day with $Anna”`); `reidentify` reads it. */
  anonymized?: AnonymizedField[] | undefined
}

/** One reader comment. */
export interface Comment extends Parent {
  type: 'comment'
  /** Its number in the list, where the comments are numbered. */
  index?: number | undefined
  /** The number marker as written (`1.`). */
  marker?: string | undefined
  /** Who wrote it, where the export names them. */
  author?: string | undefined
  /** When it was written (ISO 8601), where the export says. */
  date?: string | undefined
  /** The byline as written, where `author` or `date` were read from one. */
  byline?: string | undefined
  /** The blog's reply and delete controls left in the text (`Antworten`, `Löschen`). */
  controls?: string[] | undefined
  children: BlockContent[]
  data?: CommentData | undefined
}
export interface CommentData extends Data {
  /** Set by `anonymize` where it replaced placeholders in `author` or `byline`; `reidentify` reads it. */
  anonymized?: AnonymizedField[] | undefined
}

/** Plain text. */
export interface Text extends Literal {
  type: 'text'
  data?: TextData | undefined
}
export interface TextData extends Data {
  /**
   * Set by `anonymize` on the text that replaced a placeholder; on text that held placeholders
   * the parser did not read (the unread rest past `maxLength`), one entry per replacement.
   * `reidentify` reads it.
   */
  anonymized?: Anonymized | AnonymizedField[] | undefined
}

/** What `anonymize` put in place of a placeholder. */
export interface Anonymized {
  /** The name's replacement as in the mapping (the text shown can be a shorter form, or carry a genitive). */
  replacement: string
  /** The placeholder's inflection (`s` of `$Verkäufers`). */
  suffix?: string | undefined
  /** The placeholder was written decomposed (`$Verka\u0308ufer`, NFD): `reidentify` writes it so again. */
  decomposed?: boolean | undefined
  /** The placeholder was written percent-encoded in a field (`%24Anna` in a URL): `reidentify` writes it so again. */
  percentEncoded?: boolean | undefined
}

/** What `anonymize` put in place of a placeholder inside a string field (a byline, a label, a link's URL, code). */
export interface AnonymizedField extends Anonymized {
  /** The field it is in. */
  field: 'author' | 'byline' | 'label' | 'url' | 'title' | 'value' | 'info'
  /** Where the replacement starts in the field's new value (UTF-16 code units). */
  start: number
  /** Where it ends. */
  end: number
}

/** An anonymized name: `$Stadt_in_der_Nähe`. */
export interface Placeholder extends Literal {
  type: 'placeholder'
  /** The placeholder as written, `$` included. */
  value: string
  /** The name it stands for: NFC, without `$` and without `suffix`. */
  name: string
  /** An inflection written after the name (`s` in `$Verkäufers`, `es` in `$Krankenhauses`, `'` in `$Hans' Idee`). */
  suffix?: string | undefined
  data?: PlaceholderData | undefined
}
export interface PlaceholderData extends Data {}

/** A stage direction: `<hektisch>`, `(leise)`, `*seufzt*`, `[lacht]`. */
export interface Direction extends Parent {
  type: 'direction'
  marker: DirectionMarker
  /** `true` where it stands in the turn's cue, between the label and the separator (`Kunde (leise): …`). */
  cue?: boolean | undefined
  children: PhrasingContent[]
  data?: DirectionData | undefined
}
export interface DirectionData extends Data {}

/** Text left out by the writer: `[...]`. */
export interface Elision extends Literal {
  type: 'elision'
  data?: ElisionData | undefined
}
export interface ElisionData extends Data {}

/** A line ending inside a block. */
export interface Break extends Node {
  type: 'break'
  data?: BreakData | undefined
}
export interface BreakData extends Data {}

/** Emphasis, from Markdown input (mdast shape). */
export interface Emphasis extends Parent {
  type: 'emphasis'
  children: PhrasingContent[]
  data?: EmphasisData | undefined
}
export interface EmphasisData extends Data {}

/** Strong importance, from Markdown input (mdast shape). */
export interface Strong extends Parent {
  type: 'strong'
  children: PhrasingContent[]
  data?: StrongData | undefined
}
export interface StrongData extends Data {}

/** A hyperlink, from Markdown input (mdast shape). */
export interface Link extends Parent {
  type: 'link'
  url: string
  title?: string | null | undefined
  children: PhrasingContent[]
  data?: LinkData | undefined
}
export interface LinkData extends Data {
  /** Set by `anonymize` where it replaced placeholders in `url` or `title`; `reidentify` reads it. */
  anonymized?: AnonymizedField[] | undefined
}

/** Inline code, from Markdown input (mdast shape); nothing inside is a placeholder. */
export interface InlineCode extends Literal {
  type: 'inlineCode'
  /** A fenced code block's info string, as written after its opening fence (`python title="x"`). */
  info?: string | undefined
  data?: InlineCodeData | undefined
}
export interface InlineCodeData extends Data {
  /** Set by `anonymize` where it replaced placeholders in `value`; `reidentify` reads it. */
  anonymized?: AnonymizedField[] | undefined
}
