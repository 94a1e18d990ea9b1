/** Chinese names of content fields, shown next to the field's own name in messages. */
export const FIELD_LABEL: Record<string, string> = {
  title: '标题',
  subtitle: '副标题',
  date: '日期',
  source: '来源',
  correspondents: '通讯员',
  editor: '责任编辑',
  category: '栏目',
  summary: '摘要',
  cover: '封面',
  coverAlt: '封面图说明',
  tags: '标签',
  draft: '草稿',
  author: '作者',
  narrator: '讲述人',
  place: '地点',
  audiences: '读者对象',
  audience: '读者对象',
  questions: '讨论题',
  section: '页面分区',
  order: '排序',
  year: '年份',
  description: '简介',
  foreword: '前言',
  stories: '收录故事',
  ids: '故事编号',
  filter: '筛选条件',
  trim: '开本',
  bodySize: '正文字号',
  linePitch: '行距',
  grayscale: '黑白印刷',
  booklet: '骑马钉小册子',
  background: '底色',
  foreground: '文字颜色',
  image: '图片',
  backCover: '封底文字',
  colophon: '版本记录',
  publisher: '出版者',
  address: '地址',
  printRun: '印数',
  free: '免费赠阅',
  id: '编号',
  name: '名称',
  kind: '类型',
  township: '所属乡镇',
  founded: '成立日期',
  contact: '联系方式',
  office: '办公室',
  phone: '电话',
  villageGroups: '村级禁毒小组数',
  note: '备注',
  shortName: '简称',
  county: '县',
  region: '地区',
  logo: '标志',
  logoAlt: '标志说明',
  postcode: '邮政编码',
  email: '电子邮箱',
  officeHours: '办公时间',
  icp: 'ICP 备案',
  psb: '公安备案',
  number: '备案号',
  url: '网址',
  nav: '导航',
  label: '文字',
  href: '链接',
  figures: '关键数字',
  value: '数值',
  unit: '单位',
};

/** `“category”（栏目）`, `“colophon.date”（日期）`, `“questions”（讨论题）第 2 项`, `第 1 项的“kind”（类型）`. */
export function describeField(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '文件内容';
  const firstName = path.findIndex((s) => typeof s !== 'number');
  const before = (firstName === -1 ? path : path.slice(0, firstName)) as number[];
  const prefix = before.map((n) => `第 ${n + 1} 项`).join('中') + (before.length && firstName !== -1 ? '的' : '');
  if (firstName === -1) return prefix;
  const rest = path.slice(firstName);
  const names = rest.filter((s) => typeof s !== 'number').map(String);
  const lastNumber = typeof rest[rest.length - 1] === 'number' ? (rest[rest.length - 1] as number) : undefined;
  const label = FIELD_LABEL[names[names.length - 1]];
  const suffix = lastNumber === undefined ? '' : `第 ${lastNumber + 1} 项`;
  return `${prefix}“${names.join('.')}”${label ? `（${label}）` : ''}${suffix}`;
}
