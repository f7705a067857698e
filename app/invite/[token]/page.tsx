import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { currentActor, serverApi } from '../../server-context';
import { LocaleSwitch } from '../../shell/locale-switch';
import { Card, CardBody } from '../../ui/card';
import { AcceptInviteAsAccountForm, AcceptInviteForm, JoinInviteButton } from './accept-invite-form';

async function describe(token: string) {
  try {
    return await (await serverApi()).auth.invite({ token });
  } catch {
    // A malformed token is just an invalid link.
    return null;
  }
}

/**
 * Where an invitation link leads: who is invited as what, and how to join: a new account, the
 * password of the email's existing account (e.g. a removed member coming back), or — signed in
 * as that email already — one button.
 */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('invite');
  const tRoles = await getTranslations('shell.roles');
  const invite = await describe(token);
  const actor = await currentActor();
  return (
    <div className="flex min-h-full flex-col items-center justify-center gap-6 p-6">
      <div className="absolute right-5 top-4">
        <LocaleSwitch />
      </div>
      <div className="text-center">
        <div className="mx-auto mb-3 grid h-11 w-11 place-items-center rounded-xl bg-indigo-600 text-xl font-semibold text-white">R</div>
        <h1 className="text-2xl font-semibold">{invite ? t('title', { workspace: invite.workspaceName ?? 'Replyflow' }) : t('invalid.title')}</h1>
      </div>
      <Card className="w-full max-w-md">
        <CardBody className="py-6">
          {invite ? (
            <div className="space-y-5">
              <div className="space-y-1 text-sm text-slate-700" data-testid="invite-summary">
                <p>{invite.invitedBy ? t('invitedBy', { name: invite.invitedBy, role: tRoles(invite.role) }) : t('invitedAs', { role: tRoles(invite.role) })}</p>
                <p className="text-slate-600">{t(`roleHints.${invite.role}`)}</p>
              </div>
              {actor && actor.email !== invite.email ? (
                <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  {invite.hasAccount ? t('signedInAsOther', { email: actor.email, invited: invite.email }) : t('signedInAs', { email: actor.email })}
                </p>
              ) : null}
              {actor && actor.email === invite.email ? (
                <>
                  <p className="text-sm text-slate-700">{t('join.intro', { email: actor.email })}</p>
                  <JoinInviteButton token={token} workspace={invite.workspaceName ?? 'Replyflow'} />
                </>
              ) : invite.hasAccount ? (
                <AcceptInviteAsAccountForm token={token} email={invite.email} />
              ) : (
                <AcceptInviteForm token={token} email={invite.email} />
              )}
            </div>
          ) : (
            <div className="space-y-3 text-center" data-testid="invite-invalid">
              <p className="text-sm text-slate-700">{t('invalid.body')}</p>
              <Link href="/sign-in" className="inline-block text-sm font-medium text-indigo-700 hover:underline">
                {t('invalid.signIn')}
              </Link>
            </div>
          )}
        </CardBody>
      </Card>
    </div>
  );
}
