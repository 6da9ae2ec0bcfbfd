import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Segmentation} from '../segment/blocks.js'
import {SKIP_TAGS} from '../segment/tags.js'
import type {ArticleSelection} from './article.js'

/** Elements kept even without text: media and breaks carry content of their own. */
const CONTENT_WITHOUT_TEXT: ReadonlySet<string> = new Set(['img', 'picture', 'source', 'br', 'hr', 'video', 'audio', 'td', 'th'])

interface Frame {
  source: Element
  copy: Element
  index: number
  content: boolean
  depth: number
  /** The frame writes into its parent's copy (an element below the depth cap, unwrapped). */
  merged: boolean
}

/**
 * Deepest nesting of the article tree. Trees that do not come from our parser (the rehype plugin
 * gets whatever tree it is given) may nest deeper than the parser's cap; the serialisers after
 * this step are recursive, so deeper elements are unwrapped into their ancestor at this depth.
 */
export const MAX_ARTICLE_DEPTH = 128

/**
 * Build the article as a new tree: copies of the chosen containers without dropped blocks,
 * template parts, hidden and non-content elements, and without elements left empty. The
 * page's tree is not touched. Iterative, so deep nesting cannot overflow the stack.
 */
export function articleTree(segmentation: Segmentation, selection: ArticleSelection): Root {
  const removed = new Set<ElementContent>()
  for (const block of segmentation.blocks) {
    const reason = selection.dropped[block.index]!
    if (reason === null || reason === 'outside') continue
    for (const node of block.nodes) removed.add(node)
  }
  const root: Root = {type: 'root', children: []}
  for (const container of selection.containers) {
    const copy = shallowCopy(container)
    const stack: Frame[] = [{source: container, copy, index: 0, content: false, depth: 0, merged: false}]
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!
      if (frame.index >= frame.source.children.length) {
        stack.pop()
        const parent = stack[stack.length - 1]
        if (!parent) break
        if (frame.merged) {
          if (frame.content) parent.content = true
          continue
        }
        if (frame.content || CONTENT_WITHOUT_TEXT.has(frame.copy.tagName)) {
          parent.copy.children.push(frame.copy)
          parent.content = true
        }
        continue
      }
      const child = frame.source.children[frame.index++]!
      if (removed.has(child)) continue
      if (child.type === 'text') {
        frame.copy.children.push({type: 'text', value: child.value})
        if (child.value.trim().length > 0) frame.content = true
        continue
      }
      if (child.type !== 'element') continue
      if (SKIP_TAGS.has(child.tagName) || selection.droppedParts.has(child)) continue
      if (segmentation.info.get(child)?.hidden) continue
      const depth = frame.depth + 1
      if (depth > MAX_ARTICLE_DEPTH) stack.push({source: child, copy: frame.copy, index: 0, content: false, depth: frame.depth, merged: true})
      else stack.push({source: child, copy: shallowCopy(child), index: 0, content: false, depth, merged: false})
    }
    root.children.push(copy as RootContent)
  }
  return root
}

function shallowCopy(element: Element): Element {
  return {type: 'element', tagName: element.tagName, properties: {...element.properties}, children: []}
}
