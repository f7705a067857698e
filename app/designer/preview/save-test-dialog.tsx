'use client';
/**
 * "Save as test": the preview conversation becomes a conversation test of the flow, with its
 * frozen circumstances and what the bot did as the expectations (editable in the tests panel).
 */
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { Button } from '../../ui/button';
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '../../ui/dialog';
import { Field } from '../../ui/field';
import { Input } from '../../ui/input';
import { Textarea } from '../../ui/textarea';
import { conversationAsTest, testIdFor, type Turn } from '../../preview/as-test';
import { useDesignerStore } from '../context';

export interface SaveTestDialogProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  turns: readonly Turn[];
  /** The conversation's seed, read when saving. */
  seed: () => string;
  shopName: string;
  /** Called with the new test's id once it is in the flow. */
  onSaved(id: string): void;
}

function suggestedName(turns: readonly Turn[]): string {
  const first = turns.find((t) => t.event.type === 'buyer_message');
  const text = first?.event.type === 'buyer_message' ? first.event.text.trim() : '';
  return text ? `“${text.length > 60 ? `${text.slice(0, 59)}…` : text}”` : '';
}

export function SaveTestDialog(props: SaveTestDialogProps) {
  return <Dialog open={props.open} onOpenChange={props.onOpenChange}>{props.open ? <SaveTestForm {...props} /> : null}</Dialog>;
}

function SaveTestForm({ onOpenChange, turns, seed, shopName, onSaved }: SaveTestDialogProps) {
  const t = useTranslations('preview.saveTest');
  const store = useDesignerStore();
  const [name, setName] = useState(() => suggestedName(turns));
  const [description, setDescription] = useState('');
  const steps = turns.filter((x) => x.result && !x.error).length;

  const save = () => {
    const s = store.getState();
    const test = conversationAsTest(turns, { id: testIdFor(name, s.tests.map((x) => x.id)), name: name.trim(), description: description.trim(), shopName, seed: seed() });
    if (!test) return;
    s.setTests([...s.tests, test]);
    onOpenChange(false);
    onSaved(test.id);
  };

  return (
    <DialogContent data-testid="save-test-dialog">
      <DialogHeader>
        <DialogTitle>{t('title')}</DialogTitle>
        <DialogDescription>{t('description', { steps })}</DialogDescription>
      </DialogHeader>
      <Field id="test-name" label={t('name')}>
        <Input id="test-name" value={name} onChange={(e) => setName(e.target.value)} maxLength={200} autoFocus />
      </Field>
      <Field id="test-description" label={t('notes')} hint={t('notesHint')}>
        <Textarea id="test-description" value={description} onChange={(e) => setDescription(e.target.value)} rows={2} maxLength={2000} />
      </Field>
      <DialogFooter>
        <Button variant="secondary" onClick={() => onOpenChange(false)}>
          {t('cancel')}
        </Button>
        <Button onClick={save} disabled={name.trim() === '' || steps === 0} data-testid="save-test-confirm">
          {t('save')}
        </Button>
      </DialogFooter>
    </DialogContent>
  );
}
