/**
 * Page dumps written for this test (test/fixtures/pages/, see README there):
 * news in Portuguese, Italian, German and Spanish, blog posts (English and
 * Portuguese) followed by a longer comment thread, a deals list and a short article among much
 * furniture; Japanese, Chinese, Korean, Polish and Swedish news, live blogs, recipes, an opinion
 * column, a forum thread; Arabic, Russian and Indonesian news, a press release, a match
 * report, a Q&A interview, a paywall prompt mid-article, an obituary; a paywall teaser, an
 * election-night results page, a Japanese feature, a Polish column under a longer comment
 * thread, Danish news with a video player, an Indonesian tips list; Brazilian business news under a
 * ticker, an Italian photo gallery, Romanian, Hebrew and Thai news, a match report over a line-up
 * table, an explainer with an FAQ, an investigation with pull quotes; each with its body
 * marked by hand in <name>.body.txt. They are
 * the kinds of page the development set has few of; the rules must hold on
 * them without knowing them.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cleanPage } from '../../src/pipeline/clean.ts'
import { pageCounts, pageF1 } from '../../src/eval/shingles.ts'
import { bodyText } from '../../src/text/article-text.ts'

const DIR = join(import.meta.dirname, '../fixtures/pages')

/**
 * Per page, not on average: a page of six or seven paragraphs that loses one
 * paragraph, or keeps one list of other stories' headlines, falls to about
 * 0.90; 0.95 allows a stray short line or a heading's worth of shingles and
 * nothing more. (Held-out target: 0.95 on average, no page below 0.5.)
 */
const MIN_F1 = 0.95

/** What the page's header says, read by hand: the headline, the byline's people and the day of publication. */
interface Header {
  title: string
  authors: string[]
  /** Undefined when the page gives only a time relative to when it is read ("hace 2 semanas"). */
  day: string | undefined
}

/** The headline and the day alone, for pages whose header names no person (a desk, "Redazione") or whose byline the cleaner does not read. */
type Dateline = Omit<Header, 'authors'>

