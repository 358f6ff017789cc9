import * as React from 'react';
import { Alert, Badge, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Table, Tbody, Td, Textarea, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { isFetchError, useAuth, useFetchClient } from '@strapi/strapi/admin';
import type { Coverage, ImportResult } from '../api/types';

const JSON_EXAMPLE = `{
  "year": 2027,
  "holidays": [{ "date": "2027-01-01", "name": "元旦" }],
  "makeupWorkdays": [{ "date": "2027-02-06", "name": "春节" }]
}`;

function errorMessage(e: unknown): string {
  if (isFetchError(e)) return e.response?.data?.error?.message ?? e.message;
  return e instanceof Error ? e.message : String(e);
}

function ImpactList({ result }: { result: ImportResult }) {
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {result.years.map((y) => (
        <Box key={y.year} padding={3} background="neutral100" hasRadius>
          <Typography fontWeight="bold">
            {y.year} 年：放假 {y.holidays} 天，调休上班 {y.makeupWorkdays} 天
            {y.impact.replaces === 'bundled' ? '（替换内置数据）' : y.impact.replaces === 'override' ? '（替换此前载入的安排）' : '（新增年份）'}
          </Typography>
          {[
            ['新增放假', y.impact.addedHolidays],
            ['取消放假', y.impact.removedHolidays],
            ['新增调休上班', y.impact.addedMakeupWorkdays],
            ['取消调休上班', y.impact.removedMakeupWorkdays],
          ].map(([label, dates]) =>
            (dates as string[]).length ? (
              <Typography key={label as string} variant="pi" tag="p">
                {label}：{(dates as string[]).join('、')}
              </Typography>
            ) : null,
          )}
          {y.warnings.map((w) => (
            <Typography key={w} variant="pi" textColor="warning600" tag="p">
              {w}
            </Typography>
          ))}
        </Box>
      ))}
    </Flex>
  );
}

