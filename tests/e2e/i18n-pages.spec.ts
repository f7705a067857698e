import { expect, test, type Page } from '@playwright/test';
import { createMember, createShop, mutate, pageAs } from './api';
import { screenshot, signIn } from './helpers';

/** English UI words that must not appear on a page shown in 中文 (the shops' own data aside). */
const ENGLISH_UI = [
  'Flows',
  'Orders',
  'Settings',
  'Inbox',
  'Open designer',
  'Versions',
  'New flow',
  'Copy to shop',
  'Live flow',
  'Revision',
  'Saved by',
  'Not published',
  'Platform',
  'Country',
  'Timezone',
  'Languages',
  'Published',
  'Roll back',
  'Compare',
  'Open read-only',
  'Save changes',
  'Working hours',
  'working hours',
  'Monday',
  'Sunday',
  'Closed',
  'Holidays',
  'Special dates',
  'Add range',
  'API keys',
  'New API key',
  'Revoke',
  'Active',
  'Shipped',
  'Awaiting shipment',
  'Add or update order',
  'Filter',
  'Members',
  'Invite member',
  'Pending invitations',
  'Remove',
  'Role',
  'Member since',
  'Owner',
  'Admin',
  'Agent',
  'Viewer',
  'Sign out',
  'Loading',
];

async function expectNoEnglishUi(page: Page) {
  const text = await page.locator('body').innerText();
  const found = ENGLISH_UI.filter((w) => new RegExp(`\\b${w}\\b`).test(text));
  expect(found, `English UI text on ${page.url()}`).toEqual([]);
}

