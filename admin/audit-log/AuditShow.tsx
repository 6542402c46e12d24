import { SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ActorField, AuditActionField, ResourceNameField } from './auditFields';
import { ChangesDiff } from './ChangesDiff';
import { GuardedShow } from '../common/GuardedShow';

const HASH = { fontFamily: 'monospace', fontSize: 12, wordBreak: 'break-all' } as const;

export default function AuditShow() {
  return (
    <GuardedShow>
      <SimpleShowLayout>
        <DateTimeField source="at" />
        <ActorField source="actorId" />
        <AuditActionField source="action" />
        <ResourceNameField source="resource" />
        <TextField source="resourceId" />
        <TextField source="ip" />
        <ChangesDiff source="changes" label="td.audit.diff" />
        <TextField source="prevHash" sx={HASH} />
        <TextField source="hash" sx={HASH} />
      </SimpleShowLayout>
    </GuardedShow>
  );
}
