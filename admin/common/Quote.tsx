import { Typography } from '@mui/material';

/** Quoted text: a note, a resolution, a text evidence item. */
export const Quote = ({ children }: { children: string }) => (
  <Typography
    variant="body2"
    component="blockquote"
    sx={{ m: 0, mt: 0.5, pl: 1.5, borderLeft: 3, borderColor: 'divider', color: 'text.primary', whiteSpace: 'pre-wrap' }}
  >
    {children}
  </Typography>
);
