'use client';
import { useQuery } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useState } from 'react';
import { useTRPC } from '../../../trpc/client';
import { Badge } from '../../../ui/badge';
import { Button } from '../../../ui/button';
import { Card } from '../../../ui/card';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '../../../ui/table';
import { CopyFlowDialog } from './copy-flow-dialog';
import { NewFlowDialog } from './new-flow-dialog';
import type { FlowSummary, ShopChoice, TemplateChoice } from './types';
import { EVENT_TIME } from '../../../ui/formats';

/** The shop's flows: draft, versions, which one is live, and what to do with each. */
export function FlowsPanel({
  shopId,
  canWrite,
  initialFlows,
  templates,
  suggestedTemplate,
  shops,
}: {
  shopId: string;
  canWrite: boolean;
  initialFlows: FlowSummary[];
  templates: TemplateChoice[];
  suggestedTemplate: string;
  shops: ShopChoice[];
}) {
  const t = useTranslations('shop.flows');
  const format = useFormatter();
  const trpc = useTRPC();
  const flows = useQuery({ ...trpc.flows.list.queryOptions({ shopId }), initialData: initialFlows }).data;
  const [copying, setCopying] = useState<FlowSummary | null>(null);
  return (
    <section aria-labelledby="flows-title">
      <div className="mb-3 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h2 id="flows-title" className="text-lg font-semibold text-slate-900">
            {t('title')}
          </h2>
          <p className="text-sm text-slate-600">{t('subtitle')}</p>
        </div>
        {canWrite ? <NewFlowDialog shopId={shopId} templates={templates} suggestedTemplate={suggestedTemplate} shops={shops} /> : null}
      </div>
      <Card>
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t('columns.flow')}</TableHead>
              <TableHead>{t('columns.draft')}</TableHead>
              <TableHead>{t('columns.latest')}</TableHead>
              <TableHead className="text-right">
                <span className="sr-only">{t('columns.actions')}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {flows.length === 0 ? <TableEmpty colSpan={4}>{t('empty')}</TableEmpty> : null}
            {flows.map((f) => (
              <TableRow key={f.id} data-testid={`flow-${f.id}`}>
                <TableCell>
                  <div className="flex items-center gap-2">
                    <span className="font-medium text-slate-900">{f.name}</span>
                    {f.liveVersion ? (
                      <Badge tone="good" data-testid="live-badge">
                        {t('live', { version: f.liveVersion })}
                      </Badge>
                    ) : null}
                  </div>
                  <div className="font-mono text-xs text-slate-500">{f.id}</div>
                </TableCell>
                <TableCell>
                  <div className="text-slate-800">{t('revision', { revision: f.revision })}</div>
                  <div className="text-xs text-slate-500">
                    {f.updatedBy
                      ? t('savedBy', { who: f.updatedBy, when: format.dateTime(new Date(f.updatedAt), EVENT_TIME) })
                      : t('savedAt', { when: format.dateTime(new Date(f.updatedAt), EVENT_TIME) })}
                  </div>
                </TableCell>
                <TableCell>
                  {f.latestVersion ? <span className="text-slate-800">v{f.latestVersion}</span> : <span className="text-slate-500">{t('notPublished')}</span>}
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap justify-end gap-2">
                    <Button asChild size="sm" variant={canWrite ? 'primary' : 'secondary'}>
                      <Link href={`/shops/${shopId}/flows/${f.id}`}>{canWrite ? t('openDesigner') : t('view')}</Link>
                    </Button>
                    <Button asChild size="sm" variant="secondary">
                      <Link href={`/shops/${shopId}/flows/${f.id}/versions`}>{t('versions')}</Link>
                    </Button>
                    {canWrite && shops.length > 1 ? (
                      <Button size="sm" variant="ghost" onClick={() => setCopying(f)}>
                        {t('copyToShop')}
                      </Button>
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      {copying ? <CopyFlowDialog key={copying.id} shopId={shopId} flow={copying} shops={shops.filter((s) => s.id !== shopId)} onClose={() => setCopying(null)} /> : null}
    </section>
  );
}
