import { expect, test, type Page } from '@playwright/test';
import { mutate, unique } from './api';
import { screenshot, signIn } from './helpers';

/**
 * The inspector: a form per step kind checked by the flow schemas, the intent, reply and
 * schedule editors, and the flow settings. Every test edits a flow of its own on cn-douyin.
 */

async function newFlow(page: Page, template: 'douyin-cn' | 'tiktok-us', name: string): Promise<string> {
  const flow = await mutate<{ id: string }>(page.request, 'flows.create', { shopId: 'cn-douyin', name: `${name} ${unique()}`, source: { type: 'template', template } });
  await page.goto(`/shops/cn-douyin/flows/${flow.id}`);
  await expect(page.getByTestId('node-start')).toBeVisible();
  return flow.id;
}

/** Selects a step through "find a step", as a person looking for it would. */
async function selectStep(page: Page, id: string, kind: string) {
  await page.getByTestId('find-node').fill(id);
  await page.getByTestId('find-node').press('Enter');
  await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', kind);
  await expect(page.getByTestId('inspector')).toContainText(id);
}

/** Nothing selected: the inspector shows the flow settings (its header button leaves the step). */
async function selectNothing(page: Page) {
  if ((await page.getByTestId('flow-settings').count()) === 0) await page.getByTestId('show-flow-settings').click();
  await expect(page.getByTestId('flow-settings')).toBeVisible();
}

const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveText('All changes saved', { timeout: 15_000 });

test('question router: keywords as chips with alternatives, a new question, and "try a sentence" with the runtime matcher', async ({ page }) => {
  await signIn(page);
  await newFlow(page, 'douyin-cn', 'Keywords');
  await selectStep(page, 'router', 'intent');
  const inspector = page.getByTestId('inspector');

  // An existing question: its keyword "快递|物流|包裹|…" is one chip showing its alternatives.
  await inspector.getByTestId('routed-where_is_parcel').getByRole('button', { name: /查物流/ }).click();
  const parcel = inspector.getByTestId('intent-editor-where_is_parcel');
  const firstChip = parcel.getByTestId('keyword-chip').first();
  await expect(firstChip.getByTestId('keyword-alternative')).toHaveText(['快递', '物流', '包裹', '快递单号', '运单号', '物流单号', '到哪了', '查件', '签收', '没收到', '到哪儿了', '派送中', '快遞', '單號']);
  await inspector.getByTestId('routed-where_is_parcel').getByRole('button', { name: /查物流/ }).click();

  // A new question routed by this step, with a keyword typed as alternatives, and one more added inside the chip.
  await inspector.getByTestId('new-intent-name').fill('Live room perks');
  await inspector.getByTestId('new-intent').click();
  const editor = inspector.getByTestId('intent-editor-live-room-perks');
  await expect(editor).toBeVisible();
  await editor.getByTestId('keyword-input').fill('直播间|福袋｜live deal');
  await editor.getByTestId('keyword-input').press('Enter');
  const chip = editor.getByTestId('keyword-chip');
  await expect(chip).toHaveCount(1);
  await expect(chip.getByTestId('keyword-alternative')).toHaveText(['直播间', '福袋', 'live deal']);
  await chip.getByRole('button', { name: /Edit the alternatives/ }).click();
  await chip.getByTestId('alternative-input').fill('直播价');
  await chip.getByTestId('alternative-input').press('Enter');
  await expect(chip.getByTestId('keyword-alternative')).toHaveText(['直播间', '福袋', 'live deal', '直播价']);
  await chip.getByRole('button', { name: 'Remove “live deal”' }).click();
  await expect(chip.getByTestId('keyword-alternative')).toHaveText(['直播间', '福袋', '直播价']);
  await chip.getByRole('button', { name: 'Done' }).click();
  // The new question is an exit of the router on the canvas.
  await expect(page.getByTestId('exit-router-live-room-perks')).toHaveText('Live room perks');

  // Try a sentence: live result with the score, top candidates and the threshold line.
  const tryBox = inspector.getByTestId('try-sentence');
  await tryBox.getByTestId('try-input').fill('直播间的福袋怎么抢');
  await expect(tryBox.getByTestId('try-result')).toContainText('Matches Live room perks with');
  await expect(tryBox.getByTestId('try-result')).toContainText('(threshold 50)');
  await expect(tryBox.getByTestId('try-candidate').first()).toContainText('Live room perks');
  await expect(tryBox.getByTestId('try-candidate').first()).toContainText('Keyword “直播间”');
  await expect(tryBox.getByTestId('threshold-line').first()).toBeVisible();
  const score = Number((await tryBox.getByTestId('try-candidate').first().locator('span.tabular-nums').innerText()).trim());
  expect(score).toBeGreaterThanOrEqual(50);
  await tryBox.getByTestId('try-input').fill('我的快递到哪了');
  await expect(tryBox.getByTestId('try-result')).toContainText('Matches 查物流');
  await tryBox.getByTestId('try-input').fill('转人工');
  await expect(tryBox.getByTestId('try-trigger')).toContainText('买家要求转人工');
  await tryBox.getByTestId('try-input').fill('今天天气真好');
  await expect(tryBox.getByTestId('try-result')).toContainText('No match');
  await tryBox.getByTestId('try-input').fill('直播间的福袋怎么抢');
  // Typing at the foot of a long inspector scrolls the inspector only: the page stays put and
  // the toolbar's Publish button is still there to click, not under the app header.
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  const publishOnTop = await page.getByTestId('publish').evaluate((button) => {
    const r = button.getBoundingClientRect();
    return button.contains(document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2));
  });
  expect(publishOnTop).toBe(true);
  await screenshot(page, 'inspector-intent-try-en');
  await tryBox.screenshot({ path: 'test-results/screens/inspector-try-box-en.png' });

  // Saved with the flow: after a reload the question and its chip are still there.
  await saved(page);
  await page.reload();
  await selectStep(page, 'router', 'intent');
  await inspector.getByTestId('routed-live-room-perks').getByRole('button', { name: /Live room perks/ }).click();
  await expect(inspector.getByTestId('intent-editor-live-room-perks').getByTestId('keyword-alternative')).toHaveText(['直播间', '福袋', '直播价']);
});

