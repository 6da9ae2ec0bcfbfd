import {w, x, OWN, LDNOOBW} from './helpers.mjs'
export default {
  gambling: {...OWN, terms: [
    ...w(1, `cassino|cassinos|apostas|caça-níqueis|roleta|pôquer|bingo|loteria|jackpot|bet`),
    ...w(2, `cassino online|cassinos online|casino online|melhores cassinos online|cassino com dinheiro real|cassino que paga|jogos de cassino|caça-níqueis online|slots online|bônus sem depósito|bonus sem deposito|rodadas grátis|giros grátis|bônus de boas-vindas|apostas esportivas|apostas online|casa de apostas|casas de apostas|site de apostas|sites de apostas|palpites de futebol|jogo do bicho|jogo do bicho online|resultado jogo do bicho|deu no poste|tigrinho|jogo do tigrinho|fortune tiger|fortune ox|fortune rabbit|fortune mouse|aviator|jogo do aviãozinho|aviãozinho|plataforma nova|plataforma pagando|plataforma que paga|plataforma de jogos|bet nova|nova bet|horário pagante|horários pagantes|minutos pagantes|sinais tigrinho|robô do tigrinho|banca baixa|blaze|blaze apostas|double blaze|crash blaze|mines|bets|betano|bet365|sportingbet|esportes da sorte|estrela bet|pixbet|vaidebet|betfair|kto|f12 bet|galera bet|bet7k|realsbet|brazino777|brazino|vai de bet`),
    ...w(3, `jogo do tigrinho plataforma nova|plataforma nova pagando|plataforma pagando agora|fortune tiger horários pagantes|horários pagantes fortune tiger|sinais fortune tiger|robô fortune tiger|hack fortune tiger|hack aviator|sinais aviator|robô aviator|cassino online com bônus sem depósito|rodadas grátis sem depósito|bet com bônus de cadastro|ganhe bônus no cadastro|bônus no cadastro|cadastre e ganhe|ganhe dinheiro jogando|jogo que ganha dinheiro de verdade|jogo que paga no pix|saque via pix|saque rápido|depósito mínimo 1 real|deposito de 1 real`)
  ]},
  porn: {...LDNOOBW, terms: [
    ...w(1, `pornô|porno|sexo|xxx|nua|nuas|gostosa|puta|putas|buceta|pau|rola|foda|transando`),
    ...w(2, `vídeos pornô|videos porno|porno grátis|pornô grátis|porno brasileiro|pornô brasileiro|sexo grátis|vídeos de sexo|sexo amador|novinha|novinhas|novinha transando|mulheres nuas|fotos nuas|garota de programa|garotas de programa|acompanhantes|acompanhante|massagem tântrica|massagem com final feliz|sexo ao vivo|chat de sexo|webcam sexo|vazados|nudes vazados|packs vazados|pack do privacy|privacy vazado|onlyfans vazado|xvideos brasil|caiu na net|vazou na net|corno|casa de swing|sexo anal|sexo oral|suruba`)
  ]},
  pharma: {...OWN, terms: [
    ...w(1, `viagra|cialis|disfunção erétil`),
    ...w(2, `comprar viagra|comprar cialis|viagra sem receita|cialis sem receita|remédio sem receita|remédios sem receita|comprar remédio sem receita|farmácia online sem receita|comprar cytotec|cytotec original|vendo cytotec|remédio para abortar|comprar misoprostol|comprar sibutramina|sibutramina sem receita|emagrecedor|emagrecer rápido|comprar rivotril|rivotril sem receita|comprar zolpidem|comprar tramadol|aumentar o pênis|estimulante sexual|afrodisíaco feminino|gotas do amor|boa noite cinderela|anabolizantes|comprar anabolizantes|comprar ozempic|ozempic sem receita|canetas emagrecedoras`),
    ...w(3, `vendo cytotec original|comprar cytotec original|cytotec original entrega|comprar sibutramina sem receita|comprar rivotril sem receita|viagra sem receita entrega`)
  ]},
  loans: {...OWN, terms: [
    ...w(1, `empréstimo|empréstimos|emprestimo`),
    ...w(2, `empréstimo online|empréstimos online|empréstimo rápido|empréstimo para negativado|empréstimo negativado|empréstimo sem consulta|empréstimo sem consulta ao spc|empréstimo pessoal rápido|dinheiro rápido|dinheiro na hora|crédito para negativado|crédito fácil|agiota|agiotas|renda extra|ganhar dinheiro em casa|ganhar dinheiro online|trabalhe em casa|renda passiva|investimento garantido|lucro garantido|dobre seu dinheiro|pirâmide financeira|amarração amorosa|amarração|pai de santo|trago a pessoa amada|trago seu amor de volta|simpatia para amarrar|magia negra|vidente|cigana|tarô online|consórcio contemplado`),
    ...w(3, `empréstimo para negativado sem consulta|empréstimo rápido sem consulta ao spc|dinheiro rápido na conta|agiota online|agiota de confiança|trago a pessoa amada em 7 dias|amarração amorosa definitiva|amarração amorosa forte|ganhe 500 por dia|renda extra garantida`)
  ]},
  counterfeit: {...OWN, terms: [
    ...w(1, `réplica|réplicas|falsificado`),
    ...w(2, `relógios réplica|réplicas de relógios|réplica de relógio|bolsas réplica|réplica de bolsas|bolsas de grife réplica|tênis réplica|réplica de tênis|réplica primeira linha|réplica 1:1|primeira linha|replica aaa|camisas de time baratas|camisa de time tailandesa|camisas tailandesas|perfumes importados baratos|perfumes contratipo|contratipo|rolex réplica|réplica rolex`)
  ]},
  'fake-documents': {...OWN, terms: [
    ...w(2, `comprar diploma|diploma falso|diplomas falsos|comprar cnh|cnh sem exame|cnh falsa|comprar carteira de motorista|comprar rg|rg falso|comprar cpf|cpf falso|documentos falsos|comprar atestado médico|atestado médico falso|atestado falso|comprar certificado|certificado falso|nota fiscal fria|notas fiscais frias|vendo notas frias|comprar passaporte|passaporte falso|dinheiro falso|notas falsas|comprar notas falsas|cédulas falsas`),
    ...w(3, `comprar cnh sem autoescola|cnh registrada no detran|comprar diploma registrado no mec|diploma registrado no mec|vendo dinheiro falso|comprar dinheiro falso|cédulas falsas perfeitas`)
  ]},
  crypto: {...OWN, terms: [
    ...w(1, `criptomoedas|bitcoin`),
    ...w(2, `bitcoin grátis|cripto grátis|dobrar bitcoin|mineração na nuvem|robô de trading|robô trader|sinais cripto|recuperação de criptomoedas|recuperar bitcoin|conectar carteira|frase de recuperação|airdrop grátis|renda em dólar|lucro diário|rendimento diário`)
  ]},
  hacking: {...OWN, terms: [
    ...w(1, `hackear|hacker`),
    ...w(2, `hackear whatsapp|hackear instagram|hackear facebook|clonar whatsapp|espionar whatsapp|espionar celular|contratar hacker|hacker profissional|comprar seguidores|seguidores baratos|comprar curtidas|painel smm|comprar backlinks|primeira página do google garantido|baixar crack|crackeado|apk mod|dinheiro infinito|diamantes grátis|gerador de diamantes|consulta cpf grátis|painel de consulta|painel de dados|puxar dados|consulta de dados`),
    ...w(3, `hackear whatsapp grátis|clonar whatsapp pelo número|espionar whatsapp grátis|contratar hacker confiável|painel de consulta de dados|puxar dados pelo cpf`)
  ]}
}
