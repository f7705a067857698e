/** Server-side loading for the shop pages: a missing shop is a 404, a refused read says so. */
import 'server-only';
import { TRPCError } from '@trpc/server';
import { notFound } from 'next/navigation';
import { serverApi } from '../../../server-context';

/** Runs a tRPC read for a page; NOT_FOUND becomes the 404 page. */
export async function orNotFound<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof TRPCError && e.code === 'NOT_FOUND') notFound();
    throw e;
  }
}

export async function loadShop(shopId: string) {
  const api = await serverApi();
  const shop = await orNotFound(api.shops.get({ shopId }));
  const summary = (await api.shops.list()).find((s) => s.id === shopId);
  return { api, shop, live: { flowName: summary?.liveFlowName ?? null, publishedAt: summary?.livePublishedAt ?? null } };
}
