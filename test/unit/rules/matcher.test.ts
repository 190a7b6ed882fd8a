import { describe, expect, it } from 'vitest';
import { evaluateRules } from '../../../lib/rules/index';
import { blockingRules, ruleFlag } from './helpers';

/** Real-looking titles per language: [title, rule that must fire]. */
const POSITIVE: [string, string, string][] = [
  ['en', 'Anker 20000mAh Power Bank USB-C fast charging', 'power-banks'],
  ['en', 'Replacement lithium-ion batteries for Xiaomi scooter', 'lithium-batteries'],
  ['en', 'Mini FPV quadcopter with 4K camera', 'drones'],
  ['en', 'Chef knives set, German steel', 'knives'],
  ['en', 'Gel blaster toy gun with water beads', 'weapons-replicas'],
  ['en', 'Vitamin C 1000mg tablets, 60 count', 'supplements'],
  ['en', 'Whitening face cream 50g', 'cosmetics'],
  ['en', 'Eau de parfum 100ml for women', 'perfume-alcohol-based'],
  ['en', 'Premium Arabica coffee beans 1kg', 'food-drinks'],
  ['en', 'Disposable vape 6000 puffs mango', 'e-cigarettes'],
  ['en', 'Walkie-talkies long range 2 pack', 'radio-transmitters'],
  ['en', 'Digital infrared thermometer for fever', 'medical-devices'],
  ['en', 'Heirloom tomato seeds 200 pcs', 'seeds-plants'],
  ['en', 'Organic potting soil 5L', 'soil'],
  ['en', "Edible bird's nest 50g gift box", 'animal-products'],
  ['en', 'Spray paint aerosol can matte black', 'aerosols'],
  ['en', 'Japanese whisky 700ml', 'alcohol'],
  ['en', 'Hand-rolling tobacco pouch 50g', 'tobacco'],
  ['id', 'Baterai lithium 18650 3000mAh isi ulang', 'lithium-batteries'],
  ['id', 'Pisau dapur stainless tajam', 'knives'],
  ['id', 'Parang golok tebas baja 40 cm', 'knives'],
  ['id', 'Suplemen kolagen untuk kulit', 'supplements'],
  ['id', 'Kopi bubuk robusta 250gr', 'food-drinks'],
  ['id', 'Rokok elektrik pod system', 'e-cigarettes'],
  ['id', 'Benih cabai rawit unggul', 'seeds-plants'],
  ['ms', 'Bateri boleh dicas untuk kamera', 'lithium-batteries'],
  ['ms', 'Ubat tradisional sakit sendi', 'medicines'],
  ['ms', 'Minyak wangi lelaki tahan lama', 'perfume-alcohol-based'],
  ['ms', 'Dron mainan kanak-kanak dengan kamera', 'drones'],
  ['vi', 'Sạc dự phòng 20000mAh sạc nhanh', 'power-banks'],
  ['vi', 'sac du phong 20000mah sac nhanh', 'power-banks'],
  ['vi', 'Kem chống nắng dưỡng ẩm SPF50', 'cosmetics'],
  ['vi', 'kem chong nang duong am SPF50', 'cosmetics'],
  ['vi', 'Máy bộ đàm Baofeng cự ly xa', 'radio-transmitters'],
  ['vi', 'Thuốc lá điện tử dùng một lần', 'e-cigarettes'],
  ['vi', 'Hạt giống rau muống', 'seeds-plants'],
  ['vi', 'Dao gấp mini bỏ túi', 'knives'],
  ['th', 'แบตเตอรี่ลิเธียม 18650 ชาร์จได้', 'lithium-batteries'],
  ['th', 'โดรนติดกล้อง 4K บินนิ่ง', 'drones'],
  ['th', 'อาหารเสริมวิตามินซี', 'supplements'],
  ['th', 'บุหรี่ไฟฟ้าแบบใช้แล้วทิ้ง', 'e-cigarettes'],
  ['th', 'ชาเขียวมัทฉะ 100 กรัม', 'food-drinks'],
  ['th', 'มีดทำครัวสแตนเลส', 'knives'],
  ['zh', '20000毫安充电宝 快充', 'power-banks'],
  ['zh', '便携式对讲机 一对', 'radio-transmitters'],
  ['zh', '折叠刀 户外', 'knives'],
  ['zh', '维生素C片 保健品', 'supplements'],
  ['zh', '一次性电子烟', 'e-cigarettes'],
  ['zh', '云南普洱茶叶 500克', 'food-drinks'],
  ['zh', '仿真枪 玩具', 'weapons-replicas'],
  ['tl', 'Baterya para sa relo', 'lithium-batteries'],
  ['tl', 'Kutsilyo pang kusina', 'knives'],
  ['tl', 'Gamot sa ubo herbal', 'medicines'],
  ['tl', 'Binhi ng kamatis', 'seeds-plants'],
  ['tl', 'Lambanog 750ml', 'alcohol'],
];

