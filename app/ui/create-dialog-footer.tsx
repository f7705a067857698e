'use client';
import { useTranslations } from 'next-intl';
import { Button } from './button';
import { DialogFooter } from './dialog';

/** The footer of a dialog that creates something: Cancel, and a submit that reads "Creating…" while busy. */
export function CreateDialogFooter({ busy, submitLabel, onCancel }: { busy: boolean; submitLabel: string; onCancel: () => void }) {
  const tc = useTranslations('common');
  return (
    <DialogFooter>
      <Button type="button" variant="secondary" onClick={onCancel}>
        {tc('cancel')}
      </Button>
      <Button type="submit" disabled={busy}>
        {busy ? tc('creating') : submitLabel}
      </Button>
    </DialogFooter>
  );
}
