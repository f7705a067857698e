'use client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useFormatter, useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useTRPC } from '../../../../../../trpc/client';
import { Badge } from '../../../../../../ui/badge';
import { Button } from '../../../../../../ui/button';
import { Card, CardBody } from '../../../../../../ui/card';
import { ConfirmDialog } from '../../../../../../ui/confirm-dialog';
import { Field } from '../../../../../../ui/field';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../../../../ui/select';
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from '../../../../../../ui/table';
import { Textarea } from '../../../../../../ui/textarea';
import type { RouterOutputs } from '../../../types';
import { EVENT_TIME } from '../../../../../../ui/formats';

type Version = RouterOutputs['flows']['versions'][number];

/** Published versions, newest first: who, when, why; compare two; roll back to one. */
export function VersionsPanel({ shopId, flowId, canWrite, initialVersions }: { shopId: string; flowId: string; canWrite: boolean; initialVersions: Version[] }) {
  const t = useTranslations('versions');
  const format = useFormatter();
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const versions = useQuery({ ...trpc.flows.versions.queryOptions({ shopId, flowId }), initialData: initialVersions }).data;
  const [from, setFrom] = useState<string>(String(versions[1]?.version ?? ''));
  const [to, setTo] = useState<string>(String(versions[0]?.version ?? ''));
  const [target, setTarget] = useState<Version | null>(null);
  const [note, setNote] = useState('');
  const rollback = useMutation(
    trpc.flows.rollback.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries({ queryKey: trpc.flows.versions.queryKey({ shopId, flowId }) });
        await queryClient.invalidateQueries({ queryKey: trpc.flows.list.queryKey({ shopId }) });
        setTarget(null);
        setNote('');
        // The shop's header shows the live version.
        router.refresh();
      },
    }),
  );
  const next = (versions[0]?.version ?? 0) + 1;
  const canCompare = from !== '' && to !== '' && from !== to;
  return (
    <div className="space-y-4">
      <Card>
        <CardBody className="flex flex-wrap items-end gap-3" data-testid="compare">
          <div className="w-36">
            <Field id="compare-from" label={t('compare.from')}>
              <Select value={from} onValueChange={setFrom} disabled={versions.length < 2}>
                <SelectTrigger id="compare-from">
                  <SelectValue placeholder="—" />
                </SelectTrigger>
                <SelectContent>
                  {versions.map((v) => (
                    <SelectItem key={v.version} value={String(v.version)}>
                      v{v.version}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </Field>
          </div>
          <div className="w-36">
            <Field id="compare-to" label={t('compare.to')}>
              <Select value={to} onValueChange={setTo} disabled={versions.length < 2}>
                <SelectTrigger id="compare-to">
                  <SelectValue placeholder="—" />
                </SelectTrigger>
                <SelectContent>
                  {versions.map((v) => (
                    <SelectItem key={v.version} value={String(v.version)}>
                      v{v.version}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
            </Field>
          </div>
          {canCompare ? (
            <Button asChild variant="secondary">
              <Link href={`/shops/${shopId}/flows/${flowId}/versions/compare?from=${from}&to=${to}`}>{t('compare.submit')}</Link>
            </Button>
          ) : (
            <Button variant="secondary" disabled>
              {t('compare.submit')}
            </Button>
          )}
          <p className="basis-full text-xs text-slate-500">{versions.length < 2 ? t('compare.needTwo') : t('compare.hint')}</p>
        </CardBody>
      </Card>
      <Card>
        <Table>
          <TableHeader>
            <TableRow className="hover:bg-transparent">
              <TableHead>{t('columns.version')}</TableHead>
              <TableHead>{t('columns.published')}</TableHead>
              <TableHead>{t('columns.note')}</TableHead>
              <TableHead className="text-right">
                <span className="sr-only">{t('columns.actions')}</span>
              </TableHead>
            </TableRow>
          </TableHeader>
          <TableBody>
            {versions.length === 0 ? <TableEmpty colSpan={4}>{t('empty')}</TableEmpty> : null}
            {versions.map((v) => (
              <TableRow key={v.version} data-testid={`version-${v.version}`}>
                <TableCell className="whitespace-nowrap">
                  <span className="font-medium text-slate-900">v{v.version}</span>
                  {v.live ? (
                    <Badge tone="good" className="ml-2" data-testid="live-badge">
                      {t('live')}
                    </Badge>
                  ) : null}
                </TableCell>
                <TableCell>
                  <div className="text-slate-800">{v.publishedBy ?? t('unknownPerson')}</div>
                  <div className="text-xs text-slate-500">{format.dateTime(new Date(v.publishedAt), EVENT_TIME)}</div>
                </TableCell>
                <TableCell className="max-w-md">
                  <p className="whitespace-pre-wrap break-words text-slate-800">{v.note}</p>
                  {v.rolledBackFrom ? (
                    <p className="mt-1">
                      <Badge tone="info">{t('rolledBackFrom', { version: v.rolledBackFrom })}</Badge>
                    </p>
                  ) : null}
                  {v.overrideReason ? (
                    <p className="mt-1 text-xs text-amber-800">
                      <Badge tone="warn" className="mr-1">
                        {t('override')}
                      </Badge>
                      {v.overrideReason}
                    </p>
                  ) : null}
                </TableCell>
                <TableCell>
                  <div className="flex flex-wrap justify-end gap-2">
                    {/* Read-only view of this version in the designer. */}
                    <Button asChild size="sm" variant="secondary">
                      <Link href={`/shops/${shopId}/flows/${flowId}?version=${v.version}`} data-testid="open-read-only">
                        {t('openReadOnly')}
                      </Link>
                    </Button>
                    {canWrite && !v.live ? (
                      <Button size="sm" variant="ghost" onClick={() => setTarget(v)}>
                        {t('rollback.open')}
                      </Button>
                    ) : null}
                  </div>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Card>
      {target ? (
        <ConfirmDialog
          open
          onOpenChange={(open) => {
            if (!open) {
              setTarget(null);
              rollback.reset();
            }
          }}
          tone="primary"
          title={t('rollback.title', { version: target.version })}
          description={t('rollback.description', { version: target.version, next })}
          confirmLabel={rollback.isPending ? t('rollback.pending') : t('rollback.confirm', { version: target.version })}
          pending={rollback.isPending}
          error={rollback.error}
          onConfirm={() => rollback.mutate({ shopId, flowId, version: target.version, note: note.trim() || t('rollback.defaultNote', { version: target.version }) })}
        >
          <Field id="rollback-note" label={t('rollback.note')} hint={t('rollback.noteHint', { version: target.version })}>
            <Textarea id="rollback-note" value={note} maxLength={500} onChange={(e) => setNote(e.target.value)} rows={2} />
          </Field>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
