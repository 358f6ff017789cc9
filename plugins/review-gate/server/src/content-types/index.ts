import review from './review';
import auditRecord from './audit-record';

export default {
  review,
  'audit-record': auditRecord,
};
