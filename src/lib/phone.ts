/** The tel: link for a phone number as editors write it, e.g. "0739-0000000（示例号码）" → "tel:0739-0000000". */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+-]/g, '')}`;
}
