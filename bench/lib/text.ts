/** Mixed-script text for the matcher benchmark: real block texts of the corpora plus a few other scripts. */
import {readFileSync} from 'node:fs'
import {join} from 'node:path'
import {parseHtml} from '../../src/parse/parse.js'
import {segment} from '../../src/segment/blocks.js'
import {loadCorpus, SHARED} from './corpus.js'

/** Short news-style prose in scripts the corpora lack (written for this benchmark). */
export const OTHER_SCRIPTS: Record<string, string> = {
  ru: 'В Москве прошла пресс-конференция, посвящённая итогам года. Министр рассказал журналистам о новых планах развития транспорта, строительстве школ и больниц в регионах. По словам чиновника, бюджет на следующий год увеличится на десять процентов, а основная часть средств пойдёт на социальные программы.',
  ja: '東京都で記者会見が開かれ、知事は来年度の予算案について説明した。新しい計画では、保育所の整備や高齢者向けの医療サービスの充実が重点とされている。記者からは財源の確保についての質問が相次ぎ、知事は税収の見通しを示したうえで理解を求めた。',
  ko: '서울에서 기자회견이 열렸다. 시장은 내년 예산안에 대해 설명하면서 대중교통 확충과 주거 안정 대책을 강조했다. 기자들은 재원 마련 방안에 대해 질문했고, 시장은 세수 전망을 제시하며 시민들의 이해를 구했다.'
}

/** Block texts of every page of a corpus (what `detect` hands to `Matcher.find`). */
export function blockTexts(corpus: 'aeb' | 'cwce-zh', limit = Infinity): string[] {
  const out: string[] = []
  for (const page of loadCorpus(corpus, limit)) {
    for (const block of segment(parseHtml(page.html), page.html).blocks) out.push(block.text)
  }
  return out
}

/** Paragraphs of the seed page's text (Traditional Chinese article with injected spam). */
export function seedParagraphs(): string[] {
  const text = readFileSync(join(SHARED, 'seed/article-with-spam.txt'), 'utf8')
  return text.split(/\n\s*\n|\n/).map((s) => s.trim()).filter((s) => s.length > 0)
}

/**
 * About `targetBytes` of UTF-8 text as a list of pieces (blocks), the sources taken round-robin so
 * that scripts alternate: English (AEB), Chinese (cwce-zh), the seed page, Russian/Japanese/Korean.
 */
export function mixedPieces(targetBytes: number): {pieces: string[]; bytes: number; chars: number; sources: Record<string, number>} {
  const sources: Record<string, string[]> = {
    'aeb (en)': blockTexts('aeb'),
    'cwce-zh (zh)': blockTexts('cwce-zh'),
    'seed (zh-Hant + spam)': seedParagraphs(),
    'ru/ja/ko': Object.values(OTHER_SCRIPTS)
  }
  const names = Object.keys(sources).filter((n) => sources[n]!.length > 0)
  const cursor = new Map(names.map((n) => [n, 0]))
  const counts: Record<string, number> = Object.fromEntries(names.map((n) => [n, 0]))
  // Target share of bytes per source; the next piece comes from the source furthest below its share.
  const share: Record<string, number> = {'aeb (en)': 0.4, 'cwce-zh (zh)': 0.35, 'seed (zh-Hant + spam)': 0.15, 'ru/ja/ko': 0.1}
  const pieces: string[] = []
  let bytes = 0
  let chars = 0
  while (bytes < targetBytes) {
    let name = names[0]!
    for (const n of names) if (counts[n]! / share[n]! < counts[name]! / share[name]!) name = n
    const list = sources[name]!
    const i = cursor.get(name)!
    const piece = list[i % list.length]!
    cursor.set(name, i + 1)
    pieces.push(piece)
    const b = Buffer.byteLength(piece, 'utf8')
    bytes += b
    chars += piece.length
    counts[name] = counts[name]! + b
  }
  return {pieces, bytes, chars, sources: counts}
}
