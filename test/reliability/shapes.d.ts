// Types for shapes.js (plain JavaScript, so that bench/ can import it without a build).
export interface Shape {
  name: string
  /** A shape known to slow CommonMark parsers (it is read through both paths all the same). */
  markdown?: boolean
  /** A shape whose problem is the automatic choice of the path (`format: 'auto'`). */
  auto?: boolean
  /** The benign input the bench compares the others with (not pathological). */
  baseline?: boolean
  /** The input, at least `size` UTF-16 code units long. */
  build(size: number): string
}
export declare const shapes: Shape[]
