/**
 * The bundled template flows a seller starts from, with their conversation tests. Imported
 * statically so the app, the server and the CLI read the same files wherever they run.
 */
import douyinCnFlow from './douyin-cn.flow.json';
import douyinCnTests from './douyin-cn.tests.json';
import seaMyFlow from './sea-my.flow.json';
import seaMyTests from './sea-my.tests.json';
import tiktokUsFlow from './tiktok-us.flow.json';
import tiktokUsTests from './tiktok-us.tests.json';

export interface BundledTemplate {
  name: string;
  title: { en: string; zh: string };
  /** The raw document and tests files (parse with parseFlowDocument / ConversationTestFileSchema). */
  flow: unknown;
  tests: unknown;
}

export const TEMPLATES: readonly BundledTemplate[] = [
  { name: 'tiktok-us', title: { en: 'TikTok Shop US (English, Spanish)', zh: 'TikTok Shop 美国（英语、西班牙语）' }, flow: tiktokUsFlow, tests: tiktokUsTests },
  { name: 'douyin-cn', title: { en: 'Douyin shop (Chinese)', zh: '抖音小店（中文）' }, flow: douyinCnFlow, tests: douyinCnTests },
  { name: 'sea-my', title: { en: 'Southeast Asia, Malaysia (English, Malay, Chinese)', zh: '东南亚·马来西亚（英语、马来语、中文）' }, flow: seaMyFlow, tests: seaMyTests },
];

export const TEMPLATE_NAMES = TEMPLATES.map((t) => t.name);

export function findTemplate(name: string): BundledTemplate | undefined {
  return TEMPLATES.find((t) => t.name === name);
}
