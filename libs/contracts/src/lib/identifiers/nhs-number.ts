/**
 * The NHS number check: ten digits, the first nine weighted 10..2; the check digit is
 * 11 − (sum mod 11), where 11 means 0 and 10 means the number cannot be valid.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}
