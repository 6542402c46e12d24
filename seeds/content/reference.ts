/**
 * Reference data for the demo database (SPEC §4): categories, violation types, inspection
 * warehouses and staff accounts. Plain data so the start script can print the demo logins too.
 */
import type { Severity } from '../../domain/cases';

export interface CategorySeed {
  code: string;
  name: string;
  nameZh: string;
  children?: CategorySeed[];
}

/** The jewelry & jade vertical the platform's policy is about, plus other verticals to show categories are data. */
export const CATEGORIES: CategorySeed[] = [
  {
    code: 'jewelry_jade',
    name: 'Jewelry & jade',
    nameZh: '珠宝玉石',
    children: [
      { code: 'gold_silver', name: 'Gold & silver ornaments', nameZh: '金银饰品' },
      { code: 'gemstones', name: 'Gemstones', nameZh: '宝石' },
      { code: 'jade', name: 'Jade', nameZh: '玉石' },
      { code: 'pearls', name: 'Pearls', nameZh: '珍珠' },
      { code: 'crystal', name: 'Crystal', nameZh: '水晶' },
    ],
  },
  {
    code: 'apparel',
    name: 'Apparel',
    nameZh: '服饰',
    children: [
      { code: 'womenswear', name: 'Womenswear', nameZh: '女装' },
      { code: 'menswear', name: 'Menswear', nameZh: '男装' },
    ],
  },
  {
    code: 'beauty',
    name: 'Beauty',
    nameZh: '美妆',
    children: [
      { code: 'cosmetics', name: 'Cosmetics', nameZh: '彩妆' },
      { code: 'skincare', name: 'Skincare', nameZh: '护肤' },
    ],
  },
  {
    code: 'food',
    name: 'Food',
    nameZh: '食品',
    children: [
      { code: 'snacks', name: 'Snacks', nameZh: '休闲零食' },
      { code: 'tea', name: 'Tea', nameZh: '茶叶' },
    ],
  },
  {
    code: 'electronics',
    name: 'Electronics',
    nameZh: '数码电子',
    children: [
      { code: 'phones', name: 'Phones', nameZh: '手机' },
      { code: 'digital_accessories', name: 'Digital accessories', nameZh: '数码配件' },
    ],
  },
];

export const JEWELRY_ROOT = 'jewelry_jade';

export interface ViolationTypeSeed {
  code: string;
  name: string;
  nameZh: string;
  severity: Severity;
  points: number;
}

export const VIOLATION_TYPES: ViolationTypeSeed[] = [
  { code: 'description_mismatch', name: 'Goods not as described', nameZh: '货品描述不符', severity: 'medium', points: 4 },
  { code: 'material_fraud', name: 'Material fraud', nameZh: '材质造假', severity: 'critical', points: 12 },
  { code: 'weight_mismatch', name: 'Weight mismatch', nameZh: '重量不符', severity: 'high', points: 6 },
  { code: 'mislabeling', name: 'Mislabeling', nameZh: '标识错误', severity: 'medium', points: 3 },
  { code: 'counterfeit', name: 'Counterfeit goods', nameZh: '假冒伪劣', severity: 'critical', points: 12 },
  { code: 'false_advertising', name: 'False advertising', nameZh: '虚假宣传', severity: 'medium', points: 4 },
  { code: 'expired_food', name: 'Expired food', nameZh: '食品过期', severity: 'high', points: 8 },
  { code: 'prohibited_item', name: 'Prohibited item', nameZh: '违禁品', severity: 'critical', points: 12 },
  { code: 'price_fraud', name: 'Price fraud', nameZh: '价格欺诈', severity: 'high', points: 6 },
  { code: 'listing_irregular', name: 'Irregular listing information', nameZh: '商品信息不规范', severity: 'low', points: 1 },
];

export interface WarehouseSeed {
  code: string;
  name: string;
  nameZh: string;
  city: string;
  agency: string;
  dailyCapacity: number;
}

