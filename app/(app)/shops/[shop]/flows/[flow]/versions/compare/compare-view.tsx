'use client';
/** The compare page's body: which two sides, the changes on a canvas and as a list, and the JSON diff. */
import { ReactFlowProvider, useNodesInitialized, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useTranslations } from 'next-intl';
import dynamic from 'next/dynamic';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { FlowDocument } from '../../../../../../../../flows/document';
import { Canvas } from '../../../../../../../designer/canvas';
import { DesignerProvider } from '../../../../../../../designer/context';
import { ChangeList } from '../../../../../../../designer/diff/change-list';
import { DIFF_TONE } from '../../../../../../../designer/diff/diff-badge';
import { diffFlows, mergeForCanvas, type FlowDiff, type NodeStatus } from '../../../../../../../designer/diff/flow-diff';
import { createDesignerStore } from '../../../../../../../designer/store';
import { Badge } from '../../../../../../../ui/badge';
import { Button } from '../../../../../../../ui/button';
import { Card } from '../../../../../../../ui/card';
import { cn } from '../../../../../../../ui/cn';
import { Field } from '../../../../../../../ui/field';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../../../../../ui/select';
import { compareHref, parseSide, type Side } from './sides';

const JsonDiff = dynamic(() => import('../../../../../../../designer/diff/json-diff'), { ssr: false, loading: () => <JsonLoading /> });

function JsonLoading() {
  const t = useTranslations('versionsCompare');
  return <p className="flex h-full items-center justify-center text-sm text-slate-500">{t('jsonLoading')}</p>;
}

export interface CompareViewProps {
  shopId: string;
  flowId: string;
  from: Side;
  to: Side;
  before: FlowDocument;
  after: FlowDocument;
  versions: { version: number; note: string; live: boolean }[];
}

export function CompareView({ shopId, flowId, from, to, before, after, versions }: CompareViewProps) {
  const t = useTranslations('versionsCompare');
  const router = useRouter();
  const diff = useMemo(() => diffFlows(before, after), [before, after]);
  const [store] = useState(() => {
    const merged = mergeForCanvas(before, after, diff);
    const s = createDesignerStore({ shopId, flowId, doc: merged.doc, tests: [], revision: 0, readOnly: true, diff: merged.marks });
    // The merged picture is not a flow to check: no problem badges here.
    s.setState({ problems: [] });
    return s;
  });
  const short = (side: Side) => (side === 'draft' ? t('draftShort') : t('versionShort', { version: side }));
  const long = (side: Side) => (side === 'draft' ? t('draft') : t('version', { version: side }));
  const go = (next: { from?: Side; to?: Side }) => router.push(compareHref(shopId, flowId, next.from ?? from, next.to ?? to));
  const options = [
    { value: 'draft', label: t('draft') },
    ...versions.map((v) => ({ value: String(v.version), label: `${t('versionShort', { version: v.version })}${v.note ? ` · ${v.note}` : ''}` })),
  ];

  return (
    <DesignerProvider store={store}>
      <ReactFlowProvider>
        <div className="space-y-4">
          <Card className="flex flex-wrap items-end gap-3 px-4 py-3" data-testid="compare-sides">
            {(['from', 'to'] as const).map((which) => (
              <div key={which} className="w-64">
                <Field id={`compare-${which}`} label={t(which)}>
                  <Select value={String(which === 'from' ? from : to)} onValueChange={(v) => go({ [which]: parseSide(v) ?? undefined })}>
                    <SelectTrigger id={`compare-${which}`} data-testid={`compare-${which}`}>
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      {options.map((o) => (
                        <SelectItem key={o.value} value={o.value}>
                          {o.label}
                        </SelectItem>
                      ))}
                    </SelectContent>
                  </Select>
                </Field>
              </div>
            ))}
            <Button variant="secondary" asChild>
              <Link href={compareHref(shopId, flowId, to, from)} data-testid="compare-swap">
                ⇄ {t('swap')}
              </Link>
            </Button>
            <Badge tone={diff.total > 0 ? 'info' : 'neutral'} className="mb-2 ml-auto text-sm" data-testid="compare-summary">
              {short(from)} → {short(to)}: {t('summary', { count: diff.total })}
            </Badge>
          </Card>

          <div className="grid gap-4 lg:grid-cols-[26rem_minmax(0,1fr)]">
            <Card className="flex max-h-[70vh] min-h-64 flex-col overflow-hidden">
              <h2 className="border-b border-slate-200 px-3 py-2 text-sm font-semibold text-slate-900">{t('listTitle')}</h2>
              <div className="min-h-0 flex-1 overflow-y-auto">
                <ChangeList diff={diff} before={before} after={after} />
              </div>
            </Card>
            <Card className="flex h-[70vh] flex-col overflow-hidden">
              <div className="flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-slate-200 px-3 py-2">
                <h2 className="text-sm font-semibold text-slate-900">{t('canvasTitle')}</h2>
                <Legend />
                <FitButtons diff={diff} />
              </div>
              <div className="min-h-0 flex-1" data-testid="compare-canvas">
                <Canvas />
              </div>
            </Card>
          </div>

          <Card className="overflow-hidden">
            <div className="flex flex-wrap items-baseline gap-x-4 border-b border-slate-200 px-3 py-2">
              <h2 className="text-sm font-semibold text-slate-900">{t('jsonTitle')}</h2>
              <p className="text-xs text-slate-500">{t('jsonHint', { from: long(from), to: long(to) })}</p>
            </div>
            <div className="grid grid-cols-2 border-b border-slate-100 text-xs font-medium text-slate-600">
              <span className="px-3 py-1">− {long(from)}</span>
              <span className="px-3 py-1">+ {long(to)}</span>
            </div>
            <div className="h-[70vh]">
              <JsonDiff before={before} after={after} beforeKey={[shopId, flowId, String(from)]} afterKey={[shopId, flowId, String(to)]} />
            </div>
          </Card>
        </div>
      </ReactFlowProvider>
    </DesignerProvider>
  );
}

