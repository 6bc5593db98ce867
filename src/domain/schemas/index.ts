// Importing this module registers every contract schema in `apiSchemas`.
export * from './common';
export * from './referral';
export * from './mentor';
export * from './mentorship';
export * from './admin';
export * from './reporting';
export * from './geography';
export * from './personal-data';