test('reply editor: two languages, a missing translation, an unknown variable with a suggestion, a banned phrase, buttons', async ({ page }) => {
  await signIn(page);
  await newFlow(page, 'tiktok-us', 'Replies');

  // A third language for the flow, added in the flow settings (nothing selected).
  await selectNothing(page);
  await page.getByTestId('section-languages').getByRole('button', { name: 'Languages' }).click();
  await page.getByTestId('languages-editor').getByRole('combobox').nth(1).click();
  await page.getByRole('option', { name: /Portuguese/ }).click();
  await expect(page.getByTestId('language-pt')).toBeVisible();

  await selectStep(page, 'greeting', 'greeting');
  const reply = page.getByTestId('reply-data.reply');
  await expect(reply.getByTestId('lang-tab-pt')).toHaveAttribute('data-missing', 'true');
  await expect(reply.getByTestId('lang-tab-en')).not.toHaveAttribute('data-missing', 'true');

  // English, typed: the unknown {order_number} is flagged with a suggestion, WhatsApp is highlighted.
  const en = reply.locator('textarea[data-path="data.reply.text.en"]');
  await en.fill('Hi {buyer_name}! Order {order_number} ships today. WhatsApp me for faster help.');
  const unknown = reply.getByTestId('unknown-variable');
  await expect(unknown).toContainText('{order_number} is not a variable of this flow.');
  await expect(unknown).toContainText('Did you mean {order_id}?');
  await expect(reply.getByTestId('banned-phrase')).toContainText('“WhatsApp me” is not allowed in US replies');
  await expect(reply.getByTestId('banned-phrase')).toContainText('Off-platform contact');
  await expect(reply.locator('mark[data-mark="banned"]')).toHaveText('WhatsApp me');
  await expect(reply.locator('mark[data-mark="unknown"]')).toHaveText('{order_number}');
  await screenshot(page, 'inspector-reply-flags-en');
  await unknown.getByRole('button', { name: 'Use {order_id}' }).click();
  await expect(en).toHaveValue('Hi {buyer_name}! Order {order_id} ships today. WhatsApp me for faster help.');
  await expect(reply.getByTestId('unknown-variable')).toHaveCount(0);
  await en.fill('Hi {buyer_name}! Order {order_id} ships today. Ask me anything here.');
  await expect(reply.getByTestId('banned-phrase')).toHaveCount(0);

  // Spanish, with a variable inserted from the list at the caret.
  await reply.getByTestId('lang-tab-es').click();
  const es = reply.locator('textarea[data-path="data.reply.text.es"]');
  await es.fill('¡Hola ! ¿En qué te ayudo?');
  await es.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(6, 6));
  await reply.getByTestId('insert-variable').click();
  await page.getByTestId('variable-buyer_name').click();
  await expect(es).toHaveValue('¡Hola {buyer_name}! ¿En qué te ayudo?');

  // Portuguese is still missing, and says what buyers get instead.
  await reply.getByTestId('lang-tab-pt').click();
  await expect(reply.getByTestId('missing-translation')).toContainText('No Portuguese text yet');

  // A quick-reply button that asks a question of the knowledge base.
  const buttons = reply.getByTestId('quick-replies');
  const before = await buttons.locator('[data-testid^="button-"]').count();
  await buttons.getByTestId('add-button').click();
  await expect(buttons.locator('[data-testid^="button-"]')).toHaveCount(before + 1);
  await screenshot(page, 'inspector-greeting-en');

  await saved(page);
  await page.reload();
  await selectStep(page, 'greeting', 'greeting');
  await expect(page.locator('textarea[data-path="data.reply.text.en"]')).toHaveValue('Hi {buyer_name}! Order {order_id} ships today. Ask me anything here.');
  await page.getByTestId('reply-data.reply').getByTestId('lang-tab-es').click();
  await expect(page.locator('textarea[data-path="data.reply.text.es"]')).toHaveValue('¡Hola {buyer_name}! ¿En qué te ayudo?');
  await expect(page.getByTestId('reply-data.reply').getByTestId('quick-replies').locator('[data-testid^="button-"]')).toHaveCount(before + 1);
});

