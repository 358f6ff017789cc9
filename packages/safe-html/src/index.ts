// @gongkai/safe-html — R13 safe content: one allow-list, one sanitiser.
export { sanitizeRichText, type SanitizeOptions } from './sanitize';
export { RICH_TEXT_ALLOW_LIST, ALIGN_CLASSES, type RichTextAllowList } from './allow-list';
export { escapeHtml } from './escape';
export { normalizeUrl, checkLinkHref, checkUploadSrc, checkVideoSrc, isSiteRelative } from './url-policy';
