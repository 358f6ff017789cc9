import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { DocumentStatus } from '../api/types';
import { TRACKED_TYPES } from '../../../server/src/content/tracked-types';
import { StatusBadge } from './StatusBadge';

function PanelBody({ model, documentId, version }: { model: string; documentId: string; version?: string }) {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ status?: DocumentStatus; error?: string }>({});
  React.useEffect(() => {
    let alive = true;
    get<{ data: DocumentStatus }>(`/deadlines/status/${model}/${documentId}`).then(
      (res) => alive && setState({ status: res.data.data }),
      () => alive && setState({ error: '无法读取公开时限' }),
    );
    return () => {
      alive = false;
    };
  }, [model, documentId, version]);
  if (state.error) return <Typography textColor="danger600">{state.error}</Typography>;
  const st = state.status;
  if (!st) return <Typography textColor="neutral500">读取中…</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={2} width="100%">
      {st.status ? (
        <>
          <Typography variant="omega" fontWeight="bold">
            截止日期：{st.status.due}（{st.status.rule}）
          </Typography>
          <StatusBadge status={st} />
          <Typography variant="pi" textColor="neutral600">
            依据：{st.status.basis}
          </Typography>
          {st.status.publication ? (
            <Typography variant="pi" textColor="neutral600">
              发布日期：{st.status.publication.publishedOn}
            </Typography>
          ) : null}
          {st.note ? (
            <Typography variant="pi" textColor="neutral600">
              说明：{st.note}
            </Typography>
          ) : null}
          {st.status.warning ? (
            <Typography variant="pi" textColor="warning600">
              {st.status.warning}
            </Typography>
          ) : null}
        </>
      ) : st.kind === 'error' ? (
        <Typography variant="pi" textColor="danger600">
          {st.error?.message}
        </Typography>
      ) : (
        <Typography variant="pi" textColor="neutral600">
          {st.note ?? '无主动公开时限'}
        </Typography>
      )}
    </Flex>
  );
}

/** Edit-view side panel: the due date and status of the document being edited (R20–R22, R25). */
export const DeadlinePanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: any }) => {
  if (!(TRACKED_TYPES as readonly string[]).includes(model) || !documentId || documentId === 'create') return null;
  return {
    title: '公开时限',
    content: <PanelBody model={model} documentId={documentId} version={document?.updatedAt} />,
  };
};
