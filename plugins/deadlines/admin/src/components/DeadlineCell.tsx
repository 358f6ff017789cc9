import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { loadStatus } from '../api/statuses';
import type { DocumentStatus } from '../api/types';
import { StatusBadge } from './StatusBadge';
import { TRACKED_TYPES } from '../../../server/src/content/tracked-types';

/** List view cell: due date + status of one row (batched with the other rows of the page). */
export function DeadlineCell({ model, documentId, updatedAt }: { model: string; documentId: string; updatedAt?: string }) {
  const [status, setStatus] = React.useState<DocumentStatus | null | undefined>(undefined);
  React.useEffect(() => {
    let alive = true;
    loadStatus(model, documentId).then(
      (s) => alive && setStatus(s),
      () => alive && setStatus(null),
    );
    return () => {
      alive = false;
    };
  }, [model, documentId, updatedAt]);
  if (status === undefined) return <Typography textColor="neutral500">…</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {status?.status ? <Typography variant="pi">{status.status.due} 截止</Typography> : null}
      <StatusBadge status={status} compact />
    </Flex>
  );
}

/**
 * The content type of the list being shown. The hook's arguments do not name it, so it is read
 * from the content-manager route (…/content-manager/collection-types/<uid>), which keeps the
 * schemas of src/api free of plugin options.
 */
function listedModel(): string | null {
  const m = /\/content-manager\/collection-types\/([^/?#]+)/.exec(window.location.pathname);
  return m ? decodeURIComponent(m[1]) : null;
}

/** Admin/CM/pages/ListView/inject-column-in-table: a 公开时限 column on tracked types only. */
export const addDeadlineColumn = ({ displayedHeaders, layout }: { displayedHeaders: any[]; layout: any }) => {
  if (!(TRACKED_TYPES as readonly string[]).includes(listedModel() ?? '')) return { displayedHeaders, layout };
  return {
    displayedHeaders: [
      ...displayedHeaders,
      {
        name: 'deadlines_status',
        attribute: { type: 'custom' },
        label: { id: 'deadlines.list.column', defaultMessage: '公开时限' },
        searchable: false,
        sortable: false,
        cellFormatter: (row: any, _header: unknown, { model }: { model: string }) => (
          <DeadlineCell model={model} documentId={row.documentId} updatedAt={row.updatedAt} />
        ),
      },
    ],
    layout,
  };
};
