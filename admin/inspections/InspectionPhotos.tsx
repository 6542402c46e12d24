/**
 * The photos of an inspection (item, hallmark, certificate) as thumbnails that open the evidence
 * viewer; those at the bench attach more while the parcel is received or being inspected.
 */
import { useRef, useState } from 'react';
import { Alert, Box, ButtonBase, MenuItem, Skeleton, TextField, Typography } from '@mui/material';
import AddPhotoIcon from '@mui/icons-material/AddAPhoto';
import { useTranslate } from 'react-admin';
import { PHOTO_KINDS, PHOTO_STATUSES, type InspectionPhotoRecord, type InspectionRecord, type PhotoKind } from '../../domain/inspections';
import { canAccess } from '../../domain/roles';
import { ActionButton } from '../common/ActionButton';
import { useStaffUser } from '../common/useActor';
import { EvidenceViewer } from '../cases/evidence/EvidenceViewer';
import { useAttachPhotos, usePhotos } from './usePhotos';

const THUMB = 112;

export function InspectionPhotos({ inspection, attach = true }: { inspection: InspectionRecord; attach?: boolean }) {
  const translate = useTranslate();
  const user = useStaffUser();
  const { data: photos, isPending, error } = usePhotos(inspection.id);
  const [shown, setShown] = useState<number | null>(null);
  const mayAttach = attach && canAccess(user?.role, { action: 'attachPhoto', resource: 'inspections' }) && PHOTO_STATUSES.includes(inspection.status);
  const kindLabel = (p: InspectionPhotoRecord) => translate(`td.photoKind.${p.kind}`);
  const items = (photos ?? []).map((p) => ({ kind: 'image' as const, url: p.url, text: `${kindLabel(p)}${p.caption ? ` · ${p.caption}` : ''}` }));
  return (
    <Box>
      {isPending && <Skeleton variant="rounded" height={THUMB} width={THUMB} />}
      {error && <Alert severity="error">{(error as Error).message}</Alert>}
      {photos && !photos.length && (
        <Typography variant="body2" color="text.secondary">
          {translate('td.inspections.photos.none')}
        </Typography>
      )}
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1.5 }}>
        {photos?.map((p, i) => (
          <ButtonBase
            key={p.id}
            onClick={() => setShown(i)}
            aria-label={translate('td.inspections.photos.open', { name: kindLabel(p) })}
            sx={{ width: THUMB, display: 'block', textAlign: 'left', borderRadius: 1, '&:focus-visible': { outline: 2, outlineColor: 'primary.main' } }}
          >
            <Box
              component="img"
              src={p.url}
              alt=""
              loading="lazy"
              sx={{ width: THUMB, height: THUMB, objectFit: 'cover', borderRadius: 1, display: 'block', bgcolor: 'action.hover' }}
            />
            <Typography variant="caption" color="text.secondary" noWrap component="div">
              {kindLabel(p)}
            </Typography>
          </ButtonBase>
        ))}
      </Box>
      {mayAttach && <AttachPhotos inspectionId={inspection.id} />}
      <EvidenceViewer items={items} index={shown} onIndex={setShown} onClose={() => setShown(null)} />
    </Box>
  );
}

/** Kind, then the file chooser (a phone offers its camera); each chosen file is uploaded. */
export function AttachPhotos({ inspectionId }: { inspectionId: number }) {
  const translate = useTranslate();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<PhotoKind>('item');
  const { mutate, isPending, error, reset } = useAttachPhotos(inspectionId);
  return (
    <Box sx={{ mt: 1.5 }}>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <TextField
          select
          size="small"
          label={translate('td.inspections.photos.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as PhotoKind)}
          fullWidth={false}
          sx={{ width: 180 }}
        >
          {PHOTO_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`td.photoKind.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <ActionButton
          label="td.inspections.photos.attach"
          icon={<AddPhotoIcon />}
          variant="outlined"
          disabled={isPending}
          onClick={() => input.current?.click()}
        />
        {isPending && (
          <Typography variant="body2" color="text.secondary" role="status">
            {translate('td.inspections.photos.uploading')}
          </Typography>
        )}
        <input
          ref={input}
          type="file"
          accept="image/jpeg,image/png,image/webp,image/heic,image/heif"
          multiple
          hidden
          aria-label={translate('td.inspections.photos.attach')}
          onChange={(e) => {
            const files = Array.from(e.target.files ?? []);
            e.target.value = '';
            reset();
            if (files.length) mutate({ files, kind });
          }}
        />
      </Box>
      {error && (
        <Alert severity="error" sx={{ mt: 1 }}>
          {(error as Error).message}
        </Alert>
      )}
    </Box>
  );
}
