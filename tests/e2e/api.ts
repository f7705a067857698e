/**
 * Setting the stage for browser tests through the same tRPC API the pages call (with the
 * signed-in browser's cookies): fresh shops, flows, versions and members per test.
 */
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { DEMO_PASSWORD, signIn } from './helpers';

async function unwrap(path: string, res: Awaited<ReturnType<APIRequestContext['get']>>) {
  const body = (await res.json()) as { result?: { data?: { json?: unknown } }; error?: unknown };
  if (!res.ok()) throw new Error(`${path} failed: ${JSON.stringify(body.error)}`);
  return body.result?.data?.json;
}

export async function mutate<T = unknown>(request: APIRequestContext, path: string, input: unknown): Promise<T> {
  return (await unwrap(path, await request.post(`/api/trpc/${path}`, { data: { json: input } }))) as T;
}

export async function query<T = unknown>(request: APIRequestContext, path: string, input?: unknown): Promise<T> {
  const search = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`;
  return (await unwrap(path, await request.get(`/api/trpc/${path}${search}`))) as T;
}

/** A short unique suffix for ids and emails made by one test. */
export function unique(): string {
  return `${Date.now().toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
}

/** A new shop of the demo workspace, owned by this test (the page must be signed in as owner/admin). */
export async function createShop(page: Page, overrides: Record<string, unknown> = {}): Promise<{ id: string; name: string }> {
  const id = `e2e-${unique()}`;
  const name = `Test shop ${id.slice(4)}`;
  await mutate(page.request, 'shops.create', {
    id,
    name,
    platform: 'tiktok_shop',
    country: 'US',
    timezone: 'America/Los_Angeles',
    languages: ['en', 'es'],
    market: 'US',
    defaultSchedule: {
      id: 'hours',
      name: 'Support hours',
      timezone: 'America/Los_Angeles',
      weekly: { mon: [{ start: '09:00', end: '18:00' }], tue: [{ start: '09:00', end: '18:00' }], wed: [], thu: [], fri: [], sat: [], sun: [] },
      holidays: [],
      exceptions: [],
    },
    ...overrides,
  });
  return { id, name };
}

/** A flow made from the US template, published `versions` times. */
export async function createPublishedFlow(page: Page, shopId: string, name: string, versions: number): Promise<string> {
  const flow = await mutate<{ id: string }>(page.request, 'flows.create', { shopId, name, source: { type: 'template', template: 'tiktok-us' } });
  for (let i = 1; i <= versions; i++) await mutate(page.request, 'flows.publish', { shopId, flowId: flow.id, note: `Release ${i}` });
  return flow.id;
}

/** Invites and accepts a new member of `role` (in a context of its own); returns how to sign in. */
export async function createMember(page: Page, browser: Browser, role: 'admin' | 'agent' | 'viewer', name = `Test ${role}`): Promise<{ email: string; password: string; name: string }> {
  const email = `${role}-${unique()}@example.com`;
  const password = 'test-password-1';
  const invite = await mutate<{ token: string }>(page.request, 'members.invite', { email, role });
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto('/sign-in');
  await mutate(other.request, 'auth.acceptInvite', { token: invite.token, name, password });
  await context.close();
  return { email, password, name };
}

/** A browser page signed in as someone else, in a context of its own. */
export async function pageAs(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, password);
  expect(page.url()).toMatch(/\/shops$/);
  return page;
}
