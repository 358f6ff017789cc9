export const PLUGIN_ID = 'importer';
