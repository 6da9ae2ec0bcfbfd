import {w, x, OWN, LDNOOBW} from './helpers.mjs'
export default {
  gambling: {...OWN, terms: [
    ...w(1, `casino|casinos|spielautomaten|roulette|poker|sportwetten|wetten|jackpot`),
    ...w(2, `online casino|online casinos|casino online|beste online casinos|online casino echtgeld|echtgeld casino|casino ohne lizenz|casinos ohne lizenz|casino ohne oasis|casinos ohne oasis|ohne oasis|casino ohne limit|ohne 5 sekunden regel|ohne einzahlungslimit|casino bonus ohne einzahlung|bonus ohne einzahlung|freispiele ohne einzahlung|freispiele|no deposit bonus|online spielautomaten|slots online|spielautomaten online|online spielothek|online spielhalle|sportwetten online|sportwetten bonus|wettanbieter|wettanbieter ohne oasis|wettanbieter ohne lizenz|wett tipps|sichere wetten|manipulierte spiele|krypto casino|bitcoin casino|novoline online|book of ra online|book of ra echtgeld|merkur online|sizzling hot online|casino mit handyrechnung bezahlen|paysafecard casino`),
    ...w(3, `online casino ohne oasis|casinos ohne oasis sperre|spielen ohne oasis|wettanbieter ohne oasis sperre|online casino ohne deutsche lizenz|freispiele ohne einzahlung sofort|bonus ohne einzahlung sofort|book of ra kostenlos spielen ohne anmeldung|echtgeld casino mit startguthaben|casino startguthaben ohne einzahlung`)
  ]},
  porn: {...LDNOOBW, terms: [
    ...w(1, `porno|sex|xxx|nackt|erotik|ficken|titten|muschi|schwanz|hure|huren|nutten|escort`),
    ...w(2, `pornos|kostenlose pornos|gratis pornos|porno videos|pornofilme|deutsche pornos|sexvideos|sex videos|sexfilme|geile frauen|nackte frauen|nacktbilder|nacktfotos|sexkontakte|sex kontakte|sex treffen|sextreffen|erotik kontakte|erotikanzeigen|erotische massage|tantramassage|happy end massage|hausbesuche|escort service|escortservice|escort damen|bordell|laufhaus|huren in|nutten in|hobbyhuren|private huren|sexchat|sex chat|camgirls|live sex|seitensprung|seitensprung portal|sex dating|fickdate|fickkontakte|milf pornos|amateur pornos|reife frauen|oma sex|omasex|geile milf|versaute|analsex|oralsex|dreier|gangbang|swingerclub|fkk club`)
  ]},
  pharma: {...OWN, terms: [
    ...w(1, `viagra|cialis|potenzmittel|erektionsstörungen`),
    ...w(2, `viagra kaufen|cialis kaufen|levitra kaufen|potenzmittel kaufen|viagra ohne rezept|cialis ohne rezept|potenzmittel ohne rezept|rezeptfrei kaufen|medikamente ohne rezept|online apotheke ohne rezept|sildenafil kaufen|tadalafil kaufen|kamagra kaufen|kamagra oral jelly kaufen|tramadol kaufen|tilidin kaufen|tilidin ohne rezept|diazepam kaufen|valium kaufen|xanax kaufen|abnehmtabletten|schlankheitspillen|penisvergrößerung|penis verlängerung|lustmittel für frauen|ozempic kaufen|wegovy kaufen|ozempic ohne rezept`),
    ...w(3, `viagra ohne rezept kaufen|cialis ohne rezept kaufen|potenzmittel rezeptfrei kaufen|tilidin rezeptfrei kaufen|viagra rezeptfrei apotheke|günstig viagra kaufen|viagra generika kaufen`)
  ]},
  loans: {...OWN, terms: [
    ...w(1, `kredit|sofortkredit`),
    ...w(2, `kredit ohne schufa|kredite ohne schufa|schufafreier kredit|sofortkredit ohne schufa|kredit trotz schufa|kredit trotz negativer schufa|privatkredit ohne schufa|kredit sofort auszahlung|geld sofort|sofort geld|schnelles geld|geld leihen ohne schufa|minikredit|schweizer kredit|kredit für arbeitslose|kredit ohne einkommensnachweis|von zu hause geld verdienen|online geld verdienen|schnell geld verdienen|passives einkommen|garantierter gewinn|geld verdoppeln|finanzielle freiheit`),
    ...w(3, `kredit ohne schufa sofortzusage|sofortkredit ohne schufa sofortauszahlung|kredit trotz schufa sofortzusage|privatkredit von privat ohne schufa|geld verdienen ohne startkapital|1000 euro am tag verdienen`)
  ]},
  counterfeit: {...OWN, terms: [
    ...w(1, `replica|fälschung|fälschungen`),
    ...w(2, `replica uhren|replik uhren|uhren replica|gefälschte uhren|rolex replica|rolex fälschung|replica taschen|gefälschte taschen|designer taschen replica|fake sneaker|replica sneaker|markenfälschungen|gefälschte markenware|billige trikots|trikots günstig|fake trikots`)
  ]},
  'fake-documents': {...OWN, terms: [
    ...w(2, `führerschein kaufen|führerschein ohne prüfung|führerschein ohne prüfung kaufen|echten führerschein kaufen|registrierter führerschein|mpu gutachten kaufen|mpu ohne prüfung|personalausweis kaufen|reisepass kaufen|gefälschter ausweis|gefälschte ausweise|gefälschte dokumente|falsche dokumente|zeugnis kaufen|abschluss kaufen|doktortitel kaufen|diplom kaufen|arbeitsbescheinigung kaufen|krankschreibung online ohne arzt|gelben schein kaufen|falschgeld|falschgeld kaufen|gefälschte rechnungen`),
    ...w(3, `registrierten führerschein kaufen|führerschein kaufen ohne prüfung|echten registrierten führerschein kaufen|mpu gutachten ohne prüfung|falschgeld kaufen online|doktortitel kaufen legal`)
  ]},
  crypto: {...OWN, terms: [
    ...w(1, `krypto|bitcoin`),
    ...w(2, `bitcoin verdoppeln|kostenlose bitcoins|krypto geschenkt|krypto gewinnspiel|bitcoin gewinnspiel|bitcoin investieren garantiert|bitcoin trading roboter|krypto trading bot|krypto signale|wallet verbinden|seed phrase eingeben|krypto zurückholen|bitcoin zurückholen|verlorene kryptowährung zurück|bitcoin code|bitcoin era|bitcoin loophole|immediate edge`)
  ]},
  hacking: {...OWN, terms: [
    ...w(1, `hacker|hacken`),
    ...w(2, `hacker beauftragen|hacker mieten|hacker anheuern|whatsapp hacken|instagram hacken|facebook hacken|handy hacken|handy ausspionieren|whatsapp mitlesen|backlinks kaufen|günstige backlinks|follower kaufen|instagram follower kaufen|likes kaufen|bewertungen kaufen|google bewertungen kaufen|fake bewertungen|negative bewertungen löschen|crack download|vollversion kostenlos|keygen|seriennummer generator`),
    ...w(3, `professionellen hacker beauftragen|whatsapp hacken ohne zugriff|whatsapp mitlesen ohne zugriff|google bewertungen kaufen günstig|instagram follower kaufen echt`)
  ]}
}
