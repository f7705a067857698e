/**
 * Function words per language, written by hand (articles, pronouns, auxiliaries, prepositions,
 * conjunctions, question words, greetings). They still count in the similarity, where "where"
 * and "how" tell intents apart, but not as evidence that a message's topic is covered: "what is
 * the" in common with an intent says nothing about what the buyer asks.
 */
import { foldDiacritics } from './normalize';

const LISTS: Record<string, string> = {
  en: "a an the this that these those it its i me my mine we us our you your he him his she her they them their is are was were be been being am do does did doing have has had having will would shall should can could may might must to of in on at by for with from into onto about as and or but if then so than too very just also there here not no please pls thanks thank hi hello hey some any all what which who whom whose when where why how",
  es: 'el la los las lo un una unos unas este esta estos estas ese esa eso esos esas mi mis tu tus su sus nuestro nuestra yo me te se nos le les él ella ellos ellas usted ustedes es son fue era ser estar está están estoy he ha han hay de del a al en con por para sin sobre entre y o u pero si que qué no sí muy más ya también como cómo cuál cuáles cuándo dónde quién favor hola gracias',
  pt: 'o a os as um uma uns umas este esta isto esse essa isso meu minha meus minhas seu sua seus suas eu me te se nos você vocês ele ela eles elas é são foi era ser estar está estão estou tem têm há de do da dos das em no na nos nas com por para sem e ou mas se que não sim muito mais já também como qual quando onde quem olá obrigado obrigada',
  fr: "le la les l un une des du de d ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs je j me m tu te t il elle on nous vous ils elles se s est sont suis es être était ai as a avons avez ont à au aux en dans sur avec pour par sans et ou mais si que qu qui quoi ne n pas oui non très plus aussi comme comment quel quelle quand où bonjour merci",
  de: 'der die das den dem des ein eine einen einem einer eines dies diese dieser dieses diesen mein meine meinen meinem meiner dein deine sein seine ihr ihre unser unsere ich mich mir du dich dir er sie es wir uns euch ist sind bin bist war waren hat habe haben hatte wird werden würde kann können soll möchte zu von vom zum zur in im an am auf aus bei mit nach für über um und oder aber wenn dass als wie was wer wo wann warum welche welcher nicht kein keine ja nein bitte danke hallo auch noch schon sehr mal',
  it: 'il lo la i gli le l un uno una questo questa questi queste quello quella mio mia miei mie tuo tua suo sua nostro io me mi ti si ci vi lui lei noi voi loro è sono era essere ho hai ha abbiamo hanno di del della dei delle dello degli a al alla ai alle da dal dalla in nel nella nei con per su sul sulla tra fra e o ma se che non sì molto più anche come quale quando dove chi ciao grazie',
  id: 'yang dan di ke dari ini itu untuk dengan pada adalah ada saya aku kamu anda dia mereka kami kita nya akan sudah telah belum tidak bukan juga atau tetapi tapi jika kalau apa siapa kapan dimana mana bagaimana mengapa kenapa berapa tolong mohon terima kasih halo hai sangat lebih bisa dapat',
  ms: 'yang dan di ke dari ini itu untuk dengan pada adalah ada saya aku awak kamu anda dia mereka kami kita nya akan sudah telah belum tidak bukan juga atau tetapi tapi jika kalau apa siapa bila bilakah mana bagaimana mengapa kenapa berapa tolong mohon terima kasih helo hai sangat lebih boleh dapat nak',
  tr: 'bir bu şu o ve ile için da de ki mi mı mu mü ne ben sen biz siz onlar benim senin bizim beni bana sana var yok değil çok daha gibi kadar ama fakat veya ya lütfen teşekkürler merhaba nasıl neden nerede niye hangi kim',
  zh: '的 了 吗 呢 吧 啊 呀 我 你 您 他 她 它 我们 你们 他们 是 在 有 和 与 及 或 也 都 就 还 这 那 这个 那个 一个 个 把 被 给 对 请 一下 你好 您好 在吗 在不在 亲 哈喽 嗨',
  ja: 'の を に は が で と へ や も か て た だ です ます する した して ください な ね よ これ それ あれ この その あの 私 僕',
};

/** Accent-folded function words of the given languages (unknown languages contribute none). */
export function functionWords(languages: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const language of languages) {
    const list = LISTS[language.toLowerCase().split(/[-_]/)[0] ?? ''];
    if (list) for (const w of list.split(' ')) out.add(foldDiacritics(w));
  }
  return out;
}
