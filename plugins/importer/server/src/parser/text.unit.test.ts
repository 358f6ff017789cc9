// Cleaning of source text (R41): markup goes, text stays.
import { stripHtml } from './text';
import { parseNoticeText } from './index';

describe('stripHtml', () => {
  it('removes tags and decodes entities', () => {
    expect(stripHtml('<p>市编办</p> <br/>牵头&amp;负责<!-- 注 -->')).toBe('市编办 牵头&负责');
  });
  it('keeps comparison signs that are not tags', () => {
    expect(stripHtml('人均收入 < 3000 元且支出 > 2000 元')).toBe('人均收入 < 3000 元且支出 > 2000 元');
  });
  it('keeps them in a notice body', () => {
    const r = parseNoticeText(['某市人民政府办公室关于测试的通知', '某府办〔2018〕7号', '', '空气质量指数 < 100 且 PM2.5 > 35 时发布提示。'].join('\n'), 't.txt');
    expect(r.notice.body).toMatch(/指数\s*<\s*100\s*且\s*PM2\.5\s*>\s*35/); // wrapping spaces may go, the signs stay
  });
});
