// Vitest's global setup: every test's temporary folder (`mkdtempSync(tmpdir())`, the CLI's
// children, Chromium's profile) goes inside one folder made for this run, removed when it ends,
// so a run of the suite leaves nothing in the system's temporary folder.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'anecdote-test-'))
  // Read by `os.tmpdir()` here and in every worker and child process, which inherit it
  // (`TMPDIR` on Unix, `TEMP` and `TMP` on Windows).
  for (const name of ['TMPDIR', 'TEMP', 'TMP']) process.env[name] = folder
  return () => rmSync(folder, {recursive: true, force: true})
}
