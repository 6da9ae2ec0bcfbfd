import {w, x, OWN, LDNOOBW} from './helpers.mjs'
export default {
  gambling: {...OWN, terms: [
    ...w(1, `casino|casinos|machines à sous|roulette|poker|paris sportifs|jackpot`),
    ...w(2, `casino en ligne|casinos en ligne|meilleur casino en ligne|casino en ligne argent réel|casino argent réel|casino en ligne fiable|bonus sans dépôt|casino bonus sans dépôt|tours gratuits|free spins sans dépôt|machines à sous en ligne|machine à sous gratuite|jeux de casino|roulette en ligne|poker en ligne|blackjack en ligne|paris en ligne|site de paris sportifs|pronostics foot|pronostic foot|matchs truqués|paris sûrs|casino crypto|casino bitcoin|casino sans vérification|retrait rapide casino|casino sans wager|bookmaker sans arjel|casino hors arjel`),
    ...w(3, `casino en ligne argent réel france|meilleur casino en ligne france|bonus sans dépôt casino en ligne|tours gratuits sans dépôt|casino en ligne sans vérification|casino en ligne retrait immédiat|matchs truqués 100% sûrs|pronostics 100% sûrs`)
  ]},
  porn: {...LDNOOBW, terms: [
    ...w(1, `porno|sexe|xxx|nue|nues|érotique|baise|salope|salopes|putes|escort|escorts|bite|chatte|seins nus`),
    ...w(2, `vidéos porno|videos porno|porno gratuit|porno français|porno francais|films porno|sexe gratuit|vidéos de sexe|femmes nues|filles nues|photos de femmes nues|beurette|beurettes|salope française|plan cul|plans cul|plan q|rencontre sexe|rencontres sexe|rencontre coquine|rencontres coquines|femme mature|cougar|sexe amateur|sexe anal|fellation|chat sexe|webcam sexe|sexe en direct|massage érotique|massage naturiste|massage tantrique|escort girl|escort girls|escorte|escortes|putes à|salon de massage|club échangiste|libertin|libertine|nudes leak`)
  ]},
  pharma: {...OWN, terms: [
    ...w(1, `viagra|cialis|dysfonction érectile`),
    ...w(2, `acheter viagra|acheter cialis|acheter du viagra|viagra sans ordonnance|cialis sans ordonnance|viagra en ligne|cialis en ligne|viagra générique|cialis générique|pharmacie en ligne sans ordonnance|médicaments sans ordonnance|sans ordonnance|acheter sildenafil|acheter tadalafil|acheter kamagra|acheter tramadol|acheter xanax|acheter valium|acheter lyrica|pilule abortive|acheter cytotec|pilules amaigrissantes|coupe-faim puissant|agrandir le pénis|aphrodisiaque femme|gouttes aphrodisiaques|acheter ozempic|ozempic sans ordonnance`),
    ...w(3, `acheter viagra sans ordonnance|viagra sans ordonnance en pharmacie|acheter cialis sans ordonnance|cialis sans ordonnance en pharmacie|acheter viagra en ligne livraison rapide|viagra pas cher`)
  ]},
  loans: {...OWN, terms: [
    ...w(1, `prêt|crédit|mini prêt`),
    ...w(2, `prêt rapide|prêt urgent|prêt sans justificatif|prêt entre particuliers|prêt d'argent entre particuliers|prêt personnel rapide|crédit sans justificatif|crédit rapide|argent rapide|fiché banque de france|prêt fiché banque de france|prêt pour fiché|rachat de crédit|gagner de l'argent rapidement|gagner de l'argent en ligne|travail à domicile|revenu passif|investissement garanti|doubler son argent|marabout|grand marabout|marabout africain|retour de l'être aimé|retour affectif|voyant médium|médium voyant|envoûtement|désenvoûtement|magie africaine`),
    ...w(3, `prêt entre particuliers sérieux|prêt entre particuliers rapide|offre de prêt entre particuliers|prêt d'argent entre particulier sérieux et honnête|prêt pour fiché banque de france urgent|grand marabout africain|retour de l'être aimé en 24h|marabout sérieux|marabout compétent|voyant médium sérieux|gagner 1000 euros par jour`)
  ]},
  counterfeit: {...OWN, terms: [
    ...w(1, `réplique|répliques|contrefaçon|contrefaçons`),
    ...w(2, `montres répliques|répliques de montres|réplique montre|fausse rolex|fausses montres|réplique rolex|rolex réplique|sacs répliques|faux sacs|faux sac de luxe|sac réplique|copie sac de luxe|baskets répliques|fausses baskets|maillots pas chers|maillot de foot pas cher|maillots contrefaits|parfums contrefaits`)
  ]},
  'fake-documents': {...OWN, terms: [
    ...w(2, `acheter permis de conduire|permis de conduire sans examen|permis sans examen|acheter un permis|faux permis|faux permis de conduire|faux passeport|acheter passeport|fausse carte d'identité|fausses cartes d'identité|faux papiers|faux documents|acheter diplôme|faux diplôme|faux diplômes|faux bulletin de salaire|fausses fiches de paie|fausses factures|faux arrêt de travail|arrêt de travail en ligne sans consultation|faux billets|acheter faux billets`),
    ...w(3, `acheter permis de conduire enregistré|permis de conduire sans examen enregistré|acheter faux billets indétectables|faux billets de qualité|faux papiers à vendre`)
  ]},
  crypto: {...OWN, terms: [
    ...w(1, `crypto|bitcoin`),
    ...w(2, `bitcoin gratuit|crypto gratuite|doubler ses bitcoins|cadeau bitcoin|minage cloud|robot de trading crypto|signaux crypto|récupération crypto|récupérer ses cryptos|connecter son portefeuille|phrase de récupération|airdrop gratuit|bitcoin code|immediate edge`)
  ]},
  hacking: {...OWN, terms: [
    ...w(1, `pirater|hacker`),
    ...w(2, `pirater un compte|pirater facebook|pirater instagram|pirater whatsapp|pirater snapchat|engager un hacker|hacker professionnel|espionner un téléphone|espionner whatsapp|acheter des abonnés|acheter des followers|acheter des likes|acheter des avis|faux avis|acheter backlinks|première page google garantie|crack gratuit|version crackée|keygen|apk mod`),
    ...w(3, `pirater un compte facebook gratuitement|pirater instagram gratuitement|espionner whatsapp gratuitement|engager un hacker professionnel`)
  ]}
}
