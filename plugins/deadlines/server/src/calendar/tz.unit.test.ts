// The calendar must answer the same whatever TZ the server runs with (R20–R25), and must
// not inherit chinese-days' time-zone trap: its functions format dates in local time, so
// under America/Los_Angeles '2018-10-01' comes back as '2018-09-30' and 2018-10-08 (a
// Monday) as a day off. Each zone runs in its own node process (TZ is read at start-up).
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { WorkingCalendar } from './working-calendar';
import { calendarDigest } from './__fixtures__/tz-probe';

const run = promisify(execFile);
const ROOT = join(__dirname, '../../../../..');
const PROBE = join(__dirname, '__fixtures__/tz-probe.ts');

interface ProbeOutput {
  tz: string;
  offset: number;
  ours: ReturnType<typeof calendarDigest>;
  lib: { detail20181001: string; isWorkday20181008: boolean; isWorkday20180929: boolean };
}

async function probe(tz: string): Promise<ProbeOutput> {
  const { stdout } = await run(process.execPath, ['--require', 'tsx/cjs', PROBE], {
    cwd: ROOT,
    env: { ...process.env, TZ: tz },
    timeout: 60_000,
  });
  return JSON.parse(stdout);
}

jest.setTimeout(90_000);

describe('time-zone independence', () => {
  let byZone: Record<string, ProbeOutput>;

  beforeAll(async () => {
    const zones = ['UTC', 'Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
    const outputs = await Promise.all(zones.map(probe));
    byZone = Object.fromEntries(zones.map((z, i) => [z, outputs[i]]));
  });

  it('really ran in each zone', () => {
    expect(byZone['UTC'].offset).toBe(0);
    expect(byZone['Asia/Shanghai'].offset).toBe(-480);
    expect(byZone['America/Los_Angeles'].offset).toBe(420); // PDT on 2018-10-01
    expect(byZone['Pacific/Kiritimati'].offset).toBe(-840);
  });

  it('gives identical answers in every zone, equal to this process', () => {
    const here = calendarDigest();
    for (const out of Object.values(byZone)) expect(out.ours).toEqual(here);
    expect(here.samples.add20180928).toBe('2018-10-08');
    expect(here.samples.day20181001).toMatchObject({ date: '2018-10-01', working: false });
  });

  it('chinese-days itself is wrong under America/Los_Angeles (so a regression to calling it would show)', () => {
    expect(byZone['UTC'].lib).toEqual({ detail20181001: '2018-10-01', isWorkday20181008: true, isWorkday20180929: true });
    expect(byZone['Asia/Shanghai'].lib).toEqual(byZone['UTC'].lib);
    expect(byZone['America/Los_Angeles'].lib.detail20181001).toBe('2018-09-30');
    expect(byZone['America/Los_Angeles'].lib.isWorkday20181008).toBe(false);
  });
});

describe('other chinese-days traps our calendar does not share', () => {
  // eslint-disable-next-line @typescript-eslint/no-var-requires
  const cd = require('chinese-days');
  const cal = new WorkingCalendar();

  it('getWorkdaysInRange(…, false) drops the 调休 weekend workdays; we count them', () => {
    const lib: string[] = cd.getWorkdaysInRange('2018-09-28', '2018-10-08', false);
    expect(lib).not.toContain('2018-09-29');
    expect(lib).not.toContain('2018-09-30');
    expect(cal.isWorkingDay('2018-09-29')).toBe(true);
    expect(cal.isWorkingDay('2018-09-30')).toBe(true);
    expect(cal.workingDaysBetween('2018-09-27', '2018-10-08').days).toBe(4); // 09-28, 09-29, 09-30, 10-08
  });

  it('a year outside its data silently becomes Monday–Friday; ours is flagged provisional', () => {
    // 2027-01-01 is 元旦 (a statutory holiday every year) yet chinese-days calls it a workday.
    expect(cd.getDayDetail('2027-01-01').work).toBe(true);
    expect(cal.dayInfo('2027-01-01').provisional).toBe(true);
    expect(cal.missingYears('2027-01-01', '2027-01-01')).toEqual([2027]);
  });
});
