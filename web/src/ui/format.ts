import dayjs, { type Dayjs } from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The platform's clock for display: Guangdong is in Asia/Shanghai whatever the device says. */
export const DISPLAY_TZ = 'Asia/Shanghai';

/**
 * Today's calendar day in Asia/Shanghai (DESIGN §8), at the device's midnight so date pickers,
 * `format` and `year()` show Guangdong's day: a browser in another zone, or one near midnight UTC,
 * would otherwise default business dates to the wrong day.
 */
export function todayInShanghai(now: Date = new Date()): Dayjs {
  return dayjs(dayjs(now).tz(DISPLAY_TZ).format('YYYY-MM-DD'));
}

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (STYLE: UI conventions); empty input gives "—". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = dayjs(iso);
  return time.isValid() ? time.tz(DISPLAY_TZ).format('YYYY-MM-DD HH:mm') : '—';
}

/** `YYYY-MM-DD` in Asia/Shanghai; empty input gives "—". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = dayjs(iso);
  return time.isValid() ? time.tz(DISPLAY_TZ).format('YYYY-MM-DD') : '—';
}

/** A media or reading length in plain words: 45秒, 12分30秒, 1小时2分5秒; unknown gives "—". */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '—';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}小时${m}分${s}秒`;
  if (m > 0) return s > 0 ? `${m}分${s}秒` : `${m}分钟`;
  return `${s}秒`;
}
