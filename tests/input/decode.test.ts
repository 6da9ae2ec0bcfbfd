import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {decode} from '../../src/input/decode.js'
import {ArticleGuardError} from '../../src/errors.js'

/** Bytes of a committed fixture page and the UTF-8 text it must decode to. */
function fixture(name: string): {bytes: Uint8Array; expected: string} {
  const dir = new URL(`../fixtures/encoding-${name}/`, import.meta.url)
  return {
    bytes: new Uint8Array(readFileSync(new URL('page.html', dir))),
    expected: readFileSync(new URL('expected.txt', dir), 'utf8')
  }
}

const ascii = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('decode', () => {
  it('returns a string unchanged, BOM and all, as utf-8', () => {
    const text = '\uFEFF<p>héllo</p>\r\n'
    const decoded = decode(text)
    expect(decoded.text).toBe(text)
    expect(decoded.encoding).toBe('utf-8')
  })

  it.each([
    ['gbk', 'gbk', '<meta charset="gb2312"> (GB2312 maps to the gbk decoder)'],
    ['gb18030', 'gb18030', '<meta charset="GB18030"> with four-byte sequences'],
    ['big5', 'big5', 'an unquoted <meta charset=big5>'],
    ['shift_jis', 'shift_jis', "the alias label <meta charset='x-sjis'>"],
    ['euc-kr', 'euc-kr', 'the http-equiv Content-Type form'],
    ['windows-1251', 'windows-1251', 'an upper-case, unquoted http-equiv form'],
    ['windows-1252', 'windows-1252', 'the fallback for invalid UTF-8 with no declaration'],
    ['utf-8', 'utf-8', 'valid UTF-8 with no declaration'],
    ['utf-8-bom', 'utf-8', 'a UTF-8 BOM, which beats <meta charset="windows-1252">'],
    ['utf-16le-bom', 'utf-16le', 'a UTF-16LE BOM'],
    ['lying-meta', 'utf-8', 'a meta that claims utf-16 (read as utf-8, per WHATWG)'],
    ['xml-declaration', 'iso-8859-2', 'an XML declaration encoding']
  ])('decodes the %s fixture as %s from %s', (name, encoding) => {
    const {bytes, expected} = fixture(name)
    const decoded = decode(bytes)
    expect(decoded.encoding).toBe(encoding)
    expect(decoded.text).toBe(expected)
  })

  it('maps windows-1252 bytes 0x80-0x9F to the WHATWG characters, also under the latin1 label', () => {
    const bytes = new Uint8Array([0x80, 0x81, 0x92, 0x93, 0x94, 0x9f, 0xe9])
    const expected = '\u20ac\u0081\u2019\u201c\u201d\u0178\u00e9'
    expect(decode(bytes, 'windows-1252')).toEqual({text: expected, encoding: 'windows-1252'})
    expect(decode(bytes, 'latin1')).toEqual({text: expected, encoding: 'windows-1252'})
    expect(decode(bytes)).toEqual({text: expected, encoding: 'windows-1252'})
  })

  it('accepts a Node Buffer', () => {
    const {bytes, expected} = fixture('big5')
    expect(decode(Buffer.from(bytes)).text).toBe(expected)
  })

  it('lets an explicit encoding override the meta declaration', () => {
    const {bytes, expected} = fixture('windows-1251')
    expect(decode(bytes, 'koi8-r').encoding).toBe('koi8-r')
    expect(decode(bytes, 'koi8-r').text).not.toBe(expected)
    const gbk = fixture('gbk')
    expect(decode(gbk.bytes, 'GB2312')).toEqual({text: gbk.expected, encoding: 'gbk'})
  })

  it('does not let an explicit encoding override a BOM', () => {
    const {bytes, expected} = fixture('utf-8-bom')
    expect(decode(bytes, 'windows-1252')).toEqual({text: expected, encoding: 'utf-8'})
  })

  it('throws invalid-options naming an unknown explicit encoding', () => {
    expect(() => decode(ascii('<p>x</p>'), 'klingon-8')).toThrowError(/klingon-8/)
    try {
      decode(ascii('<p>x</p>'), 'klingon-8')
    } catch (error) {
      expect(error).toBeInstanceOf(ArticleGuardError)
      expect((error as ArticleGuardError).code).toBe('invalid-options')
    }
  })

  it.each([
    [42, 'number'],
    [null, 'null'],
    [undefined, 'undefined'],
    [[1, 2], 'array'],
    [new Uint16Array(2), 'Uint16Array']
  ])('throws invalid-input for %o', (value, type) => {
    expect(() => decode(value as never)).toThrowError(
      new ArticleGuardError('invalid-input', `Expected \`string\` or \`Uint8Array\`, not \`${type}\``)
    )
  })

  it('rejects an ArrayBuffer with a hint to wrap it', () => {
    expect(() => decode(new ArrayBuffer(4) as never)).toThrowError(/new Uint8Array\(buffer\)/)
  })

  it('replaces bad bytes instead of throwing', () => {
    const bytes = new Uint8Array([...ascii('<meta charset="utf-8"><p>a'), 0xff, 0xfe, 0x80, ...ascii('b</p>')])
    const decoded = decode(bytes)
    expect(decoded.encoding).toBe('utf-8')
    expect(decoded.text).toContain('a\uFFFD')
    expect(decoded.text).toContain('b</p>')
  })

  it('decodes empty input as utf-8', () => {
    expect(decode(new Uint8Array(0))).toEqual({text: '', encoding: 'utf-8'})
  })

  it.each([
    ['inside a comment', '<!-- <meta charset="big5"> --><p>\u00e9</p>'],
    ['after the first 1024 bytes', `<p>${'x'.repeat(1100)}</p><meta charset="big5">`],
    ['in a content attribute without http-equiv', '<meta content="text/html; charset=big5"><p>\u00e9</p>'],
    ['inside a quoted attribute of another tag', '<div title="<meta charset=big5>"><p>\u00e9</p></div>']
  ])('ignores a declaration %s', (_, html) => {
    expect(decode(ascii(html)).encoding).toBe('utf-8')
  })

  it('ignores an unsupported declared label and keeps sniffing', () => {
    const bytes = ascii('<meta charset="x-klingon"><meta charset="euc-kr"><p>x</p>')
    expect(decode(bytes).encoding).toBe('euc-kr')
  })

  it('maps x-user-defined to windows-1252', () => {
    expect(decode(ascii('<meta charset="x-user-defined"><p>x</p>')).encoding).toBe('windows-1252')
  })

  it('reads a meta charset after a long script-free head quickly', () => {
    const huge = new Uint8Array(50_000_000).fill(0x3c)
    const started = Date.now()
    expect(decode(huge).encoding).toBe('utf-8')
    expect(Date.now() - started).toBeLessThan(5_000)
  })
})
