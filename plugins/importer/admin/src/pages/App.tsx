import * as React from 'react';
import { Link } from 'react-router-dom';
import { Alert, Box, Button, Field, Flex, Grid, LinkButton, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useAuth, useFetchClient } from '@strapi/strapi/admin';
import type { Category, CommitReport, ParseResult, ParsedTask, Preview } from '../api/types';
import { apiError } from '../api/errors';
import { joinUnits, splitUnitText } from '../api/unit-text';
import { SourcePane } from '../components/SourcePane';
import { NoticeFields } from '../components/NoticeFields';
import { TaskList, type UnitDraft } from '../components/TaskList';
import { UnitsPanel } from '../components/UnitsPanel';

// 公文导入 (R41): upload a .txt/.md/.docx notice → the parsed result beside the source →
// fix fields, tasks and units → create the draft notice with its task table in one go.
const IMPORT_ROLES = ['gk-editor', 'strapi-super-admin'];
const NOTICE_UID = 'api::notice.notice';

type Message = { variant: 'success' | 'danger' | 'warning'; title: string; text: string };

const unitDrafts = (tasks: ParsedTask[]): UnitDraft[] => tasks.map((t) => ({ lead: joinUnits(t.leadUnits), responsible: joinUnits(t.responsibleUnits) }));

