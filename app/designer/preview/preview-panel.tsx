'use client';
/**
 * Preview as buyer, beside the canvas: chat with the draft (or the published version on screen)
 * under chosen circumstances; replies come from the same engine as production.
 */
import { useQuery } from '@tanstack/react-query';
import { RotateCcw, Send } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Input } from '../../ui/input';
import { useTRPC } from '../../trpc/client';
import { useDesigner } from '../context';
import { Chat } from './chat';
import { PreviewControls } from './controls';
import { usePreview } from './use-preview';

export function PreviewPanel({ version }: { version: number | null }) {
  const t = useTranslations('preview');
  const trpc = useTRPC();
  const shopId = useDesigner((s) => s.shopId);
  const scheduleZone = useDesigner((s) => s.doc.schedules[0]?.timezone);
  const shop = useQuery(trpc.shops.get.queryOptions({ shopId }));
  const timezone = shop.data?.timezone ?? scheduleZone ?? 'UTC';
  const preview = usePreview(version);
  const [text, setText] = useState('');
  const bottom = useRef<HTMLDivElement>(null);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [preview.turns]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value || preview.pending) return;
    setText('');
    void preview.send({ type: 'buyer_message', text: value });
  };

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="preview-panel">
      <div className="flex items-center gap-2 px-3 pb-2">
        <Badge tone={version === null ? 'warn' : 'info'}>{version === null ? t('draft') : t('version', { version })}</Badge>
        <Badge tone={preview.status === 'bot' ? 'good' : preview.status === 'human' ? 'bad' : 'neutral'} data-testid="preview-status">
          {t(`status.${preview.status}`)}
        </Badge>
        <Button type="button" variant="ghost" size="sm" className="ml-auto h-7" onClick={preview.reset} data-testid="preview-reset">
          <RotateCcw aria-hidden className="h-3.5 w-3.5" />
          {t('reset')}
        </Button>
      </div>
      <PreviewControls value={preview.circumstances} onChange={preview.update} timezone={timezone} />
      <div className="min-h-0 flex-1 overflow-y-auto bg-slate-50">
        <Chat turns={preview.turns} selected={preview.selected} ratings={preview.ratings} onSelect={preview.select} onSend={(e) => void preview.send(e)} onRate={preview.rate} disabled={preview.pending} timezone={timezone} />
        <div ref={bottom} />
      </div>
      <form onSubmit={submit} className="flex gap-1.5 border-t border-slate-200 p-2">
        <Input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('placeholder')} aria-label={t('placeholder')} maxLength={4000} data-testid="preview-input" />
        <Button type="submit" size="icon" className="h-9 w-9 shrink-0" disabled={!text.trim() || preview.pending} aria-label={t('send')} data-testid="preview-send">
          <Send aria-hidden className="h-4 w-4" />
        </Button>
      </form>
    </div>
  );
}
