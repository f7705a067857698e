'use client';
/**
 * The changes between two flow documents as a list a seller can read: each section (steps,
 * connections, questions, working hours, ...) with what was added, removed or changed, and for a
 * change the values before and after. A step can be shown on the compare canvas.
 */
import { useReactFlow } from '@xyflow/react';
import { useLocale, useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import type { FlowDocument } from '../../../flows/document';
import { formatPath } from '../../../flows/migrations';
import { cn } from '../../ui/cn';
import { useDesignerStore } from '../context';
import { exitViews } from '../exits';
import { pickText, preferredLanguages } from '../text';
import { DiffBadge, DIFF_TONE } from './diff-badge';
import type { FieldChange, FlowDiff, ItemDiff } from './flow-diff';

const MAX_SHOWN_FIELDS = 8;

export function ChangeList({ diff, before, after }: { diff: FlowDiff; before: FlowDocument; after: FlowDocument }) {
  const t = useTranslations('versionsCompare');
  const td = useTranslations('designer');
  const locale = useLocale();
  const store = useDesignerStore();
  const { getNode, setCenter } = useReactFlow();
  const prefer = preferredLanguages(after, locale);

  const nodeOf = (id: string) => after.nodes.find((n) => n.id === id) ?? before.nodes.find((n) => n.id === id);
  const nodeName = (id: string) => {
    const n = nodeOf(id);
    return n ? n.label || td(`kinds.${n.kind}`) : id;
  };
  const exitName = (nodeId: string, exit: string) => {
    const n = nodeOf(nodeId);
    if (!n) return exit;
    const doc = after.nodes.some((x) => x.id === nodeId) ? after : before;
    return exitViews(n, doc, prefer, (k) => td(k)).find((x) => x.id === exit)?.label ?? exit;
  };
  const show = (id: string) => {
    store.getState().select([id], []);
    const n = getNode(id);
    if (n) void setCenter(n.position.x + (n.measured?.width ?? 256) / 2, n.position.y + (n.measured?.height ?? 120) / 2, { zoom: 1, duration: 300 });
  };

  if (diff.total === 0) {
    return (
      <p className="p-4 text-sm text-slate-600" data-testid="no-changes">
        {t('same')}
      </p>
    );
  }

  const items = <T,>(list: ItemDiff<T>[], name: (item: T, id: string) => string, section: string) =>
    list.length > 0 ? (
      <Section title={t(`sections.${section}`)} count={list.length} testId={`changes-${section}`}>
        {list.map((d) => (
          <Row key={d.id} status={d.status} title={name(d.item, d.id)} subtitle={d.id}>
            <Fields fields={d.fields} />
          </Row>
        ))}
      </Section>
    ) : null;

  return (
    <div className="divide-y divide-slate-100" data-testid="change-list">
      {diff.flow.length > 0 ? (
        <Section title={t('sections.flow')} count={diff.flow.length} testId="changes-flow">
          <div className="px-3 py-2">
            <Fields fields={diff.flow} />
          </div>
        </Section>
      ) : null}
      {diff.nodes.length > 0 ? (
        <Section title={t('sections.nodes')} count={diff.nodes.length} testId="changes-nodes">
          {diff.nodes.map((d) => (
            <Row
              key={d.id}
              status={d.status}
              title={d.node.label || td(`kinds.${d.node.kind}`)}
              subtitle={`${td(`kinds.${d.node.kind}`)} · ${d.id}`}
              onShow={() => show(d.id)}
              showLabel={t('showOnCanvas')}
              testId={`change-node-${d.id}`}
            >
              {d.status === 'changed' || d.status === 'moved' ? <Fields fields={d.fields} /> : null}
            </Row>
          ))}
        </Section>
      ) : null}
      {diff.edges.length > 0 ? (
        <Section title={t('sections.edges')} count={diff.edges.length} testId="changes-edges">
          {diff.edges.map((e, i) => (
            <Row
              key={`${e.source}-${e.sourceHandle}-${i}`}
              status={e.status}
              title={
                e.status === 'rewired'
                  ? t('edge.rewired', { from: nodeName(e.source), exit: exitName(e.source, e.sourceHandle), before: nodeName(e.from!), to: nodeName(e.to!) })
                  : t('edge.connects', { from: nodeName(e.source), exit: exitName(e.source, e.sourceHandle), to: nodeName((e.to ?? e.from)!) })
              }
            />
          ))}
        </Section>
      ) : null}
      {items(diff.intents, (i) => pickText(i.name, prefer), 'intents')}
      {items(diff.schedules, (s) => s.name, 'schedules')}
      {items(diff.globalTriggers, (g, id) => g.name || id, 'globalTriggers')}
      {items(diff.variables, (v) => `{${v.name}}`, 'variables')}
    </div>
  );
}

function Section({ title, count, testId, children }: { title: string; count: number; testId: string; children: ReactNode }) {
  return (
    <section data-testid={testId}>
      <h3 className="flex items-center justify-between bg-slate-50 px-3 py-1.5 text-xs font-semibold uppercase tracking-wide text-slate-600">
        {title}
        <span className="rounded-full bg-slate-200 px-1.5 text-[10px] text-slate-700">{count}</span>
      </h3>
      <ul className="divide-y divide-slate-100">{children}</ul>
    </section>
  );
}

function Row({
  status,
  title,
  subtitle,
  onShow,
  showLabel,
  testId,
  children,
}: {
  status: 'added' | 'removed' | 'changed' | 'moved' | 'rewired';
  title: string;
  subtitle?: string;
  onShow?: () => void;
  showLabel?: string;
  testId?: string;
  children?: ReactNode;
}) {
  const t = useTranslations('versionsCompare');
  const head = (
    <span className="flex min-w-0 items-start gap-2">
      {status === 'rewired' ? (
        <span className={cn('mt-0.5 shrink-0 rounded px-1.5 text-[10px] font-bold uppercase tracking-wide', DIFF_TONE.changed)}>{t('status.rewired')}</span>
      ) : (
        <DiffBadge status={status} className="mt-0.5" />
      )}
      <span className="min-w-0">
        <span className={cn('block break-words text-sm text-slate-900', status === 'removed' && 'line-through decoration-red-400')}>{title}</span>
        {subtitle ? <span className="block truncate text-xs text-slate-400">{subtitle}</span> : null}
      </span>
    </span>
  );
  return (
    <li className="px-3 py-2" data-testid={testId} data-status={status}>
      {onShow ? (
        <button type="button" onClick={onShow} className="-mx-1 w-full rounded px-1 text-left hover:bg-slate-50" title={showLabel}>
          {head}
        </button>
      ) : (
        head
      )}
      {children}
    </li>
  );
}

function Fields({ fields }: { fields: FieldChange[] }) {
  const t = useTranslations('versionsCompare');
  if (fields.length === 0) return null;
  const shown = fields.slice(0, MAX_SHOWN_FIELDS);
  const value = (v: unknown) => {
    if (v === undefined) return t('none');
    const s = typeof v === 'string' ? v : JSON.stringify(v);
    return s.length > 160 ? `${s.slice(0, 160)}…` : s;
  };
  return (
    <dl className="mt-1.5 space-y-1.5 pl-1 text-xs">
      {shown.map((f) => (
        <div key={formatPath(f.path)}>
          <dt className="font-mono text-[11px] text-slate-500">{formatPath(f.path)}</dt>
          <dd className="mt-0.5 space-y-0.5">
            <span className="block break-words rounded bg-red-50 px-1.5 py-0.5 text-red-900">
              <span aria-hidden className="mr-1 select-none text-red-400">−</span>
              {value(f.before)}
            </span>
            <span className="block break-words rounded bg-emerald-50 px-1.5 py-0.5 text-emerald-900">
              <span aria-hidden className="mr-1 select-none text-emerald-500">+</span>
              {value(f.after)}
            </span>
          </dd>
        </div>
      ))}
      {fields.length > shown.length ? <p className="text-slate-400">{t('moreFields', { count: fields.length - shown.length })}</p> : null}
    </dl>
  );
}
