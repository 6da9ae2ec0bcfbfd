/**
 * Repairs of parse5's tree before it becomes hast: locations that do not nest as the tree does, and
 * nesting too deep for the recursive hast utilities. `toHast` applies them as it walks (each
 * sibling list is fixed when its parent is entered); `repairDocument` applies them to a whole
 * document at once, as the reference the tests compare with.
 */
import type {DefaultTreeAdapterTypes} from 'parse5'
import {SKIP_TAGS} from '../segment/tags.js'
import {styleHiddenReason} from '../segment/visibility.js'

type P5Node = DefaultTreeAdapterTypes.ChildNode
type P5Parent = DefaultTreeAdapterTypes.ParentNode
type P5Element = DefaultTreeAdapterTypes.Element
type P5Template = DefaultTreeAdapterTypes.Template

/**
 * Deepest element nesting kept, counted from the document (`html` is 1, `body` 2). Deeper
 * elements become siblings at this depth, as Chromium's parser does (at 512): the text and its
 * order stay, only the nesting goes. The conversion to hast is iterative (`toHast`), but the
 * recursive `hast-util-*` utilities after it (text, selectors, serialisers) overflow the stack on
 * 100,000-deep `<div>`s. Half Chromium's depth, because at 512 a recursive walk still overflowed
 * once in 20,000 fuzz cases when called with a deep stack already (bench/fuzz.ts, seed 20261125);
 * real pages nest < 100.
 */
export const MAX_DEPTH = 256

/** Children of a parse5 node, the content fragment for `<template>`. */
function childrenOf(node: P5Parent): P5Node[] {
  return isTemplate(node) ? node.content.childNodes : node.childNodes
}

function isTemplate(node: P5Parent | P5Node): node is P5Template {
  return 'tagName' in node && node.tagName === 'template' && 'content' in node
}

/** Whether a node has children (elements; templates through their content). */
function isParent(node: P5Node): node is P5Element {
  return 'childNodes' in node
}

/**
 * Make element locations nest as the tree does. parse5 gives an element re-created by "reconstruct the
 * active formatting elements" the location of the original start tag (`<i>` of an article cloned into the
 * footer after it), and an element closed by the adoption agency an end past siblings that were moved
 * out of it (and text to which foster-parented text was appended, an end past the table). Left alone, blocks made
 * of such nodes overlap. Clones lose their location (as parse5's own
 * adoption-agency clones have none; users fall back to their text), and an end reaching into the next
 * sibling is cut at that sibling's start. An end past the input (parse5 puts a comment cut off by the end
 * of the input one past it) is cut at the end of the input.
 *
 * This fixes one sibling list: `children` of a parent whose content starts at `lower`, in an input of `length`.
 */
export function fixChildLocations(children: readonly P5Node[], lower: number, length: number): void {
  let previous: P5Node | undefined
  for (const child of children) {
    clampEnd(child, length)
    const location = child.sourceCodeLocation
    if (location && isParent(child) && location.startOffset < lower) delete child.sourceCodeLocation
    const fixed = child.sourceCodeLocation
    const before = previous?.sourceCodeLocation
    if (fixed && before && before.endOffset > fixed.startOffset && fixed.startOffset >= before.startOffset) {
      // Also text: foster-parented text (`<table><td>a</td>b`) is appended to the text before the table,
      // whose end parse5 then moves past the table.
      before.endLine = fixed.startLine
      before.endCol = fixed.startCol
      before.endOffset = fixed.startOffset
      if ('endTag' in before) delete before.endTag
    }
    if (fixed) previous = child
  }
}

/** Where the content of `node` starts (its start tag's end), or `lower` (its parent's) when it has no location. */
export function contentStart(node: P5Parent, lower: number): number {
  const own = 'tagName' in node ? node.sourceCodeLocation : undefined
  return own ? (own.startTag?.endOffset ?? own.startOffset) : lower
}

/** {@link fixChildLocations} for every sibling list below `node`. Iterative. */
export function fixSubtreeLocations(node: P5Parent, lower: number, length: number): void {
  const stack: Array<{node: P5Parent; lower: number}> = [{node, lower}]
  while (stack.length > 0) {
    const {node, lower} = stack.pop()!
    const children = childrenOf(node)
    fixChildLocations(children, lower, length)
    for (const child of children) if (isParent(child)) stack.push({node: child, lower: contentStart(child, lower)})
  }
}

/** Both repairs on a whole document, one after the other (what `toHast` does as it goes). */
export function repairDocument(document: P5Parent, length: number, maxDepth = MAX_DEPTH): void {
  fixSubtreeLocations(document, 0, length)
  const stack: Array<{node: P5Parent; depth: number}> = [{node: document, depth: 0}]
  while (stack.length > 0) {
    const {node, depth} = stack.pop()!
    if (depth >= maxDepth) {
      flatten(node)
      continue
    }
    for (const child of childrenOf(node)) if (isParent(child)) stack.push({node: child, depth: depth + 1})
  }
}

/** Cut a location that ends past the input (`</</` at the very end) at the end of the input. */
function clampEnd(node: P5Node, length: number): void {
  const location = node.sourceCodeLocation
  if (!location || location.endOffset <= length) return
  location.endCol -= location.endOffset - length
  location.endOffset = length
  if (location.startOffset > length) {
    location.startCol -= location.startOffset - length
    location.startOffset = length
  }
}

/**
 * Make every descendant of `parent` its child, in document order. An element keeps its own children
 * when they are only text and comments (so `<script>`, `<style>`, `<title>` keep their raw text and
 * a `<b>` its words); otherwise it is emptied and its descendants follow it as siblings. Template
 * contents are inert and dropped. Flattening must not show what did not show: an element that hides its
 * content (`hidden`, a hiding inline style, or one of the skipped `SKIP_TAGS` such as `<select>`, `<svg>`)
 * stays a container, its own descendants flattened inside it (one level deeper, at most).
 */
export function flatten(parent: P5Parent, keepContainers = true): void {
  const out: P5Node[] = []
  const pending: P5Node[] = [...childrenOf(parent)].reverse()
  while (pending.length > 0) {
    const node = pending.pop()!
    node.parentNode = parent as P5Element
    out.push(node)
    if (!isParent(node)) continue
    if (isTemplate(node)) {
      node.content.childNodes = []
      emptied(node)
      continue
    }
    const children = node.childNodes
    if (children.every((child) => !isParent(child))) continue
    if (keepContainers && hidesContent(node)) {
      flatten(node, false)
      continue
    }
    node.childNodes = []
    emptied(node)
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]!)
  }
  if (isTemplate(parent)) parent.content.childNodes = out
  else parent.childNodes = out
}

/** Whether an element keeps its content from the article: skipped by segmentation, or hidden by its own attributes. */
function hidesContent(element: P5Element): boolean {
  if (SKIP_TAGS.has(element.tagName) || element.tagName === 'title') return true
  for (const attribute of element.attrs) {
    if (attribute.name === 'hidden') return true
    if (attribute.name === 'style' && styleHiddenReason(attribute.value.slice(0, 4096)) !== null) return true
  }
  return false
}

/** An element whose children moved out now ends where its start tag ends. */
function emptied(element: P5Element): void {
  const location = element.sourceCodeLocation
  if (!location) return
  const end = location.startTag ?? {endLine: location.startLine, endCol: location.startCol, endOffset: location.startOffset}
  location.endLine = end.endLine
  location.endCol = end.endCol
  location.endOffset = end.endOffset
  delete location.endTag
}
