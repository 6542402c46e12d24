/**
 * The table of records every list uses (new lists get all of this for free): react-admin's
 * DataTable on wider screens, with rows that are links, columns the reader may hide or reorder
 * (the ColumnsButton in ListActions; remembered), and, when the columns are wider than the room,
 * a scroll inside the card, never across the page; under 600 px, cards (react-admin's SimpleList,
 * as in its demo), each a link to its record.
 */
import type { ReactNode } from 'react';
import { Box, useMediaQuery, type Theme } from '@mui/material';
import { DataTable, SimpleList, type DataTableProps, type RaRecord } from 'react-admin';
import { CARD_LIST, RowLinkContext, rowLinkHandlers, rowLinkSx, useRowLinkType, type RowLinkType } from './RowLink';

type CardText<R> = ReactNode | ((record: R) => ReactNode);

/** What a record's card says on a phone: a title line (and its right-hand side), then a line below. */
export interface CardTexts<R extends RaRecord = any> {
  primary: CardText<R>;
  secondary?: CardText<R>;
  tertiary?: CardText<R>;
}

export interface RecordTableProps<R extends RaRecord = any> extends Omit<DataTableProps<R>, 'rowClick'> {
  /** Where a row leads (default: the record's page if it has one, else its form, for those who may open it). */
  link?: RowLinkType;
  card: CardTexts<R>;
}

const tableSx = {
  ...rowLinkSx,
  '& .RaDataTable-tableWrapper': { overflowX: 'auto' },
} as const;

export function RecordTable<R extends RaRecord = any>({ link, card, sx, children, ...props }: RecordTableProps<R>) {
  // Known on the first render (no SSR here): a phone never shows the table before its cards.
  const phone = useMediaQuery<Theme>((theme) => theme.breakpoints.down('sm'), { noSsr: true });
  const linkType = useRowLinkType(link);
  if (phone)
    return <SimpleList<R> className={CARD_LIST} rowClick={linkType} primaryText={card.primary} secondaryText={card.secondary} tertiaryText={card.tertiary} />;
  return (
    <RowLinkContext.Provider value={linkType}>
      <Box {...rowLinkHandlers}>
        <DataTable<R> rowClick={linkType} sx={[tableSx, ...(Array.isArray(sx) ? sx : [sx])]} {...props}>
          {children}
        </DataTable>
      </Box>
    </RowLinkContext.Provider>
  );
}
