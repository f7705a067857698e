'use client';
/** A match threshold 0–100 as a slider, or "inherit" (the flow's default or the step's), shown with its value. */
import { useTranslations } from 'next-intl';
import { Switch } from '../../ui/switch';
import { useDraft } from './draft';
import { FieldError } from './draft';
import { fieldId, pathKey, type Issue, type Path } from './issues';
import { useReadOnly } from './scope';

export function ThresholdControl({
  value,
  inherited,
  inheritedFrom,
  path,
  onCommit,
  allowInherit = true,
}: {
  value: number | undefined;
  /** The threshold that applies when this one is not set. */
  inherited: number;
  /** Where the inherited value comes from ("flow default", "this step"). */
  inheritedFrom: string;
  path: Path;
  onCommit(value: number | undefined): Issue[];
  allowInherit?: boolean;
}) {
  const t = useTranslations('inspector');
  const readOnly = useReadOnly();
  const own = value !== undefined || !allowInherit;
  const draft = useDraft(String(value ?? inherited), (text) => onCommit(Math.round(Number(text))), 300);
  const shown = Number(draft.text);
  const id = fieldId(path);
  return (
    <div className="space-y-1.5" data-testid={`threshold-${pathKey(path)}`}>
      {allowInherit ? (
        <div className="flex items-center gap-2 text-xs text-slate-600">
          <Switch
            id={`${id}-own`}
            checked={own}
            disabled={readOnly}
            onCheckedChange={(on) => {
              draft.revert();
              onCommit(on ? inherited : undefined);
            }}
            aria-label={t('threshold.override')}
          />
          <label htmlFor={`${id}-own`}>{own ? t('threshold.own') : t('threshold.inherit', { from: inheritedFrom, value: inherited })}</label>
        </div>
      ) : null}
      {own ? (
        <div className="flex items-center gap-3">
          <div className="relative flex-1">
            <input
              type="range"
              id={id}
              data-path={pathKey(path)}
              min={0}
              max={100}
              step={1}
              value={Number.isFinite(shown) ? shown : inherited}
              disabled={readOnly}
              onChange={(e) => draft.change(e.target.value)}
              onPointerUp={() => draft.flush()}
              onBlur={() => draft.flush()}
              aria-valuetext={String(shown)}
              className="w-full accent-indigo-600"
            />
            {allowInherit ? (
              <span
                aria-hidden
                title={t('threshold.inheritedMark', { from: inheritedFrom, value: inherited })}
                className="pointer-events-none absolute top-0 h-1.5 w-0.5 -translate-x-1/2 bg-slate-400"
                style={{ left: `${inherited}%` }}
              />
            ) : null}
          </div>
          <span className="w-9 text-right text-sm font-semibold tabular-nums text-slate-800" data-testid="threshold-value">
            {Number.isFinite(shown) ? shown : inherited}
          </span>
        </div>
      ) : null}
      <FieldError issues={draft.issues} />
    </div>
  );
}
