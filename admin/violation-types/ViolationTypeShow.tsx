import { Labeled, useCanAccess } from 'react-admin';
import { EnumChip } from '../common/enumFields';
import { ReferenceShow } from '../common/ReferenceShow';
import { PolicyPointsField } from './PolicyPoints';

/** A violation type: its names, its default severity and (for those who read the policy) the points it costs now. */
export default function ViolationTypeShow() {
  const { canAccess: readsPolicy } = useCanAccess({ resource: 'penalty-policies', action: 'show' });
  return (
    <ReferenceShow
      fields={
        <>
          <Labeled source="severity">
            <EnumChip namespace="severity" source="severity" />
          </Labeled>
          {readsPolicy && (
            <Labeled source="points">
              <PolicyPointsField />
            </Labeled>
          )}
        </>
      }
    />
  );
}
