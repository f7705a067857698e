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
  /** A calendar date as a buyer reads it in a sentence ('Nov 17', '17 de noviembre', '11月17日'); the year only when given. */
  date: (day: number, month: number, year: number | null) => string;
  /** A day label joined with a wall-clock time 'HH:MM' ('today 09:00'; en 'today at 9 AM'). */
  at?: (when: string, time: string) => string;
  /**
   * A closing time read after "until": later today ('8 PM today'), or in the small hours of the
   * next day ('1 AM tonight'; 'midnight' for 00:00). Languages without it use `at`'s form.
   */
  until?: { today: (time: string) => string; tonight: (time: string) => string };
}

/** 'HH:MM' on a 12-hour clock, the way US and Malaysian English write shop hours: '9 AM', '8:30 PM'. */
function twelveHour(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m === 0 ? '' : `:${String(m).padStart(2, '0')}`} ${h < 12 ? 'AM' : 'PM'}`;
}

/** 'HH:MM' with its article, as Spanish says a time: 'la 1:00', 'las 20:00'. */
function spanishHour(time: string): string {
  return `${time.startsWith('01:') ? 'la' : 'las'} ${time.replace(/^0(?=\d:)/, '')}`;
}

const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];
const PT_MONTHS = ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'];
const MS_MONTHS = ['Januari', 'Februari', 'Mac', 'April', 'Mei', 'Jun', 'Julai', 'Ogos', 'September', 'Oktober', 'November', 'Disember'];
const ID_MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const IT_MONTHS = ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'];
const TR_MONTHS = ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'];

/** '17 November' / '17 de noviembre' style dates: day, month name, and the year after it when given, each joined alike. */
function dayMonth(months: readonly string[], joiner = ' '): Labels['date'] {
  return (d, m, y) => `${d}${joiner}${months[m - 1] ?? m}${y === null ? '' : `${joiner}${y}`}`;
}

const LABELS: Record<string, Labels> = {
  en: {
    today: 'today',
    tomorrow: 'tomorrow',
    days: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
    months: EN_MONTHS,
    dated: (w, d, _m, mn) => `${w}, ${mn} ${d}`,
    date: (d, m, y) => `${EN_MONTHS[m - 1] ?? m} ${d}${y === null ? '' : `, ${y}`}`,
    at: (when, time) => `${when} at ${twelveHour(time)}`,
    until: { today: (t) => `${twelveHour(t)} today`, tonight: (t) => (t === '00:00' ? 'midnight' : `${twelveHour(t)} tonight`) },
  },
  zh: {
    today: '今天',
    tomorrow: '明天',
    days: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
    months: [],
    dated: (w, d, m) => `${m}月${d}日 ${w}`,
    date: (d, m, y) => `${y === null ? '' : `${y}年`}${m}月${d}日`,
    until: { today: (t) => `今天${t}`, tonight: (t) => (t === '00:00' ? '今晚24:00' : `凌晨${t}`) },
  },
  'zh-hant': {
    today: '今天',
    tomorrow: '明天',
    days: ['週一', '週二', '週三', '週四', '週五', '週六', '週日'],
    months: [],
    dated: (w, d, m) => `${m}月${d}日 ${w}`,
    date: (d, m, y) => `${y === null ? '' : `${y}年`}${m}月${d}日`,
    until: { today: (t) => `今天${t}`, tonight: (t) => (t === '00:00' ? '今晚24:00' : `凌晨${t}`) },
  },
  es: {
    today: 'hoy',
    tomorrow: 'mañana',
    days: ['lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado', 'domingo'],
    months: ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
    date: dayMonth(ES_MONTHS, ' de '),
    until: { today: (t) => `${spanishHour(t)} de hoy`, tonight: (t) => (t === '00:00' ? 'la medianoche' : `${spanishHour(t)} de la madrugada`) },
  },
  pt: {
    today: 'hoje',
    tomorrow: 'amanhã',
    days: ['segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado', 'domingo'],
    months: ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
    date: dayMonth(PT_MONTHS, ' de '),
  },
  ms: {
    today: 'hari ini',
    tomorrow: 'esok',
    days: ['Isnin', 'Selasa', 'Rabu', 'Khamis', 'Jumaat', 'Sabtu', 'Ahad'],
    months: ['Jan', 'Feb', 'Mac', 'Apr', 'Mei', 'Jun', 'Jul', 'Ogo', 'Sep', 'Okt', 'Nov', 'Dis'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
    date: dayMonth(MS_MONTHS),
    until: { today: (t) => `${t} hari ini`, tonight: (t) => (t === '00:00' ? 'tengah malam' : `${t} malam ini`) },
  },
  id: {
    today: 'hari ini',
    tomorrow: 'besok',
    days: ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'],
    months: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
    date: dayMonth(ID_MONTHS),
  },
  de: {
    today: 'heute',
    tomorrow: 'morgen',
    days: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
    months: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
    dated: (w, d, _m, mn) => `${w}, ${d}. ${mn}`,
    date: (d, m, y) => `${d}. ${DE_MONTHS[m - 1] ?? m}${y === null ? '' : ` ${y}`}`,
  },
  fr: {
    today: "aujourd'hui",
    tomorrow: 'demain',
    days: ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'],
    months: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
    date: dayMonth(FR_MONTHS),
  },
  it: {
    today: 'oggi',
    tomorrow: 'domani',
    days: ['lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato', 'domenica'],
    months: ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
    dated: (w, d, _m, mn) => `${w} ${d} ${mn}`,
    date: dayMonth(IT_MONTHS),
  },
  tr: {
    today: 'bugün',
    tomorrow: 'yarın',
    days: ['Pazartesi', 'Salı', 'Çarşamba', 'Perşembe', 'Cuma', 'Cumartesi', 'Pazar'],
    months: ['Oca', 'Şub', 'Mar', 'Nis', 'May', 'Haz', 'Tem', 'Ağu', 'Eyl', 'Eki', 'Kas', 'Ara'],
    dated: (w, d, _m, mn) => `${d} ${mn} ${w}`,
    date: dayMonth(TR_MONTHS),
  },
  vi: {
    today: 'hôm nay',
    tomorrow: 'ngày mai',
    days: ['Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy', 'Chủ Nhật'],
    months: [],
    dated: (w, d, m) => `${w} ${d}/${m}`,
    date: (d, m, y) => `${d}/${m}${y === null ? '' : `/${y}`}`,
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
 * it is more than 6 days away ('Monday 5 Jan 09:00'; zh '1月5日 周一 09:00'). English reads
 * the 12-hour clock shops write their hours in: 'today at 2 PM', 'Monday, Jan 5 at 9 AM'.
 * Languages: en, zh (Hans/Hant), es, pt, ms, id, de, fr, it, tr, vi; others fall back to English.
 * Null when there is no next opening.
 */
export function formatNextOpen(status: ScheduleStatus, language: string): string | null {
  if (!status.nextOpen) return null;
  return formatLocalRelative(status.local, status.nextOpen.local, language);
}

/**
 * Label of an open schedule's closing time as the buyer should read it after "until", relative
 * to the shop's local date: en '8 PM today', '1 AM tonight', 'midnight'; zh '今天22:00',
 * '凌晨01:00'; es 'las 20:00 de hoy'; ms '18:00 hari ini'. A close further away reads as
 * formatNextOpen does ('Monday at 9 AM'). Null when the schedule is closed or never closes.
 */
export function formatOpenUntil(status: ScheduleStatus, language: string): string | null {
  if (!status.open || !status.closesAt) return null;
  const target = status.closesAt.local;
  const until = labelsFor(language).until;
  const diff = parseDay(target.date) - parseDay(status.local.date);
  if (until && diff === 0) return until.today(target.time);
  // The small hours after a late shift still belong to tonight.
  if (until && diff === 1 && target.time < '06:00') return until.tonight(target.time);
  return formatLocalRelative(status.local, target, language);
}

/** A local time labelled relative to another local date (see formatNextOpen). */
export function formatLocalRelative(from: LocalTime, target: LocalTime, language: string): string {
  const labels = labelsFor(language);
  const at = labels.at ?? ((when: string, time: string) => `${when} ${time}`);
  const diff = parseDay(target.date) - parseDay(from.date);
  if (diff === 0) return at(labels.today, target.time);
  if (diff === 1) return at(labels.tomorrow, target.time);
  const weekday = labels.days[WEEKDAY_INDEX[target.weekday]] ?? target.weekday;
  if (diff >= 2 && diff <= 6) return at(weekday, target.time);
  const month = Number(target.date.slice(5, 7));
  const day = Number(target.date.slice(8, 10));
  return at(labels.dated(weekday, day, month, labels.months[month - 1] ?? String(month)), target.time);
}

/**
 * A local calendar date ('YYYY-MM-DD') as a buyer reads it in a reply: en 'Nov 17',
 * es '17 de noviembre', zh '11月17日', ms '17 November'; with the year when it is not the
 * year of `today` (the shop's local date). Malformed input comes back unchanged.
 */
export function formatLocalDate(date: string, language: string, today: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const year = Number(m[1]);
  return labelsFor(language).date(Number(m[3]), Number(m[2]), year === Number(today.slice(0, 4)) ? null : year);
}
