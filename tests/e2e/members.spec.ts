import { expect, test } from '@playwright/test';
import { createMember, mutate, pageAs, query, unique } from './api';
import { screenshot, signIn } from './helpers';

test.describe('members and invitations', () => {
  test('an invited person opens the link, joins as agent and sees the shops as an agent', async ({ page, browser }) => {
    await signIn(page);
    await page.goto('/members');
    await expect(page.getByTestId('member-owner@replyflow.dev')).toContainText('Owner account');
    await screenshot(page, 'members-en');
    const email = `new-agent-${unique()}@example.com`;
    await page.getByRole('button', { name: 'Invite member' }).click();
    const dialog = page.getByRole('dialog', { name: 'Invite a member' });
    await dialog.getByLabel('Email').fill('not-an-email');
    await dialog.getByRole('button', { name: 'Create invitation link' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Enter a valid email address.');
    await dialog.getByLabel('Email').fill(email);
    await dialog.getByRole('radio', { name: /Agent/ }).check();
    await dialog.getByRole('button', { name: 'Create invitation link' }).click();
    const created = page.getByRole('dialog', { name: 'Invitation link created' });
    const link = (await created.getByTestId('invite-link').textContent()) ?? '';
    expect(link).toMatch(/^http:\/\/localhost:\d+\/invite\/\S+$/);
    await screenshot(page, 'invite-link-en');
    await created.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId(`invite-${email}`)).toContainText('Agent');

    // The invited person, in a browser of their own.
    const context = await browser.newContext();
    const guest = await context.newPage();
    await guest.goto(link);
    await expect(guest.getByRole('heading', { name: 'Join Trendy Threads Group on Replyflow' })).toBeVisible();
    await expect(guest.getByTestId('invite-summary')).toContainText('Lin Wei invited you as Agent.');
    await expect(guest.getByLabel('Email')).toHaveValue(email);
    await guest.getByLabel('Your name').fill('Ana Agent');
    await guest.getByLabel('Choose a password').fill('short');
    await guest.getByRole('button', { name: 'Join and sign in' }).click();
    await expect(guest.getByText('The password needs at least 8 characters.')).toBeVisible();
    await screenshot(guest, 'invite-accept-en');
    await guest.getByLabel('Choose a password').fill('a-good-password');
    await guest.getByRole('button', { name: 'Join and sign in' }).click();
    await expect(guest).toHaveURL(/\/shops$/);
    await expect(guest.getByTestId('current-user')).toHaveText('Ana Agent · Agent');
    await expect(guest.getByTestId('shop-us-tiktok')).toBeVisible();
    await guest.goto('/shops/us-tiktok');
    await expect(guest.getByTestId('agent-overview')).toBeVisible();

    // The link worked once.
    const other = await browser.newContext();
    const late = await other.newPage();
    await late.goto(link);
    await expect(late.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
    await expect(late.getByTestId('invite-invalid')).toContainText('already used, revoked, or has expired');
    await screenshot(late, 'invite-invalid-en');
    await other.close();

    await page.reload();
    await expect(page.getByTestId(`member-${email}`)).toContainText('Ana Agent');
    await expect(page.getByTestId(`invite-${email}`)).toHaveCount(0);
    await context.close();
  });

  test('an owner changes a member’s role and removes a member, who is signed out', async ({ page, browser }) => {
    await signIn(page);
    const member = await createMember(page, browser, 'viewer', 'Rita Viewer');
    const theirs = await pageAs(browser, member.email, member.password);
    await expect(theirs.getByTestId('current-user')).toHaveText('Rita Viewer · Viewer');

    await page.goto('/members');
    const row = page.getByTestId(`member-${member.email}`);
    await row.getByRole('combobox', { name: 'Role of Rita Viewer' }).click();
    await page.getByRole('option', { name: 'Admin' }).click();
    await expect(row.getByRole('status')).toHaveText('Role changed');
    await theirs.reload();
    await expect(theirs.getByTestId('current-user')).toHaveText('Rita Viewer · Admin');

    await row.getByRole('button', { name: 'Remove' }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Remove Rita Viewer?' });
    await expect(confirm).toContainText('loses access to every shop');
    await screenshot(page, 'member-remove-en');
    await confirm.getByRole('button', { name: 'Remove member' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByTestId(`member-${member.email}`)).toHaveCount(0);
    await theirs.goto('/shops');
    await expect(theirs).toHaveURL(/\/sign-in$/);
    await theirs.context().close();
  });

  test('the owner row and one’s own row cannot be changed', async ({ page, browser }) => {
    const admin = await pageAs(browser, 'admin@replyflow.dev');
    await admin.goto('/members');
    const owner = admin.getByTestId('member-owner@replyflow.dev');
    await expect(owner.getByRole('combobox')).toHaveCount(0);
    await expect(owner.getByRole('button', { name: 'Remove' })).toHaveCount(0);
    const self = admin.getByTestId('member-admin@replyflow.dev');
    await expect(self).toContainText('(you)');
    await expect(self.getByRole('combobox')).toHaveCount(0);
    await expect(self.getByRole('button', { name: 'Remove' })).toHaveCount(0);
    await admin.context().close();
    void page;
  });

  test('a pending invitation can be revoked, and its link stops working', async ({ page, browser }) => {
    await signIn(page);
    const email = `revoked-${unique()}@example.com`;
    const invite = await mutate<{ path: string }>(page.request, 'members.invite', { email, role: 'viewer' });
    await page.goto('/members');
    const row = page.getByTestId(`invite-${email}`);
    await expect(row).toContainText('Viewer');
    await row.getByRole('button', { name: 'Revoke' }).click();
    await page.getByRole('alertdialog', { name: `Revoke the invitation for ${email}?` }).getByRole('button', { name: 'Revoke invitation' }).click();
    await expect(row).toHaveCount(0);
    const context = await browser.newContext();
    const guest = await context.newPage();
    await guest.goto(invite.path);
    await expect(guest.getByTestId('invite-invalid')).toBeVisible();
    await guest.goto('/invite/not-a-real-token');
    await expect(guest.getByRole('heading', { name: 'This invitation link is not valid' })).toBeVisible();
    await context.close();
  });

  test('viewers read the members list without actions; agents cannot open it', async ({ browser }) => {
    const viewer = await pageAs(browser, 'viewer@replyflow.dev');
    await viewer.goto('/members');
    await expect(viewer.getByTestId('member-owner@replyflow.dev')).toBeVisible();
    await expect(viewer.getByRole('button', { name: 'Invite member' })).toHaveCount(0);
    await expect(viewer.getByRole('button', { name: 'Remove' })).toHaveCount(0);
    await expect(viewer.getByRole('combobox')).toHaveCount(0);
    await viewer.context().close();
    const agent = await pageAs(browser, 'agent@replyflow.dev');
    await agent.goto('/members');
    await expect(agent.getByTestId('no-access')).toBeVisible();
    await expect(agent.getByTestId('member-owner@replyflow.dev')).toHaveCount(0);
    await agent.context().close();
  });
  test('a removed member is told why signing in fails, and joins again from a new link with their password', async ({ page, browser }) => {
    await signIn(page);
    const member = await createMember(page, browser, 'viewer', 'Rex Returning');
    const { members } = await query<{ members: { userId: string; email: string }[] }>(page.request, 'members.list');
    await mutate(page.request, 'members.remove', { userId: members.find((m) => m.email === member.email)!.userId });

    const context = await browser.newContext();
    const guest = await context.newPage();
    await guest.goto('/sign-in');
    await guest.getByLabel('Email').fill(member.email);
    await guest.getByLabel('Password').fill(member.password);
    await guest.getByRole('button', { name: 'Sign in' }).click();
    await expect(guest.getByRole('alert').filter({ hasText: 'workspace' })).toHaveText('This account is not a member of any workspace any more. Ask an owner of your workspace for a new invitation.');
    await expect(guest).toHaveURL(/\/sign-in$/);
    await screenshot(guest, 'sign-in-removed-en');
    await guest.getByRole('button', { name: '中文' }).click();
    await guest.getByLabel('邮箱').fill(member.email);
    await guest.getByLabel('密码').fill(member.password);
    await guest.getByRole('button', { name: '登录' }).click();
    await expect(guest.getByRole('alert').filter({ hasText: '工作区' })).toHaveText('此账号已不再是任何工作区的成员。请向工作区所有者索取新的邀请。');
    await screenshot(guest, 'sign-in-removed-zh');

    const invite = await mutate<{ path: string }>(page.request, 'members.invite', { email: member.email, role: 'agent' });
    await guest.goto(invite.path);
    await expect(guest.getByTestId('invite-existing-account')).toContainText('您已有使用此邮箱的 Replyflow 账号');
    await screenshot(guest, 'invite-existing-zh');
    await guest.getByRole('button', { name: 'English' }).click();
    const form = guest.getByTestId('invite-existing-account');
    await expect(form).toContainText('You already have a Replyflow account with this email. Enter its password to join.');
    await expect(guest.getByLabel('Email')).toHaveValue(member.email);
    await expect(guest.getByLabel('Your name')).toHaveCount(0);
    await guest.getByLabel('Password of your account').fill('not-the-password');
    await guest.getByRole('button', { name: 'Sign in and join' }).click();
    await expect(form.getByRole('alert')).toHaveText('The password is wrong.');
    await screenshot(guest, 'invite-existing-en');
    await guest.getByLabel('Password of your account').fill(member.password);
    await guest.getByRole('button', { name: 'Sign in and join' }).click();
    await expect(guest).toHaveURL(/\/shops$/);
    await expect(guest.getByTestId('current-user')).toHaveText('Rex Returning · Agent');
    await context.close();

    await page.goto('/members');
    await expect(page.getByTestId(`member-${member.email}`)).toContainText('Rex Returning');
    await expect(page.getByTestId(`invite-${member.email}`)).toHaveCount(0);
  });

  test('one link accepted five times at once: one joins, the others are told it was used (no 500)', async ({ page }) => {
    await signIn(page);
    const email = `racer-${unique()}@example.com`;
    const invite = await mutate<{ token: string }>(page.request, 'members.invite', { email, role: 'agent' });
    const answers = await Promise.all(
      Array.from({ length: 5 }, (_, i) => page.request.post('/api/trpc/auth.acceptInvite', { data: { json: { token: invite.token, name: `Racer ${i}`, password: 'a-long-password' } } })),
    );
    const statuses = answers.map((a) => a.status()).sort();
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    for (const s of statuses.filter((s) => s !== 200)) expect([404, 409]).toContain(s);
    for (const a of answers.filter((a) => a.status() !== 200)) {
      expect(JSON.stringify(await a.json())).toMatch(/this invitation (was already used|link is not valid any more)/);
    }
  });
});
