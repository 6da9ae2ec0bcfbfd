/**
 * Seed dictionaries/<lang>/<category>.json from the lists in scripts/seed/*.mjs.
 *
 * Run: npx tsx scripts/seed-dictionaries.ts   (tsx ships with the dev toolchain)
 *
 * The JSON files are the source of truth. This script only ADDS seed terms that a file does not
 * have yet (compared after normalisation) and never changes or removes a term already in a file,
 * so hand edits survive a re-run. Within the seed lists, a term listed twice keeps its highest
 * severity. It then rewrites each file in the canonical layout: one term object per line.
 */
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {normalizeTerm} from '../src/detect/normalize.js'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')
const LANGS = ['zh-Hans', 'en', 'ja', 'ko', 'id', 'vi', 'th', 'ru', 'es', 'pt', 'de', 'fr']
const SEVERITY_SCALE = '1 = weak/also common in honest text, 2 = clear, 3 = unambiguous'

/**
 * Ordinary words that the seed lists produce but that honest text uses every day (`3d`, `odds`,
 * `réplica` = aftershock in Spanish): left out of every language.
 */
const REMOVE: Record<string, string> = {
  id: `4d|3d|2d|jp|kw|bandar|rtp|habanero|tangkas|akun pro|akun demo|server luar|situs resmi|joki|vcs|kerja dari rumah|penghasilan tambahan|sabung`,
  th: `รับงาน|ทางเข้า|สมัครสมาชิก|ออโต้|ระบบออโต้|เว็บใหญ่|เว็บนอก|ufa|เสียว|ไม่ใส่เสื้อ|มิเรอร์|hi-end|ไฮเอนด์`,
  vi: `nước biển|gái xinh|siêu cấp|xôi lạc|duyệt nhanh`,
  ru: `леон|гидра|омг|кракен|меф|закладки|копия|реплика|интим|киска|кончил|сосет|инсайд|приватный канал|кредит|сателлиты|кряк|чит на|ставки|столото|золото партии`,
  pt: `bet|mines|bets|blaze|kto|pau|rola|primeira linha|vidente|cigana|consórcio contemplado|emagrecedor|plataforma de jogos|painel de dados|consulta de dados`,
  es: `polla|brujería|brujo|final feliz|tríos|imitación|réplica|réplicas`,
  fr: `bite|crédit|prêt|cougar|libertin|libertine|escorte|rachat de crédit|travail à domicile|seins nus`,
  de: `wetten|schwanz|hausbesuche|dreier|kredit|finanzielle freiheit|passives einkommen`,
  ja: `ソープ|風俗|通販|格安|送料無料|国内発送|日本国内発送|最高品質|代引き|副業|投資|グラビア|素人|割れ`,
  ko: `코인|성인|에로|노출|유흥|밤문화|일수|망가|사다리|오피|오피사이트|오피 가격|오피 후기|야사|건마|노모|보지|자지|자위|변태`
}
/** Words kept, but as weak evidence (severity 1). */
const DEMOTE: Record<string, string> = {
  id: `situs terpercaya|agen terpercaya|link alternatif|wd cepat|withdraw cepat|parlay|no sensor|indo viral|dana cepat|uang cepat|server thailand`,
  th: `ไม่มีขั้นต่ำ|รายได้เสริม|หารายได้เสริม|สายเทา|เทียบแท้`,
  vi: `cỏ mỹ|thuốc mê|show hàng|đa cấp|link vào|rút tiền nhanh|vay nóng|link vao`,
  ru: `фонбет|бетсити|винлайн|лига ставок|олимп бет|париматч|марафонбет|дропы|продать карту|торговый бот|вебкам|трах|писька|жопа|сиськи|голые`,
  pt: `aviator|foda|nua|gostosa|corno|contratipo|amarração|tarô online|renda extra|agiota|anabolizantes|canetas emagrecedoras|plataforma nova|magia negra|pai de santo|lucro diário|rendimento diário|vazados|acompanhante|novinha|massagem tântrica|esportes da sorte|betano|bet365|sportingbet|betfair`,
  es: `culo|acompañantes|colegialas|orgías|endulzamiento|ruleta|codere|betsson|betano|betplay|wplay`,
  fr: `chatte|salon de massage|sans ordonnance|marabout|voyant médium|baise|fellation`,
  de: `hure|muschi|versaute|reife frauen|seitensprung|bordell|fkk club|swingerclub|sofortkredit|schweizer kredit`,
  en: `betting tips|soccer predictions|social casino|sweepstakes casino|welcome bonus|deposit bonus|bonus code|free bet|free bets|accumulator tips`,
  ja: `オナニー|フェラチオ|中出し|乱交|エロ動画|av女優|メンズエステ|回春|チャットレディ|パパ活|ママ活|セクシー女優|グラビア|ポーカー`,
  ko: `원나잇|출장마사지|출장안마|건마|키스방|립카페|안마방|풀싸롱|폰팅|화상채팅|랜덤채팅`
}

interface Term {
  term: string
  severity: 1 | 2 | 3
}

function render(dict: {lang: string; category: string; source: string; licence: string; terms: Term[]}): string {
  const head = [
    `  "lang": ${JSON.stringify(dict.lang)},`,
    `  "category": ${JSON.stringify(dict.category)},`,
    `  "source": ${JSON.stringify(dict.source)},`,
    `  "licence": ${JSON.stringify(dict.licence)},`,
    `  "severity": ${JSON.stringify(SEVERITY_SCALE)},`,
    `  "terms": [`
  ]
  const lines = dict.terms.map((t, k) => `    {"term": ${JSON.stringify(t.term)}, "severity": ${t.severity}}${k + 1 < dict.terms.length ? ',' : ''}`)
  return ['{', ...head, ...lines, '  ]', '}', ''].join('\n')
}

let total = 0
for (const lang of LANGS) {
  const seed = (await import(`./seed/${lang}.mjs`)).default as Record<string, {source: string; licence: string; terms: Array<[string, number]>}>
  const removed = new Set((REMOVE[lang] ?? '').split('|').filter(Boolean).map(normalizeTerm))
  const demoted = new Set((DEMOTE[lang] ?? '').split('|').filter(Boolean).map(normalizeTerm))
  for (const [category, list] of Object.entries(seed)) {
    const file = join(ROOT, 'dictionaries', lang, `${category}.json`)
    const existing: Term[] = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).terms : []
    const byKey = new Map<string, Term>()
    for (const t of existing) byKey.set(normalizeTerm(t.term), t)
    const fresh = new Map<string, Term>()
    for (const [term, severity] of list.terms) {
      const key = normalizeTerm(term)
      if (key === '' || byKey.has(key) || removed.has(key)) continue
      const sev = (demoted.has(key) ? 1 : severity) as 1 | 2 | 3
      const prev = fresh.get(key)
      if (prev === undefined) fresh.set(key, {term, severity: sev})
      else if (prev.severity < sev) prev.severity = sev
    }
    const terms = [...existing, ...fresh.values()]
    mkdirSync(dirname(file), {recursive: true})
    writeFileSync(file, render({lang, category, source: list.source, licence: list.licence, terms}))
    total += terms.length
    console.log(`${lang}/${category}: ${terms.length} (${fresh.size} new)`)
  }
}
console.log(`total ${total}`)
