import schema from './schema.json';

// One row per gated document: the state of its current review round (R10). The
// unique index makes a second row for the same document impossible, so two racing
// first edits cannot fork the review.
export default {
  schema: {
    ...schema,
    indexes: [
      { name: 'review_gate_reviews_document_uq', columns: ['content_uid', 'content_document_id'], type: 'unique' },
    ],
  },
};
