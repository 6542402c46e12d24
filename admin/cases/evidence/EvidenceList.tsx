/** A case's evidence: text as quotes, links as links, images as thumbnails that open the full image. */
import { useState } from 'react';
import { Box, Link, Stack, Typography } from '@mui/material';
import BrokenImageIcon from '@mui/icons-material/BrokenImageOutlined';
import LinkIcon from '@mui/icons-material/Link';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord, EvidenceItem } from '../../domain/cases';
import { Quote } from '../common/Quote';

/** Evidence items have no id: each is keyed by its content (and, for a repeated item, its repetition). */
function keyed(items: EvidenceItem[]) {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const content = `${item.kind}|${item.url ?? ''}|${item.text ?? ''}`;
    const n = seen.get(content) ?? 0;
    seen.set(content, n + 1);
    return { key: `${content}|${n}`, item };
  });
}

export function EvidenceList() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const items = keyed(record?.evidence ?? []);
  if (!items.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('td.cases.evidence.none')}
      </Typography>
    );
  const images = items.filter(({ item }) => item.kind === 'image');
  return (
    <Stack spacing={1.5}>
      {items
        .filter(({ item }) => item.kind !== 'image')
        .map(({ key, item }) => (
          <EvidenceEntry key={key} item={item} />
        ))}
      {images.length > 0 && (
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
          {images.map(({ key, item }) => (
            <Thumbnail key={key} item={item} />
          ))}
        </Box>
      )}
    </Stack>
  );
}

function EvidenceEntry({ item }: { item: EvidenceItem }) {
  if (item.kind === 'text') return <Quote>{item.text ?? ''}</Quote>;
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <LinkIcon fontSize="small" color="action" />
      <Link href={item.url ?? undefined} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ overflowWrap: 'anywhere' }}>
        {item.text || item.url}
      </Link>
    </Box>
  );
}

const THUMB = 120;

/** Evidence hosts can be slow or gone: a broken image becomes a placeholder that still links to the file. */
function Thumbnail({ item }: { item: EvidenceItem }) {
  const translate = useTranslate();
  const [broken, setBroken] = useState(false);
  const name = item.text || item.url?.split('/').pop() || translate('td.evidenceKind.image');
  return (
    <Link href={item.url ?? undefined} target="_blank" rel="noopener noreferrer" title={item.url ?? ''} underline="none" sx={{ width: THUMB }}>
      {broken ? (
        <Box sx={{ width: THUMB, height: THUMB, bgcolor: 'action.hover', borderRadius: 1, display: 'grid', placeItems: 'center', color: 'text.secondary' }}>
          <BrokenImageIcon />
        </Box>
      ) : (
        <Box
          component="img"
          src={item.url ?? undefined}
          alt={name}
          onError={() => setBroken(true)}
          sx={{ width: THUMB, height: THUMB, objectFit: 'cover', borderRadius: 1, display: 'block', bgcolor: 'action.hover' }}
        />
      )}
      <Typography variant="caption" color="text.secondary" noWrap component="div">
        {name}
      </Typography>
    </Link>
  );
}
