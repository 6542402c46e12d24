/**
 * The evidence of a case, one item at a time, without leaving the case: images with zoom, texts
 * and links as documents, previous / next (← →), zoom (+ − 0). Nothing outside the app is fetched
 * unless its host is allowed (EvidenceImage).
 */
import { useState, type KeyboardEvent } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Link, Stack, Typography, useMediaQuery, type Theme } from '@mui/material';
import CloseIcon from '@mui/icons-material/Close';
import NextIcon from '@mui/icons-material/NavigateNext';
import PreviousIcon from '@mui/icons-material/NavigateBefore';
import ZoomInIcon from '@mui/icons-material/ZoomIn';
import ZoomOutIcon from '@mui/icons-material/ZoomOut';
import { useTranslate } from 'react-admin';
import type { EvidenceItem } from '../../../domain/cases';
import { Quote } from '../../common/Quote';
import { EvidenceImage } from './EvidenceImage';
import { hostOf } from './evidenceHosts';

const ZOOMS = [1, 1.5, 2, 3, 4];

interface EvidenceViewerProps {
  items: EvidenceItem[];
  /** The item shown; null: closed. */
  index: number | null;
  onIndex: (index: number) => void;
  onClose: () => void;
}

/** A name for an item: its caption, else the file's name. */
export const evidenceName = (item: EvidenceItem) => item.text || item.url?.split('/').pop() || '';

export function EvidenceViewer({ items, index, onIndex, onClose }: EvidenceViewerProps) {
  const translate = useTranslate();
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'));
  // The zoom of the item shown: each item opens fitted.
  const [zoomed, setZoomed] = useState({ index, zoom: 0 });
  const zoom = zoomed.index === index ? zoomed.zoom : 0;
  const setZoom = (z: number) => setZoomed({ index, zoom: Math.min(ZOOMS.length - 1, Math.max(0, z)) });
  const item = index == null ? null : items[index];
  const go = (step: number) => index != null && onIndex((index + step + items.length) % items.length);
  const onKeyDown = (e: KeyboardEvent) => {
    if ((e.target as HTMLElement).tagName === 'TEXTAREA') return;
    if (e.key === 'ArrowLeft') go(-1);
    else if (e.key === 'ArrowRight') go(1);
    else if (e.key === '+' || e.key === '=') setZoom(zoom + 1);
    else if (e.key === '-') setZoom(zoom - 1);
    else if (e.key === '0') setZoom(0);
    else return;
    e.preventDefault();
  };
  return (
    <Dialog open={!!item} onClose={onClose} fullWidth maxWidth="lg" fullScreen={phone} onKeyDown={onKeyDown} aria-labelledby="evidence-viewer-title">
      <DialogTitle id="evidence-viewer-title" sx={{ display: 'flex', alignItems: 'center', gap: 1, pr: 6 }}>
        {translate('td.cases.evidence.viewer_title', { n: (index ?? 0) + 1, total: items.length })}
        {item && (
          <Typography component="span" variant="body2" color="text.secondary" noWrap>
            · {translate(`td.evidenceKind.${item.kind}`)} {item.kind !== 'text' && `· ${evidenceName(item)}`}
          </Typography>
        )}
        <IconButton aria-label={translate('ra.action.close')} onClick={onClose} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers sx={{ minHeight: '50vh', overflow: 'auto' }}>
        {/* One per image (key): whether the previous one failed to load says nothing about this one. */}
        {item?.kind === 'image' && item.url && <EvidenceImage key={index} url={item.url} alt={evidenceName(item)} zoom={ZOOMS[zoom]} />}
        {item?.kind === 'text' && (
          <Box sx={{ fontSize: `${ZOOMS[zoom]}rem`, maxWidth: 880, mx: 'auto', '& blockquote': { fontSize: 'inherit' } }}>
            <Quote>{item.text ?? ''}</Quote>
          </Box>
        )}
        {item?.kind === 'url' && item.url && <LinkDocument url={item.url} caption={item.text} />}
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', gap: 1 }}>
        <Button startIcon={<PreviousIcon />} onClick={() => go(-1)} disabled={items.length < 2}>
          {translate('td.cases.evidence.previous')}
        </Button>
        <Button endIcon={<NextIcon />} onClick={() => go(1)} disabled={items.length < 2}>
          {translate('td.cases.evidence.next')}
        </Button>
        <Box sx={{ flex: 1 }} />
        {item?.kind !== 'url' && (
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button startIcon={<ZoomOutIcon />} onClick={() => setZoom(zoom - 1)} disabled={zoom === 0}>
              {translate('td.cases.evidence.zoom_out')}
            </Button>
            <Typography variant="body2" sx={{ minWidth: 48, textAlign: 'center' }} aria-live="polite">
              {ZOOMS[zoom] * 100}%
            </Typography>
            <Button startIcon={<ZoomInIcon />} onClick={() => setZoom(zoom + 1)} disabled={zoom === ZOOMS.length - 1}>
              {translate('td.cases.evidence.zoom_in')}
            </Button>
          </Stack>
        )}
      </DialogActions>
    </Dialog>
  );
}

/** A link as evidence: where it points and a way to open it (in a new tab, telling the site nothing of this page). */
function LinkDocument({ url, caption }: { url: string; caption?: string | null }) {
  const translate = useTranslate();
  return (
    <Stack spacing={1} sx={{ maxWidth: 720, mx: 'auto', py: 2 }}>
      {caption && <Typography variant="h6">{caption}</Typography>}
      <Typography variant="body2" color="text.secondary">
        {translate('td.cases.evidence.link_on', { host: hostOf(url) })}
      </Typography>
      <Link href={url} target="_blank" rel="noopener noreferrer" sx={{ overflowWrap: 'anywhere' }}>
        {url}
      </Link>
    </Stack>
  );
}
