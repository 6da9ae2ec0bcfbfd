import {readdirSync, readFileSync, statSync} from 'node:fs'
import {isAbsolute, relative, resolve, sep} from 'node:path'
import {gunzipSync} from 'node:zlib'
import {globToRegExp, isGlob, splitGlob} from './glob.js'
import {UsageError} from './io.js'

/** File names a directory walk picks up (case-insensitive). */
export const PAGE_FILE = /\.(?:html?|txt|xhtml)(?:\.gz)?$/i

/** Largest decompressed size of a gzipped page: guards against gzip bombs (a 256 MB page is not an article). */
const MAX_GUNZIP_BYTES = 256 * 1024 * 1024

/** Directories a walk never enters: hidden ones (`.git`) and `node_modules`. */
function skipDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules'
}

/** One page to analyse: its path on disk (`-` for stdin) and the name to show for it. */
export interface PageInput {
  /** Path to open, or `-` for standard input. */
  path: string
  /** Path relative to the working directory, or absolute when outside it, with `/` separators (`stdin` for `-`); used in output and SARIF URIs. */
  name: string
}

/** Relative `/`-separated form of `path` under `from`. */
export function toPosixRelative(from: string, path: string): string {
  const rel = relative(from, path)
  return sep === '/' ? rel : rel.split(sep).join('/')
}

/** Path relative to `cwd` when the file is under it, else the absolute path (both `/`-separated). */
function displayName(cwd: string, path: string): string {
  const rel = toPosixRelative(cwd, path)
  if (rel !== '..' && !rel.startsWith('../') && !isAbsolute(rel)) return rel
  return sep === '/' ? path : path.split(sep).join('/')
}

/**
 * Every page file under `dir`, recursively, sorted: files matching `PAGE_FILE`, skipping hidden
 * directories and `node_modules`; symbolic links to directories are not followed (no loops).
 */
export function walkPages(dir: string, accept: (relativePath: string) => boolean = (p) => PAGE_FILE.test(p)): string[] {
  const found: string[] = []
  const pending = [resolve(dir)]
  const root = resolve(dir)
  while (pending.length > 0) {
    const current = pending.pop()!
    for (const entry of readdirSync(current, {withFileTypes: true})) {
      const full = resolve(current, entry.name)
      if (entry.isDirectory()) {
        if (!skipDirectory(entry.name)) pending.push(full)
      } else if (entry.isFile() || (entry.isSymbolicLink() && isFile(full))) {
        if (accept(toPosixRelative(root, full))) found.push(full)
      }
    }
  }
  return found.sort()
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile()
  } catch {
    return false
  }
}

/**
 * Expand command-line arguments into pages: `-` is stdin, a directory is walked for page files
 * (`*.html`, `*.htm`, `*.xhtml`, `*.txt`, each optionally `.gz`), an argument with glob syntax is
 * matched against every file under its fixed leading directories, anything else is a file.
 * Duplicates are dropped; throws `UsageError` for a missing path or a glob matching nothing.
 */
export function collectPages(args: readonly string[], cwd: string): PageInput[] {
  const pages: PageInput[] = []
  const seen = new Set<string>()
  const add = (path: string): void => {
    if (seen.has(path)) return
    seen.add(path)
    pages.push({path, name: path === '-' ? 'stdin' : displayName(cwd, path)})
  }
  for (const arg of args) {
    if (arg === '-') {
      add('-')
      continue
    }
    const full = resolve(cwd, arg)
    let stats
    try {
      stats = statSync(full)
    } catch {
      stats = undefined
    }
    if (stats?.isDirectory()) {
      for (const file of walkPages(full)) add(file)
    } else if (stats?.isFile()) {
      add(full)
    } else if (isGlob(arg)) {
      const {base, rest} = splitGlob(arg)
      const baseDir = resolve(cwd, base)
      const pattern = globToRegExp(rest)
      let matched: string[]
      try {
        matched = walkPages(baseDir, (p) => pattern.test(p))
      } catch {
        matched = []
      }
      if (matched.length === 0) throw new UsageError(`no files match \`${arg}\``)
      for (const file of matched) add(file)
    } else {
      throw new UsageError(`cannot read \`${arg}\`: no such file or directory`)
    }
  }
  return pages
}

/** Read a page's bytes (`name` is the path shown in errors); gzip data (by its magic bytes, whatever the name) is decompressed. Throws `UsageError` when unreadable. */
export function readPage(path: string, stdin: () => Uint8Array, name = path): Uint8Array {
  let bytes: Uint8Array
  try {
    bytes = path === '-' ? stdin() : readFileSync(path)
  } catch (error) {
    throw new UsageError(`cannot read \`${name}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
  return gunzipIfNeeded(bytes, name)
}

/** Decompress gzip data (recognised by its magic bytes 1f 8b); other bytes are returned as they are. */
export function gunzipIfNeeded(bytes: Uint8Array, name: string): Uint8Array {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes
  try {
    return gunzipSync(bytes, {maxOutputLength: MAX_GUNZIP_BYTES})
  } catch (error) {
    throw new UsageError(`cannot gunzip \`${name}\`: ${(error as NodeJS.ErrnoException).code ?? String(error)}`)
  }
}
