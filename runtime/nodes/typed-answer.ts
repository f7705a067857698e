/**
 * A short answer typed to a bot's question ("yes please", "no la", "嗯嗯", "yep 👍"), reduced to its
 * core: lowercased, without punctuation or decorating emoji (a thumb is a yes or a no), without a
 * trailing "please" / "thanks" or a chat particle ("la", "lah", "ah", "啦", "亲"), with a doubled
 * 嗯/对 made single. Buttons carry payloads; this is for buyers who type instead.
 */
const TRAILING = / (please|pls|plz|thanks|thank you|thx|por favor|porfa|gracias|tq|terima kasih|谢谢|la|lah|leh|lor|ah|ya|ye)$/u;
const CJK_PARTICLES = /[啦呀哦喔吧亲]+$/u;
/** A thumb says yes or no; other emoji only decorate ("yep 👍", "ok 🙏"). */
const THUMB_UP = /👍[\u{1F3FB}-\u{1F3FF}]?/gu;
const THUMB_DOWN = /👎[\u{1F3FB}-\u{1F3FF}]?/gu;
/** Emoji, skin tones and the joiners between them. */
export const EMOJI = /\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}]|\uFE0F|\u200D/gu;

/** The message lowercased, with punctuation as spaces and runs of spaces made one. */
export function plainWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[.!?,。！？，~～、]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function typedAnswer(text: string): string {
  let answer = plainWords(text.replace(THUMB_UP, ' yes ').replace(THUMB_DOWN, ' no ').replace(EMOJI, ' '));
  for (let i = 0; i < 3; i++) {
    const next = answer.replace(TRAILING, '').replace(CJK_PARTICLES, '').trim();
    if (next === answer || next === '') break;
    answer = next;
  }
  return answer.replace(/(嗯|对)\1+/gu, '$1');
}
