// Shapes returned by the plugin's admin API (see server/src/services).
export type { DocumentStatus, DashboardItem } from '../../../server/src/services/deadlines';
export type { Coverage, ImportResult, ImportedYear, OverrideSummary } from '../../../server/src/services/calendar';
export type { ItemStatus } from '../../../server/src/content/item-status';
