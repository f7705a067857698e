import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { createShop, mutate } from './api';
import { screenshot, signIn } from './helpers';

/**
 * Conversation tests as an admin uses them: a preview conversation saved as a test, its
 * expectation loosened, a changed reply caught with a readable diff, the failing step opened in
 * the preview, publishing blocked, then fixed and published. And the phone-sized preview answers
 * the Kuala Lumpur holiday-night question.
 */

/** The tiktok-us template's own conversation tests, which a flow made from it starts with. */
const TEMPLATE_TESTS = (JSON.parse(readFileSync(new URL('../../flows/templates/tiktok-us.tests.json', import.meta.url), 'utf8')) as { tests: unknown[] }).tests.length;

/** The template's own shipped-order answer, which the seller puts back after breaking it. */
const SHIPPED_EN = (
  JSON.parse(readFileSync(new URL('../../flows/templates/tiktok-us.flow.json', import.meta.url), 'utf8')) as { nodes: Array<{ id: string; data: { reply?: { text: Record<string, string> } } }> }
).nodes.find((n) => n.id === 'order-shipped')?.data.reply?.text.en as string;

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('All changes saved', { timeout: 15_000 });

async function setShippedReply(page: Page, text: string) {
  await page.getByTestId('inspector-tab').click();
  await page.getByTestId('find-node').fill('order-shipped');
  await page.getByTestId('find-node').press('Enter');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'message');
  await page.locator('textarea[data-path="data.reply.text.en"]').fill(text);
  await saved(page);
}