const PAGES: {
  name: string
  furniture: string[]
  header?: Header
  headline?: Dateline
  /** The place of the opening dateline, upper-cased, read by hand. */
  dateline?: string
  /** Known gap: a lower floor than MIN_F1, with the reason beside the page. */
  minF1?: number
}[] = [
  { name: 'pt-news', furniture: ['Publicidade', 'Leia também', 'Exportações de café caem pelo segundo mês seguido', 'Receba as principais notícias do dia no seu e-mail'] },
  { name: 'it-news', furniture: ['Gli operai al lavoro sul versante sopra la statale (foto Provincia/Ufficio stampa)', 'Leggi anche', 'Il comune ha deciso lo spostamento per i lavori di rifacimento della pavimentazione.', '© RIPRODUZIONE RISERVATA'] },
  // A caption closed by "(foto Ansa)"; "Leggi anche: <headline>" whose headline says "via libera" (a common word, not a credit's "via").
  { name: 'it-captions', header: { title: 'Il sindaco annuncia il nuovo piano per il lungomare: pista ciclabile e meno parcheggi', authors: ['Marco Esposito'], day: '2024-03-12' }, furniture: ['Il sindaco durante la presentazione del piano in consiglio comunale (foto Ansa)', 'Leggi anche: Porto turistico, via libera alla gara per la gestione', 'Il caso del porto', 'Riproduzione riservata ©'] },
  // "Read also" in the middle of the article: a link to drop, not the article's end.
  { name: 'it-inline-link', furniture: ['LEGGI ANCHE: Traffico merci, il primo trimestre chiude in crescita', 'Condividi'] },
  // The next story loaded under the article, after an ad: its headline, byline and date end the article.
  { name: 'it-next-story', header: { title: 'Il lago torna a riempirsi: i pescatori contano i danni della siccità', authors: ['Paolo Ferrante'], day: '2024-06-03' }, furniture: ['Foto: Cooperativa pescatori / Ufficio stampa', 'Pubblicità', 'Il mercato coperto riapre dopo due anni di lavori: quaranta banchi e un nuovo parcheggio', 'Il nuovo parcheggio sotterraneo, con centoventi posti, sarà gratuito per la prima mezz\'ora.'] },
  // A press release closing with the company's own description ("… ist ein Energieversorger …") and a press contact.
  { name: 'de-press-release', header: { title: 'Nordwerk Energie übernimmt dänischen Windparkbetreiber Havvind', authors: ['Katrin Albers'], day: '2024-12-03' }, furniture: ['Die Nordwerk Energie AG ist ein Energieversorger mit Sitz in Bremen. Das Unternehmen beliefert rund 1,2 Millionen Kunden mit Strom und Gas und betreibt Wind- und Solarparks in Deutschland, den Niederlanden und Polen.', 'Pressekontakt', 'Nordwerk Energie senkt Gaspreise zum Jahreswechsel'] },
  // Key points over the article ("Das Wichtigste in Kürze") that its paragraphs say again; the label is not the headline.
  { name: 'de-key-points', header: { title: 'Werft in Wolgast erhält Großauftrag für zwei Forschungsschiffe', authors: ['Lena Hoffmann'], day: '2024-03-12' }, furniture: ['Das Wichtigste in Kürze', 'Die Werft in Wolgast baut zwei Forschungsschiffe für das Bundesforschungsministerium.', 'Der Auftrag sichert nach Angaben der Werft rund 400 Arbeitsplätze bis zum Jahr 2028.'] },
  { name: 'de-news', furniture: ['Anzeige', 'Mehr zum Thema', 'Parkgebühren steigen zum Jahreswechsel', 'Kommentare', 'Um Kommentare zu schreiben, müssen Sie angemeldet sein.'] },
  // German paragraphs so full of nouns and names that letter case reads them as titles.
  { name: 'de-names', furniture: ['Artikel teilen', 'Streik im Güterverkehr beendet', 'Kommentare'] },
  { name: 'es-news', furniture: ['Publicidad', 'Te puede interesar', 'Alerta amarilla por viento en la costa este fin de semana', 'Lo más leído'] },
  // French, whose box labels the cue lists do not hold: the teaser cards go by their shape alone.
  { name: 'fr-short-teasers', furniture: ['Vous aimerez aussi', 'Le club de voile remporte le championnat régional', 'Les jeunes régatiers ont dominé la dernière manche malgré un vent très irrégulier sur le plan d\'eau.', 'Recevez chaque matin l\'essentiel de l\'actualité de votre région.'] },
  // A column closing with a note about its author, named as in the byline; a sponsor's label between paragraphs.
  { name: 'pt-author-note', header: { title: 'Ciclovias de bairro: o que mudou depois de um ano', authors: ['Ana Beatriz Costa'], day: '2024-03-15' }, furniture: ['Ana Beatriz Costa é jornalista e escreve sobre mobilidade urbana e transporte público. Foi repórter de cidades por dez anos antes de se juntar à revista.', 'Conteúdo patrocinado', 'Metrô amplia horário aos domingos a partir de maio'] },
  // French news: "Par" byline, "Publié le 04/02/2024" (day first) over an update line, "À lire aussi : <headline>" between paragraphs.
  { name: 'fr-news', header: { title: 'La conserverie du port rouvre avec quarante salariés', authors: ['Claire Dubois'], day: '2024-02-04' }, furniture: ['Publicité', 'À lire aussi : Les prix du poisson à la criée au plus haut depuis dix ans', 'Sur le même sujet', 'Le chantier naval recrute des soudeurs et des charpentiers'] },
  // Dutch news: "Door" byline, "12-05-2024" (12 May), "Advertentie", "Lees ook".
  { name: 'nl-news', header: { title: 'Veerpont over de rivier vaart weer na maanden stilstand', authors: ['Sanne de Vries'], day: '2024-05-12' }, furniture: ['Advertentie', 'Lees ook', 'Dijkversterking langs de rivier begint in het najaar', 'Log in om te reageren.'] },
  // A German two-paragraph report among teaser cards, a most-read list and a newsletter box.
  { name: 'de-short', header: { title: 'Brücke am Hafen ab Montag gesperrt', authors: ['Jonas Weber'], day: '2024-06-05' }, furniture: ['Das könnte Sie auch interessieren', 'Neue Buslinie zum Krankenhaus startet im Juli', 'Der Fahrplan wird an die Schichtzeiten angepasst.', 'Die wichtigsten Nachrichten aus der Region jeden Morgen in Ihrem Postfach.'] },
  // A Spanish shopping guide: the list is the article; the affiliate disclosure and the "Ver oferta" buttons are not.
  { name: 'es-list', header: { title: 'Las cinco mejores freidoras de aire por menos de 100 euros', authors: ['Lucía Herrera'], day: '2024-11-20' }, furniture: ['Este artículo contiene enlaces de afiliados: si compras a través de ellos, podemos recibir una comisión.', 'Ver oferta', 'Los mejores robots aspiradores de este año'] },
  { name: 'blog-comments', furniture: ['Share this:', 'The only bread knife I still use', 'Whole wheat absorbs more water, so it can take a touch more hydration than white flour. Try adding another 2% and see whether it opens up.', 'Reply', 'Leave a Reply'] },
  { name: 'pt-blog-comments', furniture: ['Compartilhe:', 'Manjericão que não morre: cinco cuidados simples', 'Ótima dica, Luísa! O óleo de neem também ajuda contra a mosca-branca, que aparece muito no calor.', '10 de setembro de 2023 às 08:14', 'Responder', 'Deixe um comentário'] },
  // Comments headed "Name disse:", under a box label no cue list holds: the heads go by their shape.
  { name: 'pt-blog-said', furniture: ['Opiniões dos leitores', 'Fernanda disse:', 'Abre sim, Amanda, fui numa segunda em julho. Só fecha nos feriados de fim de ano, pelo menos foi o que me disseram na bilheteria quando comprei o ingresso para a visita guiada.'] },
  // A Spanish blog post with a comment thread under no label: each comment is headed by a name and "hace 3 días".
  { name: 'es-blog-comments', header: { title: 'Cómo plantar tomates en maceta en un balcón pequeño', authors: ['Carmen Ruiz'], day: undefined }, furniture: ['Facebook', 'hace 3 días', '¡Qué buena guía, Carmen! Yo los tengo en una maceta de quince litros y se me quedaron pequeños a mitad del verano, así que este año pruebo con una más grande como dices.', 'Responder', 'Deja un comentario'] },
  // An Italian blog post whose comments are headed by the commenter's name alone, with "Rispondi" under each: no dates, no label.
  { name: 'it-blog-comments', furniture: ['Giulia', 'Provata ieri sera, è venuta benissimo! Io ho aggiunto dei pomodorini e delle olive nere sopra prima di infornare e i bambini l\'hanno finita in dieci minuti.', 'Rispondi', 'Lascia un commento'] },
  { name: 'deals-list', furniture: ['We earn a commission when you buy through links on our site.', 'See deal', 'Advertisement', 'The best laptop deals right now'] },
  // An Italian deals list whose items are a name, a price and one short sentence: too short for prose, the list is the article.
  { name: 'it-deals', header: { title: 'Offerte del giorno: auricolari, power bank e una smart TV in sconto', authors: ['Sara Colombo'], day: '2024-11-21' }, furniture: ['Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.', 'Vedi offerta', 'Le migliori friggitrici ad aria del 2024'] },
  // A two-paragraph Portuguese report under three teaser cards with one-sentence blurbs, and a most-read list after it.
  { name: 'pt-short-heavy', header: { title: 'Ponte da estrada velha é liberada após reforma', authors: ['Rafael Moura'], day: '2024-07-08' }, furniture: ['Prefeitura abre inscrições para cursos gratuitos de informática', 'A Defesa Civil distribuiu lonas para quarenta famílias e fez vistorias nas casas mais atingidas durante a tarde de ontem.', 'Motorista fica ferido em acidente na rodovia'] },
  // A short opening paragraph cut off from the rest by an ad slot ("Publicidade", "Continua após a publicidade"), one between each paragraph: the ad does not make it a standfirst.
  { name: 'pt-ads', header: { title: 'Feira do livro começa com recorde de expositores', authors: ['Ana Lima'], day: '2024-10-10' }, furniture: ['Publicidade', 'Continua após a publicidade', 'Museu reabre sala de arte contemporânea'] },
  // A 45-word report between two lists of cards under labels, each card's blurb two sentences (40 to 50 words): longer than the short teasers above.
  { name: 'short-long-teasers', header: { title: 'Mill Lane footbridge to close for repairs', authors: ['Tom Reed'], day: '2024-06-03' }, furniture: ['Top stories', 'More local news', 'New car park plan for the station divides residents', 'Town hall clock to be restored by local volunteers', 'The operator says it can no longer fill the late shifts on the routes to the hospital and the industrial estate, and passengers who work nights will have to rely on taxis or lifts until the county finds money for a subsidy.'] },
  // Three sentences beside a cookie banner, a "Trending" box of four headlines written out as long unpunctuated lines, a supporter appeal and an "about us" paragraph.
  { name: 'three-sentences', header: { title: 'Post office counter to move into supermarket', authors: [], day: '2024-04-09' }, furniture: ['Police appeal for witnesses after a car was driven into the front of a shop on the high street in the early hours of Sunday morning, causing damage estimated at thousands of pounds', 'Independent local news costs money to produce. If you value our reporting on councils, courts, schools and the stories that matter in your community, please consider becoming a supporter for as little as £1 a month. Every contribution, big or small, helps to keep our reporters working.', 'The Valley Gazette has served the towns and villages of the upper valley since 1884. We are owned by a community trust and are a member of the Independent Press Standards Organisation.'] },
  // A forum thread: the opening post is the article; the replies, each under a member's name, rank, join date and post count, are not.
  { name: 'forum-thread', furniture: ['In the west of Scotland you are fighting the weather, not doing anything wrong. Try Crimson Crush or Mountain Magic, both bred for blight resistance. They are not immune but they last weeks longer.', 'Joined: Mar 2024', 'Similar threads'] },
  // Japanese news: no spaces and no letter case, a ranking list of numbered headlines, an app promotion.
  { name: 'ja-news', header: { title: '港の旧倉庫、観光交流施設に 来春開業へ', authors: ['佐藤健一'], day: '2024-03-12' }, furniture: ['駅前の再開発計画、市議会が予算案を可決', '県内の公立高校、志願倍率を発表', 'みなと新報公式アプリ　最新ニュースをいち早くお届けします'] },
  // A recipe: the ingredients (short lines with quantities) and the method are the article; the nutrition line, the rating prompt and the comment are not.
  { name: 'recipe', header: { title: 'One-pan lemon chicken with potatoes and olives', authors: ['Nadia Haddad'], day: '2024-09-18' }, furniture: ['Jump to Recipe', '4.8 from 212 votes', 'I added a few cherry tomatoes in the last ten minutes and it was lovely. My kids even ate the olives!'] },
  // A live blog: each entry under a bare clock time ("15:58"), some with a heading; a clock time is no other story's date line. The key-events list repeats the entry headings: they are the article's own, no menu, the first one too (between its clock time and its text).
  { name: 'live-blog', header: { title: 'Storm Darragh live: thousands without power as winds reach 90mph', authors: ['Rachel Hughes', 'Owen Price', 'Lucy Mills'], day: '2024-12-07' }, furniture: ['Key events', 'Most viewed', 'The stories that matter, in your inbox before 7am.'] },
  // Chinese news: the editor's credit, related headlines and a numbered most-read list after the article, with figures inside their headlines.
  { name: 'zh-news', header: { title: '江城地铁5号线全线贯通 预计年底开通运营', authors: ['李明'], day: '2024-05-20' }, furniture: ['责任编辑：王芳', '江城公交线网优化方案公布 新增12条线路', '网站声明：本网站所刊载信息，不代表本站观点。如转载请注明出处。'] },
  // An opinion column: the columnist's name alone over the date (no "By"), and a three-sentence note about her closing it.
  { name: 'opinion-bio', header: { title: 'Our towns need libraries more than they need another car park', authors: ['Margaret Osei'], day: '2024-11-15' }, furniture: ['Libraries are the last indoor public space where nobody expects you to spend money. Cutting their hours is a false economy.', 'Margaret Osei is a columnist for the Evening Ledger and a former head librarian. She has written about local government and public services for more than twenty years, and her book on the history of public libraries in the north of England, Open Shelves, was published in 2021. She lives in Halifax with her husband and two very old cats.', 'Explore more on these topics'] },
  // Polish news, whose box labels no cue list holds: "Czytaj także" over two headlines closes the article by its shape; "Reklama" between paragraphs is an ad label.
  { name: 'pl-news', header: { title: 'Most na Wiśle zamknięty dla ciężarówek. Objazd wydłuża trasę o 30 kilometrów', authors: ['Anna Kowalczyk'], day: '2024-05-14' }, furniture: ['Reklama', 'Czytaj także', 'Nowa linia autobusowa połączy dworzec ze szpitalem', 'Ruszyła przebudowa rynku. Utrudnienia potrwają do grudnia', 'Remont powinien być zrobiony pięć lat temu, wszyscy wiedzieli, że ten most jest w złym stanie.', 'Zaloguj się, aby dodać komentarz.'] },
  // Swedish news: "Av" byline, "Annons" between paragraphs, "Läs också" over two headlines, comments headed "Name - 12 mars 2024".
  { name: 'sv-comments', header: { title: 'Badhuset stänger i två år för renovering', authors: ['Erik Lindgren'], day: '2024-03-12' }, furniture: ['Annons', 'Läs också', 'Hamnen får fler gästplatser i sommar', 'Anders P - 12 mars 2024', 'Tråkigt för alla pensionärer som simmar varje morgon. Finns det någon plan för dem, eller ska de också åka buss till grannkommunen?', 'Kustbladet använder cookies för att ge dig en bättre upplevelse. Läs mer om hur vi hanterar personuppgifter.'] },
  // Written after the changes above and scored before any change made for them (see the fixtures' README).
  // An Italian two-paragraph report under a cookie banner, with three teaser cards and a newsletter box after it.
  { name: 'it-short-heavy', header: { title: 'Chiusa per lavori la strada provinciale del passo', authors: [], day: '2024-10-11' }, furniture: ["Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti per mostrarti pubblicità in linea con le tue preferenze. Chiudendo questo banner acconsenti all'uso dei cookie.", 'Potrebbe interessarti', 'Sagra della castagna, attese diecimila persone nel fine settimana', 'Iscriviti alla newsletter del Corriere della Valle per ricevere ogni mattina le notizie più importanti della tua zona.'] },
  // A Portuguese live blog: entries under "17h05" stamps, one with a heading, which a clock time does not make a numbered link.
  { name: 'pt-live', header: { title: 'Chuvas no litoral: acompanhe a situação das estradas e dos bairros alagados', authors: [], day: '2025-01-18' }, furniture: ['17h05', 'Publicidade', 'Prefeitura anuncia concurso com 300 vagas'] },
  // Korean news: spaces between words but no letter case; the reporter's e-mail line, related and most-read lists after it.
  { name: 'ko-news', header: { title: '도심 하천 산책로 다음 달 개통… 자전거 도로도 함께 조성', authors: ['김지훈'], day: '2024-04-22' }, furniture: ['김지훈 기자 jihoon@hanbit.example', '시내버스 노선 개편안 확정', '아파트 화재로 주민 30여 명 대피'] },
  // A Spanish recipe whose ingredients outweigh its one opening paragraph; comments headed "Name - date".
  { name: 'es-recipe-comments', header: { title: 'Lentejas estofadas con chorizo, la receta de mi abuela', authors: ['Elena Martín'], day: '2024-02-03' }, furniture: ['Compartir en Facebook', 'Rosa - 4 de febrero de 2024', 'Claro, Javier. En olla exprés bastan unos doce minutos desde que sube la válvula. Luego déjalas reposar antes de abrir.', 'Cocido madrileño paso a paso'] },
  // An English feature with photo captions closed by "Photograph: Name" between its paragraphs.
  { name: 'en-gallery', header: { title: 'Inside the lighthouse that a village saved', authors: ['Priya Raman'], day: '2024-07-06' }, furniture: ['The lighthouse at Carrow Point seen from the harbour at dusk. Photograph: Priya Raman', 'Volunteers repainted the lantern room by hand over two summers. Photograph: Priya Raman', 'The last ferryman of the estuary'] },
  // A Japanese blog post with comments, each a name, a date, the text and "返信" (reply).
  { name: 'ja-blog-comments', header: { title: '初めての北アルプス縦走、二泊三日の記録', authors: [], day: '2024-08-20' }, furniture: ['やまねこ', '素敵な記録をありがとうございます。私も来月涸沢に行く予定なので、とても参考になりました。小屋の混雑具合はどうでしたか。', '返信', '八ヶ岳で初めてのテント泊'] },
  // One opening paragraph, then an "At a glance" list of four short facts, then the rest: the list does not outweigh the opening.
  { name: 'facts-middle', header: { title: 'Bakery chain to open twelve shops and hire 200 staff', authors: ['Hannah Cole'], day: '2025-03-03' }, furniture: ['Share this article', 'Council confirms new leisure centre plans'] },
  // A how-to ending with "What to pack" over six items without figures, each opening with "A": a list written in parallel, not other stories' headlines.
  { name: 'howto-list-tail', header: { title: 'How to plan your first winter hill walk', authors: ['Callum Reid'], day: '2025-01-09' }, furniture: ['Share', 'Related guides', 'Choosing your first pair of crampons'] },
  // The third batch (see the fixtures' README). A German live ticker: entries between "18:20 Uhr" stamps, each a lone paragraph.
  { name: 'de-live', header: { title: 'Hochwasser an der Elbe: Pegel steigt weiter – Deiche werden verstärkt', authors: ['Martin Berger'], day: '2024-09-14' }, furniture: ['17:45 Uhr', 'Anzeige', 'Neue Straßenbahnlinie soll 2027 fahren'] },
  // A French column: the author's name alone over "Publié le 21/05/2024", and a note about him closing it.
  { name: 'fr-opinion', header: { title: "Nos marchés couverts méritent mieux qu'un parking", authors: ['Julien Marchand'], day: '2024-05-21' }, furniture: ["Julien Marchand est historien et président de l'association Patrimoine du Port. Il a publié plusieurs ouvrages sur l'architecture des halles et des marchés couverts de l'ouest de la France.", 'Sur le même sujet', 'La mairie dévoile le nouveau plan de circulation'] },
  // A what's-on list: each item a heading, a line of days and times, and a paragraph.
  { name: 'en-events', header: { title: 'Ten things to do in Westbrook this weekend', authors: ['Amy Fletcher'], day: '2024-09-12' }, furniture: ["Sign up to our What's On newsletter", 'Get the best of the weekend in your inbox every Thursday.', 'Town centre car park to close for repairs'] },
  // A Portuguese post whose comments, headed "Name - 13 de março de 2024", start right after it under "Comentários": the post's own date and the comments' are no one list of cards.
  { name: 'pt-comments-dash', header: { title: 'Três dias em Ouro Preto: roteiro sem pressa', authors: ['Marina Alves'], day: '2024-03-12' }, furniture: ['Luciana - 13 de março de 2024', 'A Mina da Passagem vale muito a pena. Só achei o passeio um pouco caro, mas a experiência compensa.', 'Fim de semana em Tiradentes'] },
  // Turkish news: a name alone over "10 Haziran 2024, 09:45" (a month chrono does not read), "Reklam", "İlgili haberler" over two headlines, then the comments box.
  { name: 'tr-news', header: { title: 'Sahil yolunda bisiklet yolu çalışması başladı', authors: ['Ayşe Demir'], day: '2024-06-10' }, furniture: ['10 Haziran 2024, 09:45', 'Reklam', 'İlgili haberler', 'Yeni otobüs hatları pazartesi hizmete giriyor', 'Yorum yapabilmek için giriş yapmalısınız.'] },
  // The fourth batch. A two-sentence report beside a "Latest" list of headlines under clock times, which are no live blog's entries.
  { name: 'en-brief-latest', header: { title: 'Library to stay open on Sundays', authors: ['Tom Hardy'], day: '2024-10-04' }, furniture: ['14:32', 'Police close Market Street after gas leak', 'Sign up for our daily newsletter'] },
  // A Portuguese deals list: affiliate disclosure, items of a name, a price line and a sentence, "Ver oferta" under each.
  { name: 'pt-deals', header: { title: 'As melhores ofertas de fones de ouvido desta semana', authors: ['Bruno Teixeira'], day: '2024-11-05' }, furniture: ['Este post contém links de afiliados: podemos receber uma comissão pelas compras feitas por eles.', 'Ver oferta', 'Smartwatches em promoção'] },
  // A Spanish live blog: "Claves" over the key points, one of them an entry's heading; entries under "13:05" stamps.
  { name: 'es-live', headline: { title: 'Incendio forestal en la sierra: desalojados dos pueblos', day: '2024-07-22' }, furniture: ['Claves', 'Más de 400 hectáreas afectadas', '12:40', 'Lo más leído'] },
  // A Dutch column: the columnist's name alone over the date, a note about her closing it.
  { name: 'nl-column', header: { title: 'Waarom ik mijn auto de deur uit deed', authors: ['Femke Jansen'], day: '2024-04-03' }, furniture: ['Femke Jansen is journalist en schrijft elke week over leven in de stad. Ze woont met haar gezin in de binnenstad.', 'Deel dit artikel', 'Nieuwe fietsenstalling bij het station open'] },
  // The fifth batch. A paywall prompt mid-article ("Subscribe to keep reading", a count of free articles, "Already a subscriber? Log in"): two paragraphs follow it.
  { name: 'en-paywall', headline: { title: 'Family-run mill reopens after flood with new owners and 40 jobs', day: '2025-02-04' }, furniture: ['Subscribe to keep reading', "You've read 3 of your 5 free articles this month. Subscribe from £1 a week for unlimited access to local journalism.", 'Subscribe now', 'Already a subscriber? Log in', 'Village flood defences to be finished by spring'] },
  // A press release closing with "About <company>" over the company's description, and media contacts.
  { name: 'en-press-release', header: { title: 'Brightwell Foods to build £40m plant-based dairy factory in Teesside', authors: [], day: '2025-03-18' }, furniture: ['About Brightwell Foods', 'Brightwell Foods is a British food company founded in 2011 and based in York. It makes plant-based milks, yoghurts and desserts sold in more than 6,000 shops across eleven countries, and employs 620 people.', 'Media contacts', 'press@brightwell.example', 'Brightwell Foods reports record annual sales'] },
  // A match report over a stats table written one cell a line ("Possession", "58%", "42%").
  { name: 'en-match-report', header: { title: 'Harbour Town 3-1 Millbrook Rovers: Okafor double sends Town top', authors: ['Dan Whitaker'], day: '2024-10-12' }, furniture: ['Match stats', 'Possession', '58%', 'Attendance: 3,412', 'Millbrook appoint new academy director'] },
  // A Q&A interview: each question a short line ending in "?" between the answers, and a closing note on the book.
  { name: 'en-qa-interview', headline: { title: "'I wrote the first draft in a caravan': Helen Marsh on her Booker-shortlisted debut", day: '2024-10-02' }, furniture: ['The best new fiction of the autumn', 'Get our reviews and interviews every Friday.'] },
  // Russian news (Cyrillic): the headline over a standfirst shorter than it, neither with a stop; "Реклама" between paragraphs, "Читайте также" over two headlines, a most-read list, comments.
  { name: 'ru-news', header: { title: 'В городе откроют новый мост через реку к концу года', authors: ['Ирина Смирнова'], day: '2024-03-12' }, furniture: ['Реклама', 'Читайте также', 'В парке Победы начали высаживать деревья', 'Войдите, чтобы оставить комментарий.'] },
  // Arabic news (right to left, no case, spaces between words): "اقرأ أيضاً" (read also) over two headlines of 38 and 45 characters, then a most-read list.
  { name: 'ar-news', header: { title: 'افتتاح محطة تحلية جديدة لتزويد المدينة بالمياه', authors: ['سارة الخطيب'], day: '2024-05-14' }, furniture: ['إعلان', 'اقرأ أيضاً', 'ارتفاع أسعار الخضار في الأسواق المركزية', 'بدء التسجيل في المدارس الحكومية للعام الجديد', 'الأكثر قراءة'] },
  // Indonesian news: "Oleh" byline, "Senin, 8 Juli 2024 | 11:20 WIB", "Baca juga: <headline>" between paragraphs, "Iklan" after them.
  { name: 'id-news', header: { title: 'Harga cabai turun setelah panen raya di tiga kabupaten', authors: ['Dewi Lestari'], day: '2024-07-08' }, furniture: ['Baca juga: Pemerintah siapkan bantuan pupuk untuk petani padi', 'Iklan', 'Berita Terkait', 'Harga beras naik menjelang musim kemarau'] },
  // An obituary closing with its life dates line; known gap: the "Funeral notices" box and the "More obituaries" list of "Name, role" lines after it are kept (0.964).
  { name: 'en-obituary', header: { title: 'Margaret Ellison obituary: the headteacher who taught a valley to read', authors: ['Peter Holt'], day: '2024-06-21' }, furniture: ['Share', '© 2024 The Dales Herald'] },
  // The sixth batch (see the fixtures' README). A Portuguese how-to ("Escrito por <name> em <date>") under a Disqus thread of twelve comments, each a name, a "• há 10 meses" stamp, the text, a vote count, "Responder" and "Compartilhar ›".
  { name: 'pt-disqus-thread', header: { title: 'Como trocar a corrente da bicicleta sem levar à oficina', authors: ['Thiago Ramalho'], day: '2024-02-04' }, furniture: ['Thiago Ramalho', 'Pedala há quinze anos entre São Paulo e a Serra da Mantiqueira e mantém a própria oficina na garagem.', 'Leia também', '• há 10 meses', 'Perfeito, obrigado! Vou fazer assim no fim de semana.', 'Responder'] },
  // An Italian fact-check: a question headline over a standfirst, a verdict box, the claim quoted over its dated source, headed sections and a "Fonti" list closing it.
  // Known gap (0.979): two promotion lines after the sources are kept; the two "In breve" points over the article are not.
  { name: 'it-fact-check', header: { title: 'È vero che in Italia un giovane su tre non lavora e non studia?', authors: ['Chiara Fontana'], day: '2024-03-21' }, furniture: ['Verdetto', 'FALSO', "«In Italia un giovane su tre non studia e non lavora: siamo il peggior Paese d'Europa»", 'In breve', 'La quota di Neet tra i 15 e i 29 anni era del 16,1% nel 2023, non del 33%.', 'Post su Facebook, 12 marzo 2024', 'Condividi', 'No, il governo non ha vietato il contante sopra i 500 euro'] },
  // Vietnamese news: a caption closed by "Ảnh: <name>", the writer's name alone after the text, "Từ khóa:" over the article's own keywords.
  // Known gap (0.900): the standfirst right under the date reads as the first paragraph.
  { name: 'vi-news', minF1: 0.89, header: { title: 'Đà Nẵng mở thêm ba tuyến xe buýt nối sân bay với các khu du lịch', authors: [], day: '2024-03-12' }, furniture: ['Xe buýt mới trên tuyến sân bay - Hội An. Ảnh: Minh Quân', 'Minh Quân', 'Từ khóa:', 'sân bay Đà Nẵng', 'Chia sẻ', 'Đà Nẵng thí điểm vé tháng xe buýt cho công nhân'] },
  // A Portuguese buying guide whose button under each item names a different shop ("Comprar na Worten", "Comprar no Continente").
  { name: 'pt-store-buttons', header: { title: 'As seis melhores máquinas de café de cápsulas para comprar esta semana', authors: ['Inês Carvalho'], day: '2024-11-18' }, furniture: ['Comprar na Worten', 'Comprar no El Corte Inglés', 'Comprar na Radio Popular', 'Quando compra através das nossas ligações, podemos receber uma comissão de afiliado. Isso não altera os nossos preços nem as nossas escolhas.', 'Os melhores aspiradores sem fio até 200 euros'] },
  // A two-paragraph Greek report: "Διαβάστε επίσης" (read also) over two headlines, one with a figure inside ("300 θέσεων"), then a most-read list and a latest-news list under clock times.
  { name: 'el-short-heavy', header: { title: 'Κλειστός για δύο εβδομάδες ο παραλιακός δρόμος στο Ρέθυμνο', authors: ['Νίκος Παπαδάκης'], day: '2024-10-14' }, furniture: ['Διαβάστε επίσης', 'Νέο πάρκινγκ 300 θέσεων στην είσοδο της πόλης', 'Αυξάνονται τα δρομολόγια των πλοίων προς τον Πειραιά', 'Σεισμός 4,2 Ρίχτερ ανοιχτά της Κρήτης χωρίς ζημιές', 'Εγγραφείτε στο newsletter μας για να λαμβάνετε κάθε πρωί τις σημαντικότερες ειδήσεις της Κρήτης.'] },
  // Hindi news: sentences end in "।"; the headline and the standfirst, a dozen words and more without a stop, are no paragraphs; "रिपोर्ट:" byline, "अपडेटेड:" date, tags and lists after it.
  { name: 'hi-news', header: { title: 'शहर में पहली बार चलेगी इलेक्ट्रिक वाटर मेट्रो, अगले महीने से शुरू होगी सेवा', authors: ['अनीता शर्मा'], day: '2024-03-12' }, furniture: ['नदी के दोनों किनारों को जोड़ने वाली इस सेवा से रोज़ाना करीब दस हज़ार लोगों को फायदा होगा', 'रिपोर्ट: अनीता शर्मा', 'अपडेटेड: 12 मार्च 2024, 10:30 AM IST', 'विज्ञापन', 'वाटर मेट्रो', 'बस अड्डे पर बनेगा नया पार्किंग स्टैंड'] },
  // An AP story on a local site: "Updated: March 12, 2024 at 9:02 a.m." over the dateline paragraph is a date, not the first paragraph; the agency's notice after "___" is not the article.
  { name: 'en-wire-dateline', dateline: 'WELLINGTON', header: { title: 'Ferry operator suspends Cook Strait crossings after engine fire', authors: [], day: '2024-03-12' }, furniture: ['Updated: March 12, 2024 at 9:02 a.m.', '___', 'Copyright 2024 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed without permission.', 'Council approves new marina parking fees'] },
  // A radio transcript: turns opened by speakers' names in capitals, one-word turns, the host's label alone over the first turn ("LEILA MARTIN, HOST:").
  { name: 'en-transcript', headline: { title: 'Why a small town in Maine built its own broadband network', day: '2024-03-12' }, furniture: ['Transcript', 'Copyright © 2024 Northern Public Radio. All rights reserved. Visit our website terms of use and permissions pages for further information.', 'Accuracy and availability of transcripts may vary. Transcript text may be revised in the future.', 'Ice fishing season cut short by warm winter'] },
  // The seventh batch (see the fixtures' README). French regional news under a consent banner: "Lire aussi" over two headlines, and "Lire aussi : <headline>", between paragraphs; a caption closed by "© Photo …".
  { name: 'fr-regional-cookie', headline: { title: "Vire Normandie. Le viaduc de la Vire fermé trois semaines pour des travaux d'étanchéité", day: '2024-04-09' }, furniture: ["Le viaduc de la Vire, vu depuis le chemin de halage. © Photo La Voix du Bocage / Thomas Lefèvre", 'Lire aussi', 'Vire Normandie : le marché du vendredi déménage place du Château', "Lire aussi : Le Département lance un plan de 12 millions d'euros pour ses ponts", "Chaque matin, l'essentiel de l'actualité de votre département dans votre boîte mail."] },
  // Danish news: "Læs også: <headline>" and a video player (its labelled title, "01:32", "Afspil") between paragraphs.
  { name: 'da-news', header: { title: 'Færgen til Fanø sejler med halv kapacitet hele sommeren', authors: ['Mette Kjærgaard'], day: '2024-05-06' }, furniture: ['Annonce', 'Læs også: Ny cykelsti langs havnen står klar i juni', 'Video: Se færgen blive trukket i dok', 'Afspil', 'Storbrand i lagerhal ved Esbjerg Havn'] },
  // A German subscriber article: two paragraphs, then the paywall's cue, its offer in one sentence and its benefit lines.
  { name: 'de-paywall-teaser', header: { title: 'Schwimmbad-Sanierung: Warum die Kosten sich verdoppelt haben', authors: ['Tobias Krüger'], day: '2024-03-12' }, furniture: ['Weiterlesen mit MR+', 'Jetzt 4 Wochen für 0,99 € testen und alle Plus-Artikel lesen.', 'Alle Artikel auf mr-online und in der App', 'Das E-Paper schon ab 20 Uhr am Vorabend', 'Neue Kita am Stadtpark: Anmeldungen ab sofort möglich'] },
  // A Spanish election-night page: a results table one cell a line over entries under clock times.
  // Known gap in the header (not pinned): the headline sits 30 lines above the entries, beyond the table, and "Ver resultados por barrios" is read as it.
  { name: 'es-results-live', furniture: ['Escrutado: 98,7%', 'PSP', '31.204', 'Vecinos por Logroño', 'Participación: 63,2% (−2,1)', 'Ver resultados por barrios', 'Calahorra'] },
  // A Japanese feature: paragraphs indented by a full-width space, two section headings, a related box between sections, the writer's box after it.
  // Known gap (0.889): the second section's heading, right under the related box's headlines, goes with the box.
  { name: 'ja-feature', minF1: 0.88, headline: { title: '築100年の古民家、若い夫婦が宿に再生 「集落に人の流れを」', day: '2024-05-20' }, furniture: ['改修した古民家の前に立つ中村さん夫妻（撮影・田中美咲）', '関連記事', '空き家バンク登録、県内で過去最多に', 'この記事を書いた人', '田中美咲', '雲南支局。地域の暮らしや移住をテーマに取材しています。'] },
  // A Polish column closed by a note on its author and the paper's disclaimer, under "Komentarze (14)" and a thread longer than it.
  { name: 'pl-opinion-comments', header: { title: 'Miasto bez ławek to miasto, które nie chce swoich mieszkańców', authors: ['Krzysztof Wiśniewski'], day: '2024-04-03' }, furniture: ['Krzysztof Wiśniewski – publicysta, architekt krajobrazu, od dwudziestu lat zajmuje się projektowaniem przestrzeni publicznych.', 'Opinie wyrażone w felietonie są opiniami autora i nie muszą odzwierciedlać stanowiska redakcji.', 'Czytaj także', 'Komentarze (14)', 'pomorzanin_84', '2 godz. temu', 'Kolejny tekst o niczym. Miasto ma dziury w drogach, a redakcja pisze o ławkach.'] },
  // An Indonesian tips list: numbered headings between paragraphs, "Baca Juga: <headline>" among them, an "Editor:" line and tags after.
  { name: 'id-tips', header: { title: '5 Cara Menghemat Listrik di Rumah saat Musim Kemarau', authors: ['Rina Kusumawati'], day: '2024-08-15' }, furniture: ['Ilustrasi. Kipas angin dan pendingin ruangan menyedot listrik paling banyak saat cuaca panas. (Foto: Warta Nusantara/Andi Pratama)', 'Baca Juga: Harga Token Listrik Tidak Naik hingga Akhir Tahun', 'Editor: Budi Santoso', 'tips hemat'] },
  // A two-paragraph English brief beside related cards whose blurbs are longer than its sentences, and a video list.
  { name: 'en-brief-related', header: { title: 'Man charged after stolen tractor found in canal', authors: ['Sophie Grant'], day: '2024-04-18' }, furniture: ['Follow us on Facebook', 'News · 3 min read', 'Farmers warned after spate of quad bike thefts across the county', 'Police are urging farmers to lock away vehicles and fit trackers after eleven quad bikes and two trailers were taken from farms in the past month, most of them overnight.', 'Firefighters rescue sheep stuck in flooded field'] },
  // The eighth batch (see the fixtures' README). A Brazilian business page under a ticker, with a quote box (symbol, name, price, change) and a newsletter box between paragraphs.
  { name: 'pt-business-ticker', header: { title: 'Rede de farmácias compra concorrente no Nordeste por R$ 1,3 bilhão', authors: ['Fernanda Rocha'], day: '2024-12-03' }, furniture: ['BVIV3', 'Bem Viver ON', 'R$ 23,84', '+6,72%', 'Receba no seu e-mail, antes da abertura do pregão, as notícias que movem o mercado.', 'Inscrever-se', 'Varejo tem o melhor Black Friday desde 2020, aponta pesquisa'] },
  // Romanian news, whose "read also" cue no list holds: "Citește și: <headline>" between paragraphs goes by its shape; a comment thread after the tags.
  { name: 'ro-news', header: { title: 'Spitalul județean primește un aparat nou de radioterapie după zece ani de așteptare', authors: ['Andreea Popescu'], day: '2024-03-12' }, furniture: ['Citește și: Noul ambulatoriu al spitalului se deschide în luna mai', 'Publicitate', 'Urmărește-ne pe Google News', 'Comentarii (3)', 'Bravo, în sfârșit o veste bună pentru oamenii din județ. Mama a făcut naveta la Cluj un an întreg.'] },
  // An Italian news page with a photo gallery between paragraphs: "FOTOGALLERY", eight "n / 8" counters each over its caption, a photo credit.
  { name: 'it-gallery', header: { title: 'Infiorata di Spello, trecento metri di petali per la processione del Corpus Domini', authors: ['Elisa Bartolini'], day: '2024-06-02' }, furniture: ['FOTOGALLERY', '1 / 8', "Un quadro in via Garibaldi raffigura l'Ultima Cena, realizzato con petali di rosa e di ginestra", 'Le strade dopo la processione, con i petali ormai calpestati', 'Foto di Marco Fabbri', 'Leggi anche'] },
  // Hebrew news (right to left): "מאת:" byline, "פרסומת" (advertisement) between paragraphs, "קראו גם" (read also) over two headlines, a comments count.
  // Known gap in the header: the share button under the date joins the authors, so the day alone is pinned.
  { name: 'he-news', headline: { title: 'רכבת קלה תחבר את נהריה לכרמיאל עד 2030', day: '2024-03-12' }, furniture: ['פרסומת', 'קראו גם', 'כביש 85 ייסגר בלילות לעבודות הרחבה', 'תגובות (24)', 'הכי נקראים'] },
  // Thai news: no spaces between words and no sentence stops, a Buddhist-era date ("12 มี.ค. 2567").
  // Known gap (0.879): the date line, the share button, the ad label and the related box with its two headlines and the most-read label are kept; the header takes the site's name for the headline.
  { name: 'th-news', minF1: 0.87, furniture: ['ไฟป่าดอยสุเทพลุกลาม เจ้าหน้าที่เร่งดับ', 'นโยบายความเป็นส่วนตัว'] },
  // A Spanish match report under a scoreboard (teams, goals, scorers' minutes), over a line-up table one cell a line; the table's label, "Alineaciones", is kept (0.997).
  { name: 'es-match-lineup', header: { title: 'Racing de Ferrol 2-1 Real Oviedo: Álex López resuelve el derbi en un córner', authors: ['Iván Soto'], day: '2024-12-08' }, furniture: ["Pablo Martínez 23'", 'Ian Mackay', 'Moi Delgado', 'Árbitro: Alejandro Quintero (C. Andaluz)', 'El Sporting confirma la lesión de su capitán'] },
  // An explainer: a contents list repeating its section headings, headed sections, an FAQ of questions over answers.
  // Known gap (0.948): the feedback prompt ("Was this guide helpful?", "Yes", "No"), the related list's second headline, the affiliate note and the newsletter line after it are kept.
  { name: 'en-explainer-faq', minF1: 0.94, header: { title: 'How do smart meters work, and should you get one?', authors: ['Rebecca Lane'], day: '2024-11-14' }, furniture: ['In this guide', '8 min read', 'Advertisement', 'Related guides', 'How to read your energy bill'] },
  // A long investigation: a caption with "Illustration:", two section headings, two pull quotes, the author's bio, a contact line and a supporter appeal.
  // Known gap (0.958): the pull quotes, copies of sentences of the paragraphs, are kept (a rule dropping them lowered the development set's half B).
  { name: 'en-investigation', header: { title: 'The care homes that charged for staff who never turned up', authors: ['Sarah Whitfield'], day: '2024-11-17' }, furniture: ["Residents' families were billed for one-to-one care that the homes' own records show was never given. Illustration: Ledger design", 'Sarah Whitfield is the Ledger\'s social affairs investigations reporter. She previously covered health for the Yorkshire Evening News and was shortlisted for the Orwell prize in 2022.', 'Do you have information about this story? Contact Sarah in confidence at investigations@ledger.example or on Signal.', 'Investigations like this take months. If you value reporting that holds the powerful to account, support the Ledger from £2 a month.'] },
  { name: 'short-article', furniture: ['Families queued at the gates on Saturday morning as the mayor cut the ribbon on the long-delayed playground, which includes a splash area and a climbing wall.', 'Get the day\'s local news in your inbox every morning. It\'s free, and you can unsubscribe whenever you like.', 'Storm warning issued for the weekend'] },
]

