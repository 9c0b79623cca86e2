import { isValidNationalId, nationalIdProblem } from './national-id';

describe('nationalIdProblem', () => {
  it.each([
    // [id, dateOfBirth, expected]
    ['049090001234', undefined, null], // Quảng Nam, male, born 1990
    ['049190001234', '1990-05-01', null], // female, 1990
    ['048205001234', '2005-12-31', null], // Đà Nẵng, male, born 2005
    ['079301001234', '2001-01-01', null], // female, 2001
    ['049090001234', '1991-01-01', 'NATIONAL_ID_BIRTH_YEAR_MISMATCH'],
    ['049290001234', '1990-01-01', 'NATIONAL_ID_BIRTH_YEAR_MISMATCH'], // says 2090
    ['04909000123', undefined, 'NATIONAL_ID_INVALID'], // 11 digits
    ['0490900012345', undefined, 'NATIONAL_ID_INVALID'], // 13 digits
    ['04909000123a', undefined, 'NATIONAL_ID_INVALID'],
    ['003090001234', undefined, 'NATIONAL_ID_INVALID'], // 003 is no province
    ['099090001234', undefined, 'NATIONAL_ID_INVALID'],
    ['123456789', undefined, 'NATIONAL_ID_INVALID'], // old 9-digit CMND
    ['', undefined, 'NATIONAL_ID_INVALID'],
  ])('%j born %s → %s', (id, dob, expected) => {
    expect(nationalIdProblem(id, dob)).toBe(expected);
  });

  it('isValidNationalId ignores the birth year', () => {
    expect(isValidNationalId('049090001234')).toBe(true);
    expect(isValidNationalId('049090001')).toBe(false);
  });
});
