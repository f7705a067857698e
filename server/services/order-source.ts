/**
 * Answers the runtime's order lookups (`lookup_order` effects) for a shop: from the shop's
 * `orders` table, or, when the shop has an `ordersEndpoint`, from the seller's own system.
 *
 * The seller endpoint contract (documented in the OpenAPI file as `OrdersEndpointRequest` /
 * `OrdersEndpointResponse`):
 *   POST {ordersEndpoint}   content-type: application/json
 *   { "shopId": "us-tiktok", "buyerId": "buyer-1", "orderId": "US20261101" | null }
 *   → 200 { "orders": [Order, ...] }   (the buyer's orders; Order as in flows/order.ts)
 * Any other status, a body that is not that shape, a network error or no answer within
 * REPLYFLOW_ORDERS_TIMEOUT_MS becomes an `effect_result` with `ok: false` and the reason: the
 * flow answers "order data unavailable" instead of the request failing.
 */
import { z } from 'zod';
import { OrderSchema, type Order } from '../../flows/order';
import type { EffectRequest, RuntimeEvent } from '../../runtime/contract';
import type { Db } from '../db';

export type EffectResult = Extract<RuntimeEvent, { type: 'effect_result' }>;

/** What Replyflow sends to a seller's orders endpoint. */
export const OrdersEndpointRequestSchema = z.object({
  shopId: z.string(),
  buyerId: z.string(),
  /** An order number the buyer wrote, if any (the endpoint may return just that order, or all). */
  orderId: z.string().nullable(),
});
export type OrdersEndpointRequest = z.infer<typeof OrdersEndpointRequestSchema>;

/** What a seller's orders endpoint answers (extra fields are ignored). */
export const OrdersEndpointResponseSchema = z.object({ orders: z.array(OrderSchema).max(200) });

/** Largest answer read from a seller endpoint. */
const MAX_RESPONSE_BYTES = 1024 * 1024;
const MAX_ERROR_LENGTH = 500;
const PARSED_ORDERS_KEPT = 10_000;

export interface OrderSourceShop {
  id: string;
  ordersEndpoint: string | null;
}

export interface OrderSource {
  /** The answer to one lookup; synchronous when the orders come from the database. */
  lookup(shop: OrderSourceShop, effect: EffectRequest): EffectResult | Promise<EffectResult>;
}

export interface OrderSourceOptions {
  timeoutMs: number;
  fetch?: typeof globalThis.fetch;
}

export function createOrderSource(db: Db, options: OrderSourceOptions): OrderSource {
  const byBuyer = db.$client.prepare<[string, string], { data: string }>('SELECT data FROM orders WHERE shop_id = ? AND buyer_id = ? ORDER BY updated_at DESC, id');
  const fetchImpl = options.fetch ?? globalThis.fetch;

  // Stored orders are validated when read; the same stored text need not be validated twice.
  const parsed = new Map<string, Order>();
  const parse = (data: string): Order => {
    let order = parsed.get(data);
    if (!order) {
      // Shared between lookups: frozen, so no holder can change it for the others.
      order = deepFreeze(OrderSchema.parse(JSON.parse(data)));
      if (parsed.size >= PARSED_ORDERS_KEPT) parsed.clear();
      parsed.set(data, order);
    }
    return order;
  };

  function fromTable(shopId: string, effect: EffectRequest): EffectResult {
    try {
      const orders = byBuyer.all(shopId, effect.buyerId).map((r) => parse(r.data));
      return { type: 'effect_result', effectId: effect.id, ok: true, orders };
    } catch (e) {
      return failed(effect, `stored orders could not be read: ${(e as Error).message}`);
    }
  }

  async function fromEndpoint(shop: OrderSourceShop & { ordersEndpoint: string }, effect: EffectRequest): Promise<EffectResult> {
    const request: OrdersEndpointRequest = { shopId: shop.id, buyerId: effect.buyerId, orderId: effect.orderId };
    let response: Response;
    try {
      response = await fetchImpl(shop.ordersEndpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'user-agent': 'Replyflow-orders/1' },
        body: JSON.stringify(request),
        signal: AbortSignal.timeout(options.timeoutMs),
        redirect: 'error',
      });
    } catch (e) {
      const err = e as Error;
      const timedOut = err.name === 'TimeoutError' || err.name === 'AbortError';
      return failed(effect, timedOut ? `the orders endpoint did not answer within ${options.timeoutMs} ms` : `the orders endpoint could not be reached: ${causeOf(err)}`);
    }
    let text: string;
    try {
      text = await readCapped(response, MAX_RESPONSE_BYTES);
    } catch (e) {
      return failed(effect, `the orders endpoint's answer could not be read: ${(e as Error).message}`);
    }
    if (response.status < 200 || response.status > 299) return failed(effect, `the orders endpoint answered HTTP ${response.status}`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return failed(effect, 'the orders endpoint answered with something that is not JSON');
    }
    const parsed = OrdersEndpointResponseSchema.safeParse(json);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return failed(effect, `the orders endpoint's answer is not { orders: Order[] }: ${first ? `${first.path.join('.') || '(body)'}: ${first.message}` : 'invalid'}`);
    }
    // Never show a buyer someone else's orders, whatever the endpoint returned.
    const orders: Order[] = parsed.data.orders.filter((o) => o.buyerId === effect.buyerId);
    return { type: 'effect_result', effectId: effect.id, ok: true, orders };
  }

  return {
    lookup(shop, effect) {
      if (effect.type !== 'lookup_order') return failed(effect, `unknown effect ${String(effect.type)}`);
      return shop.ordersEndpoint ? fromEndpoint({ ...shop, ordersEndpoint: shop.ordersEndpoint }, effect) : fromTable(shop.id, effect);
    },
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function failed(effect: EffectRequest, error: string): EffectResult {
  return { type: 'effect_result', effectId: effect.id, ok: false, orders: [], error: error.slice(0, MAX_ERROR_LENGTH) };
}

function causeOf(err: Error): string {
  const cause = (err as Error & { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? err.message;
}

async function readCapped(response: Response, max: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error(`larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
