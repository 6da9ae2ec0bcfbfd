import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {collapseWhitespace, isWhitespaceCode} from '../../src/segment/collapse-whitespace.js'

/** The definition `collapseWhitespace` follows. */
const reference = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Every code unit `\s` matches, and neighbours that it does not. */
const SPACES = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff']
const NEAR = ['\u0008', '\u000e', '\u001f', '\u0085', '\u180e', '\u200b', '\u1fff', '\u200c', '\u3001', 'a', '中', '\ud83d', '\ude00']

describe('collapseWhitespace', () => {
  it.each([
    ['leaves text with single spaces alone', 'one two three', 'one two three'],
    ['collapses runs and trims', '  one \n\t two   three \u3000', 'one two three'],
    ['turns a lone newline into a space', 'one\ntwo', 'one two'],
    ['gives an empty string for whitespace only', ' \n\u00a0\ufeff ', ''],
    ['gives an empty string for an empty string', '', '']
  ])('%s', (_, text, expected) => {
    expect(collapseWhitespace(text)).toBe(expected)
  })

  it('knows the same whitespace as \\s, code unit by code unit', () => {
    for (let code = 0; code <= 0xffff; code++) {
      expect(isWhitespaceCode(code), `U+${code.toString(16)}`).toBe(/\s/.test(String.fromCharCode(code)))
    }
  })

  it('equals replace(/\\s+/g, " ").trim() on generated strings', () => {
    const unit = fc.constantFrom(...SPACES, ...NEAR)
    fc.assert(
      fc.property(fc.array(unit, {maxLength: 60}), (units) => {
        const text = units.join('')
        expect(collapseWhitespace(text)).toBe(reference(text))
      }),
      {numRuns: 3000}
    )
  })
})
