/**
 * Buyer-language detection without models: the writing system decides first (Han → zh,
 * kana → ja, Hangul → ko, Thai → th, ...); Latin-script text is scored against small lists of
 * very common words and characteristic letters, restricted to the flow's languages. Weak
 * evidence returns the fallback rather than a guess.
 */
import { normalizeText } from '../matching/normalize';

export interface DetectedLanguage {
  language: string;
  /** 0–1. */
  confidence: number;
  by: 'script' | 'words' | 'fallback';
}

const SCRIPTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja'],
  [/\p{Script=Hangul}/gu, 'ko'],
  [/\p{Script=Han}/gu, 'zh'],
  [/\p{Script=Thai}/gu, 'th'],
  [/\p{Script=Arabic}/gu, 'ar'],
  [/\p{Script=Hebrew}/gu, 'he'],
  [/\p{Script=Cyrillic}/gu, 'ru'],
  [/\p{Script=Greek}/gu, 'el'],
  [/\p{Script=Devanagari}/gu, 'hi'],
  [/\p{Script=Khmer}/gu, 'km'],
  [/\p{Script=Lao}/gu, 'lo'],
  [/\p{Script=Myanmar}/gu, 'my'],
  [/\p{Script=Georgian}/gu, 'ka'],
  [/\p{Script=Armenian}/gu, 'hy'],
];
const LATIN = /\p{Script=Latin}/gu;
/** Per language, the writing system only it uses among SCRIPTS (non-global copies, safe for `test`). */
const OWN_SCRIPT = new Map(SCRIPTS.map(([re, lang]) => [lang, new RegExp(re.source, 'u')]));

/** Whether the text has letters of the writing system that gives `language` away (Han for zh, kana for ja, ...). */
export function writesScriptOf(language: string, text: string): boolean {
  return OWN_SCRIPT.get(language.split('-')[0] ?? language)?.test(text) ?? false;
}
/** Chinese question words and particles: a message built on them is Chinese, whatever English words it carries. */
const ZH_GRAMMAR = /为什么|怎么|可以|能不能|是不是|有没有|[吗呢吧么嘛]|什么时候|几时|多久/u;

