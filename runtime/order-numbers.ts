/**
 * Order and tracking numbers in what a buyer writes: found to tell which order is meant, and
 * left out when matching what the buyer asks (a number says which order, not the question).
 */

const ORDER_ID_IN_TEXT = /[A-Za-z0-9-]*\d[A-Za-z0-9-]*/gu;
const ORDER_NUMBER = /#?\b(?=[\p{L}\d-]*\d{4})[\p{L}\d-]{6,}\b/gu;

/** Full-width digits and letters from a Chinese or Japanese keyboard ("６９３１…") read as ASCII. */
function halfWidth(text: string): string {
  return /[\uff01-\uff5e]/u.test(text) ? text.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)) : text;
}

/** Order numbers the buyer may have written (5+ characters with a digit), full-width forms read as ASCII. */
export function orderIdsIn(text: string): string[] {
  return [...halfWidth(text).matchAll(ORDER_ID_IN_TEXT)].map((m) => m[0]).filter((s) => s.length >= 5);
}

/** An order number the buyer wrote (8+ characters, 6+ of them digits), whether or not it is theirs. */
export function writtenOrderNumber(text: string): string | undefined {
  return orderIdsIn(text).find((s) => s.length >= 8 && (s.match(/\d/gu)?.length ?? 0) >= 6);
}

/** The message without order or tracking numbers (the message itself if nothing else is left). */
export function questionText(text: string): string {
  const rest = halfWidth(text).replace(ORDER_NUMBER, ' ').replace(/\s+/gu, ' ').trim();
  return rest.length > 0 ? rest : text;
}
