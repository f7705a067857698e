/**
 * Order and tracking numbers in what a buyer writes: found to tell which order is meant, and
 * left out when matching what the buyer asks (a number says which order, not the question).
 */

const ORDER_ID_IN_TEXT = /[A-Za-z0-9-]*\d[A-Za-z0-9-]*/gu;
const ORDER_NUMBER = /#?\b(?=[\p{L}\d-]*\d{4})[\p{L}\d-]{6,}\b/gu;

/** Order numbers the buyer may have written (5+ characters with a digit); NFKC reads a Chinese keyboard's full-width "６９３１…" as ASCII. */
export function orderIdsIn(text: string): string[] {
  return [...text.normalize('NFKC').matchAll(ORDER_ID_IN_TEXT)].map((m) => m[0]).filter((s) => s.length >= 5);
}

/** An order number the buyer wrote (8+ characters, 6+ of them digits), whether or not it is theirs. */
export function writtenOrderNumber(text: string): string | undefined {
  return orderIdsIn(text).find((s) => s.length >= 8 && (s.match(/\d/gu)?.length ?? 0) >= 6);
}

/** The message without order or tracking numbers (the message itself if nothing else is left). */
export function questionText(text: string): string {
  const rest = text.normalize('NFKC').replace(ORDER_NUMBER, ' ').replace(/\s+/gu, ' ').trim();
  return rest.length > 0 ? rest : text;
}
