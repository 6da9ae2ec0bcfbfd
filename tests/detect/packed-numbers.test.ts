import {describe, expect, it} from 'vitest'
import {PACK_MAX, packedAt, packFixed, unpackFixed} from '../../src/detect/packed-numbers.js'

describe('packed numbers', () => {
  it('round-trip from 0 to the largest', () => {
    const numbers = [0, 1, 63, 64, 4095, 4096, 12345, PACK_MAX]
    const packed = packFixed(numbers)
    expect(Array.from(unpackFixed(packed))).toEqual(numbers)
    expect(numbers.map((_, k) => packedAt(packed, k))).toEqual(numbers)
  })

  it('is plain ASCII without quotes or backslashes', () => {
    expect(packFixed([0, PACK_MAX, 777])).toMatch(/^[A-Za-z0-9_-]+$/)
  })

  it.each([-1, PACK_MAX + 1, 1.5])('refuses %j', (n) => {
    expect(() => packFixed([n])).toThrow(RangeError)
  })
})