test('schedule editor: a split shift, an overnight range, a holiday, checked per field', async ({ page }) => {
  await signIn(page);
  await newFlow(page, 'tiktok-us', 'Hours');
  await selectStep(page, 'working-hours', 'working_hours');
  const inspector = page.getByTestId('inspector');
  const monday = inspector.getByTestId('day-mon');

  // Monday: 09:00–12:00 and a second range typed loosely ("1330" → 13:30).
  const monStart = monday.locator('input[data-path$="weekly.mon.0.start"]');
  const monEnd = monday.locator('input[data-path$="weekly.mon.0.end"]');
  await monStart.fill('9');
  await monStart.press('Enter');
  await monEnd.fill('12:00');
  await monEnd.press('Enter');
  await expect(monStart).toHaveValue('09:00');
  if ((await monday.getByTestId('range').count()) < 2) await monday.getByTestId('add-range').click();
  await expect(monday.getByTestId('range')).toHaveCount(2);
  await monday.locator('input[data-path$="weekly.mon.1.start"]').fill('1330');
  await monday.locator('input[data-path$="weekly.mon.1.start"]').press('Enter');
  await monday.locator('input[data-path$="weekly.mon.1.end"]').fill('18:00');
  await monday.locator('input[data-path$="weekly.mon.1.end"]').press('Enter');
  await expect(monday.locator('input[data-path$="weekly.mon.1.start"]')).toHaveValue('13:30');

  // A bad time is refused at its field and not saved.
  await monday.locator('input[data-path$="weekly.mon.1.end"]').fill('25:00');
  await monday.locator('input[data-path$="weekly.mon.1.end"]').press('Enter');
  await expect(monday.getByRole('alert')).toContainText('Use HH:MM');
  await monday.locator('input[data-path$="weekly.mon.1.end"]').fill('18:00');
  await monday.locator('input[data-path$="weekly.mon.1.end"]').press('Enter');
  await expect(monday.getByRole('alert')).toHaveCount(0);

  // An overlap is shown at the range it concerns.
  await monday.locator('input[data-path$="weekly.mon.1.start"]').fill('11:00');
  await monday.locator('input[data-path$="weekly.mon.1.start"]').press('Enter');
  await expect(monday.getByTestId('schedule-problem')).toContainText('overlaps');
  await monday.locator('input[data-path$="weekly.mon.1.start"]').fill('13:30');
  await monday.locator('input[data-path$="weekly.mon.1.start"]').press('Enter');
  await expect(monday.getByTestId('schedule-problem')).toHaveCount(0);

  // Friday runs overnight: 20:00–02:00, and the editor says so.
  const friday = inspector.getByTestId('day-fri');
  while ((await friday.getByTestId('range').count()) > 1) await friday.getByRole('button', { name: 'Remove range' }).last().click();
  if ((await friday.getByTestId('range').count()) === 0) await friday.getByTestId('add-range').click();
  await friday.locator('input[data-path$="weekly.fri.0.start"]').fill('20:00');
  await friday.locator('input[data-path$="weekly.fri.0.start"]').press('Enter');
  await friday.locator('input[data-path$="weekly.fri.0.end"]').fill('02:00');
  await friday.locator('input[data-path$="weekly.fri.0.end"]').press('Enter');
  await expect(friday.getByTestId('overnight')).toHaveText('Overnight: open until 02:00 on Sat');

  // A holiday.
  const holidays = inspector.getByTestId('holidays');
  const count = await holidays.getByTestId('holiday').count();
  await holidays.getByRole('button', { name: 'Add holiday' }).click();
  const holiday = holidays.getByTestId('holiday').nth(count);
  await holiday.locator('input[type="date"]').fill('2027-01-01');
  await holiday.locator('input[type="date"]').press('Enter');
  await holiday.getByLabel('Holiday name').fill("New Year's Day");
  await holiday.getByLabel('Holiday name').press('Enter');
  // Its name in the flow's other language (Spanish), which Spanish replies read as {holiday}.
  const translations = holiday.getByTestId('name-translations');
  await expect(translations.locator('summary')).toHaveText('Name in other languages (0/1)');
  await translations.locator('summary').click();
  await expect(translations.getByLabel('Name in Spanish')).toHaveAttribute('placeholder', "New Year's Day");
  await translations.getByLabel('Name in Spanish').fill('Año Nuevo');
  await translations.getByLabel('Name in Spanish').press('Enter');
  await expect(translations.locator('summary')).toHaveText('Name in other languages (1/1)');

  // The time zone picker searches the browser's zones, also by city name.
  await inspector.getByTestId('timezone-input').click();
  await inspector.getByTestId('timezone-input').fill('kuala');
  await page.getByRole('option', { name: /Kuala Lumpur/ }).click();
  await expect(inspector.getByTestId('timezone-input')).toHaveValue('Asia/Kuala_Lumpur');
  await expect(inspector).toContainText("The shop's time zone is Asia/Shanghai.");
  await screenshot(page, 'inspector-schedule-en');
  await page.setViewportSize({ width: 1440, height: 2600 });
  await inspector.screenshot({ path: 'test-results/screens/inspector-schedule-full-en.png' });
  await page.setViewportSize({ width: 1440, height: 900 });

  await saved(page);
  await page.reload();
  await selectStep(page, 'working-hours', 'working_hours');
  await expect(inspector.locator('input[data-path$="weekly.mon.0.start"]')).toHaveValue('09:00');
  await expect(inspector.locator('input[data-path$="weekly.mon.1.start"]')).toHaveValue('13:30');
  await expect(inspector.locator('input[data-path$="weekly.mon.1.end"]')).toHaveValue('18:00');
  await expect(inspector.getByTestId('day-fri').getByTestId('overnight')).toBeVisible();
  await expect(inspector.getByTestId('timezone-input')).toHaveValue('Asia/Kuala_Lumpur');
  await expect(inspector.getByTestId('holidays').getByTestId('holiday').nth(count).getByLabel('Holiday name')).toHaveValue("New Year's Day");
  const reloaded = inspector.getByTestId('holidays').getByTestId('holiday').nth(count).getByTestId('name-translations');
  await reloaded.locator('summary').click();
  await expect(reloaded.getByLabel('Name in Spanish')).toHaveValue('Año Nuevo');
});

