'use client';
/**
 * The phone-sized preview page: choose the flow and the draft or a published version, set the
 * circumstances beside the phone, and chat as the buyer would.
 */
import { useQuery } from '@tanstack/react-query';
import { ArrowLeft, RotateCcw } from 'lucide-react';
import { useTranslations } from 'next-intl';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { PreviewControls } from '../../../../preview/controls';
import { PhoneChat } from '../../../../preview/phone-chat';
import { useConversation } from '../../../../preview/use-conversation';
import { useTRPC } from '../../../../trpc/client';
import { Button } from '../../../../ui/button';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../../../../ui/select';

export interface PhonePreviewProps {
  shop: { id: string; name: string; timezone: string };
  flows: { id: string; name: string; liveVersion: number | null; latestVersion: number | null }[];
  flowId: string;
  version: number | 'draft';
}

export function PhonePreview({ shop, flows, flowId, version }: PhonePreviewProps) {
  const t = useTranslations('preview');
  const trpc = useTRPC();
  const router = useRouter();
  const versions = useQuery(trpc.flows.versions.queryOptions({ shopId: shop.id, flowId }));
  const draft = useQuery({ ...trpc.flows.get.queryOptions({ shopId: shop.id, flowId }), enabled: version === 'draft' });
  const published = useQuery({ ...trpc.flows.version.queryOptions({ shopId: shop.id, flowId, version: version === 'draft' ? 1 : version }), enabled: version !== 'draft' });
  const document = version === 'draft' ? draft.data?.document : published.data?.document;
  const conversation = useConversation({ shopId: shop.id, flowId, version });

  const go = (flow: string, v: number | 'draft' | null) => {
    const params = new URLSearchParams({ flow });
    if (v !== null) params.set('version', String(v));
    router.replace(`/shops/${encodeURIComponent(shop.id)}/preview?${params.toString()}`);
  };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_400px]" data-testid="phone-preview">
      <section className="space-y-4">
        <div className="flex items-center gap-2">
          <Button asChild variant="ghost" size="sm">
            <Link href={`/shops/${encodeURIComponent(shop.id)}/flows/${encodeURIComponent(flowId)}`}>
              <ArrowLeft aria-hidden className="h-4 w-4" />
              {t('phonePage.back')}
            </Link>
          </Button>
        </div>
        <div>
          <h2 className="text-lg font-semibold text-slate-900">{t('phonePage.heading')}</h2>
          <p className="text-sm text-slate-600">{t('phonePage.intro', { shop: shop.name })}</p>
        </div>
        <div className="grid grid-cols-2 gap-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
          <label className="space-y-1">
            <span className="text-xs font-medium text-slate-700">{t('phonePage.flow')}</span>
            <Select value={flowId} onValueChange={(f) => go(f, null)}>
              <SelectTrigger data-testid="phone-flow">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                {flows.map((f) => (
                  <SelectItem key={f.id} value={f.id}>
                    {f.name}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </label>
          <label className="space-y-1">
            <span className="text-xs font-medium text-slate-700">{t('phonePage.version')}</span>
            <Select value={String(version)} onValueChange={(v) => go(flowId, v === 'draft' ? 'draft' : Number(v))}>
              <SelectTrigger data-testid="phone-version">
                <SelectValue />
              </SelectTrigger>
              <SelectContent>
                <SelectItem value="draft">{t('draft')}</SelectItem>
                {(versions.data ?? []).map((v) => (
                  <SelectItem key={v.version} value={String(v.version)}>
                    {v.live ? t('phonePage.liveVersion', { version: v.version }) : t('version', { version: v.version })}
                  </SelectItem>
                ))}
              </SelectContent>
            </Select>
          </label>
        </div>
        <div className="rounded-lg border border-slate-200 bg-white pt-3">
          <div className="flex items-center px-3 pb-2">
            <p className="text-sm font-medium text-slate-800">{t('phonePage.circumstances')}</p>
            <Button type="button" variant="ghost" size="sm" className="ml-auto h-7" onClick={conversation.reset} data-testid="preview-reset">
              <RotateCcw aria-hidden className="h-3.5 w-3.5" />
              {t('reset')}
            </Button>
          </div>
          {document ? (
            <PreviewControls value={conversation.circumstances} onChange={conversation.update} shopId={shop.id} timezone={shop.timezone} schedules={document.schedules} languages={document.languages.supported} collapsible={false} />
          ) : (
            <p className="px-3 pb-3 text-xs text-slate-500">…</p>
          )}
        </div>
      </section>
      <section>
        <PhoneChat conversation={conversation} shopName={shop.name} timezone={shop.timezone} />
      </section>
    </div>
  );
}