export default function App() {
  const { post, get } = useFetchClient();
  const user = useAuth('ImporterPage', (s) => s.user);
  const mayImport = !!user?.roles?.some((r: any) => IMPORT_ROLES.includes(r.code));

  const [busy, setBusy] = React.useState(false);
  const [message, setMessage] = React.useState<Message | null>(null);
  const [preview, setPreview] = React.useState<Preview | null>(null);
  const [result, setResult] = React.useState<ParseResult | null>(null);
  const [units, setUnits] = React.useState<UnitDraft[]>([]);
  const [unknown, setUnknown] = React.useState<string[]>([]);
  const [confirmed, setConfirmed] = React.useState(false);
  const [categories, setCategories] = React.useState<Category[]>([]);
  const [category, setCategory] = React.useState<string>('');
  const [line, setLine] = React.useState<number | null>(null);
  const [done, setDone] = React.useState<CommitReport | null>(null);
  const fileInput = React.useRef<HTMLInputElement>(null);

  React.useEffect(() => {
    if (!mayImport) return;
    get<{ data: { default: string; categories: Category[] } }>('/importer/categories').then(
      (res) => {
        setCategories(res.data.data.categories);
        setCategory(res.data.data.default);
      },
      (e) => setMessage({ variant: 'danger', title: '无法读取公开目录', text: apiError(e).message }),
    );
  }, [mayImport]);

  const reset = () => {
    setPreview(null);
    setResult(null);
    setUnits([]);
    setUnknown([]);
    setConfirmed(false);
    setLine(null);
    setDone(null);
    if (fileInput.current) fileInput.current.value = '';
  };

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    reset();
    setMessage(null);
    setBusy(true);
    try {
      const form = new FormData();
      form.append('file', file, file.name);
      const res = await post<{ data: Preview }>('/importer/preview', form);
      const p = res.data.data;
      setPreview(p);
      setResult(p.result);
      setUnits(unitDrafts(p.result.tasks));
      setUnknown(p.units.unknown);
    } catch (e) {
      const err = apiError(e);
      setMessage({ variant: 'danger', title: '无法导入此文件，未写入任何内容', text: err.message });
    } finally {
      setBusy(false);
    }
  };

  // A unit cell the editor did not touch keeps the parser's list as it was (a garbled cell
  // with unbalanced brackets would not split back the same way).
  const unitList = (text: string, parsed: string[]) => (text === joinUnits(parsed) ? parsed : splitUnitText(text));
  const editedResult = (): ParseResult => ({
    ...result!,
    tasks: result!.tasks.map((t, i) => ({ ...t, leadUnits: unitList(units[i].lead, t.leadUnits), responsibleUnits: unitList(units[i].responsible, t.responsibleUnits) })),
  });

  const commit = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const res = await post<{ data: CommitReport }>('/importer/commit', {
        result: editedResult(),
        confirmNewUnits: confirmed ? unknown : false,
        categorySlug: category || undefined,
      });
      setDone(res.data.data);
      setMessage({ variant: 'success', title: '已创建草稿', text: `通知及任务分解表（${res.data.data.taskCount} 项任务）已保存为草稿，需经三审后方可发布。` });
    } catch (e) {
      const err = apiError(e);
      if (err.details?.code === 'unknown-units') {
        // Edited units the preview did not list: show them all and ask again.
        setUnknown((prev) => [...new Set([...prev, ...(err.details.unknown as string[])])]);
        setConfirmed(false);
      }
      setMessage({ variant: 'danger', title: '未能创建草稿，未写入任何内容', text: err.message });
    } finally {
      setBusy(false);
    }
  };

  const alert = message ? (
    <Alert variant={message.variant} title={message.title} closeLabel="关闭" onClose={() => setMessage(null)}>
      {message.text}
    </Alert>
  ) : null;
  const links = done ? (
    <Flex gap={2}>
      <LinkButton tag={Link} to={`/content-manager/collection-types/${NOTICE_UID}/${done.notice.documentId}`}>
        打开草稿通知
      </LinkButton>
      {done.forwards.map((f) => (
        <LinkButton key={f.documentId} variant="secondary" tag={Link} to={`/content-manager/collection-types/${NOTICE_UID}/${f.documentId}`}>
          {f.created ? '打开转发的文件' : '已有的被转发文件'}：{f.docNumber ?? f.title}
        </LinkButton>
      ))}
      <Button variant="tertiary" onClick={reset}>
        继续导入
      </Button>
    </Flex>
  ) : null;

  const canCommit = !!result && !busy && !done && (unknown.length === 0 || confirmed);

  return (
    <Page.Main>
      <Page.Title>公文导入</Page.Title>
      <Layouts.Header title="公文导入" subtitle="上传纯文本（.txt）、Markdown（.md）或 Word（.docx）格式的通知，对照原文核对解析结果，确认后创建草稿通知及任务分解表" />
      <Layouts.Content>
        {!mayImport ? (
          <Typography tag="p">只有编辑和超级管理员可以导入公文。</Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={4}>
            {message && !result ? alert : null}
            <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
              <Field.Root name="importer-file" hint="支持 .txt、.md、.docx；文件须含标题或文号，任务表可为制表符分隔的表格或“（牵头单位：…；责任单位：…）”形式的编号段落。">
                <Field.Label>选择文件</Field.Label>
                <input ref={fileInput} type="file" accept=".txt,.md,.markdown,.docx" disabled={busy} onChange={(e) => onFile(e.target.files?.[0])} />
                <Field.Hint />
              </Field.Root>
            </Box>
            {preview && result ? (
              <Grid.Root gap={4}>
                <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
                  <SourcePane fileName={preview.fileName} source={preview.source} highlight={line} />
                </Grid.Item>
                <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
                  <Flex direction="column" alignItems="stretch" gap={5} background="neutral0" hasRadius shadow="tableShadow" padding={4}>
                    {result.warnings.length ? (
                      <Alert variant="warning" title="请核对" closeLabel="关闭">
                        <ul>
                          {result.warnings.map((w) => (
                            <li key={w}>{w}</li>
                          ))}
                        </ul>
                      </Alert>
                    ) : null}
                    <NoticeFields notice={result.notice} onChange={(patch) => setResult({ ...result, notice: { ...result.notice, ...patch } })} />
                    {result.notice.forwards.length ? (
                      <Box>
                        <Typography variant="delta" tag="h2">
                          转发的文件
                        </Typography>
                        {result.notice.forwards.map((f, i) => (
                          <Typography key={i} tag="p">
                            《{f.title}》{f.docNumber ? `（${f.docNumber}）` : ''}，{f.issuer ?? '发文机关不详'}，任务 {f.tasks?.length ?? 0} 项——将作为单独的草稿通知保存并关联；文号已存在时关联已有通知。
                          </Typography>
                        ))}
                      </Box>
                    ) : null}
                    <TaskList
                      tasks={result.tasks}
                      units={units}
                      onTask={(i, patch) => setResult({ ...result, tasks: result.tasks.map((t, j) => (j === i ? { ...t, ...patch } : t)) })}
                      onUnits={(i, patch) => setUnits(units.map((u, j) => (j === i ? { ...u, ...patch } : u)))}
                      onShowLine={setLine}
                    />
                    <UnitsPanel units={{ ...preview.units, unknown }} confirmed={confirmed} onConfirm={setConfirmed} />
                    <Field.Root name="category">
                      <Field.Label>公开目录栏目</Field.Label>
                      <SingleSelect value={category} onChange={(v: string | number) => setCategory(String(v))}>
                        {categories.map((c) => (
                          <SingleSelectOption key={c.slug} value={c.slug}>
                            {c.name}
                          </SingleSelectOption>
                        ))}
                      </SingleSelect>
                    </Field.Root>
                    {message ? alert : null}
                    {done ? links : null}
                    <Flex gap={2}>
                      <Button onClick={commit} loading={busy} disabled={!canCommit}>
                        创建草稿
                      </Button>
                      {unknown.length && !confirmed ? (
                        <Typography variant="pi" textColor="neutral600">
                          请先确认新建单位，或把它们改为单位目录中的名称。
                        </Typography>
                      ) : null}
                    </Flex>
                  </Flex>
                </Grid.Item>
              </Grid.Root>
            ) : null}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
}
