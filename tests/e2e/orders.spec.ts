import { expect, test } from '@playwright/test';
import { createShop, pageAs } from './api';
import { screenshot, signIn } from './helpers';

test.describe('orders', () => {
  test('the demo orders are listed and can be filtered by buyer', async ({ page }) => {
    await signIn(page);
    await page.goto('/shops/us-tiktok/orders');
    const shipped = page.getByTestId('order-US20261101');
    await expect(shipped).toContainText('buyer-1');
    await expect(shipped).toContainText('Shipped');
    await expect(shipped).toContainText('USPS');
    await expect(shipped).toContainText('9400111899223344556677');
    await expect(shipped).toContainText('Oversized hoodie, black, M × 1');
    await expect(page.getByTestId('order-US20261118')).toBeVisible();
    await screenshot(page, 'orders-en');
    await page.getByLabel('Buyer ID').fill('buyer-2');
    await page.getByRole('button', { name: 'Filter' }).click();
    await expect(page.getByRole('status')).toContainText('of buyer buyer-2');
    await expect(page.getByTestId('order-US20261118')).toBeVisible();
    await expect(page.getByTestId('order-US20261101')).toHaveCount(0);
    await page.getByRole('button', { name: 'Show all' }).click();
    await expect(page.getByTestId('order-US20261101')).toBeVisible();
  });

  test('an order is added, checked field by field, and updated', async ({ page }) => {
    await signIn(page);
    const shop = await createShop(page, { timezone: 'Asia/Shanghai', country: 'CN', languages: ['zh'], market: 'CN', platform: 'douyin' });
    await page.goto(`/shops/${shop.id}/orders`);
    await expect(page.getByText('No orders yet.')).toBeVisible();
    await page.getByRole('button', { name: 'Add or update order' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add or update an order' });
    await dialog.getByRole('button', { name: 'Save order' }).click();
    await expect(dialog.getByText('Enter the order ID (up to 64 characters).')).toBeVisible();
    await expect(dialog.getByText('Enter the buyer ID (up to 128 characters).')).toBeVisible();
    await expect(dialog.getByText('Describe the item (up to 200 characters).')).toBeVisible();
    await dialog.getByLabel('Order ID').fill('DY-1001');
    await dialog.getByLabel('Buyer ID').fill('dy-buyer-9');
    await dialog.getByLabel('Ordered at').fill('2026-11-20T10:30');
    await dialog.getByLabel('Ship by').fill('2026-11-22T18:00');
    await dialog.getByLabel('Item', { exact: true }).fill('加绒卫衣 灰色 L');
    await dialog.getByLabel('Quantity').fill('2');
    await screenshot(page, 'order-form-en');
    await dialog.getByRole('button', { name: 'Save order' }).click();
    await expect(dialog).toBeHidden();
    const row = page.getByTestId('order-DY-1001');
    await expect(row).toContainText('Awaiting shipment');
    await expect(row).toContainText('加绒卫衣 灰色 L × 2');
    // Entered in the shop's time (Asia/Shanghai) and shown in it.
    await expect(row).toContainText('Nov 20, 2026, 10:30 AM');

    await row.getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Order DY-1001' });
    await expect(edit.getByLabel('Order ID')).toHaveAttribute('readonly', '');
    await expect(edit.getByLabel('Ordered at')).toHaveValue('2026-11-20T10:30');
    await edit.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Shipped' }).click();
    await edit.getByLabel('Carrier').fill('顺丰速运');
    await edit.getByLabel('Tracking number').fill('SF1234567890');
    await edit.getByRole('button', { name: 'Save order' }).click();
    await expect(edit).toBeHidden();
    await expect(row).toContainText('Shipped');
    await expect(row).toContainText('顺丰速运');
    await expect(row).toContainText('SF1234567890');
    await page.reload();
    await expect(page.getByTestId('order-DY-1001')).toContainText('SF1234567890');
  });

  test('agents and viewers read orders without the add or edit actions', async ({ browser }) => {
    for (const email of ['agent@replyflow.dev', 'viewer@replyflow.dev']) {
      const page = await pageAs(browser, email);
      await page.goto('/shops/cn-douyin/orders');
      await expect(page.getByTestId('order-6931234567890')).toContainText('Awaiting shipment');
      await expect(page.getByRole('button', { name: 'Add or update order' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
      await page.context().close();
    }
  });
});
