/**
 * A seller's orders endpoint on 127.0.0.1, for tests of lookups through a shop's
 * `ordersEndpoint`: answers with `behave(request)` (a delay, a status, a body).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface EndpointRequest {
  shopId: string;
  buyerId: string;
  orderId: string | null;
}

export interface Behaviour {
  delayMs?: number;
  status?: number;
  /** A JSON value, or a raw string sent as is. */
  body: unknown;
}

export interface OrdersEndpoint {
  url: string;
  requests: EndpointRequest[];
  close(): Promise<void>;
}

export async function startOrdersEndpoint(behave: (req: EndpointRequest) => Behaviour): Promise<OrdersEndpoint> {
  const requests: EndpointRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = JSON.parse(Buffer.concat(chunks).toString('utf8')) as EndpointRequest;
      requests.push(request);
      const b = behave(request);
      setTimeout(() => {
        if (res.destroyed) return;
        const text = typeof b.body === 'string' ? b.body : JSON.stringify(b.body);
        res.writeHead(b.status ?? 200, { 'content-type': 'application/json' });
        res.end(text);
      }, b.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/orders`,
    requests,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
