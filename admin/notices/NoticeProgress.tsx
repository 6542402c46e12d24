/** A notice's steps as a vertical timeline: done (when, by whom, the note), what it waits for now, what is to come. */
import DoneIcon from '@mui/icons-material/CheckCircle';
import WaitingIcon from '@mui/icons-material/PendingOutlined';
import TodoIcon from '@mui/icons-material/RadioButtonUnchecked';
import RetractedIcon from '@mui/icons-material/Block';
import { Box, Stack, Typography } from '@mui/material';
import { RecordContextProvider, ReferenceField, TextField, useRecordContext, useTranslate } from 'react-admin';
import type { NoticeRecord } from '../../domain/notices';
import { useDateFormat } from '../common/format';
import { Quote } from '../common/Quote';
import { noticeSteps, type NoticeStep } from './noticeSteps';

function StepIcon({ step }: { step: NoticeStep }) {
  if (step.key === 'retracted') return <RetractedIcon color="error" fontSize="small" />;
  if (step.state === 'done') return <DoneIcon color="success" fontSize="small" />;
  if (step.state === 'current') return <WaitingIcon color="warning" fontSize="small" />;
  return <TodoIcon color="disabled" fontSize="small" />;
}

export function NoticeProgress() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  if (!record) return null;
  const steps = noticeSteps(record);
  return (
    <Stack component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} aria-label={translate('td.notices.sections.progress')}>
      {steps.map((step, i) => (
        <Box component="li" key={`${step.key}-${step.state}`} sx={{ display: 'flex', gap: 1.5, pb: i < steps.length - 1 ? 1.5 : 0, position: 'relative' }}>
          <Box sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', pt: '2px' }}>
            <StepIcon step={step} />
            {i < steps.length - 1 && <Box sx={{ flex: 1, width: 2, bgcolor: 'divider', mt: 0.5 }} />}
          </Box>
          <Box sx={{ flex: 1, minWidth: 0 }}>
            <Typography
              variant="body2"
              sx={{ fontWeight: step.state === 'current' ? 600 : 500, color: step.state === 'todo' ? 'text.secondary' : 'text.primary' }}
            >
              {translate(`td.notices.step.${step.key}${step.state === 'done' ? '' : '_next'}`)}
            </Typography>
            {(step.at || step.by != null) && (
              <Typography variant="caption" color="text.secondary" component="div" sx={{ display: 'flex', gap: 0.5, flexWrap: 'wrap' }}>
                {step.at && <span>{dateTime(step.at)}</span>}
                {step.by != null && (
                  <RecordContextProvider value={{ id: 0, by: step.by }}>
                    ·{' '}
                    <ReferenceField source="by" reference="users" link={false}>
                      <TextField source="name" variant="caption" />
                    </ReferenceField>
                  </RecordContextProvider>
                )}
              </Typography>
            )}
            {step.note && <Quote>{step.note}</Quote>}
          </Box>
        </Box>
      ))}
    </Stack>
  );
}
