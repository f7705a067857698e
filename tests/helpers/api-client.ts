/** A small client for /api/v1 in tests: JSON in, status + parsed JSON + raw text out. */
import { DEMO_SHOPS } from '../../server/demo/seed';

/** A parsed JSON body, inspected field by field in assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Loose = any;

export interface ApiResponse<T = Loose> {
  status: number;
  headers: Headers;
  text: string;
  body: T;
}

export interface RequestOptions {
  key?: string | null;
  /** A raw body (sent as is) instead of JSON. */
  raw?: string | Uint8Array;
  headers?: Record<string, string>;
}

export async function call<T = Loose>(base: string, method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let payload: string | Uint8Array | undefined;
  if (options.raw !== undefined) payload = options.raw;
  else if (body !== undefined) {
    payload = JSON.stringify(body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${base}${path}`, { method, headers, body: payload as BodyInit | undefined });
  const text = await res.text();
  let parsed: unknown = undefined;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, text, body: parsed as T };
}

/** The demo shop's reply and admin keys. */
export function demoKeys(shopId: string): { reply: string; admin: string } {
  const shop = DEMO_SHOPS.find((s) => s.id === shopId);
  if (!shop) throw new Error(`no demo shop ${shopId}`);
  return { reply: shop.replyKey, admin: shop.adminKey };
}
