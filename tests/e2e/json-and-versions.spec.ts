import { expect, test, type Page } from '@playwright/test';
import { screenshot, signIn } from './helpers';

// Each test works on its own copy of cn-douyin's "Customer service", made through the app's API.
async function trpc<T>(page: Page, path: string, input: unknown, method: 'query' | 'mutation' = 'mutation'): Promise<T> {
  const res =
    method === 'query'
      ? await page.request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`)
      : await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = (await res.json()) as { result?: { data?: { json?: T } }; error?: unknown };
  expect(res.ok(), `${path}: ${JSON.stringify(body.error)}`).toBe(true);
  return body.result!.data!.json!;
}

async function copyOfCustomerService(page: Page, name: string): Promise<string> {
  const flow = await trpc<{ id: string }>(page, 'flows.create', { shopId: 'cn-douyin', name, source: { type: 'copy', shopId: 'cn-douyin', flowId: 'customer-service' } });
  return flow.id;
}

const editor = (page: Page) => page.getByTestId('json-monaco');
const jsonState = (page: Page) => page.getByTestId('json-state');

async function openJsonTab(page: Page) {
  await page.getByTestId('json-tab').click();
  await expect(editor(page).locator('.monaco-editor .view-lines')).toBeVisible({ timeout: 20_000 });
}

/** Monaco's own find/replace (Ctrl+H): replaces every match, as a person would. */
async function replaceAll(page: Page, find: string, replace: string) {
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+H');
  const widget = editor(page).locator('.find-widget');
  await expect(widget).toBeVisible();
  const findInput = widget.locator('.find-part textarea');
  await findInput.fill(find);
  await expect(widget.locator('.matchesCount')).not.toHaveText(/No results/);
  const replaceInput = widget.locator('.replace-part textarea');
  await replaceInput.fill(replace);
  await expect(replaceInput).toHaveValue(replace);
  await widget.getByRole('button', { name: /Replace All/ }).click();
  // Every match replaced (no replacement contains what it replaces).
  await expect(widget.locator('.matchesCount')).toHaveText(/No results/);
  await page.keyboard.press('Escape');
}

/** Finds text with Monaco's find widget; the match is scrolled into view and selected. */
async function findInEditor(page: Page, text: string) {
  await editor(page).locator('.view-lines').click();
  await page.keyboard.press('Control+F');
  const widget = editor(page).locator('.find-widget');
  await widget.locator('.find-part textarea').fill(text);
  await expect(widget.locator('.matchesCount')).toHaveText(/^1 of 1$/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
}

const nodeHeader = (page: Page, id: string) => page.getByTestId(`node-${id}`);

test('the JSON tab: a valid edit reaches the canvas as one undo step; invalid ones show their errors and change nothing', async ({ page }) => {
  test.setTimeout(120_000);
  // Monaco and its workers come from the app's own build: nothing is fetched from elsewhere.
  const elsewhere: string[] = [];
  const consoleErrors: string[] = [];
  page.on('request', (r) => {
    if (!/^(https?:\/\/localhost[:/]|data:|blob:)/.test(r.url())) elsewhere.push(r.url());
  });
  page.on('console', (m) => {
    // (The app has no favicon yet; that 404 is not the editor's.)
    if (m.type() === 'error' && !m.location().url.endsWith('/favicon.ico')) consoleErrors.push(`${m.text()} ${m.location().url}`);
  });
  await signIn(page);
  const flowId = await copyOfCustomerService(page, 'JSON tab check');
  await page.goto(`/shops/cn-douyin/flows/${flowId}`);
  await expect(nodeHeader(page, 'greeting')).toContainText('欢迎语 + 常见问题');

  await openJsonTab(page);
  await expect(jsonState(page)).toHaveText('Same as the canvas');
  await expect(page.getByTestId('json-apply')).toBeDisabled();
  // The schema drives completion: the market's allowed values are offered.
  await findInEditor(page, '"market": "CN"');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+Space');
  const suggest = editor(page).locator('.suggest-widget');
  await expect(suggest).toBeVisible();
  await expect(suggest).toContainText('"US"');
  await expect(suggest).toContainText('"LATAM"');
  await page.keyboard.press('Escape');
  // An unknown market: the schema's error shows in the editor and in the list, with its path.
  await page.keyboard.type('"XX"');
  await expect(jsonState(page)).toHaveAttribute('data-state', 'invalid');
  await expect(page.getByTestId('json-errors')).toContainText('market');
  await expect(editor(page).locator('.squiggly-error').first()).toBeAttached();
  await expect(page.getByTestId('json-apply')).toBeDisabled();
  // Rename a step in the same text: nothing is applied while the document is invalid.
  await replaceAll(page, '欢迎语 + 常见问题', '欢迎 JSON 已改');
  await expect(jsonState(page)).toHaveAttribute('data-state', 'invalid');
  await screenshot(page, 'json-tab-invalid-en');
  // Unapplied edits survive a look at the canvas, which has not changed.
  await page.getByRole('tab', { name: 'Canvas' }).click();
  await expect(nodeHeader(page, 'greeting')).toContainText('欢迎语 + 常见问题');
  await openJsonTab(page);
  await expect(jsonState(page)).toHaveAttribute('data-state', 'invalid');
  await expect(page.getByTestId('json-errors')).toContainText('market');

  // A JSON syntax error says where it is.
  await replaceAll(page, '"schemaVersion": 1,', '"schemaVersion": 1 ,,');
  await expect(jsonState(page)).toHaveText('Not valid JSON: not applied');
  await expect(page.getByTestId('json-errors')).toContainText(/line 2, column \d+ JSON syntax: a property name in double quotes is expected here/);

  // Dropping the edits brings back the canvas's document.
  await page.getByTestId('json-discard').click();
  await expect(jsonState(page)).toHaveText('Same as the canvas');
  await expect(page.getByTestId('json-errors')).toHaveCount(0);

  // A valid edit: applied on request, one undo step.
  await replaceAll(page, '欢迎语 + 常见问题', '欢迎 JSON 已改');
  await expect(jsonState(page)).toHaveText('Edited, not applied yet');
  await page.getByTestId('json-apply').click();
  await expect(jsonState(page)).toHaveText('Applied to the canvas');
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved', { timeout: 15_000 });
  await screenshot(page, 'json-tab-en');
  await page.getByRole('tab', { name: 'Canvas' }).click();
  await expect(nodeHeader(page, 'greeting')).toContainText('欢迎 JSON 已改');

  // Undo while the JSON tab is open: the editor follows the canvas.
  await openJsonTab(page);
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(jsonState(page)).toHaveText('Same as the canvas');
  await findInEditor(page, '欢迎语 + 常见问题');
  // With unapplied edits the editor keeps them and says that the canvas changed.
  await replaceAll(page, '识别买家问题', '识别问题 JSON');
  await page.getByRole('button', { name: /Redo/ }).click();
  await expect(page.getByTestId('json-canvas-changed')).toBeVisible();
  await page.getByTestId('json-load-current').click();
  await expect(page.getByTestId('json-canvas-changed')).toHaveCount(0);
  await findInEditor(page, '欢迎 JSON 已改');
  await page.getByRole('tab', { name: 'Canvas' }).click();
  await expect(nodeHeader(page, 'greeting')).toContainText('欢迎 JSON 已改');
  await expect(nodeHeader(page, 'router')).toContainText('识别买家问题');

  // 中文
  await page.getByRole('button', { name: '中文' }).click();
  await page.getByTestId('json-tab').click();
  await expect(jsonState(page)).toHaveText('与画布一致');
  await replaceAll(page, '"market": "CN"', '"market": "XX"');
  await expect(jsonState(page)).toHaveText('1 个问题：未应用');
  await screenshot(page, 'json-tab-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('tab', { name: 'Canvas' })).toBeVisible();
  expect(elsewhere).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('a version read-only shows its JSON read-only', async ({ page }) => {
  await signIn(page);
  await page.goto('/shops/cn-douyin/flows/customer-service?version=1');
  await openJsonTab(page);
  await expect(page.getByTestId('json-editor')).toContainText('Read only');
  await expect(page.getByTestId('json-apply')).toHaveCount(0);
  await editor(page).locator('.view-lines').click();
  await page.keyboard.type('xyz');
  await expect(editor(page).locator('.view-lines')).not.toContainText('xyz');
});

test('two published versions compared: changed steps marked on the canvas, a list of changes, and the JSON side by side', async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page);
  const flowId = await copyOfCustomerService(page, 'Compare check');

  // Version 1, published from the designer.
  await page.goto(`/shops/cn-douyin/flows/${flowId}`);
  await publishFromDesigner(page, 'First release');

  // Then: a step removed, one added in its place, a reply rewritten (as an import would), ...
  type Doc = { nodes: { id: string; kind: string; label?: string; position: { x: number; y: number }; data: Record<string, unknown> }[]; edges: { id: string; source: string; sourceHandle: string; target: string }[] };
  const draft = await trpc<{ document: Doc; revision: number }>(page, 'flows.get', { shopId: 'cn-douyin', flowId }, 'query');
  const doc = draft.document;
  const thanks = doc.nodes.find((n) => n.id === 'feedback-thanks')!;
  doc.nodes = doc.nodes.filter((n) => n.id !== 'feedback-thanks');
  doc.nodes.push({ id: 'member-coupon', kind: 'message', label: '会员专享优惠', position: { x: thanks.position.x, y: thanks.position.y + 220 }, data: { reply: { text: { zh: '会员专享：满199减20～' }, buttons: [] }, replyKind: 'answer' } });
  doc.edges = doc.edges.map((e) => (e.target === 'feedback-thanks' ? { ...e, target: 'member-coupon' } : e)).filter((e) => e.source !== 'feedback-thanks');
  const invoice = doc.nodes.find((n) => n.id === 'answer-invoice')!;
  const reply = invoice.data.reply as { text: { zh: string } };
  reply.text.zh = `${reply.text.zh}（电子发票会发到您的邮箱）`;
  await trpc(page, 'flows.saveDraft', { shopId: 'cn-douyin', flowId, baseRevision: draft.revision, document: doc });

  // ... and a step renamed in the JSON tab; version 2 published from the designer.
  await page.goto(`/shops/cn-douyin/flows/${flowId}`);
  await openJsonTab(page);
  await replaceAll(page, '欢迎语 + 常见问题', '欢迎语（双十一）');
  await page.getByTestId('json-apply').click();
  await expect(page.getByTestId('save-status')).toHaveText('All changes saved', { timeout: 15_000 });
  await publishFromDesigner(page, 'Double 11 greeting');

  // The versions page compares the two newest versions by default.
  await page.goto(`/shops/cn-douyin/flows/${flowId}/versions`);
  await page.getByTestId('compare').getByRole('link', { name: 'Compare' }).click();
  await expect(page).toHaveURL(new RegExp(`/versions/compare\\?from=1&to=2$`));
  await expect(page.getByTestId('compare-summary')).toContainText('v1 → v2');

  // It opens on the changes; the whole flow is one click away.
  const canvas = page.getByTestId('compare-canvas');
  await expect(canvas.getByTestId('node-member-coupon')).toBeInViewport();
  await page.getByTestId('fit-all').click();
  await expect(canvas.getByTestId('node-greeting')).toHaveAttribute('data-diff', 'changed');
  await expect(canvas.getByTestId('node-answer-invoice')).toHaveAttribute('data-diff', 'changed');
  await expect(canvas.getByTestId('node-member-coupon')).toHaveAttribute('data-diff', 'added');
  await expect(canvas.getByTestId('node-feedback-thanks')).toHaveAttribute('data-diff', 'removed');
  await expect(canvas.getByTestId('node-router')).toHaveAttribute('data-diff', 'same');
  await expect(canvas.getByTestId('node-greeting')).toContainText('Changed');

  const list = page.getByTestId('change-list');
  await expect(list.getByTestId('change-node-greeting')).toContainText('欢迎语（双十一）');
  await expect(list.getByTestId('change-node-greeting')).toContainText('欢迎语 + 常见问题');
  await expect(list.getByTestId('change-node-answer-invoice')).toContainText('电子发票会发到您的邮箱');
  await expect(list.getByTestId('change-node-feedback-thanks')).toHaveAttribute('data-status', 'removed');
  await expect(list.getByTestId('change-node-member-coupon')).toHaveAttribute('data-status', 'added');
  await expect(list.getByTestId('changes-edges')).toContainText('Rewired');

  // Monaco's diff editor, side by side, with the changed lines marked.
  const diff = page.getByTestId('json-diff');
  await expect(diff.locator('.monaco-diff-editor')).toBeVisible({ timeout: 20_000 });
  await expect(diff.locator('.editor.original')).toBeVisible();
  await expect(diff.locator('.editor.modified')).toBeVisible();
  await expect(diff.locator('.line-insert, .char-insert').first()).toBeAttached();
  await expect(diff.locator('.editor.modified')).toContainText('欢迎语（双十一）');
  await screenshot(page, 'compare-en');

  // A step in the list shows itself on the canvas.
  await list.getByTestId('change-node-greeting').getByRole('button').click();
  await expect(canvas.getByTestId('node-greeting')).toBeInViewport();
  await expect(canvas.getByTestId('node-member-coupon')).not.toBeInViewport();

  // Swapping the sides turns additions into removals.
  await page.getByTestId('compare-swap').click();
  await expect(page).toHaveURL(/from=2&to=1$/);
  await expect(canvas.getByTestId('node-member-coupon')).toHaveAttribute('data-diff', 'removed');
  await expect(canvas.getByTestId('node-feedback-thanks')).toHaveAttribute('data-diff', 'added');

  // Against the draft, by choosing the side.
  await page.getByTestId('compare-to').click();
  await page.getByRole('option', { name: 'Draft (not published)' }).click();
  await expect(page).toHaveURL(/from=2&to=draft$/);
  await expect(page.getByTestId('no-changes')).toBeVisible();

  // 中文
  await page.goto(`/shops/cn-douyin/flows/${flowId}/versions/compare?from=1&to=2`);
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('compare-title')).toContainText('对比');
  await expect(canvas.getByTestId('node-greeting')).toContainText('修改');
  await expect(page.getByTestId('json-diff').locator('.line-insert, .char-insert').first()).toBeAttached({ timeout: 20_000 });
  await screenshot(page, 'compare-zh');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByTestId('compare-title')).toContainText('Compare versions of');

  // A side that doesn't exist is said so.
  await page.goto(`/shops/cn-douyin/flows/${flowId}/versions/compare?from=1&to=9`);
  await expect(page.getByTestId('compare-invalid')).toContainText('Version 9 does not exist in this flow.');
});

async function publishFromDesigner(page: Page, note: string) {
  await page.getByTestId('publish').click();
  const dialog = page.getByTestId('publish-dialog');
  await dialog.getByLabel('What changed?').fill(note);
  await dialog.getByTestId('publish-confirm').click();
  await expect(dialog).toContainText(/Published as version \d+/, { timeout: 15_000 });
  await dialog.getByRole('button', { name: 'Close' }).first().click();
}
