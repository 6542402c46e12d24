/**
 * A case's evidence: texts as quotes, links as links, images as thumbnails (only from allowed
 * hosts; others as a tile naming their host). Each opens the viewer, which steps through them all.
 */
import { useState } from 'react';
import { Box, ButtonBase, Link, Stack, Typography } from '@mui/material';
import ExternalImageIcon from '@mui/icons-material/ImageNotSupportedOutlined';
import LinkIcon from '@mui/icons-material/Link';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord, EvidenceItem } from '../../../domain/cases';
import { Quote } from '../../common/Quote';
import { hostOf, mayLoad } from './evidenceHosts';
import { EvidenceViewer, evidenceName } from './EvidenceViewer';

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
  const [shown, setShown] = useState<number | null>(null);
  const all = keyed(record?.evidence ?? []);
  // As listed: texts and links, then the images; the viewer steps through them in this order.
  const items = [...all.filter(({ item }) => item.kind !== 'image'), ...all.filter(({ item }) => item.kind === 'image')];
  if (!items.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('td.cases.evidence.none')}
      </Typography>
    );
  const firstImage = items.findIndex(({ item }) => item.kind === 'image');
  return (
    <>
      <Stack spacing={1.5}>
        {items.slice(0, firstImage < 0 ? items.length : firstImage).map(({ key, item }, i) => (
          <EvidenceEntry key={key} item={item} onView={() => setShown(i)} />
        ))}
        {firstImage >= 0 && (
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
            {items.slice(firstImage).map(({ key, item }, i) => (
              <Thumbnail key={key} item={item} onView={() => setShown(firstImage + i)} />
            ))}
          </Box>
        )}
      </Stack>
      <EvidenceViewer items={items.map(({ item }) => item)} index={shown} onIndex={setShown} onClose={() => setShown(null)} />
    </>
  );
}

function EvidenceEntry({ item, onView }: { item: EvidenceItem; onView: () => void }) {
  const translate = useTranslate();
  const view = (
    <Link component="button" variant="body2" onClick={onView} sx={{ flexShrink: 0 }}>
      {translate('td.cases.evidence.view')}
    </Link>
  );
  if (item.kind === 'text')
    return (
      <Box sx={{ display: 'flex', gap: 1, alignItems: 'flex-start' }}>
        <Box sx={{ flex: 1, minWidth: 0 }}>
          <Quote>{item.text ?? ''}</Quote>
        </Box>
        {view}
      </Box>
    );
  return (
    <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
      <LinkIcon fontSize="small" color="action" />
      <Link href={item.url ?? undefined} target="_blank" rel="noopener noreferrer" variant="body2" sx={{ overflowWrap: 'anywhere', flex: 1 }}>
        {item.text || item.url}
      </Link>
      {view}
    </Box>
  );
}

const THUMB = 120;

/** An image's tile: the picture when its host is allowed, else a tile naming the host (nothing fetched). */
function Thumbnail({ item, onView }: { item: EvidenceItem; onView: () => void }) {
  const translate = useTranslate();
  const [broken, setBroken] = useState(false);
  const name = evidenceName(item) || translate('td.evidenceKind.image');
  const loadable = mayLoad(item.url) && !broken;
  return (
    <ButtonBase
      onClick={onView}
      aria-label={translate('td.cases.evidence.open', { name })}
      sx={{ width: THUMB, display: 'block', textAlign: 'left', borderRadius: 1, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
    >
      {loadable ? (
        <Box
          component="img"
          src={item.url ?? undefined}
          alt=""
          loading="lazy"
          referrerPolicy="no-referrer"
          onError={() => setBroken(true)}
          sx={{ width: THUMB, height: THUMB, objectFit: 'cover', borderRadius: 1, display: 'block', bgcolor: 'action.hover' }}
        />
      ) : (
        <Box
          sx={{ width: THUMB, height: THUMB, bgcolor: 'action.hover', borderRadius: 1, display: 'grid', placeItems: 'center', color: 'text.secondary', p: 1 }}
        >
          <ExternalImageIcon />
          <Typography variant="caption" sx={{ textAlign: 'center', overflowWrap: 'anywhere' }}>
            {broken ? translate('td.cases.evidence.broken_short') : hostOf(item.url)}
          </Typography>
        </Box>
      )}
      <Typography variant="caption" color="text.secondary" noWrap component="div">
        {name}
      </Typography>
    </ButtonBase>
  );
}
