/**
 * Localized label texts per field, shared by the seller-centre adapters. Seller centres are served in the
 * seller's language (English, Bahasa Indonesia/Melayu, Tiếng Việt, Thai, Traditional Chinese for Shopee TW);
 * labels are the fallback when a stable `data-*` anchor is missing, so every language a SEA seller may see is
 * listed. Matching ignores case, required-field stars, colons and a trailing unit in brackets.
 */
export const LABELS = {
  title: ['Product Name', 'Nama Produk', 'Tên sản phẩm', 'ชื่อสินค้า', '商品名稱', 'Nama Produk Anda'],
  description: [
    'Product Description',
    'Description',
    'Deskripsi Produk',
    'Deskripsi',
    'Mô tả sản phẩm',
    'รายละเอียดสินค้า',
    '商品描述',
  ],
  category: ['Category', 'Kategori', 'Ngành hàng', 'Danh mục', 'หมวดหมู่', '商品分類', 'Kategori Produk'],
  brand: ['Brand', 'Merek', 'Jenama', 'Thương hiệu', 'ยี่ห้อ', '品牌'],
  price: ['Price', 'Harga', 'Giá', 'ราคา', '價格', 'Harga Satuan'],
  weight: [
    'Weight',
    'Package Weight',
    'Berat',
    'Berat Produk',
    'Cân nặng',
    'Khối lượng',
    'Cân nặng (Sau khi đóng gói)',
    'Trọng lượng',
    'Trọng lượng gói hàng',
    'น้ำหนัก',
    'น้ำหนักพัสดุ',
    '重量',
  ],
  dimensions: [
    'Package Size',
    'Package Dimensions',
    'Dimensions',
    'Ukuran Paket',
    'Ukuran Produk',
    'Kích thước đóng gói',
    'Kích thước',
    'ขนาดพัสดุ',
    '包裹尺寸',
  ],
  length: [
    'Length',
    'Package Length',
    'Panjang',
    'Panjang Paket',
    'Dài',
    'Chiều dài',
    'Chiều dài gói hàng',
    'ความยาว',
  ],
  width: [
    'Width',
    'Package Width',
    'Lebar',
    'Lebar Paket',
    'Rộng',
    'Chiều rộng',
    'Chiều rộng gói hàng',
    'ความกว้าง',
  ],
  height: [
    'Height',
    'Package Height',
    'Tinggi',
    'Tinggi Paket',
    'Cao',
    'Chiều cao',
    'Chiều cao gói hàng',
    'ความสูง',
  ],
  sku: [
    'Parent SKU',
    'SKU',
    'Seller SKU',
    'SellerSKU',
    'SKU Induk',
    'SKU Penjual',
    'SKU người bán',
    'Mã SKU',
    'SKU sản phẩm',
    '主商品貨號',
  ],
  gtin: ['GTIN', 'GTIN Code', 'Barcode', 'EAN', 'UPC', 'Kode GTIN', 'Mã GTIN', 'Mã vạch'],
} as const;

export type LabelField = keyof typeof LABELS;

/**
 * Category attributes that matter for classification, by their localized labels. The engine reads attribute
 * keys in English, so a Vietnamese "Chất liệu: Lụa" must reach it as "material: Lụa" just like "Material: Silk".
 */
export const ATTRIBUTE_KEYS: Readonly<Record<string, readonly string[]>> = {
  material: ['Material', 'Materials', 'Bahan', 'Bahan Utama', 'Chất liệu', 'วัสดุ', '材質', 'Fabric', 'Kain'],
  origin: ['Country of Origin', 'Origin', 'Negara Asal', 'Asal Negara', 'Xuất xứ', 'ประเทศต้นกำเนิด', '產地'],
  use: ['Usage', 'Use', 'Kegunaan', 'Công dụng', 'การใช้งาน', '用途'],
};

/** The canonical English key for a localized attribute label, or undefined when it is not one we map. */
export function canonicalAttribute(label: string): string | undefined {
  return Object.keys(ATTRIBUTE_KEYS).find((key) => labelMatches(label, ATTRIBUTE_KEYS[key] ?? []));
}

/** Normalizes a visible label for comparison: "* Weight (kg):" → "weight". */
export function normalizeLabel(text: string): string {
  return text
    .replace(/[*:：]/g, ' ')
    .replace(/\s*[(（][^)）]*[)）]\s*$/u, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** True when a page label names one of the wanted labels (exact after normalizing). */
export function labelMatches(text: string, wanted: readonly string[]): boolean {
  const label = normalizeLabel(text);
  return label.length > 0 && wanted.some((w) => normalizeLabel(w) === label);
}
