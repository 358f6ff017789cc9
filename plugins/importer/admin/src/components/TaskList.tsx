import { Box, Button, Table, Tbody, Td, TextInput, Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ParsedTask } from '../api/types';

// The task table (R2) as parsed: where each task sits (path), its title, units and deadline,
// all editable. Unit lists are edited as text ("市编办、市有关单位"); see ../api/unit-text.ts.
export interface UnitDraft {
  lead: string;
  responsible: string;
}

interface Props {
  tasks: ParsedTask[];
  units: UnitDraft[];
  onTask: (index: number, patch: Partial<ParsedTask>) => void;
  onUnits: (index: number, patch: Partial<UnitDraft>) => void;
  onShowLine: (line: number) => void;
}

const cell = (label: string, value: string, onChange: (v: string) => void) => (
  <TextInput aria-label={label} size="S" value={value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)} />
);

export function TaskList({ tasks, units, onTask, onUnits, onShowLine }: Props) {
  return (
    <Box>
      <Typography variant="delta" tag="h2">
        任务分解表（{tasks.length} 项）
      </Typography>
      {tasks.length === 0 ? (
        <Typography tag="p" textColor="neutral600">
          未识别到任务。
        </Typography>
      ) : (
        <Box paddingTop={3} style={{ overflowX: 'auto' }}>
          <Table colCount={6} rowCount={tasks.length + 1}>
            <Thead>
              <Tr>
                <Th><Typography variant="sigma">位置</Typography></Th>
                <Th><Typography variant="sigma">工作任务</Typography></Th>
                <Th><Typography variant="sigma">牵头单位</Typography></Th>
                <Th><Typography variant="sigma">责任单位</Typography></Th>
                <Th><Typography variant="sigma">完成时限</Typography></Th>
                <Th><Typography variant="sigma">期限日期</Typography></Th>
              </Tr>
            </Thead>
            <Tbody>
              {tasks.map((t, i) => (
                <Tr key={i}>
                  <Td style={{ whiteSpace: 'normal', minWidth: 140 }}>
                    <Typography variant="pi" textColor="neutral600">
                      {[...t.path, t.number].filter(Boolean).join(' › ')}
                    </Typography>
                    <Button variant="ghost" size="S" onClick={() => onShowLine(t.line)}>
                      原文第 {t.line} 行
                    </Button>
                  </Td>
                  <Td style={{ minWidth: 220 }}>{cell(`任务 ${i + 1} 工作任务`, t.title, (v) => onTask(i, { title: v }))}</Td>
                  <Td style={{ minWidth: 160 }}>{cell(`任务 ${i + 1} 牵头单位`, units[i]?.lead ?? '', (v) => onUnits(i, { lead: v }))}</Td>
                  <Td style={{ minWidth: 200 }}>{cell(`任务 ${i + 1} 责任单位`, units[i]?.responsible ?? '', (v) => onUnits(i, { responsible: v }))}</Td>
                  <Td style={{ minWidth: 110 }}>{cell(`任务 ${i + 1} 完成时限`, t.deadlineText ?? '', (v) => onTask(i, { deadlineText: v.trim() ? v : null }))}</Td>
                  <Td style={{ minWidth: 120 }}>{cell(`任务 ${i + 1} 期限日期（YYYY-MM-DD）`, t.deadline ?? '', (v) => onTask(i, { deadline: v.trim() ? v.trim() : null }))}</Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        </Box>
      )}
    </Box>
  );
}
