export const PLUGIN_ID = 'deadlines';
