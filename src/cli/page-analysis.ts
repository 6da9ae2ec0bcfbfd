import {analyze} from '../analyze.js'
import {decode} from '../input/decode.js'
import type {Options} from '../options.js'
import type {AnalyzeResult} from '../types.js'
import {readPage, type PageInput} from './inputs.js'

/** A page analysed by the CLI, with the decoded text the report's offsets index into. */
export interface PageAnalysis {
  page: PageInput
  /** The decoded input: `report.blocks[i].start`/`end` are UTF-16 offsets into it. */
  source: string
  result: AnalyzeResult
}

/** Options the CLI passes through to `analyze`. */
export type PageOptions = Pick<Options, 'format' | 'encoding' | 'url'>

/**
 * Read, decode and analyse one page. Decodes once, then analyses the text, so `source` is exactly
 * what the offsets refer to; the report keeps the encoding the bytes were decoded with.
 */
export function analyzePage(page: PageInput, stdin: () => Uint8Array, options: PageOptions): PageAnalysis {
  const bytes = readPage(page.path, stdin, page.name)
  const {text, encoding} = decode(bytes, options.encoding)
  const {encoding: _ignored, ...rest} = options
  const result = analyze(text, rest)
  result.report.encoding = encoding
  return {page, source: text, result}
}
