import * as React from 'react';
import { Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Textarea, TextInput, Typography } from '@strapi/design-system';
import { useAuth, useFetchClient } from '@strapi/strapi/admin';
import { base, GATED_TYPES, reasonOf, STEP_LABELS, when, type GateStatus } from '../api';

// Edit-view side panel (R10–R12): where the item stands in 初审 → 复审 → 终审, why it may
// not be published yet, which edit voided the approvals, and the actions of the gate.
// The server decides every rule; the panel only shows its answers.

const STEP_STATE: Record<string, { text: string; color: 'success' | 'warning' | 'neutral' }> = {
  approved: { text: '已通过', color: 'success' },
  waiting: { text: '待审', color: 'warning' },
  pending: { text: '未开始', color: 'neutral' },
};

const EXEMPTIONS = ['惩戒性公示', '强制性信息披露'];

function PanelBody({ model, documentId, version }: { model: string; documentId: string; version?: string }) {
  const { get, post } = useFetchClient();
  const user = useAuth('ReviewPanel', (s: any) => s.user);
  const roleCodes: string[] = (user?.roles ?? []).map((r: any) => r.code);
  const [status, setStatus] = React.useState<GateStatus | null>(null);
  const [message, setMessage] = React.useState<{ text: string; ok: boolean } | null>(null);
  const [busy, setBusy] = React.useState(false);
  const [comment, setComment] = React.useState('');
  const [reason, setReason] = React.useState('');
  const [exemptionKind, setExemptionKind] = React.useState('');
  const [exemptionReason, setExemptionReason] = React.useState('');
  const path = base(model, documentId);

  const load = React.useCallback(() => {
    get<{ data: GateStatus }>(`/review-gate/status/${path}`).then(
      (res) => setStatus(res.data.data),
      (err) => setMessage({ text: reasonOf(err), ok: false }),
    );
  }, [path]);

  React.useEffect(load, [load, version]);

  async function act(url: string, body: Record<string, unknown>, done: string) {
    setBusy(true);
    setMessage(null);
    try {
      await post(`/review-gate/${url}/${path}`, body);
      setMessage({ text: done, ok: true });
      setComment('');
      setReason('');
      setExemptionKind('');
      setExemptionReason('');
    } catch (err) {
      setMessage({ text: reasonOf(err), ok: false });
    } finally {
      setBusy(false);
      load();
    }
  }

  if (!status) return <Typography textColor={message ? 'danger600' : 'neutral500'}>{message?.text ?? '读取中…'}</Typography>;
  const waiting = status.waitingFor;
  // decision controls only for holders of the awaited step's role (the server checks anyway)
  const mayDecide = waiting ? roleCodes.includes(status.steps.find((s) => s.step === waiting)!.roleCode) : false;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Flex gap={2} wrap="wrap">
        <Badge>{status.stateLabel}</Badge>
        {status.published ? <Badge>{status.published.current ? '已发布（当前版本）' : '已发布（旧版本）'}</Badge> : null}
      </Flex>

      <Flex tag="ol" direction="column" alignItems="stretch" gap={2}>
        {status.steps.map((s) => (
          <Box tag="li" key={s.step}>
            <Typography variant="omega" fontWeight="bold">
              {s.label}：
            </Typography>
            <Typography variant="omega" textColor={`${STEP_STATE[s.state].color}600`}>
              {STEP_STATE[s.state].text}
            </Typography>
            {s.by ? (
              <Typography tag="p" variant="pi" textColor="neutral600">
                {s.by.label} · {when(s.at)}
                {s.comment ? ` · ${s.comment}` : ''}
                {s.exemption ? ` · 个人信息豁免：${s.exemption.basis}（${s.exemption.reason}）` : ''}
              </Typography>
            ) : null}
          </Box>
        ))}
      </Flex>

      {status.lastVoid && status.state === 'draft' ? (
        <Typography variant="pi" textColor="warning600">
          {status.lastVoid.message}
        </Typography>
      ) : null}
      {status.lastRejection && status.state === 'draft' ? (
        <Typography variant="pi" textColor="danger600">
          {STEP_LABELS[status.lastRejection.step]}驳回（{status.lastRejection.userLabel}，{when(status.lastRejection.at)}）：{status.lastRejection.comment}
        </Typography>
      ) : null}
      {!status.publishable
        ? status.reasons.map((r) => (
            <Typography key={r} variant="pi" textColor="neutral700">
              {r}
            </Typography>
          ))
        : null}

      {status.state === 'draft' ? (
        <Button disabled={busy} onClick={() => act('submit', {}, '已送审')}>
          送审
        </Button>
      ) : null}

      {waiting && mayDecide ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Field.Root name="comment">
            <Field.Label>{STEP_LABELS[waiting]}意见（驳回必填）</Field.Label>
            <Textarea value={comment} onChange={(e: any) => setComment(e.target.value)} />
          </Field.Root>
          {waiting === 'second' ? (
            <>
              <Field.Root name="exemption">
                <Field.Label>个人信息豁免（R12，仅在确属以下情形时）</Field.Label>
                <SingleSelect placeholder="无" value={exemptionKind} onChange={(v: any) => setExemptionKind(String(v))} onClear={() => setExemptionKind('')} clearLabel="清除">
                  {EXEMPTIONS.map((k) => (
                    <SingleSelectOption key={k} value={k}>
                      {k}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Field.Root>
              {exemptionKind ? (
                <Field.Root name="exemptionReason">
                  <Field.Label>豁免理由</Field.Label>
                  <TextInput value={exemptionReason} onChange={(e: any) => setExemptionReason(e.target.value)} />
                </Field.Root>
              ) : null}
            </>
          ) : null}
          <Flex gap={2}>
            <Button
              disabled={busy}
              onClick={() =>
                act(
                  'decide',
                  { step: waiting, decision: 'approve', comment, ...(exemptionKind ? { exemption: { kind: exemptionKind, reason: exemptionReason } } : {}) },
                  `${STEP_LABELS[waiting]}已通过`,
                )
              }
            >
              {STEP_LABELS[waiting]}通过
            </Button>
            <Button variant="danger-light" disabled={busy} onClick={() => act('decide', { step: waiting, decision: 'reject', comment }, '已驳回，退回草稿')}>
              驳回
            </Button>
          </Flex>
        </Flex>
      ) : null}

      {status.publishable && !status.published?.current ? (
        <Button variant="success" disabled={busy} onClick={() => act('publish', {}, '已发布')}>
          发布（终审已通过）
        </Button>
      ) : null}

      {status.published ? (
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Field.Root name="reason">
            <Field.Label>撤稿理由</Field.Label>
            <TextInput value={reason} onChange={(e: any) => setReason(e.target.value)} />
          </Field.Root>
          <Button variant="danger" disabled={busy} onClick={() => act('unpublish', { reason }, '已撤稿')}>
            撤稿
          </Button>
        </Flex>
      ) : null}

      {message ? (
        <Typography role="status" variant="pi" textColor={message.ok ? 'success600' : 'danger600'}>
          {message.text}
        </Typography>
      ) : null}
    </Flex>
  );
}

/** Content-manager edit view side panel for the gated types. */
export const ReviewPanel = ({ model, documentId, document }: { model: string; documentId?: string; document?: any }) => {
  if (!GATED_TYPES.includes(model) || !documentId || documentId === 'create') return null;
  return {
    title: '三审',
    content: <PanelBody model={model} documentId={documentId} version={document?.updatedAt} />,
  };
};
