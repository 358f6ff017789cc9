import { Badge, Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import type { UnitReport } from '../api/types';

// Units named in the text (R5): matched to the directory, groups kept as text, and unknown
// ones — created only when the editor confirms.
export function UnitsPanel({ units, confirmed, onConfirm }: { units: UnitReport; confirmed: boolean; onConfirm: (v: boolean) => void }) {
  return (
    <Box>
      <Typography variant="delta" tag="h2">
        单位
      </Typography>
      <Flex direction="column" alignItems="stretch" gap={2} paddingTop={2}>
        <Typography tag="p">
          已匹配单位目录 {units.matched.length} 个：{units.matched.map((m) => (m.text === m.name ? m.name : `${m.text}（${m.name}）`)).join('、') || '无'}
        </Typography>
        {units.groups.length ? (
          <Typography tag="p" textColor="neutral600">
            泛指的单位（只保存为文字，不建单位）：{units.groups.join('、')}
          </Typography>
        ) : null}
        {units.unknown.length ? (
          <Box padding={3} background="warning100" hasRadius>
            <Typography tag="p" fontWeight="bold">
              单位目录中没有以下 {units.unknown.length} 个单位：
            </Typography>
            <Flex gap={1} wrap="wrap" paddingTop={2} paddingBottom={2}>
              {units.unknown.map((u) => (
                <Badge key={u}>{u}</Badge>
              ))}
            </Flex>
            <Checkbox checked={confirmed} onCheckedChange={(v: boolean | 'indeterminate') => onConfirm(v === true)}>
              确认新建这些单位
            </Checkbox>
            <Typography tag="p" variant="pi" textColor="neutral600">
              如是目录中已有单位的其他写法，请在任务表中改为目录中的名称。
            </Typography>
          </Box>
        ) : (
          <Typography tag="p" textColor="success600">
            所有单位均已在单位目录中。
          </Typography>
        )}
      </Flex>
    </Box>
  );
}
