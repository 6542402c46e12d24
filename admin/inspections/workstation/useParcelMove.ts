/**
 * A lifecycle move made from the workstation: the answer's errors are kept (message and field
 * errors, already in the reader's language) for the form to show where they belong; on success the
 * parcel and every list of parcels (the queue) are fetched again.
 */
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, type HttpError } from 'react-admin';
import type { InspectionMove, InspectionRecord } from '../../../domain/inspections';
import type { TrustdeskDataProvider } from '../../providers/dataProvider';

export interface MoveError {
  message: string;
  fields: Record<string, string>;
}

export function useParcelMove(inspectionId: number) {
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const queryClient = useQueryClient();
  const [error, setError] = useState<MoveError | null>(null);
  const { mutateAsync, isPending } = useMutation({
    mutationFn: ({ move, data, key }: { move: InspectionMove; data: Record<string, unknown>; key?: string }) =>
      dataProvider.action<InspectionRecord>('inspections', { id: inspectionId, action: move, data, idempotencyKey: key }),
  });
  /** Resolves to the updated parcel, or null when the server refused (the error is then in `error`). */
  const run = async (move: InspectionMove, data: Record<string, unknown> = {}, key?: string): Promise<InspectionRecord | null> => {
    setError(null);
    try {
      const { data: updated } = await mutateAsync({ move, data, key });
      await queryClient.invalidateQueries({ queryKey: ['inspections'] });
      await queryClient.invalidateQueries({ queryKey: ['inspection-events'] });
      return updated;
    } catch (e) {
      const { message, body, status } = e as HttpError;
      setError({ message, fields: (body as { errors?: Record<string, string> })?.errors ?? {} });
      // Someone else moved the parcel meanwhile: show where it is now.
      if (status === 409) await queryClient.invalidateQueries({ queryKey: ['inspections'] });
      return null;
    }
  };
  return { run, isPending, error, clearError: () => setError(null) };
}
