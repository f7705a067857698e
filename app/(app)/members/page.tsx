import { getTranslations } from 'next-intl/server';
import { can } from '../../../server/auth/roles';
import { requireActor, serverApi } from '../../server-context';
import { Card, CardBody } from '../../ui/card';
import { MembersPanel } from './members-panel';

export default async function MembersPage() {
  const actor = await requireActor();
  const t = await getTranslations('members');
  if (!can(actor.role, 'members.read')) {
    return (
      <div className="mx-auto max-w-5xl px-6 py-6">
        <h1 className="mb-4 text-xl font-semibold">{t('title')}</h1>
        <Card data-testid="no-access">
          <CardBody className="py-8 text-center">
            <h2 className="font-semibold text-slate-900">{t('noAccess.title')}</h2>
            <p className="mt-1 text-sm text-slate-600">{t('noAccess.body')}</p>
          </CardBody>
        </Card>
      </div>
    );
  }
  const initial = await (await serverApi()).members.list();
  return (
    <div className="mx-auto max-w-5xl px-6 pb-12 pt-6">
      <MembersPanel actorId={actor.userId} canManage={can(actor.role, 'members.manage')} initial={initial} />
    </div>
  );
}
