import MerchantIcon from '@mui/icons-material/Storefront';
import { MerchantList } from './MerchantList';
import { MerchantShow } from './MerchantShow';

/** Read-only: merchants come from the platform, their status and points are derived. */
export default {
  list: MerchantList,
  show: MerchantShow,
  icon: MerchantIcon,
  recordRepresentation: (record: { id: number; nickname: string }) => `${record.nickname} (${record.id})`,
};
