import type { Weekday } from '../../flows/schedule';
import { parseDay } from './civil';
import type { LocalTime, ScheduleStatus } from './types';

interface Labels {
  today: string;
  tomorrow: string;
  /** Monday first. */
  days: readonly string[];
  months: readonly string[];
  /** Weekday with a date, e.g. 'Monday 5 Jan'. */
  dated: (weekday: string, day: number, month: number, monthName: string) => string;
}

const LABELS: Record<string, Labels> = {
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
  },
  zh: {
    today: '今天',
    tomorrow: '明天',
    days: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    months: [],
    dated: (w, d, m) => `${m}月${d}日 ${w}`,
  },
  'zh-hant': {
    today: '今天',
    tomorrow: '明天',
    days: ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
    months: [],
    dated: (w, d, m) => `${m}月${d}日 ${w}`,
  },
  es: {
    today: 'hoy',
    tomorrow: 'mañana',
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
  },
  pt: {
    today: 'hoje',
    tomorrow: 'amanhã',
    days: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    months: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
  },
  ms: {
    today: 'hari ini',
    tomorrow: 'esok',
    days: ['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad'],
    months: ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogo', 'Sep', 'Okt', 'Nov', 'Dis'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
  },
  id: {
    today: 'hari ini',
    tomorrow: 'besok',
    days: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
  },
  de: {
    today: 'heute',
    tomorrow: 'morgen',
    days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    months: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    dated: (w, d, _m, mn) => `${w}, ${d}. ${mn}`,
  },
  fr: {
    today: "aujourd'hui",
    tomorrow: 'demain',
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
  },
  it: {
    today: 'oggi',
    tomorrow: 'domani',
    days: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    months: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
  },
  tr: {
    today: 'bugün',
    tomorrow: 'yarın',
    days: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
    months: ['Oca', 'Şub', 'Mar', 'Nis', 'May', 'Haz', 'Tem', 'Ağu', 'Eyl', 'Eki', 'Kas', 'Ara'],
    dated: (w, d, _m, mn) => `${d} ${mn} ${w}`,
  },
  vi: {
    today: 'hôm nay',
    tomorrow: 'ngày mai',
    days: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
    months: [],
    dated: (w, d, m) => `${w} ${d}/${m}`,
  },
};

const WEEKDAY_INDEX: Record<Weekday, number> = { mon: 0, tue: 1, wed: 2, thu: 3, fri: 4, sat: 5, sun: 6 };

function labelsFor(language: string): Labels {
  const tag = language.trim().toLowerCase().replace(/_/g, '-');
  if (tag.startsWith('zh')) {
    const traditional = /^zh-(hant|tw|hk|mo)\b/.test(tag);
    return (traditional ? LABELS['zh-hant'] : LABELS.zh) ?? LABELS.en!;
  }
  const base = tag.split('-')[0] ?? 'en';
  return LABELS[base === 'in' ? 'id' : base] ?? LABELS.en!;
}

/**
 * Label of a closed schedule's next opening as the buyer should read it, relative to the
 * shop's local date: 'today 14:00', 'tomorrow 09:00', 'Monday 09:00', and with the date when
 * it is more than 6 days away ('Monday 5 Jan 09:00'; zh '1月5日 周一 09:00').
 * Languages: en, zh (Hans/Hant), es, pt, ms, id, de, fr, it, tr, vi; others fall back to English.
 * Null when there is no next opening.
 */
export function formatNextOpen(status: ScheduleStatus, language: string): string | null {
  if (!status.nextOpen) return null;
  return formatLocalRelative(status.local, status.nextOpen.local, language);
}

/** A local time labelled relative to another local date (see formatNextOpen). */
export function formatLocalRelative(from: LocalTime, target: LocalTime, language: string): string {
  const labels = labelsFor(language);
  const diff = parseDay(target.date) - parseDay(from.date);
  if (diff === 0) return `${labels.today} ${target.time}`;
  if (diff === 1) return `${labels.tomorrow} ${target.time}`;
  const weekday = labels.days[WEEKDAY_INDEX[target.weekday]] ?? target.weekday;
  if (diff >= 2 && diff <= 6) return `${weekday} ${target.time}`;
  const month = Number(target.date.slice(5, 7));
  const day = Number(target.date.slice(8, 10));
  return `${labels.dated(weekday, day, month, labels.months[month - 1] ?? String(month))} ${target.time}`;
}
