import { EMOJI, plainWords } from './typed-answer';

// "ok", "noted", "好的", "baik": the buyer acknowledges and asks nothing.
const OK_WORD = String.raw`(?:o+k+的|o+k+|okay|okie|okey|oki|okie dokie|k|alright|alright then|noted|got it|cool|great|perfect|nice|sounds good|i see|understood|will do|fair enough|no worries|no problem|i will wait|ill wait|i'll wait|sure|sure thing|yep|yup|gotcha|got ya|bet|say less|np|ight|aight|fine|ok whatever|oh i see|ohh i see|ah i see|word|vale|de acuerdo|listo|perfecto|entendido|ya veo|ya vi|bueno|muy bien|está bien|esta bien|va|va pues|va que va|sale|sale pues|dale|claro|ok dale|órale|orale|ándale|andale|simón|simon|sip|baik|oke|okeh|orait|baiklah|faham|takpe|tak apa|xpe|can|can can|orh|steady|ye|ya|好的|好|好哒|好滴|好嘞|好吧|好啦|好咯|好的呢|那好吧|行|行吧|那行|可以|没问题|酱就好|懂了|了解|了解了|收到|收到了|收到啦|知道了|明白了|明白|那我再等等|我再等等|再等等)`;
// "thanks", "terima kasih", "谢谢": the buyer thanks, which a flow may answer ("You're welcome!").
const THANKS_WORD = String.raw`(?:thanks|thank you|thank u|thanks a lot|thank you so much|thanks so much|many thanks|thx|thnx|ty|tq|tqsm|tysm|cheers|gracias|muchas gracias|mil gracias|terima kasih|trima kasih|makasih|谢谢|多谢|谢啦|麻烦了|辛苦了|ありがとう)`;
const TAIL = String.raw`( (lah|la|ya|ye|je|po|sis|bro|boss|亲|啦|哈))?`;
// Words may run together without a space, as Chinese writes them ("好的谢谢").
const OK = new RegExp(`^${OK_WORD}(?: ?${OK_WORD})*${TAIL}$`, 'u');
const OK_OR_THANKS = new RegExp(`^(?:${OK_WORD}|${THANKS_WORD})(?: ?(?:${OK_WORD}|${THANKS_WORD}))*${TAIL}$`, 'u');

/**
 * Whether the message only acknowledges ('ok': "ok", "noted 👍", "好的") or only thanks, maybe
 * with an ok ('thanks': "thanks!", "ok noted tq", "好的谢谢"); null when it says more.
 */
export function acknowledgement(text: string): 'ok' | 'thanks' | null {
  const words = plainWords(text.replace(EMOJI, ' '));
  if (words === '') return null;
  if (OK.test(words)) return 'ok';
  return OK_OR_THANKS.test(words) ? 'thanks' : null;
}