describe('cleaning pages of kinds the development set has few of', () => {
  describe.each(PAGES)('$name', ({ name, furniture, header, headline, dateline, minF1 = MIN_F1 }) => {
    const page = readFileSync(join(DIR, `${name}.txt`), 'utf8')
    const body = readFileSync(join(DIR, `${name}.body.txt`), 'utf8').split('\n').filter(Boolean)
    const cleaned = cleanPage(page)
    const kept = cleaned.body.map((b) => b.text)

    it(`scores F1 >= ${minF1} against the hand-marked body`, () => {
      expect(pageF1(pageCounts(body.join('\n'), bodyText(cleaned)))).toBeGreaterThanOrEqual(minF1)
    })
    it('keeps the first, the second and the last line of the body', () => {
      expect(kept).toContain(body[0])
      expect(kept).toContain(body[1])
      expect(kept).toContain(body[body.length - 1])
    })
    it.each(furniture)('drops %j', (line) => {
      expect(kept).not.toContain(line)
    })
    it('is recognised as an article (no fallback)', () => {
      expect(cleaned.warning).toBeUndefined()
    })
    it.runIf(header !== undefined)('reads the headline, the authors and the day of publication', () => {
      expect({ title: cleaned.title, authors: cleaned.authors, day: cleaned.published?.slice(0, 10) }).toEqual(header)
    })
    it.runIf(headline !== undefined)('reads the headline and the day of publication', () => {
      expect({ title: cleaned.title, day: cleaned.published?.slice(0, 10) }).toEqual(headline)
    })
    it.runIf(dateline !== undefined)('reads the dateline', () => {
      expect(cleaned.dateline).toBe(dateline)
    })
  })
})
