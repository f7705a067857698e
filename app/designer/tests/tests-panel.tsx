'use client';
/**
 * The flow's conversation tests: run one or all against the draft on screen, see each failure as
 * a diff, open the failing step in the preview, edit a test's expectations, or delete it.
 */
import { CheckCircle2, Circle, MessagesSquare, Pencil, Play, Trash2, XCircle } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { ConversationTest } from '../../../flows/conversation-test';
import { Button } from '../../ui/button';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { cn } from '../../ui/cn';
import { useDesigner, useDesignerStore } from '../context';
import { FailureDiff } from './failure-diff';
import { TestEditor } from './test-editor';
import type { TestRuns } from './use-test-runs';

export interface TestsPanelProps {
  runs: TestRuns;
  timezone: string;
  /** Opens the test in the preview, replayed up to this step. */
  onOpen(test: ConversationTest, stepIndex: number): void;
  /** The test to show first (just saved). */
  focus: string | null;
}

export function TestsPanel({ runs, timezone, onOpen, focus }: TestsPanelProps) {
  const t = useTranslations('tests');
  const store = useDesignerStore();
  const tests = useDesigner((s) => s.tests);
  const doc = useDesigner((s) => s.doc);
  const readOnly = useDesigner((s) => s.readOnly);
  const [editing, setEditing] = useState<ConversationTest | null>(null);
  const [deleting, setDeleting] = useState<ConversationTest | null>(null);

  const results = tests.map((test) => ({ test, run: runs.runs[test.id] }));
  const ran = results.filter((r) => r.run);
  const failed = ran.filter((r) => r.run && !r.run.report.passed).length;

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="tests-panel">
      <div className="flex items-center gap-2 border-b border-slate-200 px-3 pb-2">
        <Button type="button" size="sm" className="h-7" disabled={tests.length === 0} onClick={() => runs.run()} data-testid="tests-run-all">
          <Play aria-hidden className="h-3.5 w-3.5" />
          {t('runAll', { count: tests.length })}
        </Button>
        <p className="text-xs text-slate-600" data-testid="tests-summary" role="status">
          {ran.length === 0 ? t('notRun') : t('summary', { passed: ran.length - failed, failed })}
        </p>
      </div>
      {tests.length === 0 ? <p className="px-4 py-6 text-center text-xs text-slate-500">{t('empty')}</p> : null}
      <ul className="min-h-0 flex-1 space-y-1.5 overflow-y-auto p-2">
        {results.map(({ test, run }) => {
          const stale = run && (run.doc !== doc || run.test !== test);
          const status = !run ? 'idle' : run.report.passed ? 'passed' : 'failed';
          return (
            <li key={test.id} className={cn('rounded-md border bg-white p-2', status === 'failed' ? 'border-red-300' : 'border-slate-200', focus === test.id && 'ring-2 ring-indigo-300')} data-testid="test-row" data-status={status} data-test-id={test.id}>
              <div className="flex items-start gap-1.5">
                {status === 'passed' ? (
                  <CheckCircle2 aria-label={t('passed')} className="mt-0.5 h-4 w-4 shrink-0 text-emerald-600" />
                ) : status === 'failed' ? (
                  <XCircle aria-label={t('failed')} className="mt-0.5 h-4 w-4 shrink-0 text-red-600" />
                ) : (
                  <Circle aria-label={t('idle')} className="mt-0.5 h-4 w-4 shrink-0 text-slate-300" />
                )}
                <div className="min-w-0 flex-1">
                  <p className="text-xs font-medium text-slate-900" data-testid="test-name">
                    {test.name}
                  </p>
                  <p className="text-[10px] text-slate-500">
                    {t('steps', { count: test.steps.length })}
                    {test.context.buyer.language ?? test.language ? ` · ${test.context.buyer.language ?? test.language}` : ''}
                    {stale ? ` · ${t('stale')}` : ''}
                  </p>
                </div>
                <Button type="button" variant="ghost" size="icon" className="h-6 w-6" title={t('run')} aria-label={t('runOne', { name: test.name })} onClick={() => runs.run([test.id])} data-testid="test-run">
                  <Play aria-hidden className="h-3.5 w-3.5" />
                </Button>
                <Button type="button" variant="ghost" size="icon" className="h-6 w-6" title={t('open')} aria-label={t('openOne', { name: test.name })} onClick={() => onOpen(test, test.steps.length - 1)} data-testid="test-open">
                  <MessagesSquare aria-hidden className="h-3.5 w-3.5" />
                </Button>
                {!readOnly ? (
                  <>
                    <Button type="button" variant="ghost" size="icon" className="h-6 w-6" title={t('edit')} aria-label={t('editOne', { name: test.name })} onClick={() => setEditing(test)} data-testid="test-edit">
                      <Pencil aria-hidden className="h-3.5 w-3.5" />
                    </Button>
                    <Button type="button" variant="ghost" size="icon" className="h-6 w-6" title={t('delete')} aria-label={t('deleteOne', { name: test.name })} onClick={() => setDeleting(test)} data-testid="test-delete">
                      <Trash2 aria-hidden className="h-3.5 w-3.5" />
                    </Button>
                  </>
                ) : null}
              </div>
              {run && !run.report.passed ? (
                <div className="mt-2">
                  <FailureDiff steps={run.report.steps} timezone={timezone} onOpen={(i) => onOpen(test, i)} />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      <TestEditor test={editing} timezone={timezone} onClose={() => setEditing(null)} onSave={(next) => store.getState().setTests(store.getState().tests.map((x) => (x.id === next.id ? next : x)))} />
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(o) => !o && setDeleting(null)}
        title={t('deleteTitle')}
        description={deleting ? t('deleteDescription', { name: deleting.name }) : ''}
        confirmLabel={t('delete')}
        onConfirm={() => {
          const id = deleting?.id;
          store.getState().setTests(store.getState().tests.filter((x) => x.id !== id));
          setDeleting(null);
        }}
      />
    </div>
  );
}
