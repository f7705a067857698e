'use client';
/** The circumstances of a preview: clock (in the shop's time zone), agents, buyer and orders. */
import { useQuery } from '@tanstack/react-query';
import { ChevronDown, ChevronRight, Clock, Users, UserRound } from 'lucide-react';
import { useTranslations } from 'next-intl';
import { useEffect, useMemo, useState, type ComponentProps } from 'react';
import type { Schedule } from '../../flows/schedule';
import { Button } from '../ui/button';
import { Input } from '../ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '../ui/select';
import { useTRPC } from '../trpc/client';
import type { Circumstances } from './circumstances';
import { instantOf, nextHoliday, offsetLabel, tonightAt23, wallClock } from './clock';
import { OrderFixtures } from './order-fixtures';

const NONE = '__none__';
const FIXTURES = '__fixtures__';
const AUTO = '__auto__';

export interface PreviewControlsProps {
  value: Circumstances;
  onChange(change: Partial<Circumstances>): void;
  shopId: string;
  /** The shop's time zone: the clock is read and set in it. */
  timezone: string;
  /** The flow's schedules (their holidays are quick picks). */
  schedules: readonly Schedule[];
  languages: readonly string[];
  /** Whether the controls fold to a one-line summary (beside the canvas, where room is short). */
  collapsible?: boolean;
}