test('a preview conversation saved as a test: loosen it, change a reply, see the diff, open the failing step, publish blocked, fix, publish', async ({ page }) => {
  await signIn(page);
  const shop = await createShop(page);
  await mutate(page.request, 'orders.upsert', {
    shopId: shop.id,
    order: { id: 'E2E-7001', buyerId: 'e2e-buyer', status: 'shipped', createdAt: '2026-11-16T18:00:00Z', carrier: 'USPS', trackingNumber: '9400E2E0007001', items: [{ title: 'Oversized hoodie', quantity: 1 }] },
  });
  const flow = await mutate<{ id: string }>(page.request, 'flows.create', { shopId: shop.id, name: 'Guarded replies', source: { type: 'template', template: 'tiktok-us' } });
  await page.goto(`/shops/${shop.id}/flows/${flow.id}`);
  await expect(page.getByTestId('node-start')).toBeVisible();

  // The template's own conversation tests are there and pass.
  await page.getByTestId('tests-tab').click();
  const tests = page.getByTestId('tests-panel');
  await expect(tests.getByTestId('test-row')).toHaveCount(TEMPLATE_TESTS);
  await tests.getByTestId('tests-run-all').click();
  await expect(tests.getByTestId('tests-summary')).toHaveText(`${TEMPLATE_TESTS} passed · 0 failed`);

  // Chat as the buyer with the shop's order.
  await page.getByTestId('preview-tab').click();
  const panel = page.getByTestId('preview-panel');
  await panel.getByTestId('preview-buyer').click();
  await page.getByRole('option', { name: /e2e-buyer/ }).click();
  const say = async (text: string) => {
    await panel.getByTestId('preview-input').fill(text);
    await panel.getByTestId('preview-send').click();
  };
  const lastTurn = () => panel.getByTestId('preview-turn').last();
  await panel.getByTestId('preview-date').fill('2026-11-23');
  await panel.getByTestId('preview-time').fill('10:00');
  await say('hi');
  await expect(lastTurn().getByTestId('bot-reply').first()).toHaveAttribute('data-kind', 'greeting');
  await say('where is my parcel');
  await expect(lastTurn().getByTestId('bot-reply').last()).toContainText('9400E2E0007001');
  // Sunday night, nobody online: a human is asked for.
  await panel.getByTestId('preview-date').fill('2026-11-22');
  await panel.getByTestId('preview-time').fill('23:30');
  await say('talk to a human');
  await expect(lastTurn().getByTestId('preview-handoff')).toBeVisible();

  // Save as test: the tests panel opens on it, and it passes.
  await panel.getByTestId('preview-save-test').click();
  const dialog = page.getByTestId('save-test-dialog');
  await dialog.getByLabel('Test name').fill('Parcel, then a human on Sunday night');
  await dialog.getByTestId('save-test-confirm').click();
  const row = tests.getByTestId('test-row').filter({ hasText: 'Parcel, then a human on Sunday night' });
  await expect(row).toHaveAttribute('data-status', 'passed');
  await saved(page);

  // Loosen the parcel answer: it only has to contain the tracking number.
  await row.getByTestId('test-edit').click();
  const editor = page.getByTestId('test-editor');
  await expect(editor.getByTestId('test-circumstances')).toContainText('E2E-7001 (shipped)');
  const step2 = editor.getByTestId('test-step-editor').nth(1);
  await expect(step2).toContainText('where is my parcel');
  const reply = step2.getByTestId('expect-reply').last();
  await reply.getByTestId('expect-mode').click();
  await page.getByRole('option', { name: 'Contains' }).click();
  await reply.getByTestId('expect-text').fill('Tracking number: 9400E2E0007001');
  await editor.getByTestId('test-editor-save').click();
  await expect(editor).toBeHidden();
  await row.getByTestId('test-run').click();
  await expect(row).toHaveAttribute('data-status', 'passed');

  // The seller drops the tracking number from the answer: the test catches it.
  await setShippedReply(page, 'Good news: order {order_id} is on its way with {carrier}.');
  await page.getByTestId('tests-tab').click();
  await tests.getByTestId('tests-run-all').click();
  await expect(row).toHaveAttribute('data-status', 'failed');
  const diff = row.getByTestId('test-diff');
  await expect(diff.getByTestId('test-failing-step')).toHaveCount(1);
  await expect(diff).toContainText('Step 2');
  await expect(diff).toContainText(/Reply \d: should contain/);
  await expect(diff.getByTestId('diff-expected').first()).toContainText('Tracking number: 9400E2E0007001');
  await expect(diff.getByTestId('diff-actual').first()).toContainText('Good news: order E2E-7001 is on its way with USPS.');
  await expect(page.getByTestId('tests-failing')).toBeVisible();
  await screenshot(page, 'tests-failure-diff');

  // The failing step opens in the preview, replayed with the test's circumstances.
  await diff.getByTestId('test-open-step').click();
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('preview-turn')).toHaveCount(2);
  await expect(lastTurn().getByTestId('bot-reply').last()).toHaveText(/Good news: order E2E-7001 is on its way with USPS\./);
  await expect(page.getByTestId('node-order-shipped')).toHaveAttribute('data-highlight', 'visited');
  await screenshot(page, 'tests-failing-step-in-preview');

  // Publishing is blocked by the failing test until a reason is written.
  await page.getByTestId('publish').click();
  const publish = page.getByTestId('publish-dialog');
  await expect(publish.getByTestId('publish-failing-tests')).toContainText('Parcel, then a human on Sunday night');
  await publish.getByLabel('What changed?').fill('Shorter parcel answer');
  await expect(publish.getByTestId('publish-confirm')).toHaveText('Publish anyway');
  await expect(publish.getByTestId('publish-confirm')).toBeDisabled();
  await screenshot(page, 'tests-publish-blocked');
  // An admin may publish anyway, with a written reason kept on the version.
  await publish.getByLabel('Publish anyway because…').fill('Carrier asked us to drop tracking numbers until Monday');
  await publish.getByTestId('publish-confirm').click();
  await expect(publish.getByRole('status')).toContainText('Published as version 1');
  await page.keyboard.press('Escape');
  await expect(publish).toBeHidden();

  // Fixed: the tests pass again and the flow publishes.
  await setShippedReply(page, SHIPPED_EN);
  await page.getByTestId('tests-tab').click();
  await tests.getByTestId('tests-run-all').click();
  await expect(tests.getByTestId('tests-summary')).toHaveText(`${TEMPLATE_TESTS + 1} passed · 0 failed`);
  await page.getByTestId('publish').click();
  await expect(publish.getByTestId('publish-failing-tests')).toHaveCount(0);
  await publish.getByLabel('What changed?').fill('Tracking answer checked by tests');
  await publish.getByTestId('publish-confirm').click();
  await expect(publish.getByRole('status')).toContainText('Published as version 2');
  await page.keyboard.press('Escape');

  // The versions page keeps the reason of the version published over failing tests.
  await page.getByRole('link', { name: 'Versions' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Shorter parcel answer' })).toContainText('Carrier asked us to drop tracking numbers until Monday');
  await expect(page.getByRole('row').filter({ hasText: 'Tracking answer checked by tests' })).not.toContainText('Carrier asked');
});

test('phone-sized preview: a Kuala Lumpur buyer at 02:00 on a public holiday asks in Malay about a late order', async ({ page }) => {
  await signIn(page);
  await page.goto('/shops/my-tiktok/preview');
  const phone = page.getByTestId('phone');
  await expect(phone).toContainText('Trendy Threads MY');
  await expect(page.getByTestId('phone-version')).toContainText('Version 1 (live)');
  await expect(page.getByTestId('preview-timezone')).toContainText('Asia/Kuala_Lumpur');
  await expect(page.getByTestId('preview-controls')).toContainText('Holiday:');

  await page.getByTestId('preview-date').fill('2026-12-25');
  await page.getByTestId('preview-time').fill('02:00');
  await expect(page.getByTestId('preview-controls')).toContainText('Fri');
  await page.getByTestId('preview-language').click();
  await page.getByRole('option', { name: 'ms' }).click();
  await page.getByTestId('preview-buyer').click();
  await page.getByRole('option', { name: /my-buyer-2/ }).click();

  await phone.getByTestId('phone-input').fill('pesanan saya lambat, bila akan sampai?');
  await phone.getByTestId('phone-send').click();
  const turn = phone.getByTestId('phone-turn').last();
  await expect(turn.getByTestId('phone-reply').filter({ hasText: '578012349999' })).toContainText('13 November');
  await expect(turn.locator('[data-testid="phone-reply"][data-kind="offline"]').last()).toContainText('serahkan perbualan ini');
  await expect(turn.getByTestId('phone-handoff')).toBeVisible();
  await expect(phone.getByTestId('phone-status')).toHaveText('With an agent');
  await screenshot(page, 'phone-preview-kl-holiday');

  // Any published version, or the draft, can be chosen.
  await page.getByTestId('phone-version').click();
  await page.getByRole('option', { name: 'Draft' }).click();
  await expect(page).toHaveURL(/version=draft/);
  await expect(page.getByTestId('phone-chat')).toContainText('Say hello as a buyer would.');
});

test('orders written by hand: an overdue order answers a late-order question in the designer preview', async ({ page }) => {
  await signIn(page);
  const flow = await mutate<{ id: string }>(page.request, 'flows.create', { shopId: 'us-tiktok', name: `Fixtures ${Date.now().toString(36)}`, source: { type: 'template', template: 'tiktok-us' } });
  await page.goto(`/shops/us-tiktok/flows/${flow.id}`);
  await page.getByTestId('preview-tab').click();
  const panel = page.getByTestId('preview-panel');
  await panel.getByTestId('preview-buyer').click();
  await page.getByRole('option', { name: 'Orders written here' }).click();
  await panel.getByTestId('fixture-add').click();
  const fixture = panel.getByTestId('order-fixture');
  await expect(fixture).toHaveCount(1);
  await fixture.getByTestId('fixture-id').fill('LATE-42');
  await panel.getByTestId('preview-date').fill('2026-11-24');
  await panel.getByTestId('preview-time').fill('11:00');
  await fixture.getByTestId('fixture-ship-by').fill('2026-11-20');
  await panel.getByTestId('preview-input').fill('when will my order ship?');
  await panel.getByTestId('preview-send').click();
  const reply = panel.getByTestId('preview-turn').last().getByTestId('bot-reply').filter({ hasText: 'LATE-42' });
  await expect(reply).toContainText('should have shipped by Nov 20');
  await screenshot(page, 'preview-order-fixtures');
});

test('export for git: the flow and its conversation tests download as the two files `npm run flow -- test` reads', async ({ page }) => {
  await signIn(page);
  await page.goto('/shops/my-tiktok/flows/customer-service');
  await page.getByTestId('export').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toContainText('npm run flow -- test customer-service.flow.json');
  const [flowFile] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-flow').click()]);
  expect(flowFile.suggestedFilename()).toBe('customer-service.flow.json');
  const [testsFile] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-tests').click()]);
  expect(testsFile.suggestedFilename()).toBe('customer-service.tests.json');
  const { readFile } = await import('node:fs/promises');
  const flow = JSON.parse(await readFile((await flowFile.path()) as string, 'utf8')) as { id: string; nodes: unknown[] };
  const tests = JSON.parse(await readFile((await testsFile.path()) as string, 'utf8')) as { flow: string; tests: { id: string }[] };
  expect(flow.id).toBe('customer-service');
  expect(tests.flow).toBe('customer-service.flow.json');
  expect(tests.tests.map((t) => t.id)).toContain('kl-holiday-2am-malay-late-order');
  await screenshot(page, 'export-dialog');
});
