/**
 * parse5's tree to hast, in one iterative pass that also repairs locations and depth (see
 * `repair.ts`): the tree `hast-util-from-parse5` (rehype-parse's converter, a quarter of its time
 * on the AEB pages) makes of the repaired document, built without its per-element `hastscript` call.
 *
 * `hastscript` parses each tag name as a CSS selector and looks every attribute up in the
 * property schema anew. Here the schema lookups are cached per attribute name, HTML tag names are
 * lower-cased as `hastscript` does (a name holding `.` or `#`, which it would read as a class or
 * id, still goes through it), and values are parsed by the same rules (`property-information`,
 * `space-separated-tokens`, `comma-separated-tokens`). `tests/parse/to-hast.test.ts` and
 * `tests/parse/parse.test.ts` check that the trees equal `hast-util-from-parse5`'s on real pages
 * and on generated markup.
 *
 * Iterative, so no nesting depth overflows the stack here.
 */
import type {Comment, Doctype, Element, ElementContent, Properties, Root, RootContent, Text} from 'hast'
import {parse as parseCommas} from 'comma-separated-tokens'
import {h, s} from 'hastscript'
import type {DefaultTreeAdapterTypes, Token} from 'parse5'
import {find, html as htmlSchema, normalize, svg as svgSchema} from 'property-information'
import {parse as parseSpaces} from 'space-separated-tokens'
import {location} from 'vfile-location'
import {lastAtMost} from '../last-at-most.js'
import type {RawTextCut} from './raw-text.js'
import {contentStart, fixChildLocations, fixSubtreeLocations, flatten, MAX_DEPTH} from './repair.js'

type P5Node = DefaultTreeAdapterTypes.ChildNode
type P5Element = DefaultTreeAdapterTypes.Element
type Schema = typeof htmlSchema
type Position = NonNullable<Text['position']>
type Info = ReturnType<typeof find>

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg'
const HTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'

/**
 * Entries kept per cache (attribute names, tag names) before it is emptied: real pages use a few
 * hundred names, and a stream of pages with made-up names must not grow memory without bound.
 */
const MAX_CACHED_NAMES = 4096

const own = Object.prototype.hasOwnProperty

/** A property schema with its caches. */
interface Space {
  schema: Schema
  /** `hastscript`: `h` for HTML, `s` for SVG. */
  create: typeof h
  /** Name → property info (`find` allocates a new `Info` for unknown names). */
  infos: Map<string, Info>
}

const HTML_SPACE: Space = {schema: htmlSchema, create: h, infos: new Map()}
const SVG_SPACE: Space = {schema: svgSchema, create: s, infos: new Map()}
/** parse5 tag name → hast tag name of SVG elements (`hastscript` restores the camel-cased names). */
const SVG_TAG_NAMES = new Map<string, string>()

function cached<V>(cache: Map<string, V>, key: string, make: (key: string) => V): V {
  let value = cache.get(key)
  if (value === undefined) {
    if (cache.size >= MAX_CACHED_NAMES) cache.clear()
    value = make(key)
    cache.set(key, value)
  }
  return value
}

/** One frame of the walk: a parse5 parent whose hast children are being made. */
interface Frame {
  /** The hast node the children go into: an element, the root, or a template's content root. */
  parent: Element | Root
  /** The parse5 node converted into `parent` (undefined for the document). */
  from: P5Element | undefined
  /** parse5 children still to convert, and the next one's index. */
  children: P5Node[]
  next: number
  /** Depth of `from` (the document is 0; a template's content has the template's depth). */
  depth: number
  /**
   * Where the content of `from` starts in the parsed text (for location repairs). From `maxDepth`
   * on, `from` or an ancestor was flattened: its descendants' locations are repaired already.
   */
  lower: number
}

/** Options of {@link toHast}. */
export interface ToHastOptions {
  /** Raw-text contents cut out of `source` before parsing (see `raw-text.ts`). */
  cuts?: readonly RawTextCut[]
  /** Length of the parsed text (`source` without the cuts); default `source.length`. */
  length?: number
  /** Depth from which nesting is flattened; default {@link MAX_DEPTH}. */
  maxDepth?: number
}