/** Titles that must not fire the named rule: unrelated goods, false friends, look-alike words. */
const NEGATIVE: [string, string, string][] = [
  ['en', 'Knife-pleat midi skirt, navy', 'knives'],
  ['en', 'A Battery of Tests: psychology workbook', 'lithium-batteries'],
  ['en', 'Hot glue gun 20W with 10 glue sticks', 'weapons-replicas'],
  ['en', 'Tea towels cotton set of 3', 'food-drinks'],
  ['en', 'Wine glasses crystal 4 pcs', 'alcohol'],
  ['en', 'Seed beads 2mm for jewelry making', 'seeds-plants'],
  ['en', 'Faux fur throw blanket', 'animal-products'],
  ['en', 'Ivory white lace dress', 'wildlife-cites'],
  ['en', 'Cotton t-shirt for men', 'food-drinks'],
  ['en', 'Gift for son: cotton t-shirt', 'cosmetics'],
  ['id', 'Kaos katun pria lengan pendek', 'food-drinks'],
  ['id', 'Kemeja batik pria motif parang rusak', 'knives'],
  ['id', 'Kemeja batik warna coklat sogan', 'food-drinks'],
  ['id', 'Jangan lupa follow toko kami, kaos polos', 'soil'],
  ['ms', 'Baju kurung moden kain sutera', 'cosmetics'],
  ['vi', 'Quạt đảo chiều 3 cánh', 'knives'],
  ['vi', 'Thước kẻ nhựa 30cm', 'medicines'],
  ['vi', 'Áo thun cho con trai', 'alcohol'],
  ['vi', 'Vải cotton co giãn 4 chiều', 'food-drinks'],
  ['th', 'ยาสีฟันสมุนไพร', 'medicines'],
  ['th', 'กางเกงขายาว ผ้าฝ้าย', 'medicines'],
  ['th', 'ดินสอ 2B 12 แท่ง', 'soil'],
  ['zh', '剪刀 办公用', 'knives'],
  ['zh', '酒店拖鞋 一次性', 'alcohol'],
  ['zh', '纯棉T恤 男', 'food-drinks'],
  ['tl', 'Damit pambabae cotton', 'food-drinks'],
];

describe('keyword matcher', () => {
  it.each(POSITIVE)('%s: flags "%s" as %s', (_lang, title, rule) => {
    expect(blockingRules(title, ['SG', 'MY', 'ID'])).toContain(rule);
  });

  it.each(NEGATIVE)('%s: does not flag "%s" as %s', (_lang, title, rule) => {
    expect(ruleFlag(title, rule, ['SG', 'MY', 'ID'])).toBeUndefined();
  });

  it('quotes the keyword as the seller wrote it', () => {
    expect(ruleFlag('Kem Chống Nắng Anessa', 'cosmetics')?.keyword).toBe('Kem Chống Nắng');
    expect(ruleFlag('BATTERIES for remote', 'lithium-batteries')?.keyword).toBe('BATTERIES');
  });

  it('matches words, not substrings', () => {
    expect(ruleFlag('Guntur chilli flakes', 'weapons-replicas')).toBeUndefined();
    expect(ruleFlag('Teapot ceramic', 'food-drinks')).toBeUndefined();
    expect(ruleFlag('Toy gun', 'weapons-replicas')).toBeDefined();
  });

  it('reads attributes and description, not only the title', () => {
    expect(ruleFlag('Bluetooth speaker', 'lithium-batteries')).toBeUndefined();
    const product = { title: 'Bluetooth speaker', attributes: { 'Battery type': 'Li-ion 2000mAh' } };
    const fromAttr = evaluateRules({ product, destinations: ['SG'], candidateCodes: [], rulings: [] });
    expect(fromAttr.flags.map((f) => f.rule)).toContain('lithium-batteries');
    const described = {
      title: 'Bluetooth speaker',
      description: 'Built-in rechargeable battery, 12 h play time',
    };
    const fromDescription = evaluateRules({
      product: described,
      destinations: ['SG'],
      candidateCodes: [],
      rulings: [],
    });
    expect(fromDescription.flags.find((f) => f.rule === 'lithium-batteries')?.effect).toBe('dangerous-goods');
  });
});

describe('long page text', () => {
  it('still finds a keyword at the end of a 50 kB description', () => {
    const description = `${'Soft cotton fabric, machine washable. '.repeat(1400)}Includes lithium battery 500mAh.`;
    const out = evaluateRules({
      product: { title: 'Plush toy', description },
      destinations: ['SG'],
      candidateCodes: [],
      rulings: [],
    });
    expect(description.length).toBeGreaterThan(50_000);
    expect(out.flags.find((f) => f.rule === 'lithium-batteries')?.effect).toBe('dangerous-goods');
  });

  it('ignores markup tags but keeps their text', () => {
    expect(ruleFlag('<span class="battery-icon">Cotton shirt</span>', 'lithium-batteries')).toBeUndefined();
    expect(ruleFlag('<b>Power</b> <i>bank</i> 10000mAh', 'power-banks')?.keyword).toBe('Power bank');
    expect(ruleFlag('<li>Power bank</li><li>10000mAh</li>', 'power-banks')?.keyword).toBe('Power bank');
  });
});
