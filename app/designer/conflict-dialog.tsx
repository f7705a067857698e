'use client';
/** Someone saved first: load theirs, or keep mine as a copy. Never a silent overwrite. */
import { useMutation } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useTRPC, useTRPCClient } from '../trpc/client';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '../ui/dialog';
import { useDesigner, useDesignerStore } from './context';

export function ConflictDialog() {
  const t = useTranslations('designer.conflict');
  const format = useFormatter();
  const store = useDesignerStore();
  const conflict = useDesigner((s) => s.conflict);
  const router = useRouter();
  const client = useTRPCClient();
  const trpc = useTRPC();
  const create = useMutation(trpc.flows.create.mutationOptions());

  async function loadTheirs() {
    const s = store.getState();
    const theirs = await client.flows.get.query({ shopId: s.shopId, flowId: s.flowId });
    store.getState().load(theirs.document, theirs.tests, theirs.revision);
  }

  async function keepMineAsCopy() {
    const s = store.getState();
    const name = t('copyName', { name: s.doc.name });
    const created = await create.mutateAsync({ shopId: s.shopId, name, source: { type: 'empty' } });
    await client.flows.saveDraft.mutate({ shopId: s.shopId, flowId: created.id, baseRevision: 1, document: { ...s.doc, id: created.id, name }, tests: s.tests });
    router.push(`/shops/${s.shopId}/flows/${created.id}`);
  }

  return (
    <Dialog open={!!conflict}>
      <DialogContent hideClose data-testid="conflict-dialog">
        <DialogHeader>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogDescription>
            {t('body', {
              who: conflict?.updatedBy ?? t('someone'),
              when: conflict?.updatedAt ? format.dateTime(new Date(conflict.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }) : '',
            })}
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <Button variant="secondary" onClick={() => void keepMineAsCopy()} disabled={create.isPending}>
            {t('keepMine')}
          </Button>
          <Button onClick={() => void loadTheirs()}>{t('loadTheirs')}</Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
