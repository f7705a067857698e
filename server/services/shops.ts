/** Country shops of a workspace, with the version that answers their buyers. */
import { and, eq } from 'drizzle-orm';
import { flowVersions, flows, shops } from '../../drizzle/schema';
import type { Db } from '../db';
import { ServiceError, notFound } from '../errors';
import { ShopInputSchema, ShopUpdateSchema } from '../schemas/shop';
import type { z } from 'zod';
import { shopChanged } from './shop-changes';

export type ShopRow = typeof shops.$inferSelect;

/** The shop if it belongs to the workspace; another workspace's shop is "not found". */
export function getShop(db: Db, workspaceId: string, shopId: string): ShopRow {
  const shop = db.select().from(shops).where(and(eq(shops.id, shopId), eq(shops.workspaceId, workspaceId))).get();
  if (!shop) throw notFound(`shop "${shopId}"`);
  return shop;
}

export function listShops(db: Db, workspaceId: string) {
  return db
    .select({
      id: shops.id,
      name: shops.name,
      platform: shops.platform,
      country: shops.country,
      timezone: shops.timezone,
      languages: shops.languages,
      market: shops.market,
      liveFlowId: shops.liveFlowId,
      liveVersion: shops.liveVersion,
      liveFlowName: flows.name,
      livePublishedAt: flowVersions.publishedAt,
      liveNote: flowVersions.note,
    })
    .from(shops)
    .leftJoin(flows, and(eq(flows.shopId, shops.id), eq(flows.id, shops.liveFlowId)))
    .leftJoin(flowVersions, and(eq(flowVersions.shopId, shops.id), eq(flowVersions.flowId, shops.liveFlowId), eq(flowVersions.version, shops.liveVersion)))
    .where(eq(shops.workspaceId, workspaceId))
    .orderBy(shops.createdAt, shops.id)
    .all();
}

export function createShop(db: Db, workspaceId: string, input: z.input<typeof ShopInputSchema>): ShopRow {
  const data = ShopInputSchema.parse(input);
  if (db.select({ id: shops.id }).from(shops).where(eq(shops.id, data.id)).get()) {
    throw new ServiceError('CONFLICT', `the shop id "${data.id}" is taken`, [{ path: 'id', message: 'already used' }]);
  }
  db.insert(shops).values({ ...data, workspaceId }).run();
  shopChanged();
  return getShop(db, workspaceId, data.id);
}

export function updateShop(db: Db, workspaceId: string, shopId: string, input: z.infer<typeof ShopUpdateSchema>): ShopRow {
  getShop(db, workspaceId, shopId);
  const data = ShopUpdateSchema.parse(input);
  if (Object.keys(data).length > 0) {
    db.update(shops).set(data).where(eq(shops.id, shopId)).run();
    shopChanged();
  }
  return getShop(db, workspaceId, shopId);
}
