import type { Core } from '@strapi/strapi';
import { startStrapi, stopStrapi } from '../../../tests/helpers/strapi';
import { http, adminLogin } from '../../../tests/helpers/http';

// The public working-day calculator and the administrators' calendar (R20–R25 note: the
// holiday data must be updatable by an administrator; a year without data is provisional).
let app: Core.Strapi;
let superAdmin: Record<string, string>;
let editor: Record<string, string>;

beforeAll(async () => {
  app = await startStrapi();
  superAdmin = (await adminLogin(app, ['strapi-super-admin'])).auth;
  editor = (await adminLogin(app, ['gk-editor'])).auth;
});
afterAll(() => stopStrapi(app));

const add = (from: string, days: string | number) => http(app).get('/api/working-days/add').query({ from, days: String(days) });
const calendarRows = () => app.db.query('plugin::deadlines.calendar-year' as any).findMany({ orderBy: { year: 'asc' } });

const json2027 = JSON.stringify(
  {
    year: 2027,
    holidays: ['01', '02', '03', '04', '05', '06', '07'].map((d) => ({ date: `2027-10-${d}`, name: '国庆节' })),
    makeupWorkdays: [{ date: '2027-09-26', name: '国庆节' }],
  },
  null,
  2,
);

describe('GET /api/working-days/add (public)', () => {
  it('counts across the 2018 National Day holiday and its 调休 weekend, listing what it skipped', async () => {
    const res = await add('2018-09-28', 3);
    expect(res.status).toBe(200);
    // 09-29 (Sat) and 09-30 (Sun) are make-up workdays, 10-01…10-07 are off: due Monday 10-08.
    expect(res.body).toMatchObject({ from: '2018-09-28', days: 3, due: '2018-10-08', provisional: false });
    expect(res.body.skipped.map((s: any) => s.date)).toEqual(['01', '02', '03', '04', '05', '06', '07'].map((d) => `2018-10-${d}`));
    for (const s of res.body.skipped) expect(s.reason).toBe('法定节假日：国庆节');
  });

  it('needs no authentication and is mounted under /api (not /api/deadlines)', async () => {
    expect((await http(app).get('/api/deadlines/working-days/add').query({ from: '2018-09-28', days: '3' })).status).toBe(404);
    expect((await add('2024-02-08', 1)).body.due).toBe('2024-02-09');
  });

  it.each([
    [{ from: '2018-02-30', days: '3' }, 'from', '2018-02-30'],
    [{ from: '2018-9-28', days: '3' }, 'from', 'YYYY-MM-DD'],
    [{ days: '3' }, 'from', '缺少参数 from'],
    [{ from: '2018-09-28', days: '-1' }, 'days', '负数'],
    [{ from: '2018-09-28', days: '3651' }, 'days', '3650'],
    [{ from: '2018-09-28', days: 'abc' }, 'days', 'abc'],
    [{ from: '2018-09-28', days: '1.5' }, 'days', '整数'],
    [{ from: '2018-09-28' }, 'days', '缺少参数 days'],
  ])('rejects %j with 400 naming the field', async (query, field, text) => {
    const res = await http(app).get('/api/working-days/add').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ status: 400, name: 'ValidationError', details: { field } });
    expect(res.body.error.message).toContain(text);
  });

  it('accepts the largest N (3650) and rejects a repeated parameter', async () => {
    expect((await add('2018-01-01', 3650)).status).toBe(200);
    const res = await http(app).get('/api/working-days/add?from=2018-09-28&days=1&days=2');
    expect(res.status).toBe(400);
    expect(res.body.error.details.field).toBe('days');
  });
});

describe('GET /api/working-days/between (public)', () => {
  it('counts working days after `from` up to and including `to`', async () => {
    const res = await http(app).get('/api/working-days/between').query({ from: '2018-09-28', to: '2018-10-08' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ from: '2018-09-28', to: '2018-10-08', days: 3, provisional: false });
    // 2024-02-10…17 are 春节 days off, 02-18 (Sun) is worked: 02-08 → 02-19 = 02-09, 02-18, 02-19.
    expect((await http(app).get('/api/working-days/between').query({ from: '2024-02-08', to: '2024-02-19' })).body.days).toBe(3);
  });

  it.each([
    [{ from: '2018-10-08', to: '2018-09-28' }, 'to', '不能早于'],
    [{ from: '2018-09-28', to: '2018-13-01' }, 'to', '2018-13-01'],
    [{ from: 'yesterday', to: '2018-10-01' }, 'from', 'yesterday'],
  ])('rejects %j with 400 naming the field', async (query, field, text) => {
    const res = await http(app).get('/api/working-days/between').query(query);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ name: 'ValidationError', details: { field } });
    expect(res.body.error.message).toContain(text);
  });
});

