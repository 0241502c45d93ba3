import dayjs, { type Dayjs } from 'dayjs';

const countyDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' });

/** Today in the county (Asia/Shanghai), whatever the browser's time zone: the server counts days the same way. */
export function countyToday(): Dayjs {
  return dayjs(countyDay.format(new Date()));
}
