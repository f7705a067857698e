'use client';
/**
 * Edits a conversation test's expectations, step by step: each expected reply as exact text,
 * "contains" fragments or any text, with its kind; the handoff, the status and the path. The
 * buyer's steps and their frozen circumstances are shown, not edited.
 */
import { Plus, X } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConversationTestSchema, type ConversationTest, type ExpectedReply, type StepExpectation, type TestStep } from '../../../flows/conversation-test';
import { ReplyKindSchema } from '../../../flows/reply';
import { testTimeline } from '../../../runtime/testing/run-test';
import { Button } from '../../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { Input } from '../../ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../ui/select';
import { Textarea } from '../../ui/textarea';
import { wallClock } from '../../preview/clock';

const ANY = '__any__';
/** Several "contains" fragments are written in one box, separated by this. */
const FRAGMENTS = ' | ';

export interface TestEditorProps {
  test: ConversationTest | null;
  timezone: string;
  onClose(): void;
  onSave(test: ConversationTest): void;
}

export function TestEditor({ test, timezone, onClose, onSave }: TestEditorProps) {
  return (
    <Dialog open={test !== null} onOpenChange={(o) => !o && onClose()}>
      {test ? <EditorForm key={test.id} test={test} timezone={timezone} onClose={onClose} onSave={onSave} /> : null}
    </Dialog>
  );
}

function describe(step: TestStep, t: ReturnType<typeof useTranslations>): string {
  if (step.buyer !== undefined) return t('input.buyer', { text: step.buyer });
  if (step.button !== undefined) return t('input.button', { payload: step.button });
  if (step.feedback) return step.feedback.resolved ? t('input.resolved') : t('input.unresolved');
  return t(`input.agent_${step.agent ?? 'closed'}`);
}

function EditorForm({ test, timezone, onClose, onSave }: Omit<TestEditorProps, 'test'> & { test: ConversationTest }) {
  const t = useTranslations('tests.editor');
  const [draft, setDraft] = useState<ConversationTest>(test);
  const [error, setError] = useState<string | null>(null);
  const timeline = testTimeline(test);
  const start = wallClock(timezone, Date.parse(test.context.at));

  const setExpect = (i: number, expect: StepExpectation) => setDraft((d) => ({ ...d, steps: d.steps.map((s, k) => (k === i ? { ...s, expect } : s)) }));

  const save = () => {
    const parsed = ConversationTestSchema.safeParse(draft);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError(issue ? `${issue.path.join('.')}: ${issue.message}` : t('invalid'));
      return;
    }
    onSave(parsed.data);
    onClose();
  };

  return (
    <DialogContent className="max-h-[90vh] max-w-2xl overflow-y-auto" data-testid="test-editor">
      <DialogHeader>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogDescription>{t('description')}</DialogDescription>
      </DialogHeader>
      <Field id="edit-test-name" label={t('name')}>
        <Input id="edit-test-name" value={draft.name} maxLength={200} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
      </Field>
      <Field id="edit-test-notes" label={t('notes')}>
        <Textarea id="edit-test-notes" value={draft.description} rows={2} maxLength={2000} onChange={(e) => setDraft({ ...draft, description: e.target.value })} />
      </Field>
      <div className="rounded-md bg-slate-50 px-3 py-2 text-xs text-slate-700" data-testid="test-circumstances">
        <p className="font-medium">{t('circumstances')}</p>
        <p>
          {t('startsAt', { date: start.date, time: start.time, timezone })} · {t('agents', { online: test.context.agents.online, available: test.context.agents.available })}
        </p>
        <p>
          {t('buyer', { id: test.context.buyer.id, name: test.context.buyer.name ?? '—', language: test.context.buyer.language ?? test.language ?? t('detected') })}
        </p>
        <p>{test.context.orders.length === 0 ? t('noOrders') : t('orders', { list: test.context.orders.map((o) => `${o.id} (${o.status})`).join(', ') })}</p>
      </div>
      <ol className="space-y-3">
        {draft.steps.map((step, i) => {
          const when = timeline[i];
          const wall = when ? wallClock(timezone, Date.parse(when.at)) : null;
          return (
            <li key={i} className="space-y-2 rounded-md border border-slate-200 p-2.5" data-testid="test-step-editor">
              <p className="text-sm text-slate-900">
                <span className="font-semibold">{t('step', { n: i + 1 })}</span> · {describe(step, t)}
                {wall ? (
                  <span className="ml-1 text-xs text-slate-500">
                    {wall.date} {wall.time}
                  </span>
                ) : null}
              </p>
              <ExpectationEditor value={step.expect} onChange={(e) => setExpect(i, e)} />
            </li>
          );
        })}
      </ol>
      {error ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          {t('cancel')}
        </Button>
        <Button onClick={save} disabled={draft.name.trim() === ''} data-testid="test-editor-save">
          {t('save')}
        </Button>
      </DialogFooter>
    </DialogContent>
  );
}

