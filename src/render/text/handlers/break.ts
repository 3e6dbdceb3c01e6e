// A line ending inside a block.
export function hardBreak(): string {
  return '\n'
}