// Common words (function words, shop vocabulary). Words shared by several languages count for each.
const WORDS: Record<string, string> = {
  en:
    'the a an is are was my me i you your it this that where when what how why can do does did not no yes please thanks thank hi hello order item package delivery ship shipped shipping refund return arrive arrived received still have has of to for and with on in from will would want need help ' +
    // Chat spellings: greetings, thanks, yes/no, contractions without their apostrophe.
    'hey hiya thx ty pls plz yeah yep yup nope okay guys im dont cant wont didnt doesnt isnt wheres whats hows got get just any been yet',
  es:
    'el la los las es son mi mis mí tu usted dónde donde cuándo cuando qué que cómo como por para con sin pedido paquete envío envio llega llegó recibí todavía aún hola gracias quiero necesito ayuda está esta estoy de del y no sí puedo reembolso devolución ' +
    'hora horas abren abre abierto abierta atienden atiende atención atencion cierran cierra trabajan sábado sabado domingo lunes perfecto hablo inglés ingles español espanol buscan empleados adiós adios chao ' +
    'me te se lo le nos les un una unos unas al hay tiene tienen tengo tarda tardan llegado llego llegar llegará llegara nada pasaron semana semanas días dias día dia cuánto cuanto cuántos cuantos hacen envíos envios enviar envían envian talla tallas peso kilos rojo roja azul negro negra blanco blanca disponible deja pagar pago pagué cobraron cobro cobró doble roto rota producto productos aceptan aceptas acepta equivocado equivocada mandar mandaron mandan factura cuéntame cuentame chiste compro compré compre hoy mañana ayer si también tambien pero porque muy más mas bien bueno buena hacer puede pueden quisiera cambiar cambio dirección direccion cancelar cupón cupon descuento descuentos promoción promocion oferta precio tarjeta devolver regresar dinero ropa zapatos vestido camisa aquí allí ahora todo todos nunca mucho poco tiempo seguimiento rastreo número numero guía caja dañado dañada hablar persona humano agente porfa eso esto ese cual cuál sirvió sirvio ayudó ayudo funciona funcionó nadie alguien chico chica grande quedó quedo ' +
    // Greetings and chat spellings.
    'buenas buenos tardes noches saludos oye ola tal vale grax disculpa disculpe perdón perdon amigo amiga señor señora señorita ahorita órale orale pues nomás nomas entonces igual xq pq porq',
  pt: 'o a os as é são meu minha meus eu você voce onde quando que como por para com sem pedido encomenda pacote entrega envio chega chegou recebi ainda não nao sim olá ola obrigado obrigada quero preciso ajuda está esta estou de do da e posso reembolso devolução',
  ms:
    'baik baiklah kurang sepasang stokin tudung saiz lambat sangat lama cepat habis ' +
    'saya awak anda kamu di mana bila bilakah apa bagaimana kenapa mengapa ini itu dan dengan untuk tidak belum sudah lagi boleh tolong terima kasih barang pesanan bungkusan sampai hantar penghantaran mahu nak ke dari ada bayar ' +
    // Informal spellings buyers type (sy = saya, x = tak, brg = barang, ...).
    'sy sya aku x tak tk dah dh nk hendak brg brp berapa hr hari ni tu dgn tlg blm byr smpai td tadi mcm macam kat pun je jer lg ye knp ape org orang betul jgn jangan panggil minta mintak pulangkan pulang tukar salah alamat warna rosak pecah kotak duit wang harga murah mahal kupon baucer saiz kasut baju seluar penerima poskod resit invois syarikat tuntutan staf ckp cakap blh bole dpt dapat kena buat tengok tgk lepas sebelum sblm esok semalam minggu bulan sikit sket banyak byk takde tiada xde sebab pasal nanti skrg sekarang lambat cepat dihantar beli kedai penjual tersilap silap pilih nombor telefon dalam rumah pejabat hujan menang siapa ceritakan lawak perdana menteri masih msh tapi tp kalau klu bagi bg mohon encik cik puan tuan salam assalamualaikum selamat pagi petang hai tumpang tanya penipu tipu teruk korang servis masuk keluar guna sahaja saja sila maaf baru lama habis tunggu harap bayaran gagal',
  id: 'saya aku kamu anda di mana kapan kenapa mengapa apa bagaimana ini itu dan dengan untuk tidak belum sudah lagi bisa tolong terima kasih barang pesanan paket sampai kirim pengiriman mau ingin ke dari ada bayar',
  de: 'der die das ist sind mein meine ich du sie wo wann was wie warum nicht kein ja bitte danke hallo bestellung paket lieferung versand angekommen noch habe hat und mit für von zu auf ein eine',
  fr: 'le la les est sont mon ma mes je vous tu où ou quand quoi que comment pourquoi pas ne oui merci bonjour salut commande colis livraison reçu toujours ai avez et avec pour de du des un une',
  it: 'il lo la gli le è sono mio mia miei io tu lei dove quando che cosa come perché non sì grazie ciao ordine pacco consegna spedizione arrivato ricevuto ancora ho ha e con per di del un una',
  tr: 'bir bu şu ve ile için ne nerede neden nasıl ne zaman mı mi mu mü değil evet hayır lütfen teşekkürler merhaba sipariş siparişim kargo paket teslimat geldi gelmedi hala var yok benim ben sen',
  vi: 'tôi bạn của là có không đâu khi nào gì sao thế nào và với cho đơn hàng gói giao nhận chưa rồi cảm ơn xin chào vẫn được',
  tl: 'ang ng mga sa ko ako ikaw mo nasaan saan kailan ano paano bakit hindi oo po salamat kumusta order padala dumating pa na ba ito iyan at',
  nl: 'de het een is zijn mijn ik jij waar wanneer wat hoe waarom niet geen ja alsjeblieft dank bedankt hallo bestelling pakket levering nog heb heeft en met voor van',
  pl: 'jest są mój moja ja ty gdzie kiedy co jak dlaczego nie tak proszę dziękuję cześć zamówienie paczka dostawa jeszcze mam i z dla od',
};

