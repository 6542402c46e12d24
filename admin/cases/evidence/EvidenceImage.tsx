/**
 * An evidence image, loaded only from an allowed host (./evidenceHosts.ts); otherwise, or when it
 * fails to load (gone, moved, unreachable), a notice that says which, with the link to the file.
 */
import { useState } from 'react';
import { Alert, Box, Link } from '@mui/material';
import { useTranslate } from 'react-admin';
import { hostOf, mayLoad } from './evidenceHosts';

interface EvidenceImageProps {
  url: string;
  alt: string;
  /** 1 fits the image in the viewer; more enlarges it (the viewer scrolls). */
  zoom: number;
}

export function EvidenceImage({ url, alt, zoom }: EvidenceImageProps) {
  const translate = useTranslate();
  const [broken, setBroken] = useState(false);
  if (!mayLoad(url) || broken)
    return (
      <Alert severity={broken ? 'error' : 'info'} sx={{ maxWidth: 640, mx: 'auto' }}>
        {broken ? translate('td.cases.evidence.broken') : translate('td.cases.evidence.not_loaded', { host: hostOf(url) })}
        <Box sx={{ mt: 1, overflowWrap: 'anywhere' }}>
          <Link href={url} target="_blank" rel="noopener noreferrer">
            {url}
          </Link>
        </Box>
      </Alert>
    );
  const fit = zoom === 1;
  return (
    <Box
      component="img"
      src={url}
      alt={alt}
      referrerPolicy="no-referrer"
      onError={() => setBroken(true)}
      sx={{ display: 'block', mx: 'auto', ...(fit ? { maxWidth: '100%', maxHeight: '70vh' } : { width: `${zoom * 100}%`, maxWidth: 'none' }) }}
    />
  );
}
