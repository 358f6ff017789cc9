import { pinyin } from 'pinyin-pro';
import slugify from 'slugify';
import { parseDocNumber } from '@gongkai/shared';

const MAX = 80;

/**
 * Readable URL slug for Chinese text (R1): `slugify` alone drops Chinese, so the
 * text is first written in pinyin (tone marks off). A 文号 gives the shortest stable
 * slug, e.g. 揭府办函〔2018〕40号 → jie-fu-ban-han-2018-40.
 */
export function slugFromText(text: string): string {
  const latin = pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive' }).join(' ');
  const s = slugify(latin, { lower: true, strict: true, trim: true });
  return s.slice(0, MAX).replace(/-+$/, '') || 'item';
}

export function baseSlug(title: string, docNumber?: string | null): string {
  const d = parseDocNumber(docNumber);
  if (d) return slugFromText(`${d.issuerAbbr} ${d.year} ${d.serial}`);
  return slugFromText(title);
}
