'use client';
/**
 * Picks an IANA time zone by searching the browser's list (Intl.supportedValuesOf), also by a
 * city's Chinese or English name; offers the shop's own time zone as the first choice.
 */
import { useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useMemo, useRef, useState } from 'react';
import { cn } from '../../ui/cn';
import { Input } from '../../ui/input';
import { useTRPC } from '../../trpc/client';
import { useDesigner } from '../context';
import { fieldId, pathKey, type Path } from './issues';
import { useReadOnly } from './scope';

/** City names sellers search for, in Chinese and English, and their zone. */
const ALIASES: Record<string, string> = {
  北京: 'Asia/Shanghai', 上海: 'Asia/Shanghai', 中国: 'Asia/Shanghai', beijing: 'Asia/Shanghai', china: 'Asia/Shanghai', 深圳: 'Asia/Shanghai', 广州: 'Asia/Shanghai', 杭州: 'Asia/Shanghai', 义乌: 'Asia/Shanghai',
  香港: 'Asia/Hong_Kong', 台北: 'Asia/Taipei', 吉隆坡: 'Asia/Kuala_Lumpur', 马来西亚: 'Asia/Kuala_Lumpur', malaysia: 'Asia/Kuala_Lumpur', 新加坡: 'Asia/Singapore',
  曼谷: 'Asia/Bangkok', 泰国: 'Asia/Bangkok', thailand: 'Asia/Bangkok', 雅加达: 'Asia/Jakarta', 印尼: 'Asia/Jakarta', indonesia: 'Asia/Jakarta', 马尼拉: 'Asia/Manila', 菲律宾: 'Asia/Manila', philippines: 'Asia/Manila',
  胡志明: 'Asia/Ho_Chi_Minh', 越南: 'Asia/Ho_Chi_Minh', vietnam: 'Asia/Ho_Chi_Minh', saigon: 'Asia/Ho_Chi_Minh', 东京: 'Asia/Tokyo', 日本: 'Asia/Tokyo', 首尔: 'Asia/Seoul', 韩国: 'Asia/Seoul',
  伦敦: 'Europe/London', 英国: 'Europe/London', uk: 'Europe/London', 马德里: 'Europe/Madrid', 西班牙: 'Europe/Madrid', spain: 'Europe/Madrid', 巴黎: 'Europe/Paris', 柏林: 'Europe/Berlin',
  纽约: 'America/New_York', 美东: 'America/New_York', 洛杉矶: 'America/Los_Angeles', 美西: 'America/Los_Angeles', 芝加哥: 'America/Chicago', 墨西哥: 'America/Mexico_City', mexico: 'America/Mexico_City',
  圣保罗: 'America/Sao_Paulo', 巴西: 'America/Sao_Paulo', brazil: 'America/Sao_Paulo', 悉尼: 'Australia/Sydney', 迪拜: 'Asia/Dubai',
};

let zoneList: string[] | null = null;
/** Every time zone the browser knows, plus UTC. */
export function allTimeZones(): string[] {
  if (!zoneList) {
    let zones: string[] = [];
    try {
      zones = Intl.supportedValuesOf('timeZone');
    } catch {
      zones = [];
    }
    zoneList = zones.includes('UTC') ? zones : ['UTC', ...zones];
  }
  return zoneList;
}

/** Zones matching a search: by name (with spaces for '_'), by city alias; best (prefix) first. */
export function searchTimeZones(query: string, zones: readonly string[], limit = 60): string[] {
  const q = query.trim().toLowerCase().replace(/\s+/g, ' ');
  if (!q) return zones.slice(0, limit);
  const aliased = new Set(Object.entries(ALIASES).filter(([k]) => k.toLowerCase().includes(q)).map(([, v]) => v));
  const scored: Array<[string, number]> = [];
  for (const z of zones) {
    const name = z.toLowerCase().replace(/_/g, ' ');
    const city = name.slice(name.lastIndexOf('/') + 1);
    let score = -1;
    if (aliased.has(z)) score = 0;
    else if (city.startsWith(q)) score = 1;
    else if (name.startsWith(q)) score = 2;
    else if (name.includes(q)) score = 3;
    if (score >= 0) scored.push([z, score]);
  }
  return scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit).map(([z]) => z);
}

