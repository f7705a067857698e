/**
 * The payload of a quick-reply button that picks one of the buyer's orders (sent by
 * `order_lookup`, read back by it, and drawn as an order card by the chat previews).
 */
const PREFIX = 'order:';

export function orderPayload(orderId: string): string {
  return `${PREFIX}${orderId}`;
}

/** The order a button's payload picks, or null when it is another kind of button. */
export function orderIdOfPayload(payload: string): string | null {
  return payload.startsWith(PREFIX) ? payload.slice(PREFIX.length) : null;
}
