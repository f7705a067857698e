'use client';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { cn } from '../../../../ui/cn';
import { Input } from '../../../../ui/input';

/** Chinese and common names sellers search for, mapped to IANA zones. */
const ALIASES: Record<string, string> = {
  'Asia/Shanghai': '中国 北京 上海 深圳 广州 杭州 义乌 China Beijing 北京时间',
  'Asia/Hong_Kong': '香港 Hong Kong',
  'Asia/Taipei': '台湾 台北 Taiwan',
  'Asia/Kuala_Lumpur': '马来西亚 吉隆坡 Malaysia',
  'Asia/Singapore': '新加坡 Singapore',
  'Asia/Bangkok': '泰国 曼谷 Thailand',
  'Asia/Ho_Chi_Minh': '越南 胡志明 Vietnam Saigon',
  'Asia/Manila': '菲律宾 马尼拉 Philippines',
  'Asia/Jakarta': '印尼 印度尼西亚 雅加达 Indonesia',
  'Asia/Tokyo': '日本 东京 Japan',
  'Asia/Seoul': '韩国 首尔 Korea',
  'Asia/Dubai': '阿联酋 迪拜 UAE Emirates',
  'Asia/Riyadh': '沙特 利雅得 Saudi Arabia',
  'Europe/London': '英国 伦敦 UK United Kingdom Britain',
  'Europe/Madrid': '西班牙 马德里 Spain',
  'Europe/Paris': '法国 巴黎 France',
  'Europe/Berlin': '德国 柏林 Germany',
  'Europe/Rome': '意大利 罗马 Italy',
  'America/Los_Angeles': '美国 洛杉矶 太平洋 USA Pacific PT',
  'America/New_York': '美国 纽约 东部 USA Eastern ET',
  'America/Chicago': '美国 芝加哥 中部 USA Central CT',
  'America/Denver': '美国 丹佛 山地 USA Mountain MT',
  'America/Mexico_City': '墨西哥 Mexico',
  'America/Sao_Paulo': '巴西 圣保罗 Brazil',
  'America/Bogota': '哥伦比亚 Colombia',
  'America/Santiago': '智利 Chile',
  'Australia/Sydney': '澳大利亚 悉尼 Australia',
};

function allZones(): string[] {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : Object.keys(ALIASES);
  return zones.includes('UTC') ? zones : ['UTC', ...zones];
}

function offsetOf(zone: string): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName');
    return (part?.value ?? '').replace('GMT', 'UTC') || 'UTC';
  } catch {
    return '';
  }
}

const MAX_SHOWN = 80;

/**
 * A timezone field with search over the browser's IANA zones (by name, city, Chinese name or
 * UTC offset). Typing keeps any text, so an unknown zone reaches validation and is reported.
 */
export function TimezonePicker({
  id,
  value,
  onChange,
  onBlur,
  invalid,
  disabled,
}: {
  id: string;
  value: string;
  onChange: (zone: string) => void;
  onBlur?: () => void;
  invalid?: boolean;
  disabled?: boolean;
}) {
  const t = useTranslations('settings.timezone');
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLUListElement>(null);
  // Computed when first opened (in the browser), never during server rendering.
  const zones = useMemo(() => (open ? allZones().map((zone) => ({ zone, offset: offsetOf(zone), search: `${zone} ${zone.replace(/_/g, ' ')} ${ALIASES[zone] ?? ''}`.toLowerCase() })) : []), [open]);
  const text = query ?? value;
  const matches = useMemo(() => {
    const q = (query ?? '').trim().toLowerCase();
    if (!q) return zones;
    const words = q.split(/\s+/);
    return zones.filter((z) => words.every((w) => z.search.includes(w) || z.offset.toLowerCase().includes(w)));
  }, [zones, query]);
  const shown = matches.slice(0, MAX_SHOWN);

  function pick(zone: string) {
    onChange(zone);
    setQuery(null);
    setOpen(false);
  }
  function move(delta: number) {
    if (!open) setOpen(true);
    const next = Math.max(0, Math.min(shown.length - 1, active + delta));
    setActive(next);
    listRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView({ block: 'nearest' });
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(-1);
    } else if (e.key === 'Enter' && open) {
      const choice = shown[active];
      if (choice) {
        e.preventDefault();
        pick(choice.zone);
      }
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setQuery(null);
      setOpen(false);
    }
  }
  return (
    <div className="relative">
      <Input
        id={id}
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && shown[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid}
        autoComplete="off"
        spellCheck={false}
        disabled={disabled}
        placeholder={t('placeholder')}
        value={text}
        onFocus={() => setOpen(true)}
        onClick={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
          // Free text is the value too: what is typed is what gets validated.
          onChange(e.target.value);
        }}
        onBlur={() => {
          setOpen(false);
          setQuery(null);
          onBlur?.();
        }}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <ul
          id={listId}
          ref={listRef}
          role="listbox"
          aria-label={t('options')}
          className="absolute z-50 mt-1 max-h-72 w-full overflow-y-auto rounded-md border border-slate-200 bg-white p-1 text-sm shadow-lg"
        >
          {shown.length === 0 ? <li className="px-2 py-1.5 text-slate-500">{t('noMatch')}</li> : null}
          {shown.map((z, i) => (
            <li
              key={z.zone}
              id={`${listId}-${i}`}
              data-index={i}
              role="option"
              aria-selected={z.zone === value}
              onMouseDown={(e) => e.preventDefault()}
              onMouseEnter={() => setActive(i)}
              onClick={() => pick(z.zone)}
              className={cn('flex cursor-pointer items-center justify-between gap-3 rounded px-2 py-1.5', i === active ? 'bg-slate-100' : '', z.zone === value ? 'font-medium text-indigo-700' : 'text-slate-800')}
            >
              <span className="truncate">{z.zone}</span>
              <span className="shrink-0 text-xs text-slate-500">{z.offset}</span>
            </li>
          ))}
          {matches.length > MAX_SHOWN ? <li className="px-2 py-1.5 text-xs text-slate-500">{t('more', { count: matches.length - MAX_SHOWN })}</li> : null}
        </ul>
      ) : null}
    </div>
  );
}
