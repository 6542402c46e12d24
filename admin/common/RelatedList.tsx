import type { ReactNode } from 'react';
import { Pagination, ReferenceManyField, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';

interface RelatedListProps {
  reference: string;
  target: string;
  sort: { field: string; order: 'ASC' | 'DESC' };
  /** i18n key shown when there is nothing. */
  empty: string;
  /** Paginated by 10 unless false (short lists such as a penalty's appeals). */
  paginate?: boolean;
  children: ReactNode;
}

/** The records of another resource that point at this one (a merchant's cases, a penalty's appeals). */
export function RelatedList({ reference, target, sort, empty, paginate = true, children }: RelatedListProps) {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference={reference}
      target={target}
      sort={sort}
      perPage={paginate ? 10 : 25}
      pagination={paginate ? <Pagination rowsPerPageOptions={[10, 25, 50]} /> : undefined}
      empty={
        <Typography variant="body2" color="text.secondary">
          {translate(empty)}
        </Typography>
      }
    >
      {children}
    </ReferenceManyField>
  );
}
