import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'replyflow-demo';

/**
 * Signs in through the sign-in page, as a person would. The account's UI language is set back
 * to English afterwards (tests that switch to 中文 must not change the next test's page), unless
 * `keepLocale` asks to see what the account remembered.
 */
export async function signIn(page: Page, email = 'owner@replyflow.dev', password = DEMO_PASSWORD, options: { keepLocale?: boolean } = {}): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole('button', { name: /sign in|登录/i }).click();
  await expect(page).toHaveURL(/\/shops$/);
  if (!options.keepLocale) {
    const res = await page.request.post('/api/trpc/auth.setLocale', { data: { json: { locale: 'en' } } });
    expect(res.ok()).toBe(true);
    await page.reload();
  }
}

/** Saves a full-page screenshot under test-results/screens for people to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}
