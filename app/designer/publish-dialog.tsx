'use client';
/** Publish with a note; refused while validation has errors or (without a reason) tests fail. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useMemo, useState } from 'react';
import { runConversationTest } from '../../runtime/testing/run-test';
import { useTRPC } from '../trpc/client';
import { Button } from '../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '../ui/dialog';
import { Field } from '../ui/field';
import { Input } from '../ui/input';
import { Textarea } from '../ui/textarea';
import { useDesigner, useDesignerStore } from './context';

interface PublishError {
  data?: { code?: string; details?: { problems?: { code: string; message: { en: string; zh: string } }[]; failingTests?: { id: string; name: string }[] } | null; issues?: { path: string; message: string }[] };
  message: string;
}

export interface PublishDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  beforePublish(): Promise<void>;
  /** Shows the failing tests' diffs in the tests panel. */
  onShowTests(): void;
}

export function PublishDialog({ open, onOpenChange, beforePublish, onShowTests }: PublishDialogProps) {
  const t = useTranslations('designer.publish');
  const locale = useLocale() === 'zh' ? 'zh' : 'en';
  const store = useDesignerStore();
  const problems = useDesigner((s) => s.problems);
  const errors = useMemo(() => problems.filter((p) => p.severity === 'error'), [problems]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [published, setPublished] = useState<number | null>(null);
  const publish = useMutation(trpc.flows.publish.mutationOptions({ onSuccess: () => queryClient.invalidateQueries() }));
  const error = publish.error as PublishError | null;
  const doc = useDesigner((s) => s.doc);
  const tests = useDesigner((s) => s.tests);
  // The tests run as soon as the dialog opens (the server runs them again on publish), so a failing one is seen before publishing.
  const failingNow = useMemo(() => (open ? tests.filter((x) => !runConversationTest(doc, x).passed).map((x) => ({ id: x.id, name: x.name })) : []), [open, doc, tests]);
  const refused = error?.data?.details?.failingTests;
  const failing = refused ?? failingNow;

  async function submit() {
    await beforePublish();
    const s = store.getState();
    // The revision on screen: a draft someone saved since is refused, not published unseen.
    const r = await publish.mutateAsync({ shopId: s.shopId, flowId: s.flowId, note, revision: s.revision, ...(failing.length > 0 && reason ? { overrideReason: reason } : {}) }).catch(() => null);
    if (r) setPublished(r.version);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        onOpenChange(o);
        if (!o) {
          // A published note and reason belong to that version, not to the next publish.
          if (published) {
            setNote('');
            setReason('');
          }
          setPublished(null);
          publish.reset();
        }
      }}
    >
      <DialogContent data-testid="publish-dialog">
        <DialogHeader>
          <DialogTitle>{t('title')}</DialogTitle>
          <DialogDescription>{t('description')}</DialogDescription>
        </DialogHeader>
        {published ? (
          <p role="status" className="rounded-md bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
            {t('done', { version: published })}
          </p>
        ) : errors.length > 0 ? (
          <div role="alert" className="space-y-1 rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            <p className="font-medium">{t('blocked', { count: errors.length })}</p>
            <ul className="list-disc pl-5">
              {errors.slice(0, 5).map((p, i) => (
                <li key={i}>{p.message[locale]}</li>
              ))}
            </ul>
          </div>
        ) : (
          <>
            <Field id="publish-note" label={t('note')} hint={t('noteHint')}>
              <Input id="publish-note" value={note} onChange={(e) => setNote(e.target.value)} maxLength={500} />
            </Field>
            {failing.length > 0 ? (
              <div className="space-y-2">
                <div role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
                  <p className="font-medium">{t('testsFail', { count: failing.length })}</p>
                  <ul className="list-disc pl-5" data-testid="publish-failing-tests">
                    {failing.map((f) => (
                      <li key={f.id}>{f.name}</li>
                    ))}
                  </ul>
                  <Button
                    type="button"
                    variant="ghost"
                    size="sm"
                    className="h-auto px-0 text-amber-900 underline"
                    onClick={() => {
                      onOpenChange(false);
                      onShowTests();
                    }}
                    data-testid="publish-show-tests"
                  >
                    {t('showTests')}
                  </Button>
                </div>
                <Field id="publish-reason" label={t('overrideReason')} hint={t('overrideHint')}>
                  <Textarea id="publish-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={2} />
                </Field>
              </div>
            ) : error ? (
              <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
                {error.data?.issues?.[0]?.message ?? error.message}
              </p>
            ) : null}
          </>
        )}
        <DialogFooter>
          {published ? (
            <Button onClick={() => onOpenChange(false)}>{t('close')}</Button>
          ) : (
            <Button onClick={() => void submit()} disabled={errors.length > 0 || note.trim() === '' || publish.isPending || (failing.length > 0 && reason.trim().length < 5)} data-testid="publish-confirm">
              {failing.length > 0 ? t('publishAnyway') : t('publish')}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