export const WAREHOUSES: WarehouseSeed[] = [
  {
    code: 'PY',
    name: 'Panyu inspection warehouse',
    nameZh: '番禺质检仓',
    city: 'Guangzhou 广州·番禺',
    agency: 'Guangdong Provincial Gold & Jewelry Quality Supervision and Inspection Station',
    dailyCapacity: 6000,
  },
  {
    code: 'SH',
    name: 'Sihui jade inspection warehouse',
    nameZh: '四会玉器质检仓',
    city: 'Zhaoqing 肇庆·四会',
    agency: 'Guangdong Provincial Jade Products Quality Supervision and Inspection Center (Sihui)',
    dailyCapacity: 3500,
  },
  {
    code: 'SZ',
    name: 'Shenzhen Shuibei inspection warehouse',
    nameZh: '深圳水贝质检仓',
    city: 'Shenzhen 深圳·水贝',
    agency: 'National Gold & Silver Jewelry Quality Inspection and Testing Center (Shenzhen)',
    dailyCapacity: 5000,
  },
  {
    code: 'DH',
    name: 'Donghai crystal inspection warehouse',
    nameZh: '东海水晶质检仓',
    city: 'Lianyungang 连云港·东海',
    agency: 'Jiangsu Provincial Crystal Products Quality Supervision and Inspection Center',
    dailyCapacity: 2000,
  },
  {
    code: 'ZJ',
    name: 'Zhuji pearl inspection warehouse',
    nameZh: '诸暨珍珠质检仓',
    city: 'Shaoxing 绍兴·诸暨',
    agency: 'Zhejiang Provincial Pearl Products Quality Supervision and Inspection Center',
    dailyCapacity: 1500,
  },
];

export type StaffRole = 'admin' | 'manager' | 'reviewer' | 'comms' | 'inspector';
export interface StaffSeed {
  email: string;
  name: string;
  role: StaffRole;
  warehouseCode?: string;
}

/** Demo accounts (SPEC §2); all share the password DEMO_PASSWORD. Extra reviewers make case assignees look real. */
export const STAFF: StaffSeed[] = [
  { email: 'admin@example.com', name: 'Lin Wei 林伟', role: 'admin' },
  { email: 'manager@example.com', name: 'Chen Jing 陈静', role: 'manager' },
  { email: 'manager2@example.com', name: 'Zhou Ming 周明', role: 'manager' },
  { email: 'reviewer@example.com', name: 'Li Na 李娜', role: 'reviewer' },
  { email: 'reviewer2@example.com', name: 'Wang Hao 王浩', role: 'reviewer' },
  { email: 'reviewer3@example.com', name: 'Zhang Min 张敏', role: 'reviewer' },
  { email: 'reviewer4@example.com', name: 'Liu Yang 刘洋', role: 'reviewer' },
  { email: 'reviewer5@example.com', name: 'Huang Ting 黄婷', role: 'reviewer' },
  { email: 'reviewer6@example.com', name: 'Zhao Lei 赵磊', role: 'reviewer' },
  { email: 'comms@example.com', name: 'Sun Yue 孙悦', role: 'comms' },
  { email: 'inspector.panyu@example.com', name: 'He Jun 何军', role: 'inspector', warehouseCode: 'PY' },
  { email: 'inspector.sihui@example.com', name: 'Liang Qing 梁晴', role: 'inspector', warehouseCode: 'SH' },
  { email: 'inspector.shuibei@example.com', name: 'Deng Hui 邓辉', role: 'inspector', warehouseCode: 'SZ' },
  { email: 'inspector.donghai@example.com', name: 'Xu Lan 徐兰', role: 'inspector', warehouseCode: 'DH' },
  { email: 'inspector.zhuji@example.com', name: 'Qian Yu 钱宇', role: 'inspector', warehouseCode: 'ZJ' },
];
