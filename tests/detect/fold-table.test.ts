import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {FOLD_TABLE_PATH, referenceTable, renderFoldTable} from '../../scripts/generate-fold-table.js'
import {CLASS_DIGIT, CLASS_SEP, CLASS_SEP_HARD, type FoldEntry} from '../../scripts/lib/fold-reference.js'
import {
  foldInfo,
  foldTable,
  INFO_CLASS,
  INFO_LEET_DIGIT,
  INFO_MULTI,
  INFO_PAIR,
  INFO_REMOVED,
  INFO_SHIFT,
  INFO_TRADITIONAL,
  INFO_WHITESPACE,
  leetLetter
} from '../../src/detect/fold-table.js'

let reference: FoldEntry[]

beforeAll(() => {
  reference = referenceTable()
}, 60_000)

/** What the decoded table says about `cp`, in the reference's terms. */
function decoded(cp: number): FoldEntry {
  const info = foldInfo(cp)
  const table = foldTable()
  let units: number[]
  let classes: number[]
  if ((info & INFO_REMOVED) !== 0) {
    units = []
    classes = []
  } else if ((info & INFO_MULTI) !== 0) {
    const k = info >> INFO_SHIFT
    units = table.multiUnits.slice(table.multiStart[k], table.multiStart[k + 1])
    classes = table.multiClasses.slice(table.multiStart[k], table.multiStart[k + 1])
  } else if ((info & INFO_PAIR) !== 0) {
    units = [0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff)]
    classes = [info & INFO_CLASS, info & INFO_CLASS]
  } else {
    units = [cp + (info >> INFO_SHIFT)]
    classes = [info & INFO_CLASS]
  }
  return {units, classes, whitespace: (info & INFO_WHITESPACE) !== 0, traditional: (info & INFO_TRADITIONAL) !== 0}
}

describe('the folding table', () => {
  it('is up to date (regenerate with npx tsx scripts/generate-fold-table.ts)', () => {
    expect(renderFoldTable(reference) === readFileSync(FOLD_TABLE_PATH, 'utf8')).toBe(true)
  })

  it('decodes to the reference folding of every code point', () => {
    const wrong: string[] = []
    for (let cp = 0; cp <= 0x10ffff && wrong.length < 10; cp++) {
      const want = reference[cp]!
      const got = decoded(cp)
      const separator = want.units.length > 0 && (want.classes[0] === CLASS_SEP || want.classes[0] === CLASS_SEP_HARD)
      const same =
        got.units.join() === want.units.join() &&
        got.classes.join() === want.classes.join() &&
        got.traditional === want.traditional &&
        (!separator || got.whitespace === want.whitespace)
      if (!same) wrong.push(`U+${cp.toString(16)}: ${JSON.stringify(got)} instead of ${JSON.stringify(want)}`)
    }
    expect(wrong).toEqual([])
  })

  it('marks exactly the units that fold to a leetspeak digit', () => {
    for (let cp = 0; cp < 0x10000; cp++) {
      const want = reference[cp]!
      const leet = want.units.length === 1 && want.classes[0] === CLASS_DIGIT && leetLetter(want.units[0]!) !== 0
      expect([cp, (foldInfo(cp) & INFO_LEET_DIGIT) !== 0]).toEqual([cp, leet])
    }
  })
})
