/** Real pages for the parser's equality tests: every fixture input, and the shared corpora when present. */
import {existsSync, readFileSync, readdirSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {FIXTURES_DIR} from '../fixtures/lib/fixtures.js'

export interface NamedPage {
  name: string
  html: string
}

const shared = resolve(process.env['SHARED'] ?? '../shared')

export function fixturePages(): NamedPage[] {
  const pages: NamedPage[] = []
  for (const name of readdirSync(FIXTURES_DIR).sort()) {
    const file = join(FIXTURES_DIR, name, 'input.html')
    if (existsSync(file)) pages.push({name: `fixtures/${name}`, html: readFileSync(file, 'utf8')})
  }
  return pages
}

export function corpusPages(): NamedPage[] {
  const pages: NamedPage[] = []
  for (const corpus of ['aeb', 'cwce-zh']) {
    const dir = join(shared, 'corpora', corpus, 'html')
    if (!existsSync(dir)) continue
    for (const file of readdirSync(dir).sort()) {
      const raw = readFileSync(join(dir, file))
      pages.push({name: `${corpus}/${file}`, html: (file.endsWith('.gz') ? gunzipSync(raw) : raw).toString('utf8')})
    }
  }
  return pages
}
