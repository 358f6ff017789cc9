import { Badge, Flex, Typography } from '@strapi/design-system';
import type { DocumentStatus } from '../api/types';

// One look for a deadline state everywhere (list column, edit view, dashboard).
const VARIANT: Record<string, 'success' | 'danger' | 'warning' | 'secondary' | 'neutral'> = {
  'on-time': 'secondary',
  'due-today': 'warning',
  overdue: 'danger',
  'published-on-time': 'success',
  'published-late': 'warning',
};

const SHORT: Record<string, string> = {
  'on-time': '未到期',
  'due-today': '今日到期',
  overdue: '已逾期',
  'published-on-time': '按时公开',
  'published-late': '逾期公开',
};

export function StatusBadge({ status, compact = false }: { status: DocumentStatus | null; compact?: boolean }) {
  if (!status) return <Typography textColor="neutral500">-</Typography>;
  if (status.kind === 'none') return <Typography textColor="neutral500">无时限</Typography>;
  if (status.kind === 'error') {
    return (
      <Badge variant="danger" title={status.error?.message}>
        无法计算
      </Badge>
    );
  }
  const s = status.status!;
  return (
    <Flex gap={1} wrap="wrap">
      <Badge variant={VARIANT[s.state] ?? 'neutral'} title={s.label}>
        {compact ? SHORT[s.state] ?? s.state : s.label}
      </Badge>
      {s.provisional ? (
        <Badge variant="warning" title={s.warning ?? ''}>
          暂定
        </Badge>
      ) : null}
    </Flex>
  );
}
