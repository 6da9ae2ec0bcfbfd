import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import * as foldTable from '../../src/detect/fold-table.js'
import * as fuzzy from '../../src/detect/fuzzy.js'
import * as matcher from '../../src/detect/matcher.js'
import * as normalize from '../../src/detect/normalize.js'

/**
 * Hot loops declare some constants of other modules again instead of importing them (an imported
 * binding costs a load at every use when modules are not bundled): each copy must equal the
 * exported original.
 */
const owners: Record<string, unknown> = {...foldTable, ...fuzzy, ...normalize}
const ownExports: Record<string, Record<string, unknown>> = {'normalize.ts': normalize, 'automaton.ts': {}, 'matcher.ts': matcher, 'fold-table.ts': foldTable}

/** `const NAME = value` declarations of a source file whose value is a number or `1 << n`. */
function localConstants(file: string): Map<string, number> {
  const source = readFileSync(new URL(`../../src/detect/${file}`, import.meta.url), 'utf8')
  const found = new Map<string, number>()
  for (const m of source.matchAll(/^const ([A-Z][A-Z0-9_]*) = (\d+|1 << \d+)$/gm)) {
    const value = m[2]!.startsWith('1 << ') ? 1 << Number(m[2]!.slice(5)) : Number(m[2])
    found.set(m[1]!, value)
  }
  return found
}

describe('constants declared again for hot loops', () => {
  it.each([
    ['normalize.ts', ['INFO_CLASS', 'INFO_PLAIN', 'INFO_SHIFT', 'INFO_CJK_HANGUL']],
    ['automaton.ts', ['CLASS_WORD', 'CLASS_DIGIT']],
    ['matcher.ts', ['CLASS_WORD', 'CLASS_DIGIT', 'FLAG_GAP', 'FLAG_MAPPED', 'FLAG_SQUEEZED', 'FUZZY_SHORTEST_WORD']],
    // Not for speed: normalize.ts imports fold-table.ts, which cannot import them back.
    ['fold-table.ts', ['CLASS_SEP', 'CLASS_SEP_HARD', 'CLASS_WORD', 'CLASS_DIGIT', 'CLASS_CJK', 'CLASS_HANGUL']]
  ])('in %s equal the exported ones', (file, expected) => {
    const copies = localConstants(file)
    for (const name of expected) expect(copies.has(name), `${file} declares ${name}`).toBe(true)
    for (const [name, value] of copies) {
      // Constants of the file's own (thresholds and the like) are not copies.
      if (!(name in owners) || name in ownExports[file]!) continue
      expect(value, `${file}: ${name}`).toBe(owners[name])
    }
  })
})
