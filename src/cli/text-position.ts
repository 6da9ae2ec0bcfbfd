import {lastAtMost} from '../last-at-most.js'

/** A 1-based line and column; columns count UTF-16 code units, like the report's offsets. */
export interface LineColumn {
  line: number
  column: number
}

/**
 * Turns UTF-16 offsets of a text into 1-based lines and columns. Line breaks are LF, CRLF and a
 * lone CR (what SARIF viewers recognise); a CRLF pair is one break.
 */
export class LineIndex {
  /** Offset at which each line starts, ascending; `starts[0]` is 0. */
  readonly #starts: number[] = [0]
  readonly #length: number

  constructor(text: string) {
    this.#length = text.length
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i)
      if (code === 10 /* \n */) this.#starts.push(i + 1)
      else if (code === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++
        this.#starts.push(i + 1)
      }
    }
  }

  /** Line and column of `offset` (clamped into the text); the column just past a line's end is allowed. */
  at(offset: number): LineColumn {
    const clamped = Math.max(0, Math.min(offset, this.#length))
    const line = Math.max(lastAtMost(this.#starts, clamped), 0)
    return {line: line + 1, column: clamped - this.#starts[line]! + 1}
  }
}
