import {w, x, OWN, LDNOOBW} from './helpers.mjs'
export default {
  gambling: {...OWN, terms: [
    ...w(1, `casino|casinos|apuestas|tragamonedas|ruleta|póker|bingo|lotería|jackpot`),
    ...w(2, `casino online|casinos online|casino en línea|casino en linea|mejores casinos online|casino con dinero real|casino dinero real|jugar casino online|tragamonedas online|tragaperras online|tragaperras|slots online|bono sin depósito|bono sin deposito|giros gratis|tiradas gratis|bono de bienvenida casino|código promocional casino|apuestas deportivas|apuestas online|apuestas en línea|casas de apuestas|casa de apuestas|mejores casas de apuestas|pronósticos deportivos|pronosticos futbol|partidos arreglados|apuesta segura|ruleta online|póker online|poker online|blackjack online|bingo online|casino sin licencia|casinos sin licencia|casino con criptomonedas|casino bitcoin|ganar dinero jugando|codere|betsson|bet365 bono|1xbet|caliente mx|strendus|betano|betplay|wplay|rushbet`),
    ...w(3, `casino online dinero real|bono sin depósito casino|giros gratis sin depósito|casinos online sin licencia en españa|mejores casinos online en chile|mejores casinos online en méxico|casino online argentina|casino online perú|casino online colombia|apuestas deportivas con bono|partidos arreglados 100% seguros|pronósticos 100% seguros|truco para ganar en la ruleta|hack aviator|aviator apuestas|predictor aviator`)
  ]},
  porn: {...LDNOOBW, terms: [
    ...w(1, `porno|sexo|xxx|desnuda|desnudas|erótico|putas|follar|tetas|culo|coño|polla|escort|escorts`),
    ...w(2, `videos porno|vídeos porno|porno gratis|porno en español|sexo gratis|videos de sexo|películas porno|porno casero|porno amateur|chicas desnudas|mujeres desnudas|fotos desnudas|sexo en vivo|chat de sexo|cámaras de sexo|webcam sexo|citas para sexo|contactos sexuales|sexo casual|putas en|escorts en|escort en|acompañantes|damas de compañía|chicas de compañía|masajes eróticos|masaje con final feliz|final feliz|prostitutas|prostitutas en|scort|scorts|milfs|maduras follando|colegialas|xxx gratis|sexo anal|sexo oral|tríos|orgías|pack filtrado|packs filtrados|onlyfans filtrado|nudes filtrados|video íntimo filtrado`)
  ]},
  pharma: {...OWN, terms: [
    ...w(1, `viagra|cialis|disfunción eréctil`),
    ...w(2, `comprar viagra|comprar cialis|viagra sin receta|cialis sin receta|comprar viagra sin receta|viagra genérico|cialis genérico|farmacia online sin receta|medicamentos sin receta|comprar medicamentos sin receta|comprar sildenafil|comprar tadalafil|comprar cytotec|cytotec precio|venta de cytotec|misoprostol venta|pastillas abortivas|pastillas para abortar|comprar tramadol|comprar xanax|comprar alprazolam|comprar rivotril|comprar clonazepam|pastillas para adelgazar|pastillas para dormir sin receta|alargar el pene|agrandar el pene|potenciador sexual|afrodisíaco femenino|gotas afrodisíacas|burundanga|escopolamina venta`),
    ...w(3, `venta de cytotec original|cytotec original precio|comprar cytotec sin receta|pastillas abortivas venta|comprar viagra online barato|viagra sin receta en farmacias|comprar xanax sin receta|comprar tramadol sin receta`)
  ]},
  loans: {...OWN, terms: [
    ...w(1, `préstamo|préstamos|prestamos|crédito rápido`),
    ...w(2, `préstamos rápidos|prestamos rapidos|préstamos online|prestamos online|préstamos sin aval|préstamos sin buró|préstamos en asnef|préstamo con asnef|préstamos sin nómina|préstamos urgentes|dinero rápido|dinero urgente|crédito sin buró|créditos rápidos|préstamos personales rápidos|préstamo al instante|préstamos inmediatos|préstamos entre particulares|prestamista privado|prestamista particular|gana dinero desde casa|ganar dinero rápido|ganar dinero por internet|trabajo desde casa|ingresos pasivos|inversión garantizada|duplica tu dinero|amarres de amor|amarre de amor|brujería|brujo|brujo efectivo|hechizos de amor|endulzamiento|retorno de pareja`),
    ...w(3, `préstamos rápidos sin buró|préstamos sin aval y sin buró|préstamos entre particulares serios|préstamo entre particulares sin comisiones|dinero rápido sin papeleos|amarres de amor efectivos|amarres de amor garantizados|brujo pactado|amarres con magia negra|regreso de pareja en 24 horas|gana 1000 al día|gana dinero desde casa sin invertir`)
  ]},
  counterfeit: {...OWN, terms: [
    ...w(1, `réplica|réplicas|imitación`),
    ...w(2, `relojes réplica|réplicas de relojes|relojes replica|réplicas de bolsos|bolsos réplica|bolsos de imitación|zapatillas réplica|réplicas de zapatillas|réplica exacta|réplicas aaa|réplicas 1:1|rolex réplica|réplica rolex|imitación rolex|bolsos louis vuitton imitación|camisetas de fútbol baratas|camisetas futbol baratas|camisetas réplica|perfumes de imitación|perfumes imitación|perfumes baratos originales`)
  ]},
  'fake-documents': {...OWN, terms: [
    ...w(2, `comprar título universitario|comprar titulo universitario|comprar diploma|título falso|títulos falsos|diplomas falsos|comprar carnet de conducir|carnet de conducir sin examen|licencia de conducir falsa|comprar licencia de conducir|dni falso|comprar dni|pasaporte falso|comprar pasaporte|documentos falsos|documentos falsificados|facturas falsas|recetas médicas falsas|certificado médico falso|justificante médico falso|comprar residencia|comprar nacionalidad|billetes falsos|comprar billetes falsos`),
    ...w(3, `comprar carnet de conducir sin examen|comprar título universitario registrado|venta de documentos falsos|comprar billetes falsos indetectables|comprar pasaporte registrado`)
  ]},
  crypto: {...OWN, terms: [
    ...w(1, `criptomonedas|bitcoin`),
    ...w(2, `bitcoin gratis|criptomonedas gratis|regalo de bitcoin|duplica tus bitcoins|minería en la nube|invertir en bitcoin con ganancias garantizadas|bot de trading|señales cripto|recuperar criptomonedas|recuperación de criptomonedas|conecta tu billetera|frase semilla|airdrop gratis`)
  ]},
  hacking: {...OWN, terms: [
    ...w(1, `hackear|hacker`),
    ...w(2, `hackear whatsapp|hackear facebook|hackear instagram|hackear una cuenta|contratar hacker|contratar un hacker|hacker profesional|espiar whatsapp|espiar celular|espiar un celular|comprar seguidores|seguidores baratos|comprar likes|comprar backlinks|enlaces baratos|posicionamiento garantizado|primera página de google garantizado|descargar crack|full crack|versión crackeada|apk mod|dinero infinito|diamantes gratis|generador de diamantes`),
    ...w(3, `hackear whatsapp gratis|hackear facebook gratis|hackear instagram gratis|contratar hacker para whatsapp|espiar whatsapp gratis|generador de diamantes free fire`)
  ]}
}
