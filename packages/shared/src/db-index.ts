// Secondary indexes Strapi's schema cannot declare (e.g. a slug looked up on every public
// page, the audit trail read per document). Created at bootstrap, idempotently; Strapi's
// schema sync may drop indexes it does not know, so they are ensured on every boot.

export interface IndexableStrapi {
  db: { metadata: { get(uid: string): any }; connection: any };
}

export async function ensureIndex(strapi: IndexableStrapi, uid: string, attributes: string[]): Promise<string> {
  const meta = strapi.db.metadata.get(uid);
  const columns = attributes.map((a) => {
    const col = meta.attributes[a]?.columnName;
    if (!col) throw new Error(`${uid} has no column for ${a}`);
    return col as string;
  });
  const name = `${meta.tableName}_${columns.join('_')}_gk`.slice(0, 63);
  await strapi.db.connection.raw(`CREATE INDEX IF NOT EXISTS ?? ON ?? (${columns.map(() => '??').join(', ')})`, [name, meta.tableName, ...columns]);
  return name;
}
