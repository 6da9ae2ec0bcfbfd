/**
 * Turn the caller's input (a string, or the raw bytes of an HTML page) into text.
 *
 * Byte input follows a simplified form of the WHATWG HTML encoding sniffing algorithm:
 * BOM, then the caller's explicit encoding, then a prescan of the first 1024 bytes for
 * `<meta charset>` / `<meta http-equiv="Content-Type">` (and an XML declaration), then
 * UTF-8 when the bytes are valid UTF-8, else windows-1252. Decoding uses `TextDecoder`
 * only, so it runs in browsers as well as in Node.
 */
import {ArticleGuardError, describeType} from '../errors.js'

/** Text decoded from the input, and the encoding used for it. */
export interface Decoded {
  /** The decoded text. For string input, the very string given (offsets index into it). */
  text: string
  /** WHATWG name of the encoding actually used, such as `'utf-8'`, `'gbk'`, `'shift_jis'`. */
  encoding: string
}

/** How many bytes the `<meta charset>` prescan looks at (WHATWG: 1024). */
const PRESCAN_LIMIT = 1024

/** Encoding of the last resort when the bytes are not valid UTF-8 and nothing declares one (WHATWG default for most locales). */
const FALLBACK_ENCODING = 'windows-1252'

/**
 * windows-1252 characters of bytes 0x80–0x9F (WHATWG index; the five unassigned bytes keep their C1 code point).
 * Node ≥ 20.18.3 decodes windows-1252 as ISO-8859-1 (nodejs/node#60888), so C1 controls are mapped back with this table.
 */
const WINDOWS_1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Decode the input into text.
 *
 * - `string`: returned unchanged, encoding `'utf-8'`.
 * - `Uint8Array` (including Node's `Buffer`): sniffed as described in the module comment;
 *   an explicit `encoding` (any WHATWG label, such as `'gb2312'` or `'latin1'`) overrides
 *   everything but a byte order mark. Bad bytes become U+FFFD, they never throw.
 * - anything else, `ArrayBuffer` included, throws `ArticleGuardError` (`invalid-input`);
 *   an `ArrayBuffer` must be wrapped first: `new Uint8Array(buffer)`.
 *
 * Throws `ArticleGuardError` (`invalid-options`) when `encoding` is not a label `TextDecoder` supports.
 */
export function decode(input: string | Uint8Array, encoding?: string): Decoded {
  if (typeof input === 'string') return {text: input, encoding: 'utf-8'}
  if (!isUint8Array(input)) {
    const type = describeType(input)
    const hint =
      type === 'ArrayBuffer' || type === 'SharedArrayBuffer'
        ? '; wrap it first: `new Uint8Array(buffer)`'
        : ''
    throw new ArticleGuardError('invalid-input', `Expected \`string\` or \`Uint8Array\`, not \`${type}\`${hint}`)
  }

  const bom = sniffBom(input)
  if (bom) return {text: decodeWith(bom, input), encoding: bom}

  if (encoding !== undefined) {
    const name = encodingName(encoding)
    if (name === undefined) {
      throw new ArticleGuardError('invalid-options', `Unsupported encoding label \`${encoding}\` in \`options.encoding\``)
    }
    return {text: decodeWith(name, input), encoding: name}
  }

  const declared = prescan(input)
  if (declared) return {text: decodeWith(declared, input), encoding: declared}

  try {
    return {text: new TextDecoder('utf-8', {fatal: true}).decode(input), encoding: 'utf-8'}
  } catch {
    return {text: decodeWith(FALLBACK_ENCODING, input), encoding: FALLBACK_ENCODING}
  }
}

/** Decode `bytes` with the WHATWG encoding `name`, replacing bad bytes with U+FFFD. */
function decodeWith(name: string, bytes: Uint8Array): string {
  const text = new TextDecoder(name).decode(bytes)
  if (name !== 'windows-1252') return text
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c)
}

/** Whether `value` is a `Uint8Array` (or `Buffer`), also one from another realm (iframe, `vm`). */
function isUint8Array(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array ||
    (ArrayBuffer.isView(value) && Object.prototype.toString.call(value) === '[object Uint8Array]')
  )
}

