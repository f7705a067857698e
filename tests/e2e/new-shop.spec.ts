import { execFileSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import { createMember, mutate, pageAs, query, unique } from './api';
import { screenshot, signIn } from './helpers';

/** Chooses an option of a Radix select by the select's label. */
async function choose(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option }).click();
}

/** A workspace made the way a deployment without demo data starts: `npm run setup`. */
function setupWorkspace(): { email: string; password: string } {
  const email = `founder-${unique()}@example.com`;
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/setup.ts', '--email', email, '--name', 'Fay Founder', '--workspace', 'Fresh Start Ltd'], {
    env: { ...process.env, REPLYFLOW_DB: process.env.E2E_DB, NODE_ENV: 'production' },
    encoding: 'utf8',
  });
  const password = /generated password: (\S+)/.exec(out)?.[1];
  if (!password) throw new Error(`setup printed no password: ${out}`);
  return { email, password };
}

test.describe('new shop', () => {
  test('an owner creates a shop through the dialog: suggestions, errors on the fields, then the new shop opens and is listed', async ({ page }) => {
    await signIn(page);
    await page.getByRole('button', { name: 'New shop' }).click();
    const dialog = page.getByRole('dialog', { name: 'New shop' });
    await expect(dialog.getByLabel('Shop name')).toBeFocused();

    // Nothing typed: the server's schema refuses the name and the id.
    await dialog.getByRole('button', { name: 'Create shop' }).click();
    await expect(dialog.getByText('Give the shop a name (up to 100 characters).')).toBeVisible();
    await expect(dialog.getByText(/Use 2–40 lowercase letters/)).toBeVisible();

    // The id follows the name until someone types one; the country suggests the rest.
    const suffix = unique();
    await dialog.getByLabel('Shop name').fill(`Kedai Trendy ${suffix}`);
    await expect(dialog.getByLabel('Shop ID')).toHaveValue(`kedai-trendy-${suffix}`);
    await choose(page, 'Country or region', 'Malaysia (MY)');
    await expect(dialog.getByRole('combobox', { name: 'Timezone' })).toHaveValue('Asia/Kuala_Lumpur');
    await expect(dialog.getByRole('combobox', { name: 'Market rules' })).toHaveText('Malaysia (MY)');
    await expect(dialog.getByTestId('language-ms')).toContainText('Default');
    await expect(dialog.getByTestId('language-en')).toBeVisible();
    await choose(page, 'Platform', 'TikTok Shop');

    // The timezone is searchable (by Chinese city names too).
    const zone = dialog.getByRole('combobox', { name: 'Timezone' });
    await zone.fill('吉隆坡');
    await page.getByRole('option', { name: /Asia\/Kuala_Lumpur/ }).click();
    await expect(zone).toHaveValue('Asia/Kuala_Lumpur');

    // An id another shop has: the server's answer is shown on the id field.
    await dialog.getByLabel('Shop ID').fill('us-tiktok');
    await dialog.getByRole('button', { name: 'Create shop' }).click();
    await expect(dialog.getByText('Another shop already uses this ID. Choose another.')).toBeVisible();
    await expect(dialog.getByLabel('Shop ID')).toHaveAttribute('aria-invalid', 'true');
    await screenshot(page, 'new-shop-dialog-en');

    const id = `my-${suffix}`;
    await dialog.getByLabel('Shop ID').fill(id);
    await dialog.getByRole('button', { name: 'Create shop' }).click();
    await expect(page).toHaveURL(new RegExp(`/shops/${id}$`));
    await expect(page.getByTestId('shop-name')).toHaveText(`Kedai Trendy ${suffix}`);
    await expect(page.getByTestId('shop-timezone')).toHaveText('Asia/Kuala_Lumpur');
    // Its first flow starts from the shop page.
    await expect(page.getByText('No flows yet')).toBeVisible();
    await expect(page.getByRole('button', { name: 'New flow' })).toBeVisible();
    // The header's shop switcher knows the new shop.
    await page.getByTestId('shop-switcher').click();
    await expect(page.getByRole('menuitem', { name: new RegExp(`Kedai Trendy ${suffix}`) })).toBeVisible();
    await page.keyboard.press('Escape');

    const shop = await query<{ platform: string; country: string; languages: string[]; market: string }>(page.request, 'shops.get', { shopId: id });
    expect(shop).toMatchObject({ platform: 'tiktok_shop', country: 'MY', languages: ['ms', 'en', 'zh'], market: 'MY' });
    await page.goto('/shops');
    await expect(page.getByTestId(`shop-${id}`)).toContainText(`Kedai Trendy ${suffix}`);
    await expect(page.getByTestId(`shop-${id}`)).toContainText('Not live');
  });

  test('in Chinese the dialog suggests a Douyin shop in China and an id from country and platform', async ({ page }) => {
    await signIn(page);
    await mutate(page.request, 'auth.setLocale', { locale: 'zh' });
    await page.reload();
    await page.getByRole('button', { name: '新建店铺' }).click();
    const dialog = page.getByRole('dialog', { name: '新建店铺' });
    await dialog.getByLabel('店铺名称').fill('潮流服饰');
    await expect(dialog.getByLabel('店铺 ID')).toHaveValue('cn-douyin');
    await expect(dialog.getByRole('combobox', { name: '时区' })).toHaveValue('Asia/Shanghai');
    await screenshot(page, 'new-shop-dialog-zh');
    await mutate(page.request, 'auth.setLocale', { locale: 'en' });
  });

  test('a workspace set up without demo data starts empty: members read who creates shops, the owner creates the first one', async ({ page, browser }) => {
    const founder = setupWorkspace();
    await signIn(page, founder.email, founder.password);
    const empty = page.getByTestId('shops-empty');
    await expect(empty).toContainText('No shops yet');
    await expect(empty).toContainText('Add a shop for each country or market you sell in.');
    await screenshot(page, 'shops-empty-en');

    const viewer = await createMember(page, browser, 'viewer');
    const viewerPage = await pageAs(browser, viewer.email, viewer.password);
    await expect(viewerPage.getByTestId('shops-empty')).toContainText('An owner or admin creates them.');
    await expect(viewerPage.getByRole('button', { name: 'New shop' })).toHaveCount(0);
    await viewerPage.context().close();

    await empty.getByRole('button', { name: 'New shop' }).click();
    const dialog = page.getByRole('dialog', { name: 'New shop' });
    const id = `fresh-${unique()}`;
    await dialog.getByLabel('Shop name').fill('Fresh Start US');
    await dialog.getByLabel('Shop ID').fill(id);
    await dialog.getByRole('button', { name: 'Create shop' }).click();
    await expect(page).toHaveURL(new RegExp(`/shops/${id}$`));
    await page.goto('/shops');
    await expect(page.getByTestId('shops-empty')).toHaveCount(0);
    await expect(page.getByTestId(`shop-${id}`)).toContainText('Fresh Start US');
    await expect(page.getByTestId(`shop-${id}`)).toContainText('America/Los_Angeles');
    await screenshot(page, 'shops-after-create-en');
  });
});
