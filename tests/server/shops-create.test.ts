/**
 * Creating a shop as the /shops "New shop" dialog does: in a workspace set up without demo data
 * (where /shops starts empty), with the id a person typed, and the errors the dialog places on
 * its fields.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaller } from '../../server/api/root';
import type { ShopInput } from '../../server/schemas/shop';
import { openDatabase, type Db } from '../../server/db';
import type { Actor } from '../../server/services/accounts';
import { createWorkspaceWithOwner } from '../../server/services/workspaces';

let db: Db;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'replyflow-shops-'));
  db = openDatabase(join(dir, 'test.db'));
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

async function ownerOfNewWorkspace(email: string): Promise<Actor> {
  const made = await createWorkspaceWithOwner(db, { email, name: 'Ana Owner', workspace: `Company of ${email}` });
  return { userId: made.userId, email, name: 'Ana Owner', locale: 'en', workspaceId: made.workspaceId, role: 'owner' };
}

/** What the dialog sends: no orders endpoint, no working hours. */
const input: Omit<ShopInput, 'ordersEndpoint' | 'defaultSchedule'> = { id: 'us-tiktok', name: 'Trendy Threads US', platform: 'tiktok_shop', country: 'US', timezone: 'America/Los_Angeles', languages: ['en', 'es'], market: 'US' };

async function errorOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as { code: string; cause?: { issues?: { path: string; message: string }[] } };
  }
  throw new Error('expected an error');
}

describe('shops.create from an empty workspace', () => {
  it('a new workspace has no shops; the owner creates one and it is listed with the defaults the dialog leaves out', async () => {
    const api = createCaller({ db, actor: await ownerOfNewWorkspace('ana@example.com') });
    expect(await api.shops.list()).toEqual([]);
    const created = await api.shops.create(input);
    expect(created).toMatchObject({ ...input, languages: ['en', 'es'], ordersEndpoint: null, defaultSchedule: null, liveFlowId: null, liveVersion: null });
    const listed = await api.shops.list();
    expect(listed.map((s) => s.id)).toEqual(['us-tiktok']);
    expect(listed[0]).toMatchObject({ name: 'Trendy Threads US', liveVersion: null });
    // The shop page's own "New flow" path works on it.
    const flow = await api.flows.create({ shopId: 'us-tiktok', name: 'Customer service', source: { type: 'template', template: 'tiktok-us' } });
    expect(flow.shopId).toBe('us-tiktok');
  });

  it('an id already used (in any workspace) is a CONFLICT with the issue on the id field, and nothing changes', async () => {
    const first = createCaller({ db, actor: await ownerOfNewWorkspace('first@example.com') });
    await first.shops.create(input);
    const second = createCaller({ db, actor: await ownerOfNewWorkspace('second@example.com') });
    const err = await errorOf(second.shops.create({ ...input, name: 'Someone else’s US shop' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.cause?.issues).toEqual([{ path: 'id', message: 'already used' }]);
    expect(await second.shops.list()).toEqual([]);
    expect((await first.shops.list())[0]?.name).toBe('Trendy Threads US');
  });

  it('an invalid id or timezone is refused with the field path', async () => {
    const api = createCaller({ db, actor: await ownerOfNewWorkspace('ana@example.com') });
    const badId = await errorOf(api.shops.create({ ...input, id: 'US Shop' }));
    expect(badId.code).toBe('BAD_REQUEST');
    expect(JSON.stringify(badId.cause)).toContain('id');
    const badZone = await errorOf(api.shops.create({ ...input, timezone: 'Mars/Olympus' }));
    expect(badZone.code).toBe('BAD_REQUEST');
    expect(await api.shops.list()).toEqual([]);
  });
});
