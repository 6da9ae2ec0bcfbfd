import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {BUILTIN_DICTIONARIES_PATH, renderBuiltinDictionaries} from '../../scripts/generate-builtin-dictionaries.mjs'
import {compileDictionaries, compileEntryTable} from '../../src/detect/dictionaries.js'
import {isFuzzyCandidate} from '../../src/detect/fuzzy.js'
import {normalizeTerm} from '../../src/detect/normalize.js'
import {packFixed} from '../../src/detect/packed-numbers.js'

const CATEGORIES = ['porn', 'gambling', 'pharma', 'counterfeit', 'loans', 'fake-documents', 'crypto', 'hacking']

describe('the generated built-in dictionaries', () => {
  it('are up to date with dictionaries/ (regenerate with node scripts/generate-builtin-dictionaries.mjs)', () => {
    expect(renderBuiltinDictionaries({normalizeTerm, packFixed, isFuzzyCandidate}) === readFileSync(BUILTIN_DICTIONARIES_PATH, 'utf8')).toBe(true)
  })

  it('give the default set precomposed exactly as composing the dictionaries does', () => {
    const precomposed = compileDictionaries({builtin: true, extra: [], allow: [], disableCategories: []})
    // Naming every category takes the general path, which composes the same entries.
    const composed = compileDictionaries({builtin: true, extra: [], allow: [], categories: CATEGORIES, disableCategories: []})
    expect(precomposed.length).toBeGreaterThan(3000)
    expect(precomposed).toEqual(composed)
  })

  it('list the default entries near-misses are looked for, in composition order', () => {
    const table = compileEntryTable({builtin: true, extra: [], allow: [], disableCategories: []})
    const listed = Array.from(table.nearMissEntries(), (e) => table.keys[e])
    const composed = compileDictionaries({builtin: true, extra: [], allow: [], categories: CATEGORIES, disableCategories: []})
    expect(listed.length).toBeGreaterThan(0)
    expect(listed).toEqual(composed.filter((e) => !e.allow && isFuzzyCandidate(e.key, e.severity)).map((e) => e.key))
  })

  it('keep the default set sorted by key, as the automaton is told', () => {
    const table = compileEntryTable({builtin: true, extra: [], allow: [], disableCategories: []})
    expect(table.sorted).toBe(true)
    expect([...table.keys].sort()).toEqual(table.keys)
    expect(new Set(table.keys).size).toBe(table.keys.length)
  })
})
