import { digitsOf, referralSearchText, searchKey } from '../../src/domain/search';

/** The derived columns of a referral row, recomputed whenever identity fields change. */
export function referralKeys(r: {
  firstName: string;
  lastName: string;
  email: string | null;
  commune: string;
  phone: string | null;
}) {
  return {
    searchText: referralSearchText(r),
    phoneDigits: digitsOf(r.phone),
    firstNameKey: searchKey(r.firstName),
    lastNameKey: searchKey(r.lastName),
    communeKey: searchKey(r.commune),
  };
}

export const mentorKeys = (m: { firstName: string; lastName: string; sector: string | null }) => ({
  searchText: searchKey(`${m.firstName} ${m.lastName}`),
  lastNameKey: searchKey(m.lastName),
  sectorKey: searchKey(m.sector ?? ''),
});
