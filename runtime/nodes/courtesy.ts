import { plainWords } from './typed-answer';

// Longer forms first ("buenas tardes" before "buenas"). "Hi there, …", "Buenos días, …", "salam kak, …", "亲，…": a greeting that opens a question.
const LATIN_OPENING = String.raw`(?:hi+|hello+|hey+|hiya|good (?:morning|afternoon|evening|day)|hola|buenas (?:tardes|noches)|buenos d[ií]as|buenas|salam|assalamualaikum|hai|helo|selamat (?:pagi|petang|tengah hari|malam))(?: (?:there|all|seller|shop|admin|boss|bro|sis|kak|akak|abang|bang|cik|tuan|puan|amigo|amiga|team))*(?= |$)`;
const CJK_OPENING = String.raw`(?:你好|您好|亲亲|亲|在吗|在不在|哈喽|嗨|老板|客服)`;
const OPENING = new RegExp(`^(?:(?:${LATIN_OPENING}|${CJK_OPENING}) ?)+`, 'u');
// "…, thank you", "… muchas gracias", "… terima kasih", "…谢谢": thanks that closes a question.
const LATIN_CLOSING = String.raw`(?:thanks|thank you|thank u|thx|ty|tq|tysm|many thanks|thanks a lot|thank you so much|thanks so much|gracias|muchas gracias|mil gracias|terima kasih|makasih)(?: (?:so much|a lot|in advance|de antemano|po|lah|ya|ye))*`;
const CJK_CLOSING = String.raw`(?:谢谢亲|谢谢|谢啦|多谢|麻烦了|辛苦了)`;
const CLOSING = new RegExp(`(?:(?:^| )${LATIN_CLOSING}|${CJK_CLOSING})$`, 'u');

/**
 * A question wrapped in courtesy ("Hi, when will my order ship? Thank you"), split into the
 * question and the courtesy around it; null when there is no greeting before or thanks after,
 * or nothing else. The courtesy says nothing about what is asked, and a thanks intent must not
 * answer a question that only ends politely.
 */
export function withoutCourtesy(text: string): { question: string; courtesy: string } | null {
  const words = plainWords(text);
  const opening = OPENING.exec(words)?.[0] ?? '';
  let rest = words.slice(opening.length).trim();
  const closing = CLOSING.exec(rest)?.[0] ?? '';
  rest = rest.slice(0, rest.length - closing.length).trim();
  if ((opening === '' && closing === '') || rest === '') return null;
  return { question: rest, courtesy: `${opening} ${closing}`.replace(/\s+/gu, ' ').trim() };
}
