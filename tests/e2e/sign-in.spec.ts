import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './helpers';

test('a wrong password is refused with a message and no session', async ({ page }) => {
  await page.goto('/shops');
  await expect(page).toHaveURL(/\/sign-in$/);
  await page.getByLabel('Email').fill('owner@replyflow.dev');
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'wrong' })).toHaveText('Email or password is wrong');
  await page.goto('/shops');
  await expect(page).toHaveURL(/\/sign-in$/);
});

test('the owner signs in and sees the three shops with their live versions', async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole('heading', { name: 'Shops' })).toBeVisible();
  for (const id of ['us-tiktok', 'cn-douyin', 'my-tiktok']) {
    const card = page.getByTestId(`shop-${id}`);
    await expect(card).toContainText(id);
    // Other tests may publish newer versions; each shop shows whichever is live.
    await expect(card).toContainText(/Live: v\d+/);
  }
  await expect(page.getByTestId('current-user')).toContainText('Owner');
  await screenshot(page, 'shops-en');
});

test('the sign-in cookie is HTTP-only', async ({ page, context }) => {
  await signIn(page);
  const cookie = (await context.cookies()).find((c) => c.name === 'rf_session');
  expect(cookie?.httpOnly).toBe(true);
});

test('switching to 中文 changes the page and is remembered after signing in again', async ({ page }) => {
  await signIn(page);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '店铺' })).toBeVisible();
  await expect(page.getByTestId('shop-us-tiktok')).toContainText(/线上：v\d+/);
  await screenshot(page, 'shops-zh');
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/sign-in$/);
  await expect(page.getByRole('heading', { name: '登录 Replyflow' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to Replyflow' })).toBeVisible();
  await signIn(page, undefined, undefined, { keepLocale: true });
  // The account remembers 中文 even though this browser chose English before signing in.
  await expect(page.getByRole('heading', { name: '店铺' })).toBeVisible();
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Shops' })).toBeVisible();
});
