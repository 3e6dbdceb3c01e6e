// The default stylesheet, for the class names `toHast` writes. The build writes it, without a
// prefix, to `dist/style.css` (`anecdote/style.css`); document mode inlines it with the prefix.
import {shownValue} from '../shown-value.js'

/** The stylesheet for class names with `prefix` (only `[A-Za-z0-9_-]` are kept); a prefix that is no string throws a `TypeError`. */
export function stylesheet(prefix?: string | null): string {
  const given: unknown = prefix ?? ''
  if (typeof given !== 'string') throw new TypeError('stylesheet: prefix must be a string, not ' + shownValue(prefix))
  const p = '.' + given.replace(/[^\w-]/g, '')
  return `/* anecdote: default stylesheet for stories rendered by toHtml. */
${p}anecdote {
  --anecdote-text: #1d1d1f;
  --anecdote-muted: #5b5b66;
  --anecdote-accent: #8a3b12;
  --anecdote-background: #fdfcf8;
  --anecdote-dialogue: #f3efe4;
  --anecdote-rule: #d9d3c3;
  color-scheme: light dark;
  max-width: 40rem;
  margin: 0 auto;
  padding: 2rem 1.25rem;
  color: var(--anecdote-text);
  background: var(--anecdote-background);
  font-family: Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, Cambria, 'DejaVu Serif', serif;
  font-size: 1.125rem;
  line-height: 1.6;
  hyphens: auto;
  overflow-wrap: break-word;
}
@media (prefers-color-scheme: dark) {
  ${p}anecdote {
    --anecdote-text: #e6e3da;
    --anecdote-muted: #a6a29a;
    --anecdote-accent: #f0a070;
    --anecdote-background: #1b1a18;
    --anecdote-dialogue: #262420;
    --anecdote-rule: #413d35;
  }
}
${p}anecdote ${p}header {
  margin-bottom: 2rem;
}
${p}anecdote ${p}dateline {
  margin: 0;
  color: var(--anecdote-muted);
  font-size: 0.875rem;
  letter-spacing: 0.04em;
  text-transform: uppercase;
}
${p}anecdote ${p}title {
  margin: 0.25rem 0 0;
  font-size: 2rem;
  line-height: 1.2;
  hyphens: manual;
}
${p}anecdote ${p}narration,
${p}anecdote ${p}note {
  margin: 0 0 1rem;
}
${p}anecdote ${p}note {
  color: var(--anecdote-muted);
  font-size: 0.95rem;
}
${p}anecdote ${p}dialogue {
  display: grid;
  grid-template-columns: fit-content(11rem) min-content 1fr;
  row-gap: 0.35rem;
  margin: 0 0 1.25rem;
  padding: 0.75rem 1rem;
  border-left: 3px solid var(--anecdote-accent);
  border-radius: 0 0.375rem 0.375rem 0;
  background: var(--anecdote-dialogue);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif;
  font-size: 1rem;
  line-height: 1.5;
}
${p}anecdote ${p}turn {
  display: grid;
  grid-column: 1 / -1;
  grid-template-columns: subgrid;
  margin: 0;
}
${p}anecdote ${p}speaker {
  color: var(--anecdote-accent);
  font-weight: 600;
  text-align: right;
  hyphens: manual;
}
${p}anecdote ${p}separator {
  padding: 0 0.6rem 0 0.05rem;
  color: var(--anecdote-muted);
}
${p}anecdote ${p}direction {
  color: var(--anecdote-muted);
}
${p}anecdote ${p}direction::before {
  content: '(';
}
${p}anecdote ${p}direction::after {
  content: ')';
}
${p}anecdote ${p}placeholder {
  padding: 0 0.15em;
  border-bottom: 1px dotted var(--anecdote-muted);
}
${p}anecdote ${p}elision {
  color: var(--anecdote-muted);
}
${p}anecdote ${p}comments {
  margin-top: 2.5rem;
  padding-top: 1rem;
  border-top: 1px solid var(--anecdote-rule);
  font-size: 1rem;
}
${p}anecdote ${p}comments-heading {
  margin: 0 0 1rem;
  font-size: 1.25rem;
}
${p}anecdote ${p}comment-list {
  margin: 0;
  padding-left: 1.5rem;
}
${p}anecdote ${p}comment {
  margin-bottom: 1.25rem;
}
${p}anecdote ${p}comment ${p}dialogue {
  padding: 0.5rem 0.75rem;
}
${p}anecdote ${p}byline {
  margin: 0 0 0.25rem;
  color: var(--anecdote-muted);
  font-style: italic;
}
@media (max-width: 30rem) {
  ${p}anecdote ${p}dialogue {
    display: block;
  }
  ${p}anecdote ${p}turn {
    display: block;
    margin-bottom: 0.35rem;
  }
  ${p}anecdote ${p}speaker {
    text-align: left;
  }
}
`
}
