// Unit names are written relative to the issuing government (R5): in a 揭阳市 notice
// "市编办" is 揭阳市编办, in a 泉港区 notice "区发改局" is 泉港区发改局, and the 区发改局 of
// 绵阳市游仙区 is another unit. The region is read from the issuer ("揭阳市人民政府办公室"
// → 揭阳市), so short names only match units of that region and new units get a
// qualified full name.

export interface Region {
  province: string | null;
  city: string | null;
  county: string | null;
}

export type RegionLevel = 'province' | 'city' | 'county';

const NO_REGION: Region = { province: null, city: null, county: null };

// The issuer's place names end where the organ starts.
const ORGAN = /(?:人民政府|政府|人大|政协|党委|委员会|管委会|办公厅|办公室)/;
const PLACES = /^(?:([\u4e00-\u9fa5]{2,7}?(?:省|自治区)))?(?:([\u4e00-\u9fa5]{2,7}?(?:市|州|盟)))?(?:([\u4e00-\u9fa5]{1,7}?(?:区|县|旗|市)))?$/;

/** The places of an issuer: "绵阳市游仙区人民政府办公室" → { city: 绵阳市, county: 游仙区 }. */
export function regionOf(issuer: string | null | undefined): Region {
  if (!issuer) return NO_REGION;
  const m = ORGAN.exec(issuer.replace(/^中共/, ''));
  if (!m || m.index === 0) return NO_REGION;
  const places = PLACES.exec(issuer.replace(/^中共/, '').slice(0, m.index));
  if (!places) return NO_REGION;
  return { province: places[1] ?? null, city: places[2] ?? null, county: places[3] ?? null };
}

const RELATIVE: Record<string, RegionLevel> = { 省: 'province', 市: 'city', 区: 'county', 县: 'county' };

/**
 * The level a name is relative to: "市编办" → city, "区发改局" → county; null for names
 * that carry their own place ("揭阳市财政局", "大南海工业区管委会") or none ("各直属机构").
 * "市区…" and "县区…" name both levels at once: not relative.
 */
export function relativeLevel(name: string): RegionLevel | null {
  const level = RELATIVE[name[0]];
  if (!level || name.length < 2) return null;
  if (/^(?:市区|市县|县区|区县|省市)/.test(name)) return null;
  return level;
}

/** The written prefix a relative name stands for in this region, or null when the region does not say. */
export function regionPrefix(region: Region, level: RegionLevel): string | null {
  if (level === 'province') return region.province;
  if (level === 'city') return region.city;
  return region.county ? `${region.city ?? ''}${region.county}` : null;
}

/** "区发改局" in 绵阳市游仙区 → "绵阳市游仙区发改局"; names that are not relative stay as they are. */
export function qualifyUnitName(name: string, region: Region): string {
  const level = relativeLevel(name);
  if (!level) return name;
  const prefix = regionPrefix(region, level);
  return prefix ? `${prefix}${name.slice(1)}` : name;
}

/**
 * Does a directory unit belong to this region at that level? Its full name starts with
 * the region's place ("揭阳市编办" in 揭阳市; "游仙区发改局" or "绵阳市游仙区发改局" in 游仙区).
 */
export function unitInRegion(unitName: string, region: Region, level: RegionLevel): boolean {
  return placesAt(region, level).some((p) => unitName.startsWith(p));
}

/** The places a relative name of that level may stand for in this region, longest first. */
function placesAt(region: Region, level: RegionLevel): string[] {
  const list = level === 'county' ? [regionPrefix(region, level), region.county] : [regionPrefix(region, level)];
  return [...new Set(list.filter((p): p is string => !!p))];
}

/**
 * How a document of this region writes a unit of the region relatively, at the unit's
 * own (innermost) level: 揭阳市人民政府 in 揭阳市 → ["市人民政府"]; 绵阳市游仙区发改局 in
 * 游仙区 → ["区发改局"] (not "市游仙区发改局").
 */
export function relativeForms(unitName: string, region: Region): string[] {
  const levels: [RegionLevel, string | null][] = [
    ['county', region.county ? region.county.slice(-1) : null],
    ['city', '市'],
    ['province', '省'],
  ];
  for (const [level, marker] of levels) {
    if (!marker || !RELATIVE[marker]) continue;
    const place = placesAt(region, level).find((p) => unitName.startsWith(p) && unitName.length > p.length);
    if (place) return [`${marker}${unitName.slice(place.length)}`];
  }
  return [];
}

export function hasRegion(region: Region): boolean {
  return !!(region.province || region.city || region.county);
}