/**
 * Convert a parse5 document (with `sourceCodeLocationInfo`) to hast with positions, as
 * `fromParse5(document, {file})` would with a file holding `source`, after `repairDocument`: each
 * sibling list's locations are repaired when its parent is entered, and an element at `maxDepth`
 * is flattened before its children are converted. The document is used up: each parse5 subtree is
 * let go once converted, so the two trees are never both whole in memory.
 *
 * With `cuts`, the document was parsed from `source` without those raw-text contents (see
 * `raw-text.ts`): positions are mapped back to `source` and each content is put back as the text
 * of its element. Returns `undefined` when a cut does not sit exactly inside an HTML element of its
 * name (the parse of the reduced text then differs from the parse of `source`).
 */
export function toHast(document: DefaultTreeAdapterTypes.Document | DefaultTreeAdapterTypes.DocumentFragment, source: string, options: ToHastOptions = {}): Root | undefined {
  const cuts = options.cuts ?? []
  const length = options.length ?? source.length
  const maxDepth = options.maxDepth ?? MAX_DEPTH
  const map = cuts.length === 0 ? undefined : new PointMap(cuts)
  const cutAt = new Map<number, RawTextCut>()
  for (const cut of cuts) cutAt.set(cut.at, cut)
  let restored = 0
  const root: Root = {type: 'root', children: [], data: {quirksMode: 'mode' in document && (document.mode === 'quirks' || document.mode === 'limited-quirks')}}
  /** Set once a node got a position: only then do roots get one (as in `hast-util-from-parse5`). */
  let located = false
  let points: ReturnType<typeof location> | undefined
  const wholePosition = (): Position => {
    points ??= location(source)
    return {start: points.toPoint(0)!, end: points.toPoint(source.length)!}
  }

  fixChildLocations(document.childNodes, 0, length)
  const stack = new FrameStack()
  stack.push(root, undefined, document.childNodes, 0, 0)
  while (stack.size > 0) {
    const frame = stack.top()
    if (frame.next === frame.children.length) {
      stack.pop()
      // Let the converted parse5 subtree go.
      frame.children.length = 0
      const {parent, from} = frame
      if (parent.type === 'element') {
        // An element gets its position after its children: its end may come from the last child.
        const position = elementPosition(parent, from!.sourceCodeLocation, map)
        if (position) {
          parent.position = position
          located = true
        }
        // An HTML template's children are in its content fragment, converted after the template.
        if (isHtmlTemplate(from!)) {
          const content: Root = {type: 'root', children: [], data: {quirksMode: false}}
          parent.content = content
          if (frame.depth < maxDepth) fixChildLocations(from.content.childNodes, frame.lower, length)
          stack.push(content, from, from.content.childNodes, frame.depth, frame.lower)
        }
      } else if (from && isHtmlTemplate(from)) {
        parent.position = templateContentPosition(from, map) ?? (located ? wholePosition() : undefined)
        if (!parent.position) delete parent.position
      }
      continue
    }
    const node = frame.children[frame.next++]!
    const siblings = frame.parent.children as RootContent[]
    switch (node.nodeName) {
      case '#text': {
        const text: Text = {type: 'text', value: (node as DefaultTreeAdapterTypes.TextNode).value}
        if (patch(node.sourceCodeLocation, text, map)) located = true
        siblings.push(text)
        break
      }
      case '#comment': {
        const comment: Comment = {type: 'comment', value: (node as DefaultTreeAdapterTypes.CommentNode).data}
        if (patch(node.sourceCodeLocation, comment, map)) located = true
        siblings.push(comment)
        break
      }
      case '#documentType': {
        const doctype: Doctype = {type: 'doctype'}
        if (patch(node.sourceCodeLocation, doctype, map)) located = true
        siblings.push(doctype)
        break
      }
      default: {
        const p5 = node as P5Element
        const element = createElement(p5, p5.namespaceURI === SVG_NAMESPACE ? SVG_SPACE : HTML_SPACE)
        siblings.push(element)
        const cut = map && (p5.tagName === 'script' || p5.tagName === 'style') ? cutAt.get(p5.sourceCodeLocation?.startTag?.endOffset ?? -1) : undefined
        if (cut) {
          if (!holdsCut(p5, cut)) return undefined
          element.children.push(restoredText(source, cut))
          restored++
          located = true
        }
        enter(stack, element, p5, frame, length, maxDepth)
      }
    }
  }
  if (restored !== cuts.length) return undefined
  if (located) root.position = wholePosition()
  return root
}