function ExpectationEditor({ value, onChange }: { value: StepExpectation; onChange(value: StepExpectation): void }) {
  const t = useTranslations('tests.editor');
  const set = <K extends keyof StepExpectation>(key: K, v: StepExpectation[K] | undefined) => {
    const next = { ...value };
    if (v === undefined) delete next[key];
    else next[key] = v;
    onChange(next);
  };
  const handoff = value.handoff === undefined ? ANY : value.handoff === false ? 'no' : 'yes';
  const others = (['intent', 'noReply', 'unreplied'] as const).filter((k) => value[k] !== undefined);
  return (
    <div className="space-y-2 text-xs">
      <ReplyList label={t('replies')} value={value.replies} onChange={(v) => set('replies', v)} />
      {value.someReplies ? <ReplyList label={t('someReplies')} value={value.someReplies} onChange={(v) => set('someReplies', v)} /> : null}
      {value.suggestions ? <ReplyList label={t('suggestions')} value={value.suggestions} onChange={(v) => set('suggestions', v)} /> : null}
      <div className="flex flex-wrap items-center gap-3">
        <label className="flex items-center gap-1.5">
          {t('handoff')}
          <Select value={handoff} onValueChange={(v) => set('handoff', v === ANY ? undefined : v === 'no' ? false : typeof value.handoff === 'object' ? value.handoff : true)}>
            <SelectTrigger className="h-7 w-36 px-2 text-xs" data-testid="expect-handoff">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>{t('any')}</SelectItem>
              <SelectItem value="yes">{typeof value.handoff === 'object' && value.handoff.queue ? t('handoffQueue', { queue: value.handoff.queue }) : t('handoffYes')}</SelectItem>
              <SelectItem value="no">{t('handoffNo')}</SelectItem>
            </SelectContent>
          </Select>
        </label>
        <label className="flex items-center gap-1.5">
          {t('status')}
          <Select value={value.status ?? ANY} onValueChange={(v) => set('status', v === ANY ? undefined : (v as StepExpectation['status']))}>
            <SelectTrigger className="h-7 w-32 px-2 text-xs">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value={ANY}>{t('any')}</SelectItem>
              {(['bot', 'human', 'closed'] as const).map((s) => (
                <SelectItem key={s} value={s}>
                  {t(`statuses.${s}`)}
                </SelectItem>
              ))}
            </SelectContent>
          </Select>
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-1">
        <span className="mr-1">{t('path')}</span>
        {value.path && value.path.length > 0 ? (
          value.path.map((id, k) => (
            <span key={`${id}-${k}`} className="inline-flex items-center gap-0.5 rounded-full bg-slate-100 py-0.5 pl-2 pr-1 font-mono text-[11px]" data-testid="expect-path-node">
              {id}
              <button type="button" className="rounded-full p-0.5 hover:bg-slate-200" aria-label={t('removeNode', { id })} onClick={() => set('path', value.path?.filter((_, j) => j !== k).length ? value.path.filter((_, j) => j !== k) : undefined)}>
                <X aria-hidden className="h-3 w-3" />
              </button>
            </span>
          ))
        ) : (
          <span className="text-slate-500">{t('anyPath')}</span>
        )}
      </div>
      {others.length > 0 ? <p className="text-slate-500">{t('alsoChecks', { list: others.map((k) => `${k} = ${JSON.stringify(value[k])}`).join(', ') })}</p> : null}
    </div>
  );
}

