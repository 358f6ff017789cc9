// Edit-view side panel "个人信息检查" (R12): the findings of the saved draft — field, kind,
// masked preview — and the one-click mask (一键去标识化), which edits the draft on the
// server and reloads the page. Raw values never reach the browser.
import * as React from 'react';
import { Badge, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useForm, useNotification } from '@strapi/strapi/admin';
import { type Finding, type MaskResult, type ScanReport, maskPath, scanPath } from '../api';

function FindingRow({ f }: { f: Finding }) {
  return (
    <Box padding={2} background="neutral100" hasRadius width="100%">
      <Flex gap={2} alignItems="center">
        <Badge>{f.label}</Badge>
        <Typography variant="pi" textColor="neutral600">
          {f.file ? `${f.field}（附件：${f.file}）` : f.field}
        </Typography>
      </Flex>
      <Typography variant="omega" tag="p" fontWeight="semiBold">
        {f.masked}
      </Typography>
      {f.reason ? (
        <Typography variant="pi" textColor="warning600" tag="p">
          {f.reason}
        </Typography>
      ) : null}
    </Box>
  );
}

function PanelBody({ model, documentId, version }: { model: string; documentId: string; version?: string }) {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const modified = useForm('PrivacyPanel', (s: any) => Boolean(s.modified), false);
  const [report, setReport] = React.useState<ScanReport | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  React.useEffect(() => {
    let alive = true;
    setError(null);
    get<{ data: ScanReport }>(scanPath(model, documentId)).then(
      (res) => alive && setReport(res.data.data),
      (e: any) => alive && setError(e?.response?.data?.error?.message ?? '无法完成个人信息检查'),
    );
    return () => {
      alive = false;
    };
  }, [model, documentId, version]);

  const mask = async () => {
    setBusy(true);
    try {
      const res = await post<{ data: MaskResult }>(maskPath(model, documentId), {});
      const r = res.data.data;
      toggleNotification({
        type: r.findings.length ? 'warning' : 'success',
        message: r.findings.length ? `已遮盖 ${r.masked} 处；附件中仍有 ${r.findings.length} 处，请替换附件` : `已遮盖 ${r.masked} 处个人信息`,
      });
      // The draft changed on the server: reload so the form shows the masked text.
      window.location.reload();
    } catch (e: any) {
      toggleNotification({ type: 'danger', message: e?.response?.data?.error?.message ?? '去标识化失败' });
      setBusy(false);
    }
  };

  if (error) return <Typography textColor="danger600">{error}</Typography>;
  if (!report) return <Typography textColor="neutral500">检查中…</Typography>;
  const inText = report.findings.filter((f) => !f.file).length;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="omega" fontWeight="bold" textColor={report.findings.length ? 'danger600' : 'success600'}>
        {report.summary}
      </Typography>
      {report.findings.map((f) => (
        <FindingRow key={`${f.field}|${f.file ?? ''}|${f.start}`} f={f} />
      ))}
      {report.officialExcluded ? (
        <Typography variant="pi" textColor="neutral600">
          已按官方联系方式排除 {report.officialExcluded} 处
        </Typography>
      ) : null}
      {report.errors.map((a) => (
        <Typography key={`e|${a.field}|${a.file}`} variant="pi" textColor="danger600">
          {a.reason}
        </Typography>
      ))}
      {report.unreadable.map((a) => (
        <Typography key={`u|${a.field}|${a.file}`} variant="pi" textColor="warning600">
          附件“{a.file}”：{a.reason}
        </Typography>
      ))}
      {inText > 0 && report.canMask ? (
        <>
          <Button variant="danger-light" onClick={mask} loading={busy} disabled={busy || modified} fullWidth>
            一键去标识化
          </Button>
          {modified ? (
            <Typography variant="pi" textColor="neutral600">
              请先保存修改，再去标识化（遮盖的是已保存的草稿）
            </Typography>
          ) : null}
        </>
      ) : null}
      {report.findings.length > inText ? (
        <Typography variant="pi" textColor="neutral600">
          附件中的个人信息无法自动遮盖，请处理后重新上传附件
        </Typography>
      ) : null}
    </Flex>
  );
}

/** The panel is offered for the app's own content types (api::…) once a document exists. */
export const PrivacyPanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: any }) => {
  if (!model?.startsWith('api::') || !documentId || documentId === 'create') return null;
  return {
    title: '个人信息检查',
    content: <PanelBody model={model} documentId={documentId} version={document?.updatedAt} />,
  };
};