test.describe('中文', () => {
  test('the shop pages, settings, versions, orders and members show no English UI text', async ({ page, browser }) => {
    await signIn(page);
    const member = await createMember(page, browser, 'admin', '王芳');
    const zh = await pageAs(browser, member.email, member.password);
    await zh.getByRole('button', { name: '中文' }).click();
    await expect(zh.getByRole('heading', { name: '店铺' })).toBeVisible();

    // us-tiktok keeps customer-service v1 live; other tests may publish on the other shops.
    await zh.goto('/shops/us-tiktok');
    await expect(zh.getByTestId('flow-customer-service').getByTestId('live-badge')).toHaveText('线上 · v1');
    await expect(zh.getByTestId('shop-live')).toContainText('线上流程');
    await expect(zh.getByTestId('shop-languages')).toHaveText('英语（默认）、西班牙语');

    await zh.goto('/shops/cn-douyin');
    await expect(zh.getByRole('navigation', { name: '店铺栏目' }).getByRole('link')).toHaveText(['流程', '订单', '设置']);
    await expect(zh.getByTestId('flow-customer-service').getByRole('link', { name: '打开设计器' })).toBeVisible();
    await expect(zh.getByTestId('shop-languages')).toHaveText('中文（默认）');
    await expectNoEnglishUi(zh);
    await screenshot(zh, 'shop-zh');

    await zh.getByRole('button', { name: '新建流程' }).click();
    const dialog = zh.getByRole('dialog', { name: '新建流程' });
    await dialog.getByRole('button', { name: '创建并打开' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('请为流程命名（最多 120 个字符）。');
    await dialog.getByRole('combobox', { name: '模板' }).click();
    await expect(zh.getByRole('option', { name: '抖音小店（中文）' })).toBeVisible();
    await zh.keyboard.press('Escape');
    await screenshot(zh, 'new-flow-dialog-zh');
    await zh.keyboard.press('Escape');

    await zh.goto('/shops/cn-douyin/flows/customer-service/versions');
    await expect(zh.getByRole('heading', { name: '「Customer service」的版本' })).toBeVisible();
    await expect(zh.getByTestId('version-1').getByRole('link', { name: '只读打开' })).toBeVisible();
    await expectNoEnglishUi(zh);
    await screenshot(zh, 'versions-zh');

    await zh.goto('/shops/cn-douyin/settings');
    await expect(zh.getByLabel('店铺名称')).toHaveValue('潮流小铺 抖音店');
    await expect(zh.getByTestId('day-mon')).toContainText('周一');
    await expect(zh.getByRole('button', { name: '保存更改' })).toBeVisible();
    await expect(zh.getByRole('button', { name: '新建 API 密钥' })).toBeVisible();
    await expectNoEnglishUi(zh);
    await screenshot(zh, 'settings-zh');

    await zh.goto('/shops/cn-douyin/orders');
    await expect(zh.getByTestId('order-6931234567890')).toContainText('待发货');
    await expectNoEnglishUi(zh);
    await screenshot(zh, 'orders-zh');

    await zh.goto('/members');
    await expect(zh.getByTestId('member-owner@replyflow.dev')).toContainText('主账号');
    await expectNoEnglishUi(zh);
    await screenshot(zh, 'members-zh');
    await zh.context().close();
  });

  test('field errors and confirmations are in 中文 too', async ({ page, browser }) => {
    await signIn(page);
    const shop = await createShop(page);
    const member = await createMember(page, browser, 'admin', '李雷');
    const zh = await pageAs(browser, member.email, member.password);
    await zh.getByRole('button', { name: '中文' }).click();
    await expect(zh.getByRole('heading', { name: '店铺' })).toBeVisible();
    await zh.goto(`/shops/${shop.id}/settings`);
    await zh.getByLabel('时区').fill('Mars/Olympus_Mons');
    const friday = zh.getByTestId('day-fri');
    await friday.getByRole('switch').click();
    await friday.getByLabel('开始').fill('22:00');
    await friday.getByLabel('结束').fill('02:00');
    await expect(friday.getByTestId('overnight')).toHaveText('跨夜：营业至次日 02:00');
    await zh.getByRole('button', { name: '保存更改' }).click();
    await expect(zh.getByText('无法识别该时区。请从列表中选择，例如 Asia/Shanghai。')).toBeVisible();
    await expect(zh.getByText('部分字段需要修改后才能保存。')).toBeVisible();
    await expectNoEnglishUi(zh);
    await screenshot(zh, 'settings-errors-zh');

    const flowId = (await mutate<{ id: string }>(page.request, 'flows.create', { shopId: shop.id, name: 'Support', source: { type: 'template', template: 'tiktok-us' } })).id;
    await mutate(page.request, 'flows.publish', { shopId: shop.id, flowId, note: 'v1' });
    await mutate(page.request, 'flows.publish', { shopId: shop.id, flowId, note: 'v2' });
    await zh.goto(`/shops/${shop.id}/flows/${flowId}/versions`);
    await zh.getByTestId('version-1').getByRole('button', { name: '回滚到此版本' }).click();
    const confirm = zh.getByRole('alertdialog', { name: '回滚到版本 1？' });
    await expect(confirm).toContainText('版本 1 将重新发布为版本 3');
    await screenshot(zh, 'rollback-dialog-zh');
    await confirm.getByRole('button', { name: '回滚到 v1' }).click();
    await expect(zh.getByTestId('version-3')).toContainText('回滚到版本 1');
    await expect(zh.getByTestId('version-3')).toContainText('回滚至 v1');
    await zh.context().close();
  });

  test('the invitation page speaks 中文', async ({ page, browser }) => {
    await signIn(page);
    const invite = await mutate<{ path: string }>(page.request, 'members.invite', { email: `zh-${Date.now()}@example.com`, role: 'viewer' });
    const context = await browser.newContext();
    const guest = await context.newPage();
    await guest.goto(invite.path);
    await guest.getByRole('button', { name: '中文' }).click();
    await expect(guest.getByRole('heading', { name: '加入 Replyflow 上的 Trendy Threads Group' })).toBeVisible();
    await expect(guest.getByTestId('invite-summary')).toContainText('Lin Wei 邀请您以只读身份加入。');
    await guest.getByRole('button', { name: '加入并登录' }).click();
    await expect(guest.getByText('请输入您的姓名（最多 100 个字符）。')).toBeVisible();
    await expect(guest.getByText('密码至少需要 8 个字符。')).toBeVisible();
    await expectNoEnglishUi(guest);
    await screenshot(guest, 'invite-accept-zh');
    await guest.goto('/invite/not-a-real-token');
    await expect(guest.getByRole('heading', { name: '此邀请链接无效' })).toBeVisible();
    await screenshot(guest, 'invite-invalid-zh');
    await context.close();
  });
});