test('a typed word is one undo step; a refused value is not committed; a clicked problem opens its field', async ({ page }) => {
  await signIn(page);
  await newFlow(page, 'tiktok-us', 'Undo');
  await selectStep(page, 'handoff', 'handoff');
  const queue = page.locator('input[data-path="data.queue"]');
  const original = await queue.inputValue();
  await queue.click();
  await queue.press('End');
  await queue.pressSequentially('-vip', { delay: 60 });
  await expect(page.getByTestId('node-handoff')).toContainText(`${original}-vip`);
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(queue).toHaveValue(original);

  // An empty queue breaks the handoff schema: shown at the field, the document keeps the old one.
  await queue.fill('');
  await queue.press('Enter');
  await expect(page.getByTestId('inspector').getByRole('alert')).toHaveText('Required');
  await expect(page.getByTestId('node-handoff')).toContainText(original);
  await queue.fill(original);
  await queue.press('Enter');

  // A missing translation in the problems panel: clicking it opens the reply's Spanish tab at that field.
  await selectStep(page, 'fallback', 'fallback');
  await page.locator('textarea[data-path="data.reply.text.en"]').click();
  await page.getByTestId('reply-data.reply').getByTestId('lang-tab-es').click();
  await page.locator('textarea[data-path="data.reply.text.es"]').fill('');
  await page.getByTestId('reply-data.reply').getByTestId('lang-tab-en').click();
  await page.getByTestId('problems-tab').click();
  await page.getByTestId('problems-list').getByRole('button', { name: /fallback/ }).filter({ hasText: 'es' }).first().click();
  // The click itself opens the step settings at the field.
  await expect(page.getByRole('tab', { name: 'Step settings' })).toHaveAttribute('data-state', 'active');
  await expect(page.locator('textarea[data-path="data.reply.text.es"]')).toBeFocused();
  await expect(page.getByTestId('reply-data.reply').getByTestId('lang-tab-es')).toHaveAttribute('data-state', 'active');

  // A flow-level problem (a question without keywords or examples) opens the knowledge base at that question.
  await selectNothing(page);
  await page.getByTestId('section-knowledge').locator('h3 button').click();
  await page.getByTestId('knowledge-base').getByTestId('new-intent-name').fill('Gift wrapping');
  await page.getByTestId('knowledge-base').getByTestId('new-intent').click();
  await expect(page.getByTestId('intent-editor-gift-wrapping')).toBeVisible();
  await page.getByTestId('section-knowledge').locator('h3 button').click();
  await expect(page.getByTestId('intent-editor-gift-wrapping')).toHaveCount(0);
  await page.getByTestId('problems-tab').click();
  await page.getByTestId('problems-list').getByRole('button', { name: /"gift-wrapping" has no keywords/ }).click();
  await expect(page.getByRole('tab', { name: 'Step settings' })).toHaveAttribute('data-state', 'active');
  await expect(page.getByTestId('intent-editor-gift-wrapping')).toBeVisible();
  await expect(page.getByTestId('kb-intent-gift-wrapping')).toBeFocused();
});

