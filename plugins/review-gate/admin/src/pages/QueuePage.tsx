import * as React from 'react';
import { Box, Link, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { NavLink } from 'react-router-dom';
import { reasonOf, TYPE_LABELS, when, type QueueItem } from '../api';

/** 待我审核: items waiting for a step the signed-in reviewer may decide, oldest first (R10). */
export default function QueuePage() {
  const { get } = useFetchClient();
  const [data, setData] = React.useState<{ items: QueueItem[]; workingDays: string } | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    get<{ data: { items: QueueItem[]; workingDays: string } }>('/review-gate/queue').then(
      (res) => setData(res.data.data),
      (err) => setError(reasonOf(err)),
    );
  }, []);

  return (
    <Page.Main>
      <Page.Title>待我审核</Page.Title>
      <Layouts.Header title="待我审核" subtitle="等待您作出初审、复审或终审决定的稿件，按等待时间排列" />
      <Layouts.Content>
        {error ? <Typography textColor="danger600">{error}</Typography> : null}
        {!data && !error ? <Typography textColor="neutral500">读取中…</Typography> : null}
        {data && !data.items.length ? <Typography>目前没有等待您审核的稿件。</Typography> : null}
        {data && data.items.length ? (
          <Box>
            <Table colCount={5} rowCount={data.items.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">标题</Typography></Th>
                  <Th><Typography variant="sigma">类型</Typography></Th>
                  <Th><Typography variant="sigma">待审步骤</Typography></Th>
                  <Th><Typography variant="sigma">等待自</Typography></Th>
                  <Th><Typography variant="sigma">已等待</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {data.items.map((i) => (
                  <Tr key={`${i.uid}/${i.documentId}`}>
                    <Td>
                      <Link tag={NavLink} to={`/content-manager/collection-types/${i.uid}/${i.documentId}`}>
                        {i.title ?? i.documentId}
                      </Link>
                    </Td>
                    <Td><Typography>{TYPE_LABELS[i.uid] ?? i.uid}</Typography></Td>
                    <Td><Typography>{i.stepLabel}</Typography></Td>
                    <Td><Typography>{when(i.waitingSince)}</Typography></Td>
                    <Td>
                      <Typography>{i.waitingWorkingDays !== null ? `${i.waitingWorkingDays} 个工作日` : `${i.waitingDays} 天`}</Typography>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
            <Box paddingTop={2}>
              <Typography variant="pi" textColor="neutral600">{data.workingDays}</Typography>
            </Box>
          </Box>
        ) : null}
      </Layouts.Content>
    </Page.Main>
  );
}
