import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {readHidingRules, styleHiddenReason, type HidingRules} from '../../src/segment/visibility.js'

/** The definition `readHidingRules` follows: the regular expression it replaced. */
function referenceRules(styles: readonly string[]): HidingRules {
  const rules: HidingRules = {classes: new Set(), ids: new Set()}
  for (const sheet of styles) {
    const rule = /([^{}]{1,2000})\{([^{}]{0,2000})\}/g
    let match: RegExpExecArray | null
    while ((match = rule.exec(sheet.slice(0, 200_000)))) {
      if (!styleHiddenReason(match[2] ?? '')) continue
      for (const selector of (match[1] ?? '').split(',')) {
        const simple = /^\s*([.#])([-\w]+)\s*$/.exec(selector)
        if (simple) (simple[1] === '.' ? rules.classes : rules.ids).add(simple[2] ?? '')
      }
    }
  }
  return rules
}

const sorted = (rules: HidingRules) => ({classes: [...rules.classes].sort(), ids: [...rules.ids].sort()})

describe('readHidingRules', () => {
  it.each([
    ['a class rule', '.spam{display:none}', ['spam'], []],
    ['an id and a class in one list', '#a, .b { visibility: hidden }', ['b'], ['a']],
    ['a rule inside @media', '@media screen { .c { display: none } }', ['c'], []],
    ['nothing from a visible rule', '.d { color: red }', [], []],
    ['nothing from a compound selector', 'div .e { display: none }', [], []]
  ])('reads %s', (_, css, classes, ids) => {
    expect(sorted(readHidingRules([css]))).toEqual({classes, ids})
  })

  it('reads what the regular expression read, on generated sheets', () => {
    const piece = fc.constantFrom('{', '}', '.a', '#b', '.c', ',', ' ', 'display:none', 'color:red', ';', '@media x', 'x'.repeat(1500), 'y'.repeat(2100))
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}), (pieces) => {
        const css = pieces.join('')
        expect(sorted(readHidingRules([css]))).toEqual(sorted(referenceRules([css])))
      }),
      {numRuns: 600}
    )
  })
})
