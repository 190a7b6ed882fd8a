/**
 * Ruling CSV column names, as data. Google Sheets, Excel and Notion exports spell headers differently
 * ("HS Code", "hs_code", "HS-code", "Last edited time"), so headers are compared after folding case and
 * dropping everything but letters and digits.
 */
export type RulingColumn =
  | 'id'
  | 'description'
  | 'hs_code'
  | 'country'
  | 'status'
  | 'sku'
  | 'note'
  | 'decided_at'
  | 'decided_by'
  | 'hs_edition'
  | 'updated_at'
  | 'deleted'
  | 'source';

/** Folded header spelling → column. The first listed spelling of each column is the one we export. */
export const COLUMN_ALIASES: Readonly<Record<string, RulingColumn>> = {
  id: 'id',
  rulingid: 'id',
  description: 'description',
  title: 'description',
  productdescription: 'description',
  producttitle: 'description',
  product: 'description',
  name: 'description',
  hscode: 'hs_code',
  hs: 'hs_code',
  code: 'hs_code',
  tariffcode: 'hs_code',
  commoditycode: 'hs_code',
  country: 'country',
  destination: 'country',
  destinationcountry: 'country',
  status: 'status',
  sku: 'sku',
  note: 'note',
  notes: 'note',
  comment: 'note',
  decidedat: 'decided_at',
  decisiondate: 'decided_at',
  date: 'decided_at',
  decidedby: 'decided_by',
  reviewer: 'decided_by',
  hsedition: 'hs_edition',
  edition: 'hs_edition',
  updatedat: 'updated_at',
  lastedited: 'updated_at',
  lasteditedtime: 'updated_at',
  modified: 'updated_at',
  deleted: 'deleted',
  source: 'source',
};

export function foldHeader(h: string): string {
  return h
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

export interface HeaderMap {
  /** column → index in the row */
  known: Partial<Record<RulingColumn, number>>;
  /** unknown columns: original header text and index, kept into `extra` */
  unknown: { name: string; index: number }[];
  /** headers that map to a column already taken; they are kept in `extra` */
  duplicates: string[];
}

export function mapHeader(header: readonly string[]): HeaderMap {
  const map: HeaderMap = { known: {}, unknown: [], duplicates: [] };
  header.forEach((raw, index) => {
    const name = raw.trim();
    if (!name) return;
    const col = COLUMN_ALIASES[foldHeader(name)];
    if (!col) map.unknown.push({ name, index });
    else if (map.known[col] === undefined) map.known[col] = index;
    else {
      // A second spelling of a taken column (e.g. both "Title" and "Description") is kept, not dropped.
      map.unknown.push({ name, index });
      map.duplicates.push(name);
    }
  });
  return map;
}