function Legend() {
  const t = useTranslations('versionsCompare');
  const statuses: NodeStatus[] = ['added', 'removed', 'changed', 'moved'];
  return (
    <ul className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600" aria-label={t('legend.title')}>
      {statuses.map((s) => (
        <li key={s} className="flex items-center gap-1.5">
          <span aria-hidden className={cn('inline-block h-3 w-3 rounded-sm', DIFF_TONE[s])} />
          <span>{t(`legend.${s}`)}</span>
        </li>
      ))}
      <li className="text-slate-500">{t('legend.edges')}</li>
    </ul>
  );
}

/** The steps a change touches: those added, removed or changed, and both ends of a changed connection. */
function touchedSteps(diff: FlowDiff): string[] {
  const ids = new Set(diff.nodes.filter((n) => n.status !== 'moved').map((n) => n.id));
  for (const e of diff.edges) for (const id of [e.source, e.from, e.to]) if (id) ids.add(id);
  if (ids.size === 0) for (const n of diff.nodes) ids.add(n.id);
  return [...ids];
}

/** Opens on the changes (a whole big flow makes them too small to see), and switches views. */
function FitButtons({ diff }: { diff: FlowDiff }) {
  const t = useTranslations('versionsCompare');
  const { fitView } = useReactFlow();
  const initialized = useNodesInitialized();
  const touched = useMemo(() => touchedSteps(diff), [diff]);
  const fitted = useRef(false);
  useEffect(() => {
    if (!initialized || fitted.current || touched.length === 0) return;
    fitted.current = true;
    // After React Flow's own first fit of the whole flow.
    const frame = requestAnimationFrame(() => void fitView({ nodes: touched.map((id) => ({ id })), padding: 0.25, maxZoom: 1 }));
    return () => cancelAnimationFrame(frame);
  }, [initialized, touched, fitView]);
  return (
    <div className="ml-auto flex gap-1">
      <Button size="sm" variant="ghost" disabled={touched.length === 0} onClick={() => void fitView({ nodes: touched.map((id) => ({ id })), padding: 0.25, maxZoom: 1, duration: 300 })} data-testid="fit-changes">
        {t('fitChanges')}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => void fitView({ padding: 0.1, duration: 300 })} data-testid="fit-all">
        {t('fitAll')}
      </Button>
    </div>
  );
}
