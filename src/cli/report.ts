// Diagnostics as vfile-reporter writes them, with the files in input order: the reporter sorts
// files by path, while every other output of the CLI keeps the order the inputs were given in.
import {VFile} from 'vfile'
import {type Options, reporter} from 'vfile-reporter'
import {displayName} from './inputs.js'

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
