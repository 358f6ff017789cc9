export const PLUGIN_ID = 'privacy-guard';
