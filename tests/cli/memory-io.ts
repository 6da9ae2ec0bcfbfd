import type {CliIo} from '../../src/cli/run.js'

/** A `CliIo` that records what the CLI writes, with `stdin` from a string. */
export interface MemoryIo extends CliIo {
  out: () => string
  err: () => string
}

/** In-memory streams for running the CLI in-process. */
export function memoryIo(stdin = '', extra: Partial<CliIo> = {}): MemoryIo {
  let out = ''
  let err = ''
  return {
    stdout: (s) => {
      out += s
    },
    stderr: (s) => {
      err += s
    },
    stdin: () => new TextEncoder().encode(stdin),
    ...extra,
    out: () => out,
    err: () => err
  }
}

/** The example pages, relative to the repository root (tests run from there). */
export const SPAM_PAGE = 'examples/article-with-spam.html'
export const CLEAN_PAGE = 'examples/clean-article.html'
