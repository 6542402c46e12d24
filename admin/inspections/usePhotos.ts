/** An inspection's photos, and attaching more (read from the file, sent as a data: URL; the server sniffs the type). */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { InspectionPhotoRecord, PhotoKind } from '../../domain/inspections';
import type { TrustdeskDataProvider } from '../providers/dataProvider';

export const photosKey = (inspectionId: number) => ['inspections', 'photos', inspectionId];

export function usePhotos(inspectionId: number | undefined) {
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  return useQuery<InspectionPhotoRecord[]>({
    queryKey: photosKey(inspectionId ?? 0),
    queryFn: async () => (await dataProvider.inspectionPhotos(inspectionId!)).data,
    enabled: inspectionId != null,
  });
}

const readAsDataUrl = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

export function useAttachPhotos(inspectionId: number) {
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const queryClient = useQueryClient();
  return useMutation({
    /** One file after another: the server counts them (at most 20 per inspection). */
    mutationFn: async ({ files, kind }: { files: File[]; kind: PhotoKind }) => {
      for (const file of files) {
        await dataProvider.uploadInspectionPhoto(inspectionId, { kind, content: await readAsDataUrl(file), caption: file.name.slice(0, 200) });
      }
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: photosKey(inspectionId) }),
  });
}
