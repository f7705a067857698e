import { expect, test } from '@playwright/test';
import { screenshot, signIn } from './helpers';

test('an admin chats with the flow as a buyer: greeting, a shipped order with its tracking number, then a Sunday night with no agents', async ({ page }) => {
  await signIn(page);
  await page.goto('/shops/us-tiktok/flows/customer-service');
  await page.getByTestId('preview-tab').click();
  const panel = page.getByTestId('preview-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByTestId('preview-timezone')).toContainText('America/Los_Angeles');

  // The buyer's orders come from the shop.
  await panel.getByTestId('preview-buyer').click();
  await page.getByRole('option', { name: /buyer-1/ }).click();
  await expect(panel).toContainText("shop's orders of buyer-1");

  const say = async (text: string) => {
    await panel.getByTestId('preview-input').fill(text);
    await panel.getByTestId('preview-send').click();
  };
  const lastTurn = () => panel.getByTestId('preview-turn').last();

  await say('hi');
  await expect(lastTurn().getByTestId('bot-reply').first()).toHaveAttribute('data-kind', 'greeting');
  await expect(lastTurn().getByTestId('reply-kind').first()).toHaveText('Greeting');
  // The path lights up: the bot waits at the question router.
  await expect(page.locator('[data-highlight="waiting"]')).toHaveCount(1);
  await expect(page.locator('[data-highlight="visited"]').first()).toBeAttached();

  await say('where is my parcel');
  const choices = lastTurn().getByTestId('order-choices');
  await expect(choices).toBeVisible();
  await choices.getByRole('button', { name: /US20261101/ }).click();
  await expect(lastTurn().getByTestId('buyer-bubble')).toContainText('US20261101');
  await expect(lastTurn().getByTestId('bot-reply').last()).toContainText('9400111899223344556677');
  await expect(lastTurn().getByTestId('bot-reply').last()).toHaveAttribute('data-node', 'order-shipped');
  await expect(page.getByTestId('node-order-shipped')).toHaveAttribute('data-highlight', 'visited');
  await screenshot(page, 'preview-shipped-order');

  // Sunday 23:30 in Los Angeles, nobody online.
  await panel.getByTestId('preview-date').fill('2026-11-22');
  await panel.getByTestId('preview-time').fill('23:30');
  await expect(panel.getByTestId('preview-controls')).toContainText('Sun');
  await expect(panel.getByTestId('preview-agents-online')).toHaveValue('0');
  await say('talk to a human');
  await expect(lastTurn().getByTestId('preview-handoff')).toBeVisible();
  await expect(lastTurn().getByTestId('bot-reply').last()).toHaveAttribute('data-kind', /offline|handoff/);
  await expect(panel.getByTestId('preview-status')).toHaveText('With an agent');
  // Why: the working hours were closed on Sunday night.
  const why = lastTurn().getByTestId('step-trace');
  await expect(why.locator('[data-type="schedule"]')).toContainText(/Closed at sun 2026-11-22 23:30/);
  await why.getByRole('button', { name: 'Why' }).click();
  await expect(why.locator('[data-type="node"]').first()).toBeVisible();
  await expect(page.locator('[data-highlight]').first()).toBeAttached();
  await screenshot(page, 'preview-sunday-night-handoff');

  await panel.getByTestId('preview-reset').click();
  await expect(panel.getByTestId('preview-turn')).toHaveCount(0);
  await expect(page.locator('[data-highlight]')).toHaveCount(0);
});