export function PreviewControls({ value, onChange, shopId, timezone, schedules, languages, collapsible = true }: PreviewControlsProps) {
  const t = useTranslations('preview');
  const trpc = useTRPC();
  const orders = useQuery(trpc.orders.list.queryOptions({ shopId }));
  const [folded, setFolded] = useState(false);
  const open = !collapsible || !folded;
  const now = useNow();
  const ms = value.clock.mode === 'set' ? value.clock.ms : now;
  const wall = wallClock(timezone, ms);
  const holiday = useMemo(() => nextHoliday(timezone, now, schedules), [timezone, now, schedules]);

  const buyers = useMemo(() => {
    const counts = new Map<string, number>();
    for (const o of orders.data ?? []) counts.set(o.buyerId, (counts.get(o.buyerId) ?? 0) + 1);
    return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  }, [orders.data]);

  const buyerChoice = value.orders.source === 'shop' ? value.orders.buyerId : value.orders.source === 'fixtures' ? FIXTURES : NONE;
  const chooseBuyer = (v: string) => {
    if (v === NONE) onChange({ orders: { source: 'none' } });
    else if (v === FIXTURES) onChange({ orders: value.orders.source === 'fixtures' ? value.orders : { source: 'fixtures', fixtures: [] } });
    else onChange({ orders: { source: 'shop', buyerId: v } });
  };
  // The shop buyer's orders become fixtures to change (an order made overdue, a refund).
  const editShopOrders = () => {
    if (value.orders.source !== 'shop') return;
    const id = value.orders.buyerId;
    onChange({ orders: { source: 'fixtures', buyerId: id, fixtures: (orders.data ?? []).filter((o) => o.buyerId === id) } });
  };

  const setWall = (date: string, time: string) => {
    const at = instantOf(timezone, date, time);
    if (at !== null) onChange({ clock: { mode: 'set', ms: at } });
  };
  const agents = (online: number, available: number) => {
    const on = Math.max(0, Math.min(999, Math.floor(online) || 0));
    onChange({ agents: { online: on, available: Math.max(0, Math.min(on, Math.floor(available) || 0)) } });
  };

  const buyerLabel = value.orders.source === 'shop' ? value.orders.buyerId : value.orders.source === 'fixtures' ? t('summary.fixtures', { count: value.orders.fixtures.length }) : t('buyer.none');
  const summary = `${t(`weekdays.${wall.weekday}`)} ${wall.date} ${wall.time} · ${t('summary.agents', { online: value.agents.online, available: value.agents.available })} · ${buyerLabel}${value.language ? ` · ${value.language}` : ''}`;

  return (
    <div className="space-y-3 border-b border-slate-200 px-3 pb-3 text-xs" data-testid="preview-controls">
      {collapsible ? (
        <button type="button" className="flex w-full items-center gap-1 text-left text-slate-600 hover:text-slate-900" aria-expanded={open} onClick={() => setFolded(open)} data-testid="preview-controls-toggle">
          {open ? <ChevronDown aria-hidden className="h-3.5 w-3.5" /> : <ChevronRight aria-hidden className="h-3.5 w-3.5" />}
          <span className="font-medium">{t('summary.title')}</span>
          {!open ? (
            <span className="min-w-0 flex-1 truncate text-slate-500" data-testid="preview-summary">
              {summary}
            </span>
          ) : null}
        </button>
      ) : null}
      {open ? (
        <>
          <div className="space-y-1.5">
            <div className="flex items-center gap-1.5 font-medium text-slate-700">
              <Clock aria-hidden className="h-3.5 w-3.5" />
              {t('clock.title')}
              <span className="ml-auto font-normal text-slate-500" data-testid="preview-timezone">
                {timezone} ({offsetLabel(timezone, ms)})
              </span>
            </div>
            <div className="flex items-center gap-1.5">
              <Input type="date" aria-label={t('clock.date')} className="h-8 px-2 text-xs" value={wall.date} onChange={(e) => setWall(e.target.value, wall.time)} data-testid="preview-date" />
              <Input type="time" aria-label={t('clock.time')} className="h-8 w-28 px-2 text-xs" value={wall.time} onChange={(e) => setWall(wall.date, e.target.value)} data-testid="preview-time" />
              <span className="w-9 shrink-0 text-slate-500">{t(`weekdays.${wall.weekday}`)}</span>
            </div>
            <div className="flex flex-wrap gap-1">
              <QuickPick active={value.clock.mode === 'now'} onClick={() => onChange({ clock: { mode: 'now' } })}>
                {t('clock.now')}
              </QuickPick>
              <QuickPick onClick={() => onChange({ clock: { mode: 'set', ms: tonightAt23(timezone, Date.now()) } })}>{t('clock.tonight')}</QuickPick>
              <QuickPick disabled={!holiday} title={holiday ? `${holiday.name} · ${holiday.date}` : t('clock.noHoliday')} onClick={() => holiday && onChange({ clock: { mode: 'set', ms: holiday.ms } })}>
                {holiday ? t('clock.holiday', { name: holiday.name }) : t('clock.noHoliday')}
              </QuickPick>
            </div>
          </div>

          <div className="flex items-center gap-2">
            <Users aria-hidden className="h-3.5 w-3.5 text-slate-600" />
            <label className="flex items-center gap-1">
              {t('agents.online')}
              <Input type="number" min={0} className="h-7 w-14 px-1.5 text-xs" value={value.agents.online} onChange={(e) => agents(Number(e.target.value), value.agents.available)} data-testid="preview-agents-online" />
            </label>
            <label className="flex items-center gap-1">
              {t('agents.available')}
              <Input type="number" min={0} max={value.agents.online} className="h-7 w-14 px-1.5 text-xs" value={value.agents.available} onChange={(e) => agents(value.agents.online, Number(e.target.value))} data-testid="preview-agents-available" />
            </label>
          </div>

          <div className="space-y-1.5">
            <div className="flex items-center gap-1.5 font-medium text-slate-700">
              <UserRound aria-hidden className="h-3.5 w-3.5" />
              {t('buyer.title')}
            </div>
            <div className="grid grid-cols-2 gap-1.5">
              <Select value={buyerChoice} onValueChange={chooseBuyer}>
                <SelectTrigger className="h-8 px-2 text-xs" aria-label={t('buyer.orders')} data-testid="preview-buyer">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={NONE}>{t('buyer.none')}</SelectItem>
                  {buyers.map(([id, n]) => (
                    <SelectItem key={id} value={id}>
                      {t('buyer.withOrders', { id, count: n })}
                    </SelectItem>
                  ))}
                  <SelectItem value={FIXTURES}>{t('buyer.fixtures')}</SelectItem>
                </SelectContent>
              </Select>
              <Select value={value.language ?? AUTO} onValueChange={(v) => onChange({ language: v === AUTO ? null : v })}>
                <SelectTrigger className="h-8 px-2 text-xs" aria-label={t('buyer.language')} data-testid="preview-language">
                  <SelectValue />
                </SelectTrigger>
                <SelectContent>
                  <SelectItem value={AUTO}>{t('buyer.autoLanguage')}</SelectItem>
                  {languages.map((l) => (
                    <SelectItem key={l} value={l}>
                      {l}
                    </SelectItem>
                  ))}
                </SelectContent>
              </Select>
              <Input className="col-span-2 h-8 px-2 text-xs" placeholder={t('buyer.name')} aria-label={t('buyer.name')} value={value.buyerName} maxLength={100} onChange={(e) => onChange({ buyerName: e.target.value })} data-testid="preview-buyer-name" />
            </div>
            {value.orders.source === 'shop' ? (
              <div className="flex items-center gap-2 text-slate-500">
                <p>{t('buyer.ordersFromShop', { id: value.orders.buyerId })}</p>
                <Button type="button" variant="ghost" size="sm" className="ml-auto h-6 shrink-0 px-1.5 text-[11px]" onClick={editShopOrders} data-testid="preview-edit-orders">
                  {t('buyer.editOrders')}
                </Button>
              </div>
            ) : value.orders.source === 'fixtures' ? (
              <OrderFixtures value={value.orders.fixtures} onChange={(fixtures) => onChange({ orders: { ...value.orders, source: 'fixtures', fixtures } })} timezone={timezone} nowMs={ms} />
            ) : (
              <p className="text-slate-500">{t('buyer.noOrders')}</p>
            )}
          </div>
        </>
      ) : null}
    </div>
  );
}

/** Real time, refreshed every 15 seconds (what the clock shows while it follows now). */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now;
}

function QuickPick({ active, ...props }: ComponentProps<typeof Button> & { active?: boolean }) {
  return <Button type="button" variant={active ? 'primary' : 'secondary'} size="sm" className="h-6 px-2 text-[11px]" {...props} />;
}
