import { expect, test, type Page } from '@playwright/test';
import { createPublishedFlow, createShop, mutate, pageAs, query } from './api';
import { screenshot, signIn } from './helpers';

/** Chooses an option of a Radix select by the select's label. */
async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

test.describe('shop page and flows', () => {
  test('the shop page shows the shop, its flows with the live one, and links to designer and versions', async ({ page }) => {
    await signIn(page);
    await page.goto('/shops/us-tiktok');
    await expect(page.getByTestId('shop-name')).toHaveText('Trendy Threads US');
    await expect(page.getByTestId('shop-id')).toHaveText('us-tiktok');
    await expect(page.getByTestId('shop-platform')).toHaveText('TikTok Shop');
    await expect(page.getByTestId('shop-timezone')).toHaveText('America/Los_Angeles');
    await expect(page.getByTestId('shop-languages')).toContainText('(default)');
    await expect(page.getByTestId('shop-live')).toContainText('Customer service');
    await expect(page.getByTestId('shop-live')).toContainText('v1');
    const row = page.getByTestId('flow-customer-service');
    await expect(row).toContainText('Customer service');
    await expect(row.getByTestId('live-badge')).toHaveText('LIVE · v1');
    await expect(row).toContainText('Saved by Lin Wei');
    await expect(row.getByRole('link', { name: 'Open designer' })).toHaveAttribute('href', '/shops/us-tiktok/flows/customer-service');
    await expect(row.getByRole('link', { name: 'Versions' })).toHaveAttribute('href', '/shops/us-tiktok/flows/customer-service/versions');
    await expect(page.getByRole('navigation', { name: 'Shop sections' }).getByRole('link')).toHaveText(['Flows', 'Orders', 'Settings']);
    await screenshot(page, 'shop-en');
  });

  test('a new flow from a template opens the designer and is listed', async ({ page }) => {
    await signIn(page);
    const shop = await createShop(page);
    await page.goto(`/shops/${shop.id}`);
    await expect(page.getByText('No flows yet')).toBeVisible();
    await page.getByRole('button', { name: 'New flow' }).click();
    const dialog = page.getByRole('dialog', { name: 'New flow' });
    // Nothing typed: the name is required.
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Give the flow a name (up to 120 characters).');
    await dialog.getByLabel('Name').fill('Holiday season');
    await choose(page, 'Template', 'Douyin shop (Chinese)');
    await screenshot(page, 'new-flow-dialog-en');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(page).toHaveURL(new RegExp(`/shops/${shop.id}/flows/holiday-season$`));
    await page.goto(`/shops/${shop.id}`);
    const row = page.getByTestId('flow-holiday-season');
    await expect(row).toContainText('Holiday season');
    await expect(row).toContainText('Revision 1');
    await expect(row).toContainText('Not published');
    await expect(row.getByTestId('live-badge')).toHaveCount(0);
    const flow = await query<{ document: { languages: { default: string } } }>(page.request, 'flows.get', { shopId: shop.id, flowId: 'holiday-season' });
    expect(flow.document.languages.default).toBe('zh');
  });

  test('a new flow can start as a copy of another shop’s flow', async ({ page }) => {
    await signIn(page);
    const shop = await createShop(page);
    await page.goto(`/shops/${shop.id}`);
    await page.getByRole('button', { name: 'New flow' }).click();
    const dialog = page.getByRole('dialog', { name: 'New flow' });
    await dialog.getByLabel('Name').fill('From Malaysia');
    await dialog.getByText('Another flow', { exact: true }).click();
    await choose(page, 'Shop', /Trendy Threads MY/);
    await choose(page, 'Flow', 'Customer service');
    await dialog.getByRole('button', { name: 'Create and open' }).click();
    await expect(page).toHaveURL(new RegExp(`/shops/${shop.id}/flows/from-malaysia$`));
    const flow = await query<{ document: { languages: { supported: string[] } } }>(page.request, 'flows.get', { shopId: shop.id, flowId: 'from-malaysia' });
    expect(flow.document.languages.supported).toContain('ms');
  });

  test('copy a flow to another shop', async ({ page }) => {
    await signIn(page);
    const from = await createShop(page);
    const to = await createShop(page, { name: 'Copy target shop' });
    await mutate(page.request, 'flows.create', { shopId: from.id, name: 'Returns desk', source: { type: 'template', template: 'tiktok-us' } });
    await page.goto(`/shops/${from.id}`);
    await page.getByTestId('flow-returns-desk').getByRole('button', { name: 'Copy to shop…' }).click();
    const dialog = page.getByRole('dialog', { name: /Copy “Returns desk”/ });
    await expect(dialog.getByLabel('Name of the copy')).toHaveValue('Returns desk');
    await dialog.getByLabel('Name of the copy').fill('Returns desk (copy)');
    await choose(page, 'Copy to', /Copy target shop/);
    await dialog.getByRole('button', { name: 'Copy flow' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied to Copy target shop as “Returns desk (copy)”.');
    await dialog.getByRole('link', { name: 'Open in Copy target shop' }).click();
    await expect(page).toHaveURL(new RegExp(`/shops/${to.id}/flows/returns-desk-copy$`));
    await page.goto(`/shops/${to.id}`);
    await expect(page.getByTestId('flow-returns-desk-copy')).toContainText('Returns desk (copy)');
    // The target's live flow did not change.
    await expect(page.getByTestId('shop-live')).toContainText('None yet');
  });
});

test.describe('versions', () => {
  test('versions list who published what, and a rollback publishes the old version again', async ({ page }) => {
    await signIn(page);
    const shop = await createShop(page);
    const flowId = await createPublishedFlow(page, shop.id, 'Support', 2);
    await page.goto(`/shops/${shop.id}/flows/${flowId}/versions`);
    await expect(page.getByRole('heading', { name: 'Versions of “Support”' })).toBeVisible();
    await expect(page.getByTestId('version-2').getByTestId('live-badge')).toBeVisible();
    await expect(page.getByTestId('version-1')).toContainText('Release 1');
    await expect(page.getByTestId('version-1')).toContainText('Lin Wei');
    await expect(page.getByTestId('version-1').getByTestId('open-read-only')).toHaveAttribute('href', `/shops/${shop.id}/flows/${flowId}?version=1`);
    await expect(page.getByTestId('compare').getByRole('link', { name: 'Compare' })).toHaveAttribute('href', `/shops/${shop.id}/flows/${flowId}/versions/compare?from=1&to=2`);
    // The live version has nothing to roll back to.
    await expect(page.getByTestId('version-2').getByRole('button', { name: 'Roll back to this version' })).toHaveCount(0);
    await screenshot(page, 'versions-en');

    await page.getByTestId('version-1').getByRole('button', { name: 'Roll back to this version' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Roll back to version 1?' });
    await expect(dialog).toContainText('published again as version 3');
    await screenshot(page, 'rollback-dialog-en');
    await dialog.getByRole('button', { name: 'Roll back to v1' }).click();
    await expect(dialog).toBeHidden();
    const v3 = page.getByTestId('version-3');
    await expect(v3.getByTestId('live-badge')).toBeVisible();
    await expect(v3).toContainText('Rollback to v1');
    await expect(v3).toContainText('Rollback to version 1');
    await expect(page.getByTestId('version-2').getByTestId('live-badge')).toHaveCount(0);
    await expect(page.getByTestId('shop-live')).toContainText('v3');
  });
});

test.describe('settings', () => {
  test('shop settings and working hours are saved and still there after a reload', async ({ page }) => {
    await signIn(page);
    const shop = await createShop(page);
    await page.goto(`/shops/${shop.id}/settings`);
    // The form fills in once the page is interactive; type the new name after that.
    await page.waitForLoadState('networkidle');
    const nameField = page.getByLabel('Shop name');
    await expect(async () => {
      await nameField.fill('Renamed shop');
      await expect(nameField).toHaveValue('Renamed shop', { timeout: 1000 });
    }).toPass();
    await page.getByLabel('Timezone').fill('kuala');
    await page.getByRole('option', { name: /Asia\/Kuala_Lumpur/ }).click();
    await expect(page.getByLabel('Timezone')).toHaveValue('Asia/Kuala_Lumpur');
    await choose(page, 'Language to add', /Malay/);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await page.getByTestId('language-ms').getByRole('button', { name: 'Make default' }).click();
    await choose(page, 'Market rules', 'Malaysia (MY)');
    await page.getByLabel('Orders endpoint').fill('https://erp.example.com/orders');
    // Split shift on Monday, overnight on Friday.
    const monday = page.getByTestId('day-mon');
    await monday.getByRole('button', { name: '+ Add range' }).click();
    await monday.getByRole('group', { name: 'Monday, range 2' }).getByLabel('From').fill('19:00');
    await monday.getByRole('group', { name: 'Monday, range 2' }).getByLabel('To').fill('22:00');
    const friday = page.getByTestId('day-fri');
    await friday.getByRole('switch').click();
    await friday.getByLabel('From').fill('20:00');
    await friday.getByLabel('To').fill('01:00');
    await expect(friday.getByTestId('overnight')).toHaveText('Overnight: until 01:00 the next day');
    await page.getByRole('button', { name: '+ Add holiday' }).click();
    await page.getByLabel('Holiday date').fill('2026-08-31');
    await page.getByLabel('Holiday name').fill('Merdeka Day');
    await page.getByRole('button', { name: '+ Add special date' }).click();
    await page.getByTestId('exception').getByLabel('Date', { exact: true }).fill('2026-11-11');
    await page.getByTestId('exception').getByLabel('Reason').fill('11.11 sale');
    await page.getByTestId('exception').getByRole('switch').click();
    await page.getByTestId('exception').getByLabel('To').fill('23:59');
    await screenshot(page, 'settings-edited-en');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved.' })).toBeVisible();

    await page.reload();
    await expect(page.getByTestId('shop-name')).toHaveText('Renamed shop');
    await expect(page.getByLabel('Shop name')).toHaveValue('Renamed shop');
    await expect(page.getByLabel('Timezone')).toHaveValue('Asia/Kuala_Lumpur');
    await expect(page.getByTestId('shop-languages')).toHaveText('Malay (default), English, Spanish');
    await expect(page.getByLabel('Market rules')).toHaveText('Malaysia (MY)');
    await expect(page.getByLabel('Orders endpoint')).toHaveValue('https://erp.example.com/orders');
    await expect(monday.getByRole('group', { name: 'Monday, range 2' }).getByLabel('From')).toHaveValue('19:00');
    await expect(friday.getByTestId('overnight')).toBeVisible();
    await expect(page.getByLabel('Holiday name')).toHaveValue('Merdeka Day');
    await expect(page.getByTestId('exception').getByLabel('To')).toHaveValue('23:59');
    const saved = await query<{ timezone: string; defaultSchedule: { timezone: string; weekly: { fri: unknown[] }; exceptions: unknown[] } }>(page.request, 'shops.get', { shopId: shop.id });
    expect(saved.timezone).toBe('Asia/Kuala_Lumpur');
    // The working hours follow the shop's timezone.
    expect(saved.defaultSchedule.timezone).toBe('Asia/Kuala_Lumpur');
    expect(saved.defaultSchedule.weekly.fri).toEqual([{ start: '20:00', end: '01:00' }]);
    expect(saved.defaultSchedule.exceptions).toEqual([{ date: '2026-11-11', name: '11.11 sale', ranges: [{ start: '09:00', end: '23:59' }] }]);
    await screenshot(page, 'settings-en');
  });

  test('bad values get an error next to the field and nothing is saved', async ({ page }) => {
    await signIn(page);
    const shop = await createShop(page);
    await page.goto(`/shops/${shop.id}/settings`);
    await page.getByLabel('Timezone').fill('Mars/Olympus_Mons');
    await page.getByLabel('Shop name').fill('');
    await page.getByLabel('Orders endpoint').fill('ftp://orders');
    const monday = page.getByTestId('day-mon');
    await monday.getByLabel('From').fill('25:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Not a known timezone. Pick one from the list, such as Asia/Shanghai.')).toBeVisible();
    await expect(page.getByText('Give the shop a name (up to 100 characters).')).toBeVisible();
    await expect(page.getByText('Enter a full http:// or https:// address, or leave it empty.')).toBeVisible();
    await expect(monday.getByRole('alert')).toHaveText('Use HH:MM from 00:00 to 24:00, for example 09:00.');
    await expect(page.getByLabel('Timezone')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'settings-errors-en');
    await page.reload();
    await expect(page.getByLabel('Timezone')).toHaveValue('America/Los_Angeles');
    await expect(page.getByLabel('Shop name')).toHaveValue(shop.name);
  });

  test('an API key is shown once, listed by its prefix, and can be revoked', async ({ page }) => {
    await signIn(page);
    const shop = await createShop(page);
    await page.goto(`/shops/${shop.id}/settings`);
    const keys = page.getByTestId('api-keys');
    await expect(keys).toContainText('No API keys yet.');
    await keys.getByRole('button', { name: 'New API key' }).click();
    const dialog = page.getByRole('dialog', { name: 'New API key' });
    await dialog.getByRole('button', { name: 'Create key' }).click();
    await expect(dialog.getByText('Name the key (up to 100 characters)')).toBeVisible();
    await dialog.getByLabel('Name').fill('Chat channel');
    await dialog.getByText('Admin', { exact: true }).click();
    await dialog.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('dialog', { name: 'Key “Chat channel” created' });
    const key = (await shown.getByTestId('new-api-key').textContent()) ?? '';
    expect(key).toMatch(new RegExp(`^rf_${shop.id}_`));
    await expect(shown).toContainText('shown only this once');
    await shown.getByRole('button', { name: 'Copy' }).click();
    await expect(shown.getByRole('button', { name: 'Copied', exact: true })).toBeVisible();
    await screenshot(page, 'api-key-created-en');
    await shown.getByRole('button', { name: 'I have copied the key' }).click();
    await expect(page.getByTestId('new-api-key')).toHaveCount(0);
    const prefix = key.slice(0, shop.id.length + 8);
    const row = keys.getByTestId(`api-key-${prefix}`);
    await expect(row).toContainText('Chat channel');
    await expect(row).toContainText('Admin');
    await expect(row).toContainText('Active');
    await expect(page.getByText(key)).toHaveCount(0);
    await row.getByRole('button', { name: 'Revoke' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Revoke the key “Chat channel”?' });
    await confirm.getByRole('button', { name: 'Revoke key' }).click();
    await expect(confirm).toBeHidden();
    await expect(row).toContainText('Revoked');
    await expect(row.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
    const list = await query<{ prefix: string; revokedAt: string | null }[]>(page.request, 'apiKeys.list', { shopId: shop.id });
    expect(list.find((k) => k.prefix === prefix)?.revokedAt).toBeTruthy();
  });
});

test.describe('roles', () => {
  test('an agent sees the shop but no flows, settings or their actions', async ({ browser }) => {
    const page = await pageAs(browser, 'agent@replyflow.dev');
    await page.goto('/shops/us-tiktok');
    await expect(page.getByTestId('shop-name')).toHaveText('Trendy Threads US');
    await expect(page.getByTestId('agent-overview')).toBeVisible();
    await expect(page.getByRole('button', { name: 'New flow' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Open designer' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Settings' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Members' })).toHaveCount(0);
    await expect(page.getByRole('navigation', { name: 'Shop sections' }).getByRole('link')).toHaveText(['Orders']);
    await screenshot(page, 'shop-agent-en');
    await page.goto('/shops/us-tiktok/settings');
    await expect(page.getByTestId('no-access')).toBeVisible();
    await expect(page.getByLabel('Shop name')).toHaveCount(0);
    await page.goto('/shops/us-tiktok/flows/customer-service/versions');
    await expect(page.getByTestId('no-access')).toBeVisible();
    // The designer and the preview say so too, rather than fail with a server error.
    for (const path of ['/shops/us-tiktok/flows/customer-service', '/shops/us-tiktok/preview']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByTestId('no-access')).toBeVisible();
    }
    await page.context().close();
  });

  test('an unknown flow or version is the 404 page, not a server error', async ({ browser }) => {
    const page = await pageAs(browser, 'viewer@replyflow.dev');
    for (const path of ['/shops/us-tiktok/flows/nope', '/shops/us-tiktok/flows/customer-service?version=99']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
    }
    await page.context().close();
  });

  test('a viewer reads flows, versions and settings without any action to change them', async ({ browser }) => {
    const page = await pageAs(browser, 'viewer@replyflow.dev');
    await page.goto('/shops/us-tiktok');
    const row = page.getByTestId('flow-customer-service');
    await expect(row.getByRole('link', { name: 'View' })).toBeVisible();
    await expect(row.getByRole('link', { name: 'Open designer' })).toHaveCount(0);
    await expect(row.getByRole('button', { name: 'Copy to shop…' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New flow' })).toHaveCount(0);
    await page.goto('/shops/us-tiktok/flows/customer-service/versions');
    await expect(page.getByTestId('version-1')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Roll back to this version' })).toHaveCount(0);
    await page.goto('/shops/us-tiktok/settings');
    await expect(page.getByTestId('read-only-note')).toBeVisible();
    await expect(page.getByLabel('Shop name')).toBeDisabled();
    await expect(page.getByRole('button', { name: 'Save changes' })).toHaveCount(0);
    await expect(page.getByTestId('api-keys')).toHaveCount(0);
    await screenshot(page, 'settings-viewer-en');
    await page.context().close();
  });
});
