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
