import type { UnitKind } from '@reform-quiz/contracts';

export interface SeedUnit {
  code: string;
  name: string;
  kind: UnitKind;
  /** ILLUSTRATIVE ONLY: invented staff counts so participation rates can be shown. Replace with real figures. */
  headcount: number;
}

/**
 * Quảng Nam province as organised in 2018: the province, its provincial
 * departments, and its 18 district-level units with their statistics-office
 * (GSO) codes (province 49). Department codes are ours.
 */
export const PROVINCE: SeedUnit = { code: '49', name: 'Tỉnh Quảng Nam', kind: 'province', headcount: 0 };

export const DEPARTMENTS: SeedUnit[] = [
  { code: '49.VP', name: 'Văn phòng UBND tỉnh', kind: 'department', headcount: 120 },
  { code: '49.TTR', name: 'Thanh tra tỉnh', kind: 'department', headcount: 60 },
  { code: '49.SNV', name: 'Sở Nội vụ', kind: 'department', headcount: 110 },
  { code: '49.STP', name: 'Sở Tư pháp', kind: 'department', headcount: 80 },
  { code: '49.SKHDT', name: 'Sở Kế hoạch và Đầu tư', kind: 'department', headcount: 90 },
  { code: '49.STC', name: 'Sở Tài chính', kind: 'department', headcount: 100 },
  { code: '49.SCT', name: 'Sở Công Thương', kind: 'department', headcount: 95 },
  { code: '49.SNNPTNT', name: 'Sở Nông nghiệp và Phát triển nông thôn', kind: 'department', headcount: 420 },
  { code: '49.SGTVT', name: 'Sở Giao thông vận tải', kind: 'department', headcount: 150 },
  { code: '49.SXD', name: 'Sở Xây dựng', kind: 'department', headcount: 85 },
  { code: '49.STNMT', name: 'Sở Tài nguyên và Môi trường', kind: 'department', headcount: 160 },
  { code: '49.STTTT', name: 'Sở Thông tin và Truyền thông', kind: 'department', headcount: 70 },
  { code: '49.SLDTBXH', name: 'Sở Lao động – Thương binh và Xã hội', kind: 'department', headcount: 130 },
  { code: '49.SVHTTDL', name: 'Sở Văn hóa, Thể thao và Du lịch', kind: 'department', headcount: 210 },
  { code: '49.SKHCN', name: 'Sở Khoa học và Công nghệ', kind: 'department', headcount: 75 },
  { code: '49.SGDDT', name: 'Sở Giáo dục và Đào tạo', kind: 'department', headcount: 240 },
  { code: '49.SYT', name: 'Sở Y tế', kind: 'department', headcount: 260 },
];

export const DISTRICTS: SeedUnit[] = [
  { code: '502', name: 'Thành phố Tam Kỳ', kind: 'district', headcount: 2400 },
  { code: '503', name: 'Thành phố Hội An', kind: 'district', headcount: 1900 },
  { code: '504', name: 'Huyện Tây Giang', kind: 'district', headcount: 800 },
  { code: '505', name: 'Huyện Đông Giang', kind: 'district', headcount: 900 },
  { code: '506', name: 'Huyện Đại Lộc', kind: 'district', headcount: 2600 },
  { code: '507', name: 'Thị xã Điện Bàn', kind: 'district', headcount: 3100 },
  { code: '508', name: 'Huyện Duy Xuyên', kind: 'district', headcount: 2000 },
  { code: '509', name: 'Huyện Quế Sơn', kind: 'district', headcount: 1700 },
  { code: '510', name: 'Huyện Nam Giang', kind: 'district', headcount: 1000 },
  { code: '511', name: 'Huyện Phước Sơn', kind: 'district', headcount: 950 },
  { code: '512', name: 'Huyện Hiệp Đức', kind: 'district', headcount: 1100 },
  { code: '513', name: 'Huyện Thăng Bình', kind: 'district', headcount: 2800 },
  { code: '514', name: 'Huyện Tiên Phước', kind: 'district', headcount: 1300 },
  { code: '515', name: 'Huyện Bắc Trà My', kind: 'district', headcount: 1050 },
  { code: '516', name: 'Huyện Nam Trà My', kind: 'district', headcount: 850 },
  { code: '517', name: 'Huyện Núi Thành', kind: 'district', headcount: 2300 },
  { code: '518', name: 'Huyện Phú Ninh', kind: 'district', headcount: 1400 },
  { code: '519', name: 'Huyện Nông Sơn', kind: 'district', headcount: 600 },
];
