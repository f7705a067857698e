'use client';
/**
 * Text fields that edit the document: what the seller types is kept as a draft and committed
 * when they pause (600 ms), press Enter or leave the field. So typing a sentence is one undo
 * step per pause, not one per key. A draft the schema refuses stays on screen with its reason
 * and is not committed.
 */
import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState, type ComponentProps, type KeyboardEvent } from 'react';
import { Input } from '../../ui/input';
import { Textarea } from '../../ui/textarea';
import { cn } from '../../ui/cn';
import { describeIssue, fieldId, pathKey, type Issue, type Path } from './issues';
import { useReadOnly } from './scope';

export const COMMIT_DELAY_MS = 600;

export interface Draft {
  /** What the field shows: the draft while there is one, else the document's value. */
  text: string;
  issues: Issue[];
  change(text: string): void;
  /** Commits now (the draft, or `text` given). */
  flush(text?: string): void;
  revert(): void;
  dirty: boolean;
}

export function useDraft(value: string, commit: (text: string) => Issue[], delay = COMMIT_DELAY_MS): Draft {
  const [draft, setDraft] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issue[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = useRef<{ text: string; commit: (text: string) => Issue[] } | null>(null);

  const stop = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  const run = (text: string, fn: (text: string) => Issue[]) => {
    stop();
    pending.current = null;
    const result = fn(text);
    setIssues(result);
    if (result.length === 0) setDraft(null);
  };

  useEffect(() => {
    const t = timer;
    const p = pending;
    // Leaving the form (another node selected) still keeps what was typed.
    return () => {
      if (t.current) clearTimeout(t.current);
      if (p.current) p.current.commit(p.current.text);
    };
  }, []);

  return {
    text: draft ?? value,
    issues,
    dirty: draft !== null,
    change(text) {
      setDraft(text);
      pending.current = { text, commit };
      stop();
      timer.current = setTimeout(() => run(text, commit), delay);
    },
    flush(text) {
      const t = text ?? pending.current?.text ?? draft;
      if (t === null || t === undefined) return;
      run(t, commit);
    },
    revert() {
      stop();
      pending.current = null;
      setDraft(null);
      setIssues([]);
    },
  };
}

/** The first issue of a field, in the UI's language. */
export function FieldError({ issues, id }: { issues: readonly Issue[]; id?: string }) {
  const t = useTranslations('inspector.errors');
  const first = issues[0];
  if (!first) return null;
  return (
    <p id={id} role="alert" className="mt-1 text-xs text-red-600">
      {describeIssue(first, t)}
    </p>
  );
}

type InputProps = Omit<ComponentProps<'input'>, 'value' | 'onChange' | 'defaultValue' | 'id'>;

/** A one-line text field bound to a document path. */
export function DraftInput({
  value,
  onCommit,
  path,
  id,
  issues: outer = [],
  className,
  wrapperClassName = 'min-w-0 flex-1',
  ...props
}: InputProps & { value: string; onCommit: (text: string) => Issue[]; path: Path; id?: string; issues?: readonly Issue[]; wrapperClassName?: string }) {
  const draft = useDraft(value, onCommit);
  const readOnly = useReadOnly();
  const shown = draft.issues.length > 0 ? draft.issues : outer;
  const fid = id ?? fieldId(path);
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') draft.flush();
    else if (e.key === 'Escape') draft.revert();
    props.onKeyDown?.(e);
  };
  return (
    <div className={wrapperClassName}>
      <Input
        {...props}
        disabled={props.disabled || readOnly}
        id={fid}
        data-path={pathKey(path)}
        value={draft.text}
        aria-invalid={shown.length > 0 || undefined}
        aria-describedby={shown.length > 0 ? `${fid}-error` : undefined}
        className={cn('disabled:cursor-not-allowed disabled:bg-slate-50 disabled:text-slate-500', className)}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={(e) => {
          draft.flush();
          props.onBlur?.(e);
        }}
        onKeyDown={onKeyDown}
      />
      <FieldError issues={shown} id={`${fid}-error`} />
    </div>
  );
}

/** A multi-line text field bound to a document path. */
export function DraftTextarea({
  value,
  onCommit,
  path,
  className,
  ...props
}: Omit<ComponentProps<'textarea'>, 'value' | 'onChange' | 'id'> & { value: string; onCommit: (text: string) => Issue[]; path: Path }) {
  const draft = useDraft(value, onCommit);
  const readOnly = useReadOnly();
  const fid = fieldId(path);
  return (
    <div className="min-w-0 flex-1">
      <Textarea
        {...props}
        disabled={props.disabled || readOnly}
        id={fid}
        data-path={pathKey(path)}
        value={draft.text}
        aria-invalid={draft.issues.length > 0 || undefined}
        className={cn('min-h-16', className)}
        onChange={(e) => draft.change(e.target.value)}
        onBlur={() => draft.flush()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') draft.revert();
        }}
      />
      <FieldError issues={draft.issues} id={`${fid}-error`} />
    </div>
  );
}

/**
 * A number field: an empty box means "not set" when `optional`. `scale` shows the stored value
 * divided by it (seconds shown as minutes with scale 60).
 */
export function DraftNumber({
  value,
  onCommit,
  path,
  optional,
  scale = 1,
  integer = true,
  className,
  suffix,
  ...props
}: Omit<InputProps, 'type'> & { value: number | undefined; onCommit: (n: number | undefined) => Issue[]; path: Path; optional?: boolean; scale?: number; integer?: boolean; suffix?: string }) {
  const shownValue = value === undefined ? '' : String(Math.round((value / scale) * 100) / 100);
  const commit = (text: string): Issue[] => {
    const trimmed = text.trim().replace(',', '.');
    if (trimmed === '') return optional ? onCommit(undefined) : [{ path, code: 'too_small', origin: 'string', minimum: 1, message: '' }];
    const n = Number(trimmed);
    if (!Number.isFinite(n)) return [{ path, code: 'invalid_type', message: '' }];
    if (integer && !Number.isInteger(n * scale)) return [{ path, code: 'not_multiple_of', message: '' }];
    return onCommit(n * scale);
  };
  const input = <DraftInput {...props} type="text" inputMode="numeric" value={shownValue} onCommit={commit} path={path} className={cn('w-24', className)} wrapperClassName={suffix ? 'flex-none' : undefined} />;
  if (!suffix) return input;
  return (
    <div className="flex items-start gap-2">
      {input}
      <span className="mt-2 text-sm text-slate-500">{suffix}</span>
    </div>
  );
}
