// Diagnostics as vfile-reporter writes them, with the files in input order: the reporter sorts
// files by path, while every other output of the CLI keeps the order the inputs were given in.
import {VFile} from 'vfile'
import {type Options, reporter} from 'vfile-reporter'
import {displayName} from './inputs.js'

/** Whether a message is a warning (`fatal: false`) or an error (`fatal: true`), not an info: what `--frail` counts. */
export function isProblem(message: {fatal?: boolean | null | undefined}): boolean {
  return message.fatal !== undefined && message.fatal !== null
}

/** The report of `files`, in the order given. */
export function reportInOrder(files: readonly VFile[], options: Options): string {
  // The reporter sorts by a file's path but names it by the path it had first (`history[0]`):
  // each goes under its own name, then is moved to a key that sorts as the files stand.
  const width = String(files.length).length
  const ordered = files.map((file, index) => {
    const copy = new VFile({path: displayName(file.path ?? '-')})
    copy.messages = file.messages
    copy.path = String(index).padStart(width, '0')
    return copy
  })
  return reporter(ordered, options)
}
