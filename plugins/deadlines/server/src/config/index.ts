// Plugin configuration (config/plugins.ts → deadlines.config).
export interface DeadlinesConfig {
  /**
   * Several server processes may share one PostgreSQL database: each caches its working
   * calendar and re-reads the stored overrides' version (ids + updatedAt of the few
   * calendar-year rows) at most this often. An import or deletion made through this
   * process invalidates its cache at once; other processes follow within this delay.
   */
  calendarRecheckSeconds: number;
  /** The dashboard also lists items published within this many days (on time or late). */
  dashboardRecentDays: number;
}

export const DEFAULT_CONFIG: DeadlinesConfig = { calendarRecheckSeconds: 15, dashboardRecentDays: 30 };

export default {
  default: DEFAULT_CONFIG,
  validator(config: Partial<DeadlinesConfig>) {
    for (const key of ['calendarRecheckSeconds', 'dashboardRecentDays'] as const) {
      const v = config[key];
      if (v !== undefined && (typeof v !== 'number' || !Number.isFinite(v) || v < 0)) {
        throw new Error(`deadlines.${key} 必须是非负数`);
      }
    }
  },
};