// Letters that point to one language (or a few).
const CHAR_CUES: ReadonlyArray<readonly [RegExp, string, number]> = [
  [/ñ/u, 'es', 2],
  [/[¿¡]/u, 'es', 3],
  // An acute accent is not English ("a qué hora abren"): among English and Spanish it decides.
  [/[áéíóú]/u, 'es', 1],
  [/[áéíóú]/u, 'pt', 1],
  [/[ãõ]/u, 'pt', 3],
  [/ç/u, 'pt', 1],
  [/ç/u, 'fr', 1],
  [/ç/u, 'tr', 1],
  [/[ğış]/u, 'tr', 3],
  [/[äöü]/u, 'de', 1.5],
  [/[öü]/u, 'tr', 1],
  [/ß/u, 'de', 3],
  [/[ơưđăâêôạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/u, 'vi', 3],
  [/[èàù]/u, 'it', 1],
  [/[èàùœ]/u, 'fr', 1],
  [/[êëîïû]/u, 'fr', 1.5],
  [/[ąęłńśźż]/u, 'pl', 3],
];

// Words no other candidate language uses, which decide a message that code-switches
// ("nk refund", "nk cancel order"): they count twice.
const STRONG: Record<string, string> = {
  ms: 'nk nak sy saya brg barang blm belum byr dgn tlg tolong bg dah tak boleh salam assalamualaikum selamat tumpang mcm macam kat lg mana penipu kenapa knp lambat',
};
const STRONG_SETS = new Map<string, Set<string>>(Object.entries(STRONG).map(([lang, list]) => [lang, new Set(list.split(' '))]));

const WORD_SETS = new Map<string, Set<string>>();
for (const [lang, list] of Object.entries(WORDS)) WORD_SETS.set(lang, new Set(list.split(' ')));

function countMatches(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

const ASCII = /^[ -~]*$/;

// Laughter, spelled by language: 'hahaha' is English, 'jajaja' Spanish.
const LAUGHTER: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:ha){2,}h?$/, 'en'],
  [/^(?:ja|je){2,}j?$/, 'es'],
];

/** True when the word has a letter three times in a row, or ends in a doubled a or i. */
function stretched(word: string): boolean {
  const n = word.length;
  if (n >= 2 && word[n - 1] === word[n - 2] && (word[n - 1] === 'a' || word[n - 1] === 'i')) return true;
  for (let i = 2; i < n; i++) if (word[i] === word[i - 1] && word[i] === word[i - 2]) return true;
  return false;
}

/**
 * The forms a stretched word is looked up by ('holaaa', 'hiii', 'pleeease', 'holaa'): runs of
 * three or more squeezed to two, then to one. A doubled letter is squeezed only when it is a
 * final a or i, so that 'see' and 'soon' do not become Spanish 'se' and 'son'.
 */
function squeezedForms(word: string): string[] {
  const two = word.replace(/(.)\1{2,}/g, '$1$1');
  const one = word.replace(/(.)\1{2,}/g, '$1').replace(/([ai])\1$/, '$1');
  return [two, one].filter((f) => f !== word);
}

