import { getTranslations } from 'next-intl/server';
import { Card, CardBody } from '../../../ui/card';

/** What a member sees on a page their role does not open (the server refuses the data anyway). */
export async function NoAccess() {
  const t = await getTranslations('shop.noAccess');
  return (
    <Card data-testid="no-access">
      <CardBody className="py-8 text-center">
        <h2 className="font-semibold text-slate-900">{t('title')}</h2>
        <p className="mt-1 text-sm text-slate-600">{t('body')}</p>
      </CardBody>
    </Card>
  );
}