function offsetOf(zone: string, at: number): string {
  try {
    const part = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName');
    return part?.value ?? '';
  } catch {
    return '';
  }
}

/** The shop's own time zone (from the shop's settings), once loaded. */
export function useShopTimezone(): string | undefined {
  const shopId = useDesigner((s) => s.shopId);
  const trpc = useTRPC();
  const shop = useQuery({ ...trpc.shops.get.queryOptions({ shopId }), staleTime: 5 * 60_000 });
  return shop.data?.timezone;
}

export function TimezonePicker({ value, onChange, path, invalid }: { value: string; onChange(zone: string): void; path: Path; invalid?: boolean }) {
  const t = useTranslations('inspector.timezone');
  const readOnly = useReadOnly();
  const shopZone = useShopTimezone();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [now, setNow] = useState(0);
  const listId = useId();
  const wrap = useRef<HTMLDivElement>(null);
  const results = useMemo(() => {
    const found = searchTimeZones(query, allTimeZones());
    return shopZone && !query && found.includes(shopZone) ? [shopZone, ...found.filter((z) => z !== shopZone)] : shopZone && !query ? [shopZone, ...found] : found;
  }, [query, shopZone]);
  const pick = (zone: string) => {
    onChange(zone);
    setOpen(false);
    setQuery('');
  };
  const id = fieldId(path);

  return (
    <div className="space-y-1" ref={wrap}>
      <div className="relative">
        <Input
          id={id}
          data-path={pathKey(path)}
          role="combobox"
          aria-expanded={open}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={invalid || undefined}
          disabled={readOnly}
          value={open ? query : value}
          placeholder={open ? value : t('placeholder')}
          onFocus={() => {
            setNow(Date.now());
            setOpen(true);
            setActive(0);
          }}
          onBlur={(e) => {
            if (!wrap.current?.contains(e.relatedTarget as Node | null)) {
              setOpen(false);
              setQuery('');
            }
          }}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setActive((a) => Math.min(a + 1, results.length - 1));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter') {
              e.preventDefault();
              const zone = results[active];
              if (zone) pick(zone);
            } else if (e.key === 'Escape') {
              setOpen(false);
              setQuery('');
            }
          }}
          data-testid="timezone-input"
        />
        {open ? (
          <ul id={listId} role="listbox" className="absolute z-40 mt-1 max-h-64 w-full overflow-y-auto rounded-md border border-slate-200 bg-white py-1 text-sm shadow-lg">
            {results.length === 0 ? <li className="px-3 py-2 text-xs text-slate-500">{t('none')}</li> : null}
            {results.map((zone, i) => (
              <li
                key={zone}
                role="option"
                aria-selected={i === active}
                tabIndex={-1}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(zone)}
                onMouseEnter={() => setActive(i)}
                className={cn('flex cursor-pointer items-center gap-2 px-3 py-1.5', i === active && 'bg-slate-100', zone === value && 'font-medium text-indigo-700')}
              >
                <span className="truncate">{zone.replace(/_/g, ' ')}</span>
                {zone === shopZone ? <span className="rounded bg-indigo-50 px-1 text-[10px] text-indigo-700">{t('shop')}</span> : null}
                <span className="ml-auto shrink-0 text-xs tabular-nums text-slate-400">{now ? offsetOf(zone, now) : ''}</span>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {shopZone && shopZone !== value && !readOnly ? (
        <p className="text-xs text-slate-500">
          {t('shopIs', { zone: shopZone })}{' '}
          <button type="button" className="font-medium text-indigo-700 hover:underline" onClick={() => onChange(shopZone)}>
            {t('useShop')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
