'use client';
/**
 * Preview as buyer, beside the canvas: chat with the draft (or the published version on screen)
 * under chosen circumstances; replies come from the same engine as production. The conversation
 * can be kept as a conversation test.
 */
import { FlaskConical, RotateCcw, Send, Smartphone } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Badge } from '../../ui/badge';
import { Button } from '../../ui/button';
import { Input } from '../../ui/input';
import { PreviewControls } from '../../preview/controls';
import { useDesigner } from '../context';
import { Chat } from './chat';
import { SaveTestDialog } from './save-test-dialog';
import type { Preview } from './use-preview';

export interface PreviewPanelProps {
  preview: Preview;
  version: number | null;
  /** The shop's time zone (the clock is read and set in it) and name. */
  timezone: string;
  shopName: string;
  onTestSaved(id: string): void;
}

export function PreviewPanel({ preview, version, timezone, shopName, onTestSaved }: PreviewPanelProps) {
  const t = useTranslations('preview');
  const shopId = useDesigner((s) => s.shopId);
  const flowId = useDesigner((s) => s.flowId);
  const readOnly = useDesigner((s) => s.readOnly);
  const schedules = useDesigner((s) => s.doc.schedules);
  const languages = useDesigner((s) => s.doc.languages.supported);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const bottom = useRef<HTMLDivElement>(null);
  const answered = preview.turns.some((x) => x.result && !x.error);

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

  const phone = `/shops/${encodeURIComponent(shopId)}/preview?flow=${encodeURIComponent(flowId)}&version=${version ?? 'draft'}`;

  return (
    <div className="flex h-full min-h-0 flex-col" data-testid="preview-panel">
      <div className="flex items-center gap-1.5 px-3 pb-2">
        <Badge tone={version === null ? 'warn' : 'info'}>{version === null ? t('draft') : t('version', { version })}</Badge>
        <Badge tone={preview.status === 'bot' ? 'good' : preview.status === 'human' ? 'bad' : 'neutral'} data-testid="preview-status">
          {t(`status.${preview.status}`)}
        </Badge>
        <div className="ml-auto flex items-center gap-0.5">
          <Button asChild variant="ghost" size="sm" className="h-7 px-2" title={t('phone')}>
            <a href={phone} target="_blank" rel="noreferrer" data-testid="preview-phone-link">
              <Smartphone aria-hidden className="h-3.5 w-3.5" />
              <span className="sr-only">{t('phone')}</span>
            </a>
          </Button>
          {!readOnly ? (
            <Button type="button" variant="ghost" size="sm" className="h-7 px-2" disabled={!answered || preview.pending} onClick={() => setSaving(true)} data-testid="preview-save-test">
              <FlaskConical aria-hidden className="h-3.5 w-3.5" />
              {t('saveTest.button')}
            </Button>
          ) : null}
          <Button type="button" variant="ghost" size="sm" className="h-7 px-2" onClick={preview.reset} data-testid="preview-reset">
            <RotateCcw aria-hidden className="h-3.5 w-3.5" />
            {t('reset')}
          </Button>
        </div>
      </div>
      <PreviewControls value={preview.circumstances} onChange={preview.update} shopId={shopId} timezone={timezone} schedules={schedules} languages={languages} />
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
      <SaveTestDialog open={saving} onOpenChange={setSaving} turns={preview.turns} seed={preview.conversationId} shopName={shopName} onSaved={onTestSaved} />
    </div>
  );
}
