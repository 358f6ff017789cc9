import * as React from 'react';
import { Box, Typography } from '@strapi/design-system';

// The decoded source text with line numbers (R41: errors and warnings name lines), so the
// editor can check the parsed fields against it side by side.
export const lineId = (n: number) => `importer-source-line-${n}`;

export function SourcePane({ fileName, source, highlight }: { fileName: string; source: string; highlight: number | null }) {
  const lines = React.useMemo(() => source.replace(/\r\n?/g, '\n').split('\n'), [source]);
  React.useEffect(() => {
    if (highlight) document.getElementById(lineId(highlight))?.scrollIntoView({ block: 'center' });
  }, [highlight]);
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={4}>
      <Typography variant="delta" tag="h2">
        原文：{fileName}（{lines.length} 行）
      </Typography>
      <Box
        marginTop={3}
        style={{ maxHeight: '75vh', overflow: 'auto', fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: 13, lineHeight: 1.6 }}
        tabIndex={0}
        aria-label="原文"
      >
        <ol style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {lines.map((line, i) => (
            <li
              key={i}
              id={lineId(i + 1)}
              style={{ display: 'flex', background: highlight === i + 1 ? '#fff3c4' : undefined, whiteSpace: 'pre-wrap', wordBreak: 'break-all' }}
            >
              <span aria-hidden style={{ flex: '0 0 3.5em', textAlign: 'right', paddingRight: '1em', color: '#8e8ea9', userSelect: 'none' }}>
                {i + 1}
              </span>
              <span style={{ flex: 1 }}>{line || '\u00a0'}</span>
            </li>
          ))}
        </ol>
      </Box>
    </Box>
  );
}
