import {describe, expect, it} from 'vitest'
import {LineIndex} from '../../src/cli/text-position.js'

describe('LineIndex', () => {
  it.each([
    ['abc', 0, {line: 1, column: 1}],
    ['abc', 3, {line: 1, column: 4}],
    ['ab\ncd', 3, {line: 2, column: 1}],
    ['ab\ncd', 4, {line: 2, column: 2}],
    ['ab\r\ncd', 4, {line: 2, column: 1}],
    ['ab\rcd', 3, {line: 2, column: 1}],
    ['a\n\n\nb', 4, {line: 4, column: 1}],
    ['😀x\ny', 2, {line: 1, column: 3}],
    ['abc', 99, {line: 1, column: 4}],
    ['abc', -5, {line: 1, column: 1}]
  ])('places offset in %j at %i as %j', (text, offset, expected) => {
    expect(new LineIndex(text).at(offset)).toEqual(expected)
  })
})
