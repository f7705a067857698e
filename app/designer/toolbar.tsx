'use client';
import { useReactFlow } from '@xyflow/react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState, type RefObject } from 'react';
import { Badge } from '../ui/badge';
import { Button } from '../ui/button';
import { layoutPositions } from './auto-layout';
import { useDesigner, useDesignerStore } from './context';
import { ExportDialog } from './export-dialog';
import { FindNode } from './find-node';

const STATUS_TONE = { saved: 'good', dirty: 'neutral', saving: 'info', conflict: 'bad', error: 'bad' } as const;

export function Toolbar({ onPublish, findRef, version }: { onPublish(): void; findRef: RefObject<HTMLInputElement | null>; version: number | null }) {
  const t = useTranslations('designer');
  const store = useDesignerStore();
  const name = useDesigner((s) => s.doc.name);
  const status = useDesigner((s) => s.saveStatus);
  const canUndo = useDesigner((s) => s.past.length > 0);
  const canRedo = useDesigner((s) => s.future.length > 0);
  const readOnly = useDesigner((s) => s.readOnly);
  const shopId = useDesigner((s) => s.shopId);
  const flowId = useDesigner((s) => s.flowId);
  const errors = useDesigner((s) => s.problems.filter((p) => p.severity === 'error').length);
  const { getNodes, fitView } = useReactFlow();
  const [exporting, setExporting] = useState(false);

  async function autoLayout() {
    const s = store.getState();
    const sizes = new Map(getNodes().map((n) => [n.id, { width: n.measured?.width ?? 256, height: n.measured?.height ?? 140 }]));
    s.moveNodes(await layoutPositions(s.doc, sizes));
    requestAnimationFrame(() => void fitView({ padding: 0.15, duration: 300 }));
  }

  return (
    <div className="flex h-12 shrink-0 items-center gap-2 border-b border-slate-200 bg-white px-3">
      <Link href={`/shops/${shopId}`} className="text-sm text-slate-500 hover:text-slate-800">
        ← {shopId}
      </Link>
      <h1 className="truncate text-sm font-semibold text-slate-900" data-testid="flow-name">
        {name}
      </h1>
      {readOnly ? (
        <Badge tone="info" data-testid="read-only">{version ? t('readOnlyVersion', { version }) : t('readOnly')}</Badge>
      ) : (
        <Badge tone={STATUS_TONE[status]} data-testid="save-status" role="status">
          {t(`status.${status}`)}
        </Badge>
      )}
      <div className="ml-2 flex items-center gap-1">
        <Button variant="ghost" size="sm" onClick={() => store.getState().undo()} disabled={!canUndo || readOnly} title={t('undoHint')}>
          ↶ {t('undo')}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => store.getState().redo()} disabled={!canRedo || readOnly} title={t('redoHint')}>
          ↷ {t('redo')}
        </Button>
        <Button variant="ghost" size="sm" onClick={() => void autoLayout()} disabled={readOnly}>
          ⊞ {t('autoLayout')}
        </Button>
      </div>
      <FindNode ref={findRef} />
      <div className="ml-auto flex items-center gap-2">
        <Button variant="ghost" size="sm" onClick={() => setExporting(true)} data-testid="export">
          {t('export.button')}
        </Button>
        <Link href={`/shops/${shopId}/flows/${flowId}/versions`} className="text-sm text-slate-600 hover:text-slate-900">
          {t('versions')}
        </Link>
        {!readOnly ? (
          <Button size="sm" onClick={onPublish} data-testid="publish" title={errors ? t('publishBlocked', { count: errors }) : undefined}>
            {t('publishButton')}
          </Button>
        ) : null}
      </div>
      <ExportDialog open={exporting} onOpenChange={setExporting} version={version} />
    </div>
  );
}