/** Covered years, a warning when next year is missing, and the import (super admins). */
export function CalendarSection() {
  const { get, post, del } = useFetchClient();
  const user = useAuth('CalendarSection', (s) => s.user);
  const isSuperAdmin = !!user?.roles?.some((r: any) => r.code === 'strapi-super-admin');
  const [coverage, setCoverage] = React.useState<Coverage | null>(null);
  const [format, setFormat] = React.useState<'json' | 'ics'>('json');
  const [text, setText] = React.useState('');
  const [preview, setPreview] = React.useState<ImportResult | null>(null);
  const [message, setMessage] = React.useState<{ variant: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = React.useState(false);

  const reload = React.useCallback(() => {
    get<{ data: Coverage }>('/deadlines/calendar').then(
      (res) => setCoverage(res.data.data),
      (e) => setMessage({ variant: 'danger', text: errorMessage(e) }),
    );
  }, [get]);
  React.useEffect(reload, []);

  const send = async (dryRun: boolean) => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await post<{ data: ImportResult }>('/deadlines/calendar/import', { format, text, dryRun });
      if (dryRun) setPreview(res.data.data);
      else {
        setPreview(null);
        setText('');
        setMessage({ variant: 'success', text: `已载入 ${res.data.data.years.map((y) => y.year).join('、')} 年节假日安排` });
        reload();
      }
    } catch (e) {
      setPreview(null);
      setMessage({ variant: 'danger', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const remove = async (year: number) => {
    if (!window.confirm(`删除 ${year} 年的载入安排？删除后该年使用内置数据（如有）。`)) return;
    try {
      await del(`/deadlines/calendar/${year}`);
      setMessage({ variant: 'success', text: `已删除 ${year} 年的载入安排` });
      reload();
    } catch (e) {
      setMessage({ variant: 'danger', text: errorMessage(e) });
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {coverage?.warnings.map((w) => (
        <Alert key={w} variant="warning" closeLabel="关闭" title="节假日安排">
          {w}
        </Alert>
      ))}
      {message ? (
        <Alert variant={message.variant} closeLabel="关闭" title={message.variant === 'success' ? '完成' : '出错了'} onClose={() => setMessage(null)}>
          {message.text}
        </Alert>
      ) : null}
      {coverage ? (
        <Box>
          <Typography variant="delta" tag="h2">
            已有安排的年份
          </Typography>
          <Typography tag="p">
            内置数据（{coverage.bundled.source}）：{coverage.bundled.years[0]}—{coverage.bundled.years[coverage.bundled.years.length - 1]} 年。
            今天：{coverage.today}；{coverage.nextYear} 年{coverage.nextYearCovered ? '已有安排' : '尚无安排'}。
          </Typography>
          {coverage.overrides.length ? (
            <Table colCount={6} rowCount={coverage.overrides.length + 1}>
              <Thead>
                <Tr>
                  <Th><Typography variant="sigma">年份</Typography></Th>
                  <Th><Typography variant="sigma">放假</Typography></Th>
                  <Th><Typography variant="sigma">调休上班</Typography></Th>
                  <Th><Typography variant="sigma">载入人</Typography></Th>
                  <Th><Typography variant="sigma">载入时间</Typography></Th>
                  <Th><Typography variant="sigma">操作</Typography></Th>
                </Tr>
              </Thead>
              <Tbody>
                {coverage.overrides.map((o) => (
                  <Tr key={o.year}>
                    <Td>
                      <Typography>{o.year}</Typography> {o.valid ? null : <Badge variant="danger" title={o.error}>无效</Badge>}
                    </Td>
                    <Td><Typography>{o.holidays}</Typography></Td>
                    <Td><Typography>{o.makeupWorkdays}</Typography></Td>
                    <Td><Typography>{o.importedBy ?? '-'}</Typography></Td>
                    <Td><Typography>{o.importedAt ? new Date(o.importedAt).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' }) : '-'}</Typography></Td>
                    <Td>
                      {isSuperAdmin ? (
                        <Button variant="danger-light" size="S" onClick={() => remove(o.year)}>
                          删除
                        </Button>
                      ) : null}
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          ) : (
            <Typography tag="p" textColor="neutral600">
              尚无管理员载入的安排。
            </Typography>
          )}
        </Box>
      ) : null}

      <Box>
        <Typography variant="delta" tag="h2">
          载入或更正某年安排
        </Typography>
        {isSuperAdmin ? (
          <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
            <Typography tag="p" variant="pi" textColor="neutral600">
              载入的年份整体替换内置数据中的同一年，请填写该年全部放假日期和调休上班日期。ICS 格式中，标题含“休”“假”为放假，含“班”为调休上班。
            </Typography>
            <Box maxWidth="240px">
              <SingleSelect aria-label="格式" value={format} onChange={(v) => { setFormat(v as 'json' | 'ics'); setPreview(null); }}>
                <SingleSelectOption value="json">JSON</SingleSelectOption>
                <SingleSelectOption value="ics">ICS（iCalendar）</SingleSelectOption>
              </SingleSelect>
            </Box>
            <Field.Root name="calendar-text" hint={format === 'json' ? `例如：${JSON_EXAMPLE}` : 'BEGIN:VCALENDAR … BEGIN:VEVENT / DTSTART;VALUE=DATE:20271001 / DTEND;VALUE=DATE:20271008 / SUMMARY:国庆节(休) …'}>
              <Field.Label>安排内容</Field.Label>
              <Textarea value={text} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => { setText(e.target.value); setPreview(null); }} rows={12} />
              <Field.Hint />
            </Field.Root>
            <Flex gap={2}>
              <Button variant="secondary" loading={busy} disabled={!text.trim()} onClick={() => send(true)}>
                预览变化
              </Button>
              <Button loading={busy} disabled={!preview} onClick={() => send(false)}>
                确认载入
              </Button>
            </Flex>
            {preview ? <ImpactList result={preview} /> : null}
          </Flex>
        ) : (
          <Typography tag="p" textColor="neutral600">
            只有超级管理员可以载入或更正节假日安排。
          </Typography>
        )}
      </Box>
    </Flex>
  );
}
