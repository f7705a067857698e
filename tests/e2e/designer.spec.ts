import { expect, test, type Page } from '@playwright/test';
import { createShop } from './api';
import { screenshot, signIn } from './helpers';

/** Creates a flow through the app's own API (as the "New flow" dialog does) and returns its id. */
async function newFlow(page: Page, shopId: string, name: string, source: object = { type: 'empty' }): Promise<string> {
  const res = await page.request.post('/api/trpc/flows.create', { data: { json: { shopId, name, source } } });
  expect(res.ok()).toBe(true);
  return ((await res.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
}

/** Clicks a palette entry: the new step is added after the selected one and connected to it. */
async function addAfterSelected(page: Page, kind: string) {
  await page.getByTestId(`palette-${kind}`).click();
}

/** Selects a step with "find a step by its text" (its id is part of what the search reads). */
async function selectNode(page: Page, id: string) {
  await page.getByTestId('find-node').fill(id);
  await page.getByTestId('find-node').press('Enter');
  await expect(page.getByTestId('inspector')).toContainText(id);
}

/** Drags from a node's exit handle onto another node, as a person connects two steps. */
async function connect(page: Page, from: string, exit: string, to: string) {
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(300);
  const handle = page.getByTestId(`exit-${from}-${exit}`).locator('.react-flow__handle');
  const target = page.getByTestId(`node-${to}`);
  const a = (await handle.boundingBox())!;
  const b = (await target.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + 30, b.y + b.height / 2, { steps: 8 });
  await page.mouse.move(b.x + 10, b.y + b.height / 2, { steps: 4 });
  await page.mouse.up();
}

/** The number of connections, with the whole flow in view (off-screen edges are not drawn). */
async function edgeCount(page: Page): Promise<number> {
  await page.getByRole('button', { name: /fit view/i }).click();
  await page.waitForTimeout(300);
  return page.locator('.react-flow__edge').count();
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('All changes saved', { timeout: 15_000 });

test('a seller builds a small flow on an empty canvas, it validates, saves, survives a reload, undo and redo', async ({ page }) => {
  await signIn(page);
  const flowId = await newFlow(page, 'my-tiktok', 'Canvas from scratch');
  await page.goto(`/shops/my-tiktok/flows/${flowId}`);
  await expect(page.getByTestId('node-start')).toBeVisible();

  // Drag a greeting from the palette onto the canvas, then connect start → greeting by hand.
  const canvas = page.getByTestId('canvas');
  const box = (await canvas.boundingBox())!;
  await page.getByTestId('palette-greeting').dragTo(canvas, { targetPosition: { x: box.width / 2, y: box.height / 3 } });
  await expect(page.getByTestId('node-greeting_1')).toBeVisible();
  await connect(page, 'start', 'next', 'greeting_1');
  // A click on a step opens its settings; a click on the empty canvas goes back to the flow's.
  await page.getByTestId('node-greeting_1').click();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'greeting');
  await expect(page.getByTestId('node-greeting_1').locator('xpath=..')).toHaveClass(/selected/);
  await page.getByTestId('node-start').click();
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', 'start');
  // Click-to-add after the selected step connects it automatically.
  await selectNode(page, 'greeting_1');
  await addAfterSelected(page, 'intent');
  await expect(page.getByTestId('node-intent_1')).toBeVisible();
  await selectNode(page, 'intent_1');
  await addAfterSelected(page, 'message');
  await selectNode(page, 'intent_1');
  await addAfterSelected(page, 'fallback');
  await selectNode(page, 'fallback_1');
  await addAfterSelected(page, 'handoff');
  await expect.poll(() => edgeCount(page)).toBe(5);
  // A second question for the router, made in the step settings; its new exit is connected by hand.
  await selectNode(page, 'intent_1');
  await page.getByTestId('inspector').getByTestId('new-intent-name').fill('Refund');
  await page.getByTestId('inspector').getByTestId('new-intent').click();
  await expect(page.getByTestId('exit-intent_1-refund')).toBeVisible();
  await connect(page, 'intent_1', 'refund', 'message_1');
  await expect.poll(() => edgeCount(page)).toBe(6);
  await saved(page);

  // The problems panel lists what is still wrong and pins it on the node.
  await page.getByTestId('problems-tab').click();
  await expect(page.getByTestId('problems-list')).toBeVisible();
  await screenshot(page, 'designer-built-en');

  // Reload: everything is still there.
  await page.reload();
  for (const id of ['start', 'greeting_1', 'intent_1', 'message_1', 'fallback_1', 'handoff_1']) await expect(page.getByTestId(`node-${id}`)).toBeVisible();
  await expect(page.getByTestId('exit-intent_1-refund')).toBeVisible();
  await expect.poll(() => edgeCount(page)).toBe(6);

  // Undo removes the last step (and its connection); redo brings it back; both are saved.
  await selectNode(page, 'handoff_1');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('node-handoff_1')).toHaveCount(0);
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('node-handoff_1')).toBeVisible();
  await expect.poll(() => edgeCount(page)).toBe(6);
  await page.getByRole('button', { name: /Redo/ }).click();
  await expect(page.getByTestId('node-handoff_1')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('node-handoff_1')).toBeVisible();
  await saved(page);
  await page.reload();
  await expect(page.getByTestId('node-handoff_1')).toBeVisible();
});