/** Encoding named by a byte order mark, if any. */
function sniffBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  return undefined
}

/** WHATWG name of an encoding label, or `undefined` when `TextDecoder` does not support it. */
function encodingName(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding
  } catch {
    return undefined
  }
}

/**
 * Resolve a label found inside the document. Per WHATWG, a document cannot declare itself
 * UTF-16 (it would not be readable as ASCII then): such declarations mean UTF-8, and
 * `x-user-defined` means windows-1252. Unsupported labels are ignored.
 */
function declaredEncoding(label: string): string | undefined {
  const trimmed = label.trim().toLowerCase()
  if (trimmed === 'x-user-defined') return 'windows-1252'
  const name = encodingName(trimmed)
  if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8'
  return name
}

/** Whether byte `b` is ASCII whitespace or `/` (attribute separators of the prescan). */
function isSpaceOrSlash(b: number | undefined): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20 || b === 0x2f
}

/** Whether byte `b` is ASCII whitespace. */
function isSpace(b: number | undefined): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20
}

/** Lower-case an ASCII byte. */
function lower(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 0x20 : b
}

/** Whether `bytes` at `at` start with the ASCII string `text`, case-insensitively (`text` lower-case). */
function startsWithAscii(bytes: Uint8Array, at: number, text: string): boolean {
  if (at + text.length > bytes.length) return false
  for (let i = 0; i < text.length; i++) {
    if (lower(bytes[at + i] as number) !== text.charCodeAt(i)) return false
  }
  return true
}

/** Bytes `start`–`end` as a string, each byte one code unit (the prescan only cares about ASCII). */
function latin1(bytes: Uint8Array, start: number, end: number): string {
  let out = ''
  for (let i = start; i < end; i++) out += String.fromCharCode(lower(bytes[i] as number))
  return out
}

/** One attribute read by the prescan, and the position after it. */
interface Attribute {
  name: string
  value: string
  next: number
}

/** WHATWG "get an attribute", reading at most up to `end`. `undefined` when there are no more attributes. */
function getAttribute(bytes: Uint8Array, start: number, end: number): Attribute | undefined {
  let i = start
  while (i < end && isSpaceOrSlash(bytes[i])) i++
  if (i >= end || bytes[i] === 0x3e) return undefined
  let name = ''
  // Attribute name, up to `=`, whitespace, `/` or `>`; a leading `=` belongs to the name.
  for (;;) {
    if (i >= end) return undefined
    const b = bytes[i] as number
    if (b === 0x3d && name !== '') break
    if (isSpace(b)) {
      while (i < end && isSpace(bytes[i])) i++
      if (bytes[i] !== 0x3d) return {name, value: '', next: i}
      break
    }
    if (b === 0x2f || b === 0x3e) return {name, value: '', next: i}
    name += String.fromCharCode(lower(b))
    i++
  }
  i++ // past `=`
  while (i < end && isSpace(bytes[i])) i++
  if (i >= end) return undefined
  const quote = bytes[i]
  if (quote === 0x22 || quote === 0x27) {
    const valueStart = ++i
    while (i < end && bytes[i] !== quote) i++
    if (i >= end) return undefined
    return {name, value: latin1(bytes, valueStart, i), next: i + 1}
  }
  if (quote === 0x3e) return {name, value: '', next: i}
  const valueStart = i
  while (i < end && !isSpace(bytes[i]) && bytes[i] !== 0x3e) i++
  return {name, value: latin1(bytes, valueStart, i), next: i}
}

/** WHATWG "extract a character encoding from a meta element", from a `content` value (already lower-case). */
function charsetFromContent(content: string): string | undefined {
  let from = 0
  for (;;) {
    const at = content.indexOf('charset', from)
    if (at < 0) return undefined
    let i = at + 'charset'.length
    while (isSpace(content.charCodeAt(i))) i++
    if (content[i] !== '=') {
      from = at + 1
      continue
    }
    i++
    while (isSpace(content.charCodeAt(i))) i++
    const quote = content[i]
    if (quote === '"' || quote === "'") {
      const close = content.indexOf(quote, i + 1)
      return close < 0 ? undefined : content.slice(i + 1, close)
    }
    let j = i
    while (j < content.length && !isSpace(content.charCodeAt(j)) && content[j] !== ';') j++
    return j > i ? content.slice(i, j) : undefined
  }
}