type Mode = 'exact' | 'contains' | 'any';

function modeOf(r: ExpectedReply): Mode {
  return r.text !== undefined ? 'exact' : r.contains !== undefined ? 'contains' : 'any';
}

function textOf(r: ExpectedReply): string {
  if (r.text !== undefined) return r.text;
  if (r.contains === undefined) return '';
  return Array.isArray(r.contains) ? r.contains.join(FRAGMENTS) : r.contains;
}

function withText(r: ExpectedReply, mode: Mode, text: string): ExpectedReply {
  const { text: _text, contains: _contains, ...rest } = r;
  if (mode === 'exact') return { ...rest, text };
  if (mode === 'contains') {
    const fragments = text.split(FRAGMENTS.trim()).map((f) => f.trim()).filter(Boolean);
    return { ...rest, contains: fragments.length > 1 ? fragments : (fragments[0] ?? '') };
  }
  return rest;
}

function ReplyList({ label, value, onChange }: { label: string; value: ExpectedReply[] | undefined; onChange(value: ExpectedReply[] | undefined): void }) {
  const t = useTranslations('tests.editor');
  const list = value ?? [];
  const set = (i: number, r: ExpectedReply) => onChange(list.map((x, k) => (k === i ? r : x)));
  return (
    <div className="space-y-1">
      <p className="font-medium text-slate-700">{label}</p>
      {value === undefined ? <p className="text-slate-500">{t('anyReplies')}</p> : list.length === 0 ? <p className="text-slate-500">{t('noReplies')}</p> : null}
      {list.map((r, i) => {
        const mode = modeOf(r);
        return (
          <div key={i} className="flex items-center gap-1" data-testid="expect-reply">
            <Select value={r.kind ?? ANY} onValueChange={(v) => set(i, v === ANY ? (({ kind: _k, ...rest }) => rest)(r) : { ...r, kind: v as ExpectedReply['kind'] })}>
              <SelectTrigger className="h-7 w-28 shrink-0 px-2 text-xs" aria-label={t('kind')}>
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value={ANY}>{t('anyKind')}</SelectItem>
                {ReplyKindSchema.options.map((k) => (
                  <SelectItem key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
            <Select value={mode} onValueChange={(m) => set(i, withText(r, m as Mode, textOf(r)))}>
              <SelectTrigger className="h-7 w-28 shrink-0 px-2 text-xs" aria-label={t('match')} data-testid="expect-mode">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="exact">{t('modes.exact')}</SelectItem>
                <SelectItem value="contains">{t('modes.contains')}</SelectItem>
                <SelectItem value="any">{t('modes.any')}</SelectItem>
              </SelectContent>
            </Select>
            {mode !== 'any' ? (
              <Input className="h-7 min-w-0 flex-1 px-2 text-xs" aria-label={t('text')} value={textOf(r)} onChange={(e) => set(i, withText(r, mode, e.target.value))} title={mode === 'contains' ? t('fragmentsHint') : undefined} data-testid="expect-text" />
            ) : (
              <span className="flex-1" />
            )}
            <Button type="button" variant="ghost" size="icon" className="h-7 w-7 shrink-0" aria-label={t('removeReply')} onClick={() => onChange(list.filter((_, k) => k !== i))}>
              <X aria-hidden className="h-3.5 w-3.5" />
            </Button>
          </div>
        );
      })}
      <Button type="button" variant="ghost" size="sm" className="h-6 px-1.5 text-[11px]" onClick={() => onChange([...list, { contains: '' }])}>
        <Plus aria-hidden className="h-3 w-3" />
        {t('addReply')}
      </Button>
    </div>
  );
}