/** The language a non-Latin writing system gives away (dominant: it outweighs the Latin letters), or null when there is none. */
function byScript(normalized: string): (DetectedLanguage & { dominant: boolean }) | null {
  const latin = countMatches(LATIN, normalized);
  let bestScript: string | null = null;
  let bestCount = 0;
  let kana = 0;
  let han = 0;
  for (const [re, lang] of SCRIPTS) {
    const n = countMatches(re, normalized);
    if (lang === 'ja') kana = n;
    if (lang === 'zh') han = n;
    if (n > bestCount) {
      bestCount = n;
      bestScript = lang;
    }
  }
  if (kana > 0 && han + kana >= bestCount) {
    bestScript = 'ja';
    bestCount = han + kana;
  }
  // A Han, kana or Hangul character carries about a word; a Latin letter a fraction of one
  // ("可以用Touch n Go付吗" is Chinese with a brand name in it).
  const weighted = bestScript === 'zh' || bestScript === 'ja' || bestScript === 'ko' ? bestCount * 3 : bestCount;
  if (!bestScript) return null;
  const total = weighted + latin;
  return { language: bestScript, confidence: Math.round((weighted / total) * 100) / 100, by: 'script', dominant: weighted >= latin };
}

const MAX_SCAN = 400; // the opening of a message is enough to tell its language

export function detectLanguage(text: string, candidates: readonly string[], fallback: string): DetectedLanguage {
  const weak: DetectedLanguage = { language: fallback, confidence: 0, by: 'fallback' };
  if (typeof text !== 'string') return weak;
  const sample = text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text;
  let normalized: string;
  try {
    normalized = normalizeText(sample);
  } catch {
    return weak;
  }
  if (!normalized) return weak;

  // 1. Writing system: the script with the most letters wins; kana beats Han (Japanese mixes both).
  // Plain ASCII (most Latin-script messages) has no other script to count.
  const script = ASCII.test(normalized) ? null : byScript(normalized);
  if (script?.dominant) return { language: script.language, confidence: script.confidence, by: 'script' };
  // Chinese grammar around English words ("为什么out of stock", "可以cancel my order吗") is Chinese, for a flow that speaks it.
  if (script?.language === 'zh' && candidates.includes('zh') && ZH_GRAMMAR.test(normalized)) return { language: 'zh', confidence: script.confidence, by: 'script' };
  // Latin words decide; if they cannot, the other script's few characters do ("有discount code吗").
  const unsure: DetectedLanguage = script && candidates.includes(script.language) ? { language: script.language, confidence: script.confidence, by: 'script' } : weak;

  // 2. Latin script: common words and characteristic letters among the candidate languages.
  const words = normalized.split(' ');
  // Stretched words are rare: their squeezed forms are looked up only after the word itself.
  const forms = words.map((w) => (stretched(w) ? squeezedForms(w) : null));
  const laughs = words.map((w) => (w.length >= 4 && (w[0] === 'h' || w[0] === 'j') ? LAUGHTER.find(([re]) => re.test(w))?.[1] : undefined));
  const scores = new Map<string, number>();
  for (const lang of new Set(candidates)) {
    const set = WORD_SETS.get(lang);
    let s = 0;
    const strong = STRONG_SETS.get(lang);
    if (set)
      words.forEach((w, i) => {
        const listed = set.has(w) ? w : forms[i]?.find((f) => set.has(f));
        if (listed !== undefined) s += strong?.has(listed) ? 2 : 1;
      });
    for (const l of laughs) if (l === lang) s += 1;
    for (const [re, cueLang, weight] of CHAR_CUES) if (cueLang === lang && re.test(normalized)) s += weight;
    if (s > 0) scores.set(lang, s);
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const first = ranked[0];
  if (!first) return unsure;
  const second = ranked[1]?.[1] ?? 0;
  // ms and id share most of their vocabulary; a tie between them is still evidence for both.
  const margin = first[1] - second;
  if (margin <= 0) {
    const tied = ranked.filter((r) => r[1] === first[1]).map((r) => r[0]);
    if (tied.includes(fallback)) return { language: fallback, confidence: 0.5, by: 'words' };
    return unsure;
  }
  const confidence = Math.min(1, (margin / (first[1] + second)) * Math.min(1, first[1] / 2));
  if (first[1] < 1) return unsure;
  return { language: first[0], confidence: Math.round(confidence * 100) / 100, by: 'words' };
}
