// Both types are the plugin's own, hidden from the content-manager: calendar overrides are
// edited through the 公开时限 page (super admins), records are append-only (R20, R40).
import calendarYear from './calendar-year/schema.json';
import deadlineRecord from './deadline-record/schema.json';

export const CALENDAR_YEAR = 'plugin::deadlines.calendar-year';
export const DEADLINE_RECORD = 'plugin::deadlines.deadline-record';

export default {
  'calendar-year': { schema: calendarYear },
  'deadline-record': { schema: deadlineRecord },
};
