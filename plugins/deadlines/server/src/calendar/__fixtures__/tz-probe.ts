// Run in a child process with a given TZ (see tz.unit.test.ts): prints what our calendar
// and the raw chinese-days library answer, so the answers can be compared across zones.
import { createHash } from 'node:crypto';
import { fromDayNumber, toDayNumber } from '@gongkai/shared';
import { WorkingCalendar } from '../working-calendar';
import { r25ImplementationPlanDue } from '../../rules/r25-implementation-plan';

/** A digest of every dayInfo and many counts from 2017 to 2027, plus a few readable samples. */
export function calendarDigest() {
  const cal = new WorkingCalendar();
  const lines: string[] = [];
  for (let d = toDayNumber('2017-01-01')!; d <= toDayNumber('2027-12-31')!; d++) {
    const iso = fromDayNumber(d);
    const info = cal.dayInfo(iso);
    lines.push(`${iso} ${info.working} ${info.reason} ${info.provisional}`);
    if (d % 5 === 0) {
      const add = cal.addWorkingDays(iso, 20);
      lines.push(`${add.due} ${add.provisional} ${add.skipped.length} ${cal.workingDaysBetween(iso, '2019-06-30').days}`);
      lines.push(r25ImplementationPlanDue({ workPlanIssuedOn: iso }, cal).due);
    }
  }
  return {
    sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
    samples: {
      add20180928: cal.addWorkingDays('2018-09-28', 3).due,
      day20181001: cal.dayInfo('2018-10-01'),
      day20181008: cal.dayInfo('2018-10-08'),
    },
  };
}

/** What chinese-days itself answers (its date functions are the ones with the TZ trap). */
export function chineseDaysAnswers() {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cd = require('chinese-days');
  return {
    detail20181001: cd.getDayDetail('2018-10-01').date as string,
    isWorkday20181008: cd.isWorkday('2018-10-08') as boolean,
    isWorkday20180929: cd.isWorkday('2018-09-29') as boolean,
  };
}

if (require.main === module) {
  process.stdout.write(
    JSON.stringify({
      tz: process.env.TZ,
      // Minutes behind UTC on 2018-10-01 in this process: proves the zone is really in effect.
      offset: new Date(Date.UTC(2018, 9, 1)).getTimezoneOffset(),
      ours: calendarDigest(),
      lib: chineseDaysAnswers(),
    }),
  );
}