/**
 * Push the frame for an element's children, repaired: its sibling list's locations fixed, or, at
 * `maxDepth`, the whole subtree's locations fixed and then flattened.
 */
function enter(stack: FrameStack, element: Element, p5: P5Element, parent: Frame, length: number, maxDepth: number): void {
  const depth = parent.depth + 1
  const lower = contentStart(p5, parent.lower)
  if (depth === maxDepth) {
    fixSubtreeLocations(p5, lower, length)
    flatten(p5)
  } else if (depth < maxDepth) {
    // An HTML template's content is fixed when it is entered, after the template.
    fixChildLocations(p5.childNodes, lower, length)
  }
  stack.push(element, p5, p5.childNodes, depth, lower)
}

/** The walk's stack: frame objects are reused level by level, not made per element. */
class FrameStack {
  private readonly frames: Frame[] = []
  size = 0

  push(parent: Element | Root, from: P5Element | undefined, children: P5Node[], depth: number, lower: number): void {
    let frame = this.frames[this.size]
    if (frame === undefined) {
      frame = {parent, from, children, next: 0, depth, lower}
      this.frames.push(frame)
    } else {
      frame.parent = parent
      frame.from = from
      frame.children = children
      frame.next = 0
      frame.depth = depth
      frame.lower = lower
    }
    this.size++
  }

  top(): Frame {
    return this.frames[this.size - 1]!
  }

  /** Drop the top frame; it stays readable until the next push. */
  pop(): void {
    this.size--
  }
}

function isHtmlTemplate(node: P5Element): node is DefaultTreeAdapterTypes.Template {
  return node.tagName === 'template' && node.namespaceURI === HTML_NAMESPACE && 'content' in node
}

/** A template's content sits between its start and end tags (when it has both). */
function templateContentPosition(template: DefaultTreeAdapterTypes.Template, map: PointMap | undefined): Position | undefined {
  const tags = template.sourceCodeLocation
  const startTag = tags?.startTag && positionOf(tags.startTag, map)
  const endTag = tags?.endTag && positionOf(tags.endTag, map)
  return startTag && endTag ? ({start: startTag.end, end: endTag.start} as Position) : undefined
}

/** Whether the reduced parse made the element the cut was made for: empty, its end tag right at the cut. */
function holdsCut(p5: P5Element, cut: RawTextCut): boolean {
  return p5.tagName === cut.tagName && p5.namespaceURI === HTML_NAMESPACE && p5.childNodes.length === 0 && p5.sourceCodeLocation?.endTag?.startOffset === cut.at
}

/** The text node parse5 would have made of a cut content: line breaks normalised, NUL replaced. */
function restoredText(source: string, cut: RawTextCut): Text {
  let value = source.slice(cut.start, cut.end)
  if (value.includes('\r')) value = value.replace(/\r\n?/g, '\n')
  if (value.includes('\0')) value = value.replaceAll('\0', '\ufffd')
  return {
    type: 'text',
    value,
    position: {
      start: {line: cut.startLine, column: cut.startColumn, offset: cut.start},
      end: {line: cut.endLine, column: cut.endColumn, offset: cut.end}
    }
  }
}

/**
 * Maps points of the reduced text back to the original one. A point at a cut's `at` is where the
 * element's end tag starts, after the content (parse5 also ends elements that the end tag closes
 * there); the start tag's end, the only other place there, is not a hast position.
 */
class PointMap {
  private readonly ats: Int32Array
  constructor(private readonly cuts: readonly RawTextCut[]) {
    this.ats = Int32Array.from(cuts, (cut) => cut.at)
  }

  /** The original point of a reduced one. */
  point(line: number, column: number, offset: number): Position['start'] {
    // Last cut with `at <= offset`.
    const last = lastAtMost(this.ats, offset)
    if (last < 0) return {line, column, offset}
    const cut = this.cuts[last]!
    return {line: line + cut.linesBefore, column: line === cut.atLine ? column + cut.columnShift : column, offset: offset + cut.removedBefore}
  }
}

