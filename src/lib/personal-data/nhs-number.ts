/**
 * An NHS number is 10 digits, written 3-3-4; the last is a modulus 11 check digit over the first
 * nine (weights 10 down to 2). Checking it keeps other 10-digit numbers from being reported as one.
 */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let index = 0; index < 9; index += 1) sum += Number(digits[index]) * (10 - index)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}
