/**
 * Content tokens of a text: lower-case words of spaced scripts, and overlapping character pairs
 * of Han, kana and Hangul runs (which have no spaces to split on). Used for repetition and topic
 * overlap, which need no dictionary.
 */

const WORD_OR_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** Words this short carry no topic. */
const MIN_WORD_LENGTH = 3
/** Longest text tokenised: topic and repetition are clear from the first 20,000 characters. */
const MAX_TOKEN_SAMPLE = 20_000

/** Tokens of `text`, in order. */
export function contentTokens(text: string): string[] {
  const sample = text.length > MAX_TOKEN_SAMPLE ? text.slice(0, MAX_TOKEN_SAMPLE) : text
  const out: string[] = []
  for (const match of sample.toLowerCase().matchAll(WORD_OR_CJK)) {
    const run = match[0]
    if (CJK_START.test(run)) {
      if (run.length === 1) {
        out.push(run)
        continue
      }
      for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2))
    } else if (run.length >= MIN_WORD_LENGTH && !/^\d+$/.test(run)) {
      out.push(run)
    }
  }
  return out
}
