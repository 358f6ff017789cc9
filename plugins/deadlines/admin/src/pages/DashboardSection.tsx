import * as React from 'react';
import { Alert, Box, Flex, Link, SingleSelect, SingleSelectOption, Table, Tbody, Td, Th, Thead, Tr, Typography, Loader } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import type { DashboardItem } from '../api/types';
import { StatusBadge } from '../components/StatusBadge';

interface DashboardData {
  today: string;
  recentDays: number;
  items: DashboardItem[];
  units: Array<{ documentId: string | null; name: string }>;
  gate: string | null;
}

const SORTS = [
  { value: 'due', label: '截止日期（由近到远）' },
  { value: '-due', label: '截止日期（由远到近）' },
  { value: 'state', label: '状态（逾期在前）' },
  { value: 'unit', label: '单位' },
];

const unitKey = (u: { documentId: string | null; name: string }) => u.documentId ?? u.name;

// The review gate's stuckAt(uid, documentId) → { state, waitingFor, since } (review-gate README).
const WAITING_FOR: Record<string, string> = {
  submit: '待送审',
  first: '待初审',
  second: '待复审',
  final: '待终审',
  publish: '终审已通过，待发布',
};

function stuckLabel(stuckAt: unknown): string {
  if (stuckAt === null || stuckAt === undefined) return '-';
  if (typeof stuckAt === 'string') return stuckAt;
  const s = stuckAt as { label?: string; waitingFor?: string | null; since?: string | null };
  if (s.label) return s.label;
  if (!s.waitingFor) return '-';
  const what = WAITING_FOR[s.waitingFor] ?? s.waitingFor;
  return s.since ? `${what}（自 ${new Date(s.since).toLocaleDateString('zh-CN', { timeZone: 'Asia/Shanghai' })}）` : what;
}

/** Everything due or overdue, by unit, sortable, with the 三审 step it waits at. */
export function DashboardSection() {
  const { get } = useFetchClient();
  const [sort, setSort] = React.useState('due');
  const [unit, setUnit] = React.useState('');
  const [data, setData] = React.useState<DashboardData | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    let alive = true;
    setData(null);
    get<{ data: DashboardData }>('/deadlines/dashboard', { params: { sort, ...(unit ? { unit } : {}) } }).then(
      (res) => alive && (setData(res.data.data), setError(null)),
      () => alive && setError('无法读取公开时限列表'),
    );
    return () => {
      alive = false;
    };
  }, [sort, unit]);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} wrap="wrap">
        <Box minWidth="240px">
          <SingleSelect aria-label="排序" value={sort} onChange={(v) => setSort(String(v))}>
            {SORTS.map((s) => (
              <SingleSelectOption key={s.value} value={s.value}>
                {s.label}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Box>
        <Box minWidth="240px">
          <SingleSelect aria-label="单位" placeholder="全部单位" value={unit} onChange={(v) => setUnit(String(v))} onClear={() => setUnit('')} clearLabel="清除">
            {(data?.units ?? []).map((u) => (
              <SingleSelectOption key={unitKey(u)} value={unitKey(u)}>
                {u.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Box>
      </Flex>
      {error ? <Alert variant="danger" closeLabel="关闭" title="出错了">{error}</Alert> : null}
      {data?.gate ? <Alert variant="default" closeLabel="关闭" title="待审环节">{data.gate}</Alert> : null}
      {!data && !error ? <Loader>读取中…</Loader> : null}
      {data ? (
        data.items.length === 0 ? (
          <Typography>没有待公开或近 {data.recentDays} 天内公开的事项。</Typography>
        ) : (
          <Table colCount={7} rowCount={data.items.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">标题</Typography></Th>
                <Th><Typography variant="sigma">类型</Typography></Th>
                <Th><Typography variant="sigma">单位</Typography></Th>
                <Th><Typography variant="sigma">规则</Typography></Th>
                <Th><Typography variant="sigma">截止日期</Typography></Th>
                <Th><Typography variant="sigma">状态</Typography></Th>
                <Th><Typography variant="sigma">待审环节</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {data.items.map((item) => (
                <Tr key={`${item.uid}:${item.documentId}`}>
                  <Td>
                    <Link tag={NavLink} to={`/content-manager/collection-types/${item.uid}/${item.documentId}`}>
                      {item.title || item.documentId}
                    </Link>
                  </Td>
                  <Td><Typography>{item.typeLabel}</Typography></Td>
                  <Td><Typography>{item.unit?.name ?? '-'}</Typography></Td>
                  <Td><Typography>{item.status?.rule ?? item.error?.rule ?? '-'}</Typography></Td>
                  <Td>
                    <Typography>{item.status?.due ?? '-'}</Typography>
                  </Td>
                  <Td>
                    <StatusBadge status={item} />
                    {item.error ? <Typography variant="pi" textColor="danger600">{item.error.message}</Typography> : null}
                  </Td>
                  <Td><Typography>{stuckLabel(item.stuckAt)}</Typography></Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )
      ) : null}
    </Flex>
  );
}
