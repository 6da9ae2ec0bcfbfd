import {copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {gzipSync} from 'node:zlib'
import {CLEAN_PAGE, SPAM_PAGE} from './memory-io.js'

/**
 * A temporary content directory:
 * `spam.html`, `clean.html`, `nested/deeper/spam-copy.html.gz`, `nested/notes.md` (not a page),
 * `.hidden/spam.html` (never walked). Returns its path.
 */
export function makePageDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'article-guard-cli-'))
  mkdirSync(join(dir, 'nested', 'deeper'), {recursive: true})
  mkdirSync(join(dir, '.hidden'))
  copyFileSync(SPAM_PAGE, join(dir, 'spam.html'))
  copyFileSync(CLEAN_PAGE, join(dir, 'clean.html'))
  writeFileSync(join(dir, 'nested', 'deeper', 'spam-copy.html.gz'), gzipSync(readFileSync(SPAM_PAGE)))
  writeFileSync(join(dir, 'nested', 'notes.md'), '# not a page\n')
  copyFileSync(SPAM_PAGE, join(dir, '.hidden', 'spam.html'))
  return dir
}