test('a validation error blocks publishing; once fixed the flow publishes', async ({ page }) => {
  await signIn(page);
  // A shop of its own: publishing changes which flow answers its buyers.
  const shop = await createShop(page);
  const flowId = await newFlow(page, shop.id, 'Publish gate');
  await page.goto(`/shops/${shop.id}/flows/${flowId}`);
  await selectNode(page, 'start');
  await addAfterSelected(page, 'greeting');
  await selectNode(page, 'greeting_1');
  await addAfterSelected(page, 'intent');
  await selectNode(page, 'intent_1');
  await addAfterSelected(page, 'message');
  await saved(page);
  // The router's "no match" exit is not connected: FLOW005, an error.
  await page.getByTestId('publish').click();
  const dialog = page.getByTestId('publish-dialog');
  await expect(dialog.getByRole('alert')).toContainText('no match');
  await expect(dialog.getByTestId('publish-confirm')).toBeDisabled();
  await page.keyboard.press('Escape');

  await selectNode(page, 'intent_1');
  await addAfterSelected(page, 'fallback');
  await selectNode(page, 'fallback_1');
  await addAfterSelected(page, 'handoff');
  await saved(page);
  await page.getByTestId('publish').click();
  await dialog.getByLabel('What changed?').fill('First version');
  await dialog.getByTestId('publish-confirm').click();
  await expect(dialog.getByRole('status')).toContainText('version 1');
});

test('two people editing the same draft: the later save gets the choice, never a silent overwrite', async ({ browser }) => {
  const a = await browser.newPage();
  const b = await browser.newPage();
  await signIn(a);
  await signIn(b, 'admin@replyflow.dev');
  const flowId = await newFlow(a, 'cn-douyin', 'Shared draft');
  await a.goto(`/shops/cn-douyin/flows/${flowId}`);
  await b.goto(`/shops/cn-douyin/flows/${flowId}`);
  await selectNode(a, 'start');
  await addAfterSelected(a, 'greeting');
  await saved(a);
  await selectNode(b, 'start');
  await addAfterSelected(b, 'message');
  const conflict = b.getByTestId('conflict-dialog');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await expect(conflict).toContainText('Lin Wei');
  await screenshot(b, 'designer-conflict-en');
  await conflict.getByRole('button', { name: 'Load their version' }).click();
  await expect(b.getByTestId('node-greeting_1')).toBeVisible();
  await expect(b.getByTestId('node-message_1')).toHaveCount(0);

  // Keep mine as a copy: the other person's edit goes to a new flow, theirs stays.
  await selectNode(a, 'greeting_1');
  await addAfterSelected(a, 'end');
  await saved(a);
  await selectNode(b, 'greeting_1');
  await addAfterSelected(b, 'fallback');
  await expect(conflict).toBeVisible({ timeout: 15_000 });
  await conflict.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(b).toHaveURL(/shared-draft-my-copy/);
  await expect(b.getByTestId('node-fallback_1')).toBeVisible();
  await a.reload();
  await expect(a.getByTestId('node-end_1')).toBeVisible();
  await expect(a.getByTestId('node-fallback_1')).toHaveCount(0);
});

test('the designer in 中文 shows no English interface text', async ({ page }) => {
  await signIn(page);
  await page.goto('/shops/cn-douyin/flows/customer-service');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
  await page.getByTestId('problems-tab').click();
  await screenshot(page, 'designer-zh');
  const chrome = await page.locator('header, aside, [role="tablist"], [data-testid="save-status"]').allInnerTexts();
  const english = /\b(Undo|Redo|Publish|Canvas|Problems|Versions|Add a step|Greeting|Message|Fallback|Settings|Sign out|Shops|Members|saved|Select)\b/;
  for (const text of chrome) expect(text).not.toMatch(english);
  // The preview and the conversation tests speak 中文 too.
  const ours = /\b(Run all|passed|failed|Not run|Save as test|Reset|Circumstances|Date and time|Now|Tonight|Agents online|available|Buyer|Language|Orders|Send|Draft|Bot answers)\b/;
  await page.getByTestId('preview-tab').click();
  await expect(page.getByTestId('preview-save-test')).toHaveText('保存为测试');
  for (const text of await page.locator('aside').allInnerTexts()) expect(text).not.toMatch(ours);
  await page.getByTestId('tests-tab').click();
  await page.getByTestId('tests-run-all').click();
  await expect(page.getByTestId('tests-summary')).toContainText('个通过');
  for (const text of await page.locator('aside').allInnerTexts()) expect(text).not.toMatch(ours);
  await screenshot(page, 'designer-tests-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
});
