/** The measured material, typed by hallmark code or name in either language (au750, 18K, 足金); Enter takes the first match. */
import { Autocomplete, TextField, createFilterOptions } from '@mui/material';
import { useTranslate } from 'react-admin';
import { MATERIALS, materialByCode, type Material } from '../../../domain/materials';
import { useMaterialLabel } from '../fields';
import { rankMaterials } from './materialSearch';

const anyMatch = createFilterOptions<Material>({ stringify: (m) => `${m.code} ${m.name} ${m.nameZh}` });

const filter: typeof anyMatch = (options, state) => rankMaterials(anyMatch(options, state), state.inputValue);

interface MaterialPickerProps {
  value: string | null;
  onChange: (code: string | null) => void;
  error?: string;
  autoFocus?: boolean;
}

export function MaterialPicker({ value, onChange, error, autoFocus }: MaterialPickerProps) {
  const translate = useTranslate();
  const materialLabel = useMaterialLabel();
  const label = (m: Material) => materialLabel(m.code);
  return (
    <Autocomplete
      options={MATERIALS}
      value={materialByCode(value) ?? null}
      onChange={(_, m) => onChange(m?.code ?? null)}
      getOptionLabel={label}
      filterOptions={filter}
      isOptionEqualToValue={(a, b) => a.code === b.code}
      autoHighlight
      autoSelect={false}
      openOnFocus={false}
      renderInput={(params) => (
        <TextField
          {...params}
          autoFocus={autoFocus}
          required
          label={translate('resources.inspections.fields.measuredMaterial')}
          error={!!error}
          helperText={error}
        />
      )}
    />
  );
}