function createElement(p5: P5Element, space: Space): Element {
  const name = p5.tagName
  if (name.includes('.') || name.includes('#')) return viaHastscript(p5, space)
  // hastscript lower-cases HTML names; SVG ones are looked up in its list of camel-cased names.
  const tagName = space === HTML_SPACE ? name.toLowerCase() : cached(SVG_TAG_NAMES, name, (key) => space.create(key).tagName)
  const properties: Properties = {}
  for (const attribute of p5.attrs) {
    const key = attribute.prefix ? attribute.prefix + ':' + attribute.name : attribute.name
    if (own.call(Object.prototype, key)) continue
    addProperty(space, properties, key, attribute.value)
  }
  return {type: 'element', tagName, properties, children: []}
}

/** The rare tag name that `hastscript` reads as a selector (`a.b` → `<a class="b">`): let it. */
function viaHastscript(p5: P5Element, space: Space): Element {
  const properties: Record<string, string> = {}
  for (const attribute of p5.attrs) {
    const key = attribute.prefix ? attribute.prefix + ':' + attribute.name : attribute.name
    if (!own.call(Object.prototype, key)) properties[key] = attribute.value
  }
  const element = space.create(p5.tagName, properties)
  // `h` gives an HTML-schema `template` an empty `content`: the walk adds the real one to HTML templates.
  delete element.content
  return element
}

/** `hastscript`'s `addProperty` for a string value. */
function addProperty(space: Space, properties: Properties, key: string, value: string): void {
  const info = cached(space.infos, key, (name) => find(space.schema, name))
  let result: Properties[string]
  if (info.spaceSeparated) result = parseList(info, parseSpaces(value))
  else if (info.commaSeparated) result = parseList(info, parseCommas(value))
  else if (info.commaOrSpaceSeparated) result = parseList(info, parseSpaces(parseCommas(value).join(' ')))
  else result = parsePrimitive(info, value)
  const previous = properties['className']
  if (info.property === 'className' && Array.isArray(previous)) result = [...previous, ...(Array.isArray(result) ? result : [result as string | number])]
  properties[info.property] = result
}

function parseList(info: Info, values: string[]): Array<string | number> {
  const out: Array<string | number> = []
  for (const value of values) out.push(parsePrimitive(info, value) as string | number)
  return out
}

function parsePrimitive(info: Info, value: string): string | number | boolean {
  if (info.number && value && !Number.isNaN(Number(value))) return Number(value)
  if ((info.boolean || info.overloadedBoolean) && (value === '' || normalize(value) === normalize(info.property))) return true
  return value
}

/** Give `node` the position of a parse5 location; whether it got one. */
function patch(location: Token.Location | null | undefined, node: Text | Comment | Doctype, map: PointMap | undefined): boolean {
  if (!location) return false
  const position = positionOf(location, map)
  if (position) node.position = position
  return position !== undefined
}

/**
 * An element's position. parse5 ends an element that was closed without an end tag where its start
 * tag ends; when it has children, `hast-util-from-parse5` ends it with its last child instead.
 */
function elementPosition(element: Element, location: DefaultTreeAdapterTypes.Element['sourceCodeLocation'], map: PointMap | undefined): Position | undefined {
  if (!location) return undefined
  const position = positionOf(location, map)
  if (!position) return undefined
  const tail = element.children[element.children.length - 1] as ElementContent | undefined
  if (!location.endTag && tail?.position?.end) position.end = {...tail.position.end}
  return position
}

function positionOf(location: Token.Location, map?: PointMap): Position | undefined {
  const start = point(location.startLine, location.startCol, location.startOffset, map)
  const end = point(location.endLine, location.endCol, location.endOffset, map)
  return start || end ? ({start, end} as Position) : undefined
}

/** A point, unless line or column is missing (as in `hast-util-from-parse5`). */
function point(line: number, column: number, offset: number, map?: PointMap): Position['start'] | undefined {
  if (!line || !column) return undefined
  return map ? map.point(line, column, offset) : {line, column, offset}
}
