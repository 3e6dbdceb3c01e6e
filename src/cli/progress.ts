// A progress bar on standard error for work on more than a handful of files, only on a terminal.

/** Fewer files than this finish too fast for a bar to help. */
const minimumFiles = 6
const width = 24

export interface Progress {
  tick(name: string): void
  done(): void
}

export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (total < minimumFiles || !stream.isTTY) return {tick() {}, done() {}}
  let count = 0
  return {
    tick(name) {
      count++
      const filled = Math.round((count / total) * width)
      const label = name.length > 40 ? '…' + name.slice(-39) : name
      stream.write(`\r\u001B[K[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${count}/${total} ${label}`)
    },
    done() {
      stream.write('\r\u001B[K')
    }
  }
}
