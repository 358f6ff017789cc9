// Shapes of the plugin's admin API (server/src/services/scanner.ts), as the panel reads them.
export interface Finding {
  field: string;
  kind: 'id-card' | 'mobile' | 'landline' | 'bank-card' | 'email';
  label: string;
  start: number;
  end: number;
  masked: string;
  reason?: string;
  file?: string;
}

export interface AttachmentNote {
  field: string;
  file: string;
  reason: string;
}

export interface ScanReport {
  uid: string;
  documentId: string;
  title: string | null;
  findings: Finding[];
  summary: string;
  officialExcluded: number;
  unreadable: AttachmentNote[];
  errors: AttachmentNote[];
  canMask?: boolean;
}

export interface MaskResult extends ScanReport {
  masked: number;
  fields: string[];
}

export const scanPath = (model: string, documentId: string) => `/privacy-guard/scan/${model}/${documentId}`;
export const maskPath = (model: string, documentId: string) => `/privacy-guard/mask/${model}/${documentId}`;
