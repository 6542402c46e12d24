/**
 * The read-only page of a reference record (a category, a violation type, a warehouse) for every
 * role that may read it: its name in the chosen language as the heading, its fields in a grid,
 * then anything else the record has (e.g. a warehouse's inspectors). Admins also get "Edit".
 */
import type { ReactNode } from 'react';
import { Box, Stack } from '@mui/material';
import { Labeled, TextField } from 'react-admin';
import { DateTimeField } from './DateTimeField';
import { LocalizedNameField } from './localizedName';
import { Section } from './Section';
import { GuardedShow } from './GuardedShow';

interface ReferenceShowProps {
  /** Labeled fields after the code and the two names. */
  fields?: ReactNode;
  /** Sections below the fields. */
  children?: ReactNode;
}

export function ReferenceShow({ fields, children }: ReferenceShowProps) {
  return (
    <GuardedShow component="div">
      <Stack spacing={2}>
        <Section>
          <LocalizedNameField variant="h5" component="h2" sx={{ display: 'block', mb: 2 }} />
          <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' }, gap: 1 }}>
            <Labeled>
              <TextField source="code" />
            </Labeled>
            <Labeled>
              <TextField source="name" />
            </Labeled>
            <Labeled>
              <TextField source="nameZh" emptyText="—" />
            </Labeled>
            {fields}
            <Labeled>
              <DateTimeField source="updatedAt" />
            </Labeled>
          </Box>
        </Section>
        {children}
      </Stack>
    </GuardedShow>
  );
}
