import { NullableBooleanInput, SearchInput } from 'react-admin';

/** Filter inputs several lists share. */
export const searchFilter = <SearchInput source="q" alwaysOn />;
export const activeFilter = <NullableBooleanInput source="active" />;
