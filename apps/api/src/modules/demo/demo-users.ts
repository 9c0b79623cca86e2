import type { Category, Gender, Role } from '@reform-quiz/contracts';

/** The public demo password (product.md). Demo accounts exist only in demo mode. */
export const DEMO_PASSWORD = 'Demo@2018';

export interface SeedUser {
  email: string;
  role: Role;
  fullName: string;
  /** Code of the unit in demo-units.ts. */
  unitCode: string;
  phone?: string;
  dateOfBirth?: string;
  gender?: Gender;
  category?: Category;
}

export const DEMO_USERS: SeedUser[] = [
  { email: 'admin@demo.local', role: 'admin', fullName: 'Quản trị hệ thống (demo)', unitCode: '49.SNV' },
  { email: 'organizer@demo.local', role: 'organizer', fullName: 'Tổ thư ký Ban tổ chức (demo)', unitCode: '49.SNV' },
  { email: 'judge@demo.local', role: 'judge', fullName: 'Thành viên Ban giám khảo (demo)', unitCode: '49.STP' },
  { email: 'entrant1@demo.local', role: 'participant', fullName: 'Nguyễn Văn An', unitCode: '502', phone: '0905000001', dateOfBirth: '1988-04-12', gender: 'male', category: 'civil_servant' },
  { email: 'entrant2@demo.local', role: 'participant', fullName: 'Trần Thị Bình', unitCode: '503', phone: '0905000002', dateOfBirth: '1995-09-30', gender: 'female', category: 'citizen' },
  { email: 'entrant3@demo.local', role: 'participant', fullName: 'Lê Văn Cường', unitCode: '49.STP', phone: '0905000003', dateOfBirth: '1979-01-05', gender: 'male', category: 'civil_servant' },
  { email: 'entrant4@demo.local', role: 'participant', fullName: 'Phạm Thị Dung', unitCode: '507', phone: '0905000004', dateOfBirth: '2001-07-21', gender: 'female', category: 'citizen' },
  { email: 'entrant5@demo.local', role: 'participant', fullName: 'Hoàng Minh Đức', unitCode: '517', phone: '0905000005', dateOfBirth: '1992-11-02', gender: 'male', category: 'civil_servant' },
];

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô'];
const MIDDLE: [string, Gender][] = [['Văn', 'male'], ['Thị', 'female'], ['Minh', 'male'], ['Ngọc', 'female'], ['Quang', 'male'], ['Thu', 'female'], ['Hữu', 'male']];
const GIVEN: Record<Gender, string[]> = {
  male: ['Bảo', 'Duy', 'Hải', 'Hiếu', 'Khánh', 'Long', 'Nam', 'Phúc', 'Quân', 'Sơn', 'Trung', 'Tuấn', 'Tâm'],
  female: ['Châu', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Lan', 'Linh', 'Mai', 'Nga', 'Thảo', 'Trang', 'Vy', 'Yến'],
  other: ['An'],
};
/** Where the crowd works or lives: departments for civil servants, towns and districts for citizens. */
const CROWD_UNITS = { civil_servant: ['49.SNV', '49.VP', '49.TTR', '49.STP', '502', '503'], citizen: ['502', '503', '504', '507', '517'] } as const;

/**
 * Forty more entrants, made up, who took the demo's kick-off round: a
 * ranking to judge and publish from the first start. Their logins work but
 * are not printed.
 */
export const DEMO_CROWD: SeedUser[] = Array.from({ length: 40 }, (_, i) => {
  const [middle, gender] = MIDDLE[(i * 3) % MIDDLE.length];
  const category: Category = i % 2 === 0 ? 'civil_servant' : 'citizen';
  const units = CROWD_UNITS[category];
  const n = String(i + 1).padStart(2, '0');
  return {
    email: `thisinh${n}@demo.local`,
    role: 'participant',
    fullName: `${FAMILY[i % FAMILY.length]} ${middle} ${GIVEN[gender][(i * 5) % GIVEN[gender].length]}`,
    unitCode: units[i % units.length],
    phone: `09060000${n}`,
    dateOfBirth: `${1970 + ((i * 5) % 35)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 27) + 1).padStart(2, '0')}`,
    gender,
    category,
  };
});
