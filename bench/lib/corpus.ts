/** Load benchmark corpora: decompressed and decoded outside any timing. */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join, resolve} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {fileURLToPath} from 'node:url'
import {decode} from '../../src/input/decode.js'

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)))
export const SHARED = resolve(process.env['SHARED'] ?? join(ROOT, '../shared'))

export interface Page {
  name: string
  /** Decoded HTML. */
  html: string
  /** Size of the raw (decompressed, undecoded) bytes. */
  bytes: number
}

/** Read one page: gunzip when `.gz`, then decode with the library's own sniffing (BOM, `<meta charset>`). */
export function readPage(file: string): Page {
  let raw: Uint8Array = readFileSync(file)
  if (file.endsWith('.gz')) raw = gunzipSync(raw)
  const name = file.split('/').pop()!.replace(/\.html?(\.gz)?$/, '')
  return {name, html: decode(raw).text, bytes: raw.byteLength}
}

/** Pages of a corpus folder (`html/*.html[.gz]`), sorted by name; `limit` keeps the first ones. */
export function loadCorpus(corpus: 'aeb' | 'cwce-zh', limit = Infinity): Page[] {
  const dir = join(SHARED, 'corpora', corpus, 'html')
  if (!existsSync(dir)) throw new Error(`corpus not found: ${dir} (set SHARED=/path/to/shared)`)
  const files = readdirSync(dir).filter((f) => /\.html?(\.gz)?$/.test(f)).sort().slice(0, limit)
  return files.map((f) => readPage(join(dir, f)))
}