test('read-only versions disable every field', async ({ page }) => {
  await signIn(page);
  await page.goto('/shops/cn-douyin/flows/customer-service?version=1');
  await expect(page.getByTestId('read-only')).toBeVisible();
  await selectStep(page, 'router', 'intent');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.locator('input:not([type="hidden"]):not(#try-sentence)').first()).toBeVisible();
  for (const input of await inspector.locator('input:not(#try-sentence), textarea').all()) await expect(input).toBeDisabled();
  await expect(inspector.getByTestId('new-intent')).toHaveCount(0);
  // Trying sentences still works on a published version.
  await inspector.getByTestId('try-input').fill('什么时候发货');
  await expect(inspector.getByTestId('try-result')).toContainText('催发货');
});

test('flow settings: automatic handovers go through the working-hours check, or straight to the first handover step', async ({ page }) => {
  await signIn(page);
  await newFlow(page, 'tiktok-us', 'Guards');
  await selectNothing(page);
  await page.getByTestId('section-conversation').locator('h3 button').click();
  const target = page.locator('[data-path="settings.guardHandoffTarget"]');
  await expect(target).toHaveText('Customer service open?');
  await target.click();
  await page.getByRole('option', { name: 'Straight to the first handover step' }).click();
  await expect(target).toHaveText('Straight to the first handover step');
  await saved(page);
  await page.reload();
  await selectNothing(page);
  await page.getByTestId('section-conversation').locator('h3 button').click();
  await expect(page.locator('[data-path="settings.guardHandoffTarget"]')).toHaveText('Straight to the first handover step');
});

