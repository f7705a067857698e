/**
 * The demo workspace a fresh install starts with: members of every role, three country shops
 * with their template flow published as version 1, sample orders and one API key per shop.
 * Seeded only into an empty database, and only when REPLYFLOW_DEMO is on.
 */
import { workspaces, memberships } from '../../drizzle/schema';
import type { Role } from '../auth/roles';
import type { Db } from '../db';
import { createUser } from '../services/accounts';
import { createApiKey } from '../services/api-keys';
import { createFlow, publishDraft, readDocument } from '../services/flows';
import { findTemplate } from '../../flows/templates';
import { upsertOrder } from '../services/orders';
import { createShop } from '../services/shops';
import type { ShopInput } from '../schemas/shop';
import { DEMO_ORDERS } from './orders';

export const DEMO_WORKSPACE_ID = 'demo';
export const DEMO_PASSWORD = 'replyflow-demo';

export const DEMO_MEMBERS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'owner@replyflow.dev', name: 'Lin Wei', role: 'owner' },
  { email: 'admin@replyflow.dev', name: 'Maya Tan', role: 'admin' },
  { email: 'agent@replyflow.dev', name: 'Carlos Ruiz', role: 'agent' },
  { email: 'viewer@replyflow.dev', name: 'Priya Nair', role: 'viewer' },
];

interface DemoShop extends Omit<ShopInput, 'ordersEndpoint' | 'defaultSchedule'> {
  template: string;
  replyKey: string;
  adminKey: string;
}

/** Demo keys are fixed so README's curl lines work; a real deployment creates its own. */
export const DEMO_SHOPS: readonly DemoShop[] = [
  { id: 'us-tiktok', name: 'Trendy Threads US', platform: 'tiktok_shop', country: 'US', timezone: 'America/Los_Angeles', languages: ['en', 'es'], market: 'US', template: 'tiktok-us', replyKey: 'rf_us-tiktok_demo0reply0key0us', adminKey: 'rf_us-tiktok_demo0admin0key0us' },
  { id: 'cn-douyin', name: '潮流小铺 抖音店', platform: 'douyin', country: 'CN', timezone: 'Asia/Shanghai', languages: ['zh'], market: 'CN', template: 'douyin-cn', replyKey: 'rf_cn-douyin_demo0reply0key0cn', adminKey: 'rf_cn-douyin_demo0admin0key0cn' },
  { id: 'my-tiktok', name: 'Trendy Threads MY', platform: 'tiktok_shop', country: 'MY', timezone: 'Asia/Kuala_Lumpur', languages: ['en', 'ms', 'zh'], market: 'MY', template: 'sea-my', replyKey: 'rf_my-tiktok_demo0reply0key0my', adminKey: 'rf_my-tiktok_demo0admin0key0my' },
];

/** True when the database holds no workspace yet. */
export function isEmpty(db: Db): boolean {
  return db.select({ id: workspaces.id }).from(workspaces).limit(1).all().length === 0;
}

export async function seedDemo(db: Db, now = new Date()): Promise<void> {
  if (!isEmpty(db)) return;
  const ids: string[] = [];
  for (const m of DEMO_MEMBERS) ids.push(await createUser(db, { email: m.email, name: m.name, password: DEMO_PASSWORD }));
  const owner = ids[0] ?? null;
  db.transaction((tx) => {
    const t = tx as unknown as Db;
    t.insert(workspaces).values({ id: DEMO_WORKSPACE_ID, name: 'Trendy Threads Group' }).run();
    DEMO_MEMBERS.forEach((m, i) => t.insert(memberships).values({ workspaceId: DEMO_WORKSPACE_ID, userId: ids[i]!, role: m.role }).run());
    for (const s of DEMO_SHOPS) {
      const { template, replyKey, adminKey, ...shop } = s;
      // The template's working hours become the shop's default hours.
      const hours = readDocument(findTemplate(template)?.flow).schedules[0] ?? null;
      createShop(t, DEMO_WORKSPACE_ID, { ...shop, ordersEndpoint: null, defaultSchedule: hours });
      const flow = createFlow(t, DEMO_WORKSPACE_ID, owner, shop.id, { name: 'Customer service', source: { type: 'template', template } }, now);
      publishDraft(t, DEMO_WORKSPACE_ID, owner, shop.id, flow.id, { note: 'First version, from the template' }, now);
      createApiKey(t, shop.id, { name: 'Chat channel (demo)', scope: 'reply' }, owner, replyKey.slice(`rf_${shop.id}_`.length));
      createApiKey(t, shop.id, { name: 'Flow push from git (demo)', scope: 'admin' }, owner, adminKey.slice(`rf_${shop.id}_`.length));
      for (const order of DEMO_ORDERS[shop.id] ?? []) upsertOrder(t, shop.id, order, now);
    }
  });
}
