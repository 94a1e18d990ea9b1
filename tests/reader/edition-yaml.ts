/** A complete edition file with the given story selection and settings; `colophonExtra` lines end its colophon. */
export function editionYaml(selection: string, settings = 'trim: A5\nbodySize: 16\nlinePitch: 1.9', audience = '[小学低年级]', colophonExtra = ''): string {
  return `title: 测试读本
year: 2025
audience: ${audience}
description: 测试
foreword: 前言
${selection}
${settings}
cover: { background: "#112233", foreground: "#FFFFFF" }
backCover: 封底
colophon:
  publisher: 测试单位
  address: 测试地址
  printRun: 10
  date: 2025-06-26
${colophonExtra}`;
}
