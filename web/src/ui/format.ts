import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** The platform's clock for display: Guangdong is in Asia/Shanghai whatever the device says. */
export const DISPLAY_TZ = 'Asia/Shanghai';

/** `YYYY-MM-DD HH:mm` in Asia/Shanghai (STYLE: UI conventions); empty input gives "—". */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const time = dayjs(iso);
  return time.isValid() ? time.tz(DISPLAY_TZ).format('YYYY-MM-DD HH:mm') : '—';
}