test('forms of every kind in English and 中文 (screenshots)', async ({ page }) => {
  // Tall enough that each form fits the panel without scrolling.
  await page.setViewportSize({ width: 1440, height: 2600 });
  await signIn(page);
  await newFlow(page, 'tiktok-us', 'Screens');
  const shots: Array<[string, string]> = [
    ['router', 'intent'],
    ['working-hours', 'working_hours'],
    ['greeting', 'greeting'],
    ['handoff', 'handoff'],
    ['fallback', 'fallback'],
    ['order-lookup', 'order_lookup'],
    ['feedback', 'feedback'],
    ['agents', 'agent_status'],
    ['answer-thanks', 'message'],
  ];
  for (const [id, kind] of shots) {
    await selectStep(page, id, kind);
    await page.getByTestId('inspector').screenshot({ path: `test-results/screens/inspector-${kind}-en.png` });
  }
  await selectStep(page, 'router', 'intent');
  await page.getByTestId('routed-where_is_parcel').getByRole('button', { name: /Where is my parcel/ }).click();
  await page.getByTestId('inspector').screenshot({ path: 'test-results/screens/inspector-intent-open-en.png' });
  // Kinds the template lacks: added from the palette.
  for (const kind of ['condition', 'collect', 'set_variable', 'end']) {
    await page.getByTestId(`palette-${kind}`).click();
    await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', kind);
    await page.getByTestId('inspector').screenshot({ path: `test-results/screens/inspector-${kind}-en.png` });
  }
  await selectNothing(page);
  for (const section of ['section-conversation', 'section-robot', 'section-triggers', 'section-variables']) await page.getByTestId(section).locator('h3 button').click();
  await page.getByTestId('inspector').screenshot({ path: 'test-results/screens/inspector-flow-settings-en.png' });

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('button', { name: '撤销' })).toBeVisible();
  try {
    await expect(page.getByTestId('flow-settings')).toContainText('流程设置');
    await page.getByTestId('inspector').screenshot({ path: 'test-results/screens/inspector-flow-settings-zh.png' });
    const english = /\b(Flow settings|Languages|Conversation|Session|Robot|Variables|Knowledge|Working hours|Add|Remove|minutes|Threshold)\b/;
    expect(await page.getByTestId('flow-settings').innerText()).not.toMatch(english);
    for (const [id, kind] of shots) {
      await page.getByTestId('find-node').fill(id);
      await page.getByTestId('find-node').press('Enter');
      await expect(page.getByTestId('inspector')).toHaveAttribute('data-kind', kind);
      await page.getByTestId('inspector').screenshot({ path: `test-results/screens/inspector-${kind}-zh.png` });
      const text = await page.getByTestId('inspector').innerText();
      expect(text, kind).not.toMatch(/\b(Reply|Add button|Insert variable|Threshold|Questions|When tapped|Queue|Reason|Schedule|Closed|Holidays|Try a sentence|Missing)\b/);
    }
    await page.getByTestId('find-node').fill('router');
    await page.getByTestId('find-node').press('Enter');
    await page.getByTestId('try-input').fill('where is my package');
    await expect(page.getByTestId('try-result')).toContainText('匹配');
    await page.getByTestId('inspector').screenshot({ path: 'test-results/screens/inspector-intent-try-zh.png' });
  } finally {
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  }
});
