import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {contentTokens} from '../../src/detect/tokens.js'

/** The definition the table-driven tokenizer follows: this regular expression over the lower-cased text. */
function referenceTokens(text: string): string[] {
  const out: string[] = []
  for (const match of text.slice(0, 20_000).toLowerCase().matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu)) {
    const run = match[0]
    if (/^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(run)) {
      if (run.length === 1) out.push(run)
      else for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2))
    } else if (run.length >= 3 && !/^\d+$/.test(run)) out.push(run)
  }
  return out
}

describe('contentTokens', () => {
  it.each([
    ['English words, short ones and numbers dropped', 'The 2024 budget of the Council, 12 votes', ['the', 'budget', 'the', 'council', 'votes']],
    ['Han pairs', '博彩网站', ['博彩', '彩网', '网站']],
    ['a Latin word running on into Han', 'abc中文 中文abc', ['abc中文', '中文', 'abc']],
    ['a Han radical ending a word', 'abc⺀', ['abc', '⺀']],
    ['kana with the prolonged sound mark', 'カーニバル', ['カ', 'ーニバル']],
    ['astral Han by code-unit pairs, and emoji as a separator', '𠀀𠀁 😀 word', ['𠀀', '\udc00\ud840', '𠀁', 'word']]
  ])('tokenises %s', (_, text, expected) => {
    expect(contentTokens(text)).toEqual(expected)
    expect(contentTokens(text)).toEqual(referenceTokens(text))
  })

  it('gives the tokens of the regular expression on generated mixed-script text', () => {
    const unit = fc.oneof(
      fc.constantFrom('a', 'B', '1', '中', '文', 'カ', 'ー', '한', ' ', 'İ', '𠀀', '😀', '\ud800', '\udc00', 'ß', '١', '\u0307', 'Ⅻ', 'ǅ', '⺀', '-', '_'),
      fc.string({unit: 'binary', maxLength: 1})
    )
    fc.assert(fc.property(fc.string({unit, maxLength: 40}), (text) => JSON.stringify(contentTokens(text)) === JSON.stringify(referenceTokens(text))), {numRuns: 20_000, seed: 20261201})
  })
})