/** Encoding of an XML declaration (`<?xml version="1.0" encoding="…"?>`) at the very start, if any. */
function xmlDeclarationEncoding(bytes: Uint8Array, end: number): string | undefined {
  if (!startsWithAscii(bytes, 0, '<?xml')) return undefined
  let close = 5
  while (close < end && bytes[close] !== 0x3e) close++
  const declaration = latin1(bytes, 0, close)
  const match = /encoding\s*=\s*["']([^"']{1,64})["']/.exec(declaration)
  return match?.[1] === undefined ? undefined : declaredEncoding(match[1])
}

/**
 * Look for a declared encoding in the first {@link PRESCAN_LIMIT} bytes (WHATWG "prescan a byte
 * stream to determine its encoding", simplified): comments and other tags are skipped, `<meta>`
 * attributes are read with quoting rules, the first usable declaration wins.
 */
function prescan(bytes: Uint8Array): string | undefined {
  const end = Math.min(bytes.length, PRESCAN_LIMIT)
  const xml = xmlDeclarationEncoding(bytes, end)
  if (xml) return xml
  let i = 0
  while (i < end) {
    if (bytes[i] !== 0x3c) {
      i++
      continue
    }
    if (startsWithAscii(bytes, i, '<!--')) {
      // Skip to `-->`; the two dashes of `<!--` may be the dashes of `-->` (`<!-->`).
      let j = i + 2
      while (j + 2 < end && !(bytes[j] === 0x2d && bytes[j + 1] === 0x2d && bytes[j + 2] === 0x3e)) j++
      i = j + 3
      continue
    }
    if (startsWithAscii(bytes, i, '<meta') && isSpaceOrSlash(bytes[i + 5])) {
      const found = metaEncoding(bytes, i + 6, end)
      if (found.encoding) return found.encoding
      i = found.next
      continue
    }
    const next = bytes[i + 1]
    const isLetter = next !== undefined && ((next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a))
    if (isLetter || (next === 0x2f && i + 2 < end)) {
      // Any other tag: skip its name, then its attributes (quoted `>` does not end it).
      let j = i + 1
      while (j < end && !isSpace(bytes[j]) && bytes[j] !== 0x3e) j++
      for (;;) {
        const attribute = getAttribute(bytes, j, end)
        if (!attribute) break
        j = attribute.next
      }
      while (j < end && bytes[j] !== 0x3e) j++
      i = j + 1
      continue
    }
    if (next === 0x21 || next === 0x2f || next === 0x3f) {
      // `<!…>`, `</…>` without a letter, `<?…>`: skip to the next `>`.
      let j = i + 2
      while (j < end && bytes[j] !== 0x3e) j++
      i = j + 1
      continue
    }
    i++
  }
  return undefined
}

/** Read the attributes of one `<meta>` starting at `start`; its encoding if it declares a usable one. */
function metaEncoding(bytes: Uint8Array, start: number, end: number): {encoding: string | undefined; next: number} {
  const seen = new Set<string>()
  let gotPragma = false
  let needPragma: boolean | undefined
  let charset: string | undefined
  let i = start
  for (;;) {
    const attribute = getAttribute(bytes, i, end)
    if (!attribute) break
    i = attribute.next
    if (seen.has(attribute.name)) continue
    seen.add(attribute.name)
    if (attribute.name === 'http-equiv' && attribute.value.trim() === 'content-type') gotPragma = true
    else if (attribute.name === 'content' && charset === undefined) {
      const value = charsetFromContent(attribute.value)
      if (value !== undefined) {
        charset = value
        needPragma = true
      }
    } else if (attribute.name === 'charset') {
      charset = attribute.value
      needPragma = false
    }
  }
  while (i < end && bytes[i] !== 0x3e) i++
  const next = i + 1
  if (charset === undefined || needPragma === undefined) return {encoding: undefined, next}
  if (needPragma && !gotPragma) return {encoding: undefined, next}
  return {encoding: declaredEncoding(charset), next}
}
