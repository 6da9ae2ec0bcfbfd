import type {Block} from '../segment/blocks.js'

/**
 * Map each character of a block's text to its UTF-16 offset in the source, by aligning the
 * collapsed text with the run's text nodes (exact where a node's source is its value; a node
 * written with character references maps to its start).
 */
export function blockOffsets(block: Block): Int32Array {
  const text = block.text
  const map = new Int32Array(text.length + 1)
  let i = 0
  let lastOffset = block.start
  for (const node of block.texts) {
    const value = node.value
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    const exact = start !== undefined && end !== undefined && end - start === value.length
    for (let j = 0; j < value.length && i < text.length; j++) {
      const offset = exact ? start + j : (start ?? lastOffset)
      const c = value.charCodeAt(j)
      const t = text.charCodeAt(i)
      if (c === t) {
        map[i++] = offset
        lastOffset = offset
      } else if (t === 32 && isSpace(c)) {
        map[i++] = offset
        lastOffset = offset
        // Skip the rest of this whitespace run in the source.
        while (j + 1 < value.length && isSpace(value.charCodeAt(j + 1))) j++
      } else if (t === 32) {
        // A space the text has but the node does not (between inline elements, `<br>`).
        map[i++] = lastOffset
        j--
      }
    }
  }
  while (i < text.length) map[i++] = lastOffset
  map[text.length] = block.end
  return map
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 0xa0
}
