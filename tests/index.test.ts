import {readFileSync} from 'node:fs'
import {expect, it} from 'vitest'
import {VERSION} from '../src/version.js'

it('exposes the public API', async () => {
  expect(Object.keys(await import('../src/index.js')).sort()).toEqual(['ArticleGuardError', 'analyze'])
})

it('exposes the rehype plugin as the default export of article-guard/rehype', async () => {
  const mod = await import('../src/rehype.js')
  expect(Object.keys(mod).sort()).toEqual(['default'])
  expect(typeof mod.default).toBe('function')
})

it('reports the version of package.json', () => {
  expect(VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
})
