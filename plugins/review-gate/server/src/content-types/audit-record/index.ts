import schema from './schema.json';

// Append-only audit trail (R10). `seq` is unique in the database, so two appends can
// never claim the same place in the hash chain.
export default {
  schema: {
    ...schema,
    indexes: [{ name: 'review_gate_audit_seq_uq', columns: ['seq'], type: 'unique' }],
  },
};