describe('a year without a schedule (provisional) and admin overrides', () => {
  it('marks a 2027 count provisional and names the year to load', async () => {
    const res = await add('2027-09-28', 3);
    expect(res.status).toBe(200);
    // No 2027 data: Monday–Friday guess (Tue 09-28 → Fri 10-01), flagged, never silent.
    expect(res.body).toMatchObject({ due: '2027-10-01', provisional: true, missingYears: [2027] });
    expect(res.body.warning).toContain('2027 年的节假日安排尚未载入');
    const between = await http(app).get('/api/working-days/between').query({ from: '2026-12-30', to: '2027-01-04' });
    expect(between.body).toMatchObject({ provisional: true, missingYears: [2027] });
  });

  it('shows coverage and warns when next year is missing', async () => {
    const res = await http(app).get('/deadlines/calendar').set(editor);
    expect(res.status).toBe(200);
    const c = res.body.data;
    expect(c.coveredYears).toContain(2018);
    expect(c.coveredYears).not.toContain(2027);
    expect(c.bundled.source).toMatch(/^chinese-days@/);
    const nextYear = Number(c.today.slice(0, 4)) + 1;
    expect(c.nextYear).toBe(nextYear);
    expect(c.nextYearCovered).toBe(c.coveredYears.includes(nextYear));
    if (!c.nextYearCovered) expect(c.warnings.join('')).toContain(`${nextYear}`);
  });

  it('previews an import (dry run) without storing it', async () => {
    const res = await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'json', text: json2027, dryRun: true });
    expect(res.status).toBe(200);
    expect(res.body.data.saved).toBe(false);
    expect(res.body.data.years).toHaveLength(1);
    expect(res.body.data.years[0].impact).toMatchObject({ year: 2027, replaces: null, addedMakeupWorkdays: ['2027-09-26'] });
    expect(res.body.data.years[0].impact.addedHolidays).toHaveLength(7);
    expect(await calendarRows()).toHaveLength(0);
    expect((await add('2027-09-28', 3)).body.provisional).toBe(true);
  });

  it('imports a 2027 schedule (JSON): the count is no longer provisional and uses it', async () => {
    const res = await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'json', text: json2027 });
    expect(res.status).toBe(200);
    expect(res.body.data.saved).toBe(true);
    const after = await add('2027-09-28', 3);
    // Wed 09-29, Thu 09-30, then 10-01…10-07 off: the third working day is Fri 10-08.
    expect(after.body).toMatchObject({ due: '2027-10-08', provisional: false, missingYears: [] });
    expect(after.body.skipped.filter((s: any) => s.reason === '法定节假日：国庆节')).toHaveLength(7);
    // 2027-09-26 (Sun) is now a working day.
    expect((await http(app).get('/api/working-days/between').query({ from: '2027-09-25', to: '2027-09-26' })).body.days).toBe(1);
    const rows = await calendarRows();
    expect(rows.map((r: any) => r.year)).toEqual([2027]);
    expect(rows[0].importedBy).toContain('@test.gongkai.local');
    const coverage = (await http(app).get('/deadlines/calendar').set(superAdmin)).body.data;
    expect(coverage.overrides).toEqual([expect.objectContaining({ year: 2027, holidays: 7, makeupWorkdays: 1, format: 'json', valid: true })]);
  });

  it('corrects a bundled year (2018): the override wins, and deleting it restores the bundled data', async () => {
    const current = (await http(app).get('/deadlines/calendar').query({ year: '2018' }).set(superAdmin)).body.data.year;
    expect(current.source).toBe('bundled');
    // Correction: pretend 2018-09-29 was not a make-up workday.
    const corrected = {
      year: 2018,
      holidays: current.schedule.holidays,
      makeupWorkdays: current.schedule.makeupWorkdays.filter((d: any) => d.date !== '2018-09-29'),
    };
    expect(corrected.makeupWorkdays.length).toBe(current.schedule.makeupWorkdays.length - 1);
    const preview = await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'json', text: JSON.stringify(corrected), dryRun: true });
    expect(preview.body.data.years[0].impact).toEqual({
      year: 2018,
      replaces: 'bundled',
      addedHolidays: [],
      removedHolidays: [],
      addedMakeupWorkdays: [],
      removedMakeupWorkdays: ['2018-09-29'],
    });
    expect((await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'json', text: JSON.stringify(corrected) })).status).toBe(200);
    // 09-30 (make-up), 10-08, 10-09.
    expect((await add('2018-09-28', 3)).body.due).toBe('2018-10-09');
    expect((await http(app).get('/deadlines/calendar').query({ year: '2018' }).set(superAdmin)).body.data.year.source).toBe('override');

    const del = await http(app).delete('/deadlines/calendar/2018').set(superAdmin);
    expect(del.status).toBe(200);
    expect((await add('2018-09-28', 3)).body.due).toBe('2018-10-08');
    expect((await http(app).delete('/deadlines/calendar/2018').set(superAdmin)).status).toBe(404);
  });

  it('imports an ICS calendar (休/班 convention)', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20281001',
      'DTEND;VALUE=DATE:20281008',
      'SUMMARY:国庆节(休)',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'DTSTART;VALUE=DATE:20280930',
      'SUMMARY:国庆节(班)',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n');
    const res = await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'ics', text: ics });
    expect(res.status).toBe(200);
    expect(res.body.data.years.map((y: any) => [y.year, y.holidays, y.makeupWorkdays])).toEqual([[2028, 7, 1]]);
    // Fri 2028-09-29 + 2: Sat 09-30 is worked (1), 10-01…07 off, Sun 10-08 is a weekend, Mon 10-09 (2).
    const r = await add('2028-09-29', 2);
    expect(r.body).toMatchObject({ due: '2028-10-09', provisional: false });
  });

  it('refuses a bad line with 400 naming it, and stores nothing (not even the valid years)', async () => {
    const before = await calendarRows();
    const ics = ['BEGIN:VCALENDAR', 'BEGIN:VEVENT', 'DTSTART;VALUE=DATE:20290230', 'SUMMARY:春节(休)', 'END:VEVENT', 'END:VCALENDAR'].join('\n');
    const res = await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'ics', text: ics });
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(res.body.error.message).toContain('第 3 行');
    expect(res.body.error.details.line).toBe(3);

    // Two years, the second one broken on line 9: the first is not stored either.
    const text = [
      '[',
      '  { "year": 2029,',
      '    "holidays": [{ "date": "2029-10-01", "name": "国庆节" }] },',
      '  { "year": 2030,',
      '    "holidays": [',
      '      { "date": "2030-10-01", "name": "国庆节" },',
      '      { "date": "2030-10-02", "name": "国庆节" },',
      '      { "date": "2030-10-03", "name": "国庆节" },',
      '      { "date": "2030-02-30", "name": "春节" }',
      '    ] }',
      ']',
    ].join('\n');
    const bad = await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'json', text });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('第 9 行');
    expect(bad.body.error.details.line).toBe(9);
    expect(await calendarRows()).toEqual(before);
    expect((await add('2029-09-28', 3)).body.provisional).toBe(true);

    const noFormat = await http(app).post('/deadlines/calendar/import').set(superAdmin).send({ format: 'xml', text: '<x/>' });
    expect(noFormat.status).toBe(400);
    expect(noFormat.body.error.details.field).toBe('format');
  });

  it('lets only super admins import or delete a year (403), and admins only see the calendar', async () => {
    const before = await calendarRows();
    const res = await http(app).post('/deadlines/calendar/import').set(editor).send({ format: 'json', text: json2027.replace(/2027/g, '2031') });
    expect(res.status).toBe(403);
    expect((await http(app).delete('/deadlines/calendar/2027').set(editor)).status).toBe(403);
    expect(await calendarRows()).toEqual(before);
    expect((await http(app).get('/deadlines/calendar')).status).toBe(401);
    expect((await http(app).post('/deadlines/calendar/import').send({ format: 'json', text: json2027 })).status).toBe(401);
  });
});

describe('calendar cache across server processes', () => {
  it('sees a year written by another process only after the recheck delay', async () => {
    const calendar = app.plugin('deadlines').service('calendar');
    expect((await calendar.addWorkingDays('2032-09-30', 1)).provisional).toBe(true);
    // Another process writes straight to the shared database: this process is not told.
    app.config.set('plugin::deadlines.calendarRecheckSeconds', 3600);
    await app.documents('plugin::deadlines.calendar-year' as any).create({
      data: { year: 2032, holidays: [{ date: '2032-10-01', name: '国庆节' }], makeupWorkdays: [] },
    } as any);
    expect((await calendar.addWorkingDays('2032-09-30', 1)).provisional).toBe(true);
    app.config.set('plugin::deadlines.calendarRecheckSeconds', 0);
    const after = await calendar.addWorkingDays('2032-09-30', 1);
    // Thu 09-30 + 1: Fri 10-01 is now off, the weekend follows, Mon 10-04.
    expect(after).toMatchObject({ provisional: false, due: '2032-10-04' });
    app.config.set('plugin::deadlines.calendarRecheckSeconds', 15);
  });
});
