import schema from './schema.json';

// R12: the site-wide list of contact points editors mark as official (not personal).
export const OFFICIAL_CONTACT_UID = 'plugin::privacy-guard.official-contact';
export const OFFICIAL_CONTACT_LABELS: Record<string, string> = { value: '号码或邮箱', label: '名称', unit: '单位' };

export default { schema };
