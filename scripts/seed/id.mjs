import {w, x, OWN} from './helpers.mjs'
const SITES = `slot|situs slot|slot online|judi slot|slot gacor|agen slot|bandar slot|togel|situs togel|togel online|bandar togel|agen togel|judi online|situs judi|agen judi|bandar judi|judi bola|situs judi bola|agen bola|casino online|live casino|poker online|situs poker|domino qq|bandarq|sbobet|slot88|slot777|slot gacor 777|slot thailand|slot server thailand|slot kamboja|slot server kamboja|slot demo|slot deposit pulsa|slot dana|slot deposit dana|slot qris|slot 4d|slot pulsa|slot bonus`
export default {
  gambling: {...OWN, terms: [
    ...w(1, `judi|slot|togel|taruhan|kasino|jackpot|gacor|jp|bandar|sabung`),
    ...w(2, SITES),
    ...w(2, `maxwin|rtp|rtp live|rtp slot|rtp slot hari ini|pola gacor|pola slot|bocoran slot|link slot|daftar slot|login slot|scatter hitam|mahjong ways|mahjong ways 2|gates of olympus|sweet bonanza|starlight princess|pragmatic play|pg soft|habanero|spadegaming|joker123|pussy888|mega888|918kiss|xe88|live draw sgp|live draw hk|live draw sdy|live draw macau|keluaran sgp|keluaran hk|keluaran sdy|keluaran macau|pengeluaran sgp|pengeluaran hk|result sgp|result hk|data sgp|data hk|toto macau|togel hongkong|togel singapore|togel sidney|togel macau|prediksi togel|prediksi sgp|prediksi hk|angka jitu|bocoran togel|syair hk|syair sgp|shio togel|buku mimpi|erek erek|4d|3d|2d|colok bebas|sabung ayam online|tembak ikan|tangkas|bola tangkas|parlay|mix parlay|judi parlay|deposit pulsa tanpa potongan|deposit dana|depo 10k|depo 5k|depo 25 bonus 25|bonus new member|bonus new member 100|new member 100|anti rungkad|gampang menang|mudah menang|pasti menang|pasti jp|jp paus|jackpot maxwin|maxwin hari ini|wd lancar|wd cepat|withdraw cepat|situs resmi|situs terpercaya|link alternatif|link alternatif slot|akun pro|akun demo|server luar|server thailand|server kamboja|slot terbaru|slot terbaik|slot terpercaya|agen terpercaya|bandar terpercaya|bo slot|bo togel|bo terpercaya|jackpot terbesar|gacor hari ini|gacor malam ini|jam gacor`),
    ...x(3, SITES, `gacor|terpercaya|resmi|terbaik|terbaru|hari ini|maxwin|online|88|777|deposit pulsa|via dana|gampang menang|login|daftar|link alternatif`, ' '),
    ...w(3, `situs slot gacor hari ini|link slot gacor hari ini|slot gacor maxwin|slot gacor gampang menang|slot gacor hari ini|situs judi slot online terpercaya|agen judi bola terpercaya|situs togel resmi|bandar togel terpercaya|situs toto togel|toto togel|toto slot|situs toto|link toto|bandar toto|slot gacor terbaru|daftar slot gacor|slot online terpercaya|judi slot online|judi togel online|judi bola online|judi casino online|judi poker online|agen sbobet|daftar sbobet|link sbobet|sbobet88|sbobet mobile|sbobet wap|situs slot88|slot88 resmi|slot777 gacor|slot thailand super gacor|slot server thailand asli|slot kamboja gacor|slot demo gratis|demo slot pragmatic|slot deposit 5000|slot deposit 10rb|bonus new member 100 di awal|slot bonus new member|slot gacor malam ini|rtp slot gacor|rtp live slot|pola gacor hari ini|bocoran slot gacor|bocoran rtp|link gacor|akun gacor|akun slot gacor|situs gacor|situs maxwin|link maxwin|slot anti rungkad`)
  ]},
  porn: {...OWN, terms: [
    ...w(1, `bokep|ngentot|memek|kontol|seks|porno|telanjang|bugil`),
    ...w(2, `video bokep|bokep indo|bokep jepang|bokep viral|bokep terbaru|bokep hd|nonton bokep|streaming bokep|film bokep|bokep barat|bokep smp|bokep sma|bokep jilbab|video mesum|video porno|film porno|cerita dewasa|cerita sex|cerita seks|situs dewasa|video dewasa|open bo|open bo murah|cewek bo|pijat plus plus|pijat plus|panggilan cewek|jasa pijat plus|vcs|vcs berbayar|video call sex|colmek|sange|tante girang|janda muda|cewek panggilan|prostitusi online|viral tiktok 18|link viral 18+|link bokep|viral terbaru no sensor|no sensor|indo viral`)
  ]},
  pharma: {...OWN, terms: [
    ...w(1, `obat kuat|obat perangsang`),
    ...w(2, `obat kuat pria|jual obat kuat|obat perangsang wanita|jual obat perangsang|viagra asli|jual viagra|jual cialis|obat pembesar penis|pembesar penis|obat aborsi|jual obat aborsi|obat penggugur kandungan|jual cytotec|cytotec asli|obat tidur|jual obat tidur|obat pelangsing|obat peninggi badan|obat kuat tahan lama|obat herbal pria|obat kuat herbal|klinik aborsi`),
    ...w(3, `jual obat aborsi asli|obat penggugur kandungan ampuh|jual cytotec asli|obat perangsang wanita cair|viagra asli usa|jual viagra asli`)
  ]},
  loans: {...OWN, terms: [
    ...w(1, `pinjaman|pinjol|kredit`),
    ...w(2, `pinjaman online|pinjol ilegal|pinjaman tanpa jaminan|pinjaman cepat cair|pinjaman dana cepat|pinjaman tanpa ktp|pinjol cepat cair|pinjol tanpa bi checking|tanpa bi checking|dana cepat|dana tunai cepat|gadai bpkb|pinjaman bunga rendah|cair dalam 5 menit|langsung cair|uang cepat|cara cepat kaya|penghasilan tambahan|kerja dari rumah|bisnis online tanpa modal|investasi bodong|robot trading|binary option|pesugihan|pesugihan tanpa tumbal|dana gaib|uang gaib|penggandaan uang|dukun penggandaan uang|pesugihan putih|jual rekening|rekening bodong|joki`),
    ...w(3, `pinjaman online langsung cair|pinjol langsung cair tanpa ktp|pinjaman tanpa jaminan langsung cair|pesugihan dana gaib|penggandaan uang asli|dukun pesugihan|jual rekening bank|beli rekening|jasa joki pinjol`)
  ]},
  counterfeit: {...OWN, terms: [
    ...w(1, `kw|replika|tiruan`),
    ...w(2, `tas kw|tas kw super|jam tangan kw|jam kw|sepatu kw|kw super|kw premium|kw 1:1|kw mirror|replika mirror|jam tangan replika|tas branded kw|barang kw|grade ori|ori pabrik|premium mirror`),
    ...x(3, `tas|jam tangan|sepatu|dompet`, `rolex kw|gucci kw|lv kw|louis vuitton kw|chanel kw|hermes kw|prada kw|dior kw|nike kw|adidas kw`, ' ')
  ]},
  'fake-documents': {...OWN, terms: [
    ...w(2, `jasa pembuatan ijazah|ijazah palsu|jual ijazah|beli ijazah|ijazah asli terdaftar|jasa ijazah|jasa pembuatan ktp|ktp palsu|sim palsu|jasa pembuatan sim|paspor palsu|surat sakit palsu|jasa surat keterangan sehat|jasa pembuatan stnk|stnk palsu|bpkb palsu|nota palsu|kwitansi palsu|faktur palsu|jasa nikah siri|buku nikah palsu|surat dokter palsu|sertifikat palsu|transkrip nilai palsu`),
    ...w(3, `jasa pembuatan ijazah asli terdaftar|jual ijazah asli|ijazah asli tanpa kuliah|jasa ijazah terdaftar dikti|beli ijazah s1|jual ijazah s1`)
  ]},
  crypto: {...OWN, terms: [
    ...w(1, `kripto|bitcoin|airdrop`),
    ...w(2, `airdrop gratis|bitcoin gratis|crypto gratis|usdt gratis|mining gratis|robot trading kripto|investasi kripto pasti untung|profit harian|cuan harian|cuan besar|pasti cuan|airdrop terbaru|klaim airdrop|hubungkan dompet|frasa pemulihan|doubler bitcoin`)
  ]},
  hacking: {...OWN, terms: [
    ...w(1, `hack|hacker|cheat`),
    ...w(2, `jasa hack|jasa hacker|jasa hack wa|jasa hack ig|jasa hack fb|jasa sadap wa|sadap wa|sadap whatsapp|jual followers|beli followers|jasa followers|followers murah|jual akun|jual backlink|jasa backlink|backlink murah|jasa seo murah|apk mod|mod apk|cheat ml|cheat ff|diamond gratis|diamond ff gratis|diamond ml gratis|generator diamond|aplikasi penghasil uang|apk penghasil uang|apk penghasil saldo dana|saldo dana gratis|jasa ddos|jasa carding|carding`),
    ...w(3, `jasa hack akun|jasa hack whatsapp|jasa sadap whatsapp|jasa hacker profesional|cheat ff auto headshot|cheat ml map hack|diamond ff gratis tanpa top up|diamond ml gratis tanpa top up|saldo dana gratis langsung cair`)
  ]}
}
