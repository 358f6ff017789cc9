import { Box, Field, Grid, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { ENUM_LABELS } from '@gongkai/shared';
import type { ParsedNotice } from '../api/types';

// The parsed notice's metadata (R1), editable before the draft is created.
type Editable = Pick<ParsedNotice, 'title' | 'docNumber' | 'issuer' | 'date' | 'disclosure' | 'docTypeHint'>;

const NONE = '__none__';

function Text({ name, label, value, hint, onChange }: { name: string; label: string; value: string | null; hint?: string; onChange: (v: string | null) => void }) {
  return (
    <Field.Root name={name} hint={hint}>
      <Field.Label>{label}</Field.Label>
      <TextInput value={value ?? ''} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value.trim() ? e.target.value : null)} />
      {hint ? <Field.Hint /> : null}
    </Field.Root>
  );
}

function LabelSelect({ label, labels, value, noneLabel, onChange }: { label: string; labels: string[]; value: string | null; noneLabel: string; onChange: (v: string | null) => void }) {
  return (
    <Field.Root name={label}>
      <Field.Label>{label}</Field.Label>
      <SingleSelect value={value ?? NONE} onChange={(v: string | number) => onChange(v === NONE ? null : String(v))}>
        <SingleSelectOption value={NONE}>{noneLabel}</SingleSelectOption>
        {labels.map((l) => (
          <SingleSelectOption key={l} value={l}>
            {l}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );
}

export function NoticeFields({ notice, onChange }: { notice: ParsedNotice; onChange: (patch: Partial<Editable>) => void }) {
  return (
    <Box>
      <Typography variant="delta" tag="h2">
        通知信息
      </Typography>
      <Grid.Root gap={3} paddingTop={3}>
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <Text name="title" label="标题" value={notice.title} onChange={(v) => onChange({ title: v ?? '' })} />
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          <Text name="docNumber" label="文号" value={notice.docNumber} hint="如 揭府办函〔2018〕40号" onChange={(v) => onChange({ docNumber: v })} />
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch">
          <Text name="issuer" label="发文机关" value={notice.issuer} onChange={(v) => onChange({ issuer: v })} />
        </Grid.Item>
        <Grid.Item col={4} direction="column" alignItems="stretch">
          <Text name="date" label="成文日期" value={notice.date} hint="YYYY-MM-DD" onChange={(v) => onChange({ date: v })} />
        </Grid.Item>
        <Grid.Item col={4} direction="column" alignItems="stretch">
          <LabelSelect label="公开方式" labels={Object.values(ENUM_LABELS.disclosureMode)} value={notice.disclosure} noneLabel="未注明（按主动公开）" onChange={(v) => onChange({ disclosure: v })} />
        </Grid.Item>
        <Grid.Item col={4} direction="column" alignItems="stretch">
          <LabelSelect label="文件类型" labels={Object.values(ENUM_LABELS.documentType)} value={notice.docTypeHint} noneLabel="未注明（按工作通知）" onChange={(v) => onChange({ docTypeHint: v })} />
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
}
