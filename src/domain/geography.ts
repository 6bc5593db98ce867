/**
 * The department of a French postal code: two digits, three overseas (97x), and Corsica split
 * into 2A (200xx, 201xx) and 2B (202xx to 206xx).
 */
export function departmentOf(postalCode: string): string {
  if (postalCode.startsWith('97')) return postalCode.slice(0, 3);
  if (postalCode.startsWith('20')) return Number(postalCode.slice(2, 3)) <= 1 ? '2A' : '2B';
  return postalCode.slice(0, 2);
}
